//! The documents' own data model: exactly what a document prints, and so
//! exactly what its verification code is computed over.
//!
//! The store fills these from its entities; the CLI can also read them from
//! a JSON file. Money is whole tenge, areas are square metres, dates are
//! ISO 8601 (`YYYY-MM-DD`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{RegistrationKind, Relation};

/// Everything the documents of one lease can print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocData")]
pub struct DocumentData {
    /// The agreement's number, as the landlord numbers them.
    pub number: String,
    /// The day the agreement (or consent, or sheet) is signed.
    pub date: NaiveDate,
    /// The city or settlement where it is signed.
    pub place: String,
    pub landlord: Party,
    pub tenant: Party,
    pub dwelling: Dwelling,
    pub terms: Terms,
    /// Who will live in the dwelling, the tenant included.
    pub occupants: Vec<Occupant>,
    /// The registration the consent and the registration sheet are about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
    /// The foreigner the arrival notice is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreigner: Option<Foreigner>,
    /// The handover act's content (move-in or return). Template version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handover: Option<Handover>,
}

/// The template version a document is rendered with. Version 1 is the
/// release before per-registrant sheets; every released version is kept and
/// a document is always re-rendered (and so verified) with its own. The
/// version is recorded in the attached envelope, not in `DocumentData`:
/// the same data can be printed by either version.
pub type TemplateVersion = u32;

/// The version new documents are rendered with.
pub const CURRENT_TEMPLATE_VERSION: TemplateVersion = 2;

/// A landlord, tenant or host: a person (IIN or passport) or a company (BIN).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocParty")]
pub struct Party {
    /// Full name as in the identity document, or the company's name.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport: Option<Passport>,
    /// Identity card or passport of a citizen: number, issuer, date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_document: Option<String>,
    /// Registered address.
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// For a company: who signs and on what authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<String>,
    /// The power of attorney this party acts under when it is not the
    /// owner (a landlord letting for the owners). Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_of_attorney: Option<PowerOfAttorney>,
    /// Where the rent is paid by transfer (the landlord's account). Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank: Option<BankDetails>,
}

/// A notarised power of attorney.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocPowerOfAttorney")]
pub struct PowerOfAttorney {
    /// Who acts under it, when that is not the person it is attached to
    /// (for an owner: the representative who consents for them). Empty for
    /// a party: the party itself holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_iin: Option<String>,
    /// Its registration number in the notary's register.
    pub number: String,
    pub date: NaiveDate,
    /// The notary: name and licence or district, as written on it.
    pub notary: String,
    /// Valid until, when it says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
}

/// A bank account in Kazakhstan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocBankDetails")]
pub struct BankDetails {
    /// The account as a Kazakh IBAN: "KZ" + 18 characters, checked by
    /// `domain::iban::check_kz_iban` (ISO 13616, mod 97).
    pub iban: String,
    pub bank: String,
    /// The bank's BIC (SWIFT) code, 8 or 11 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocPassport")]
pub struct Passport {
    pub number: String,
    /// ISO 3166-1 alpha-3.
    pub citizenship: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocDwelling")]
pub struct Dwelling {
    pub region: String,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    pub street: String,
    pub building: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flat: Option<String>,
    /// Registration code of the address (RKA), digits only.
    pub rka: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kato: Option<String>,
    pub cadastral: String,
    pub total_area: f64,
    pub useful_area: f64,
    pub living_area: f64,
    pub rooms: u32,
    /// The owners; the landlord is usually one of them.
    pub owners: Vec<Owner>,
    /// The title document: what it is, its number and date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_document: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocOwner")]
pub struct Owner {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    /// The share as written, e.g. "1/2".
    pub share: String,
    /// When someone consents for this owner: who, and under which power
    /// of attorney. Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_of_attorney: Option<PowerOfAttorney>,
}

/// Term, money and utilities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocTerms")]
pub struct Terms {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Monthly rent, whole tenge.
    pub rent: u64,
    /// Day of the month the rent is due (1–31; a shorter month pays on its last day).
    pub payment_day: u8,
    /// Security deposit, whole tenge (0 for none).
    pub deposit: u64,
    pub payment_method: PaymentMethod,
    pub utilities: Utilities,
    /// Which text prevails in a Kazakh–Russian agreement if they differ.
    /// Absent: the template prints an explicit blank for the parties to fill.
    /// Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prevailing_language: Option<PrevailingLanguage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocPrevailingLanguage")]
pub enum PrevailingLanguage {
    Kk,
    Ru,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocPaymentMethod")]
pub enum PaymentMethod {
    BankTransfer,
    Cash,
}

/// Who pays for utilities and services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocUtilities")]
pub enum Utilities {
    /// The rent includes them.
    Included,
    /// The tenant pays the bills by the meters.
    TenantByMeters,
    /// The landlord pays and the tenant repays the amounts billed.
    TenantRepays,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocOccupant")]
pub struct Occupant {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport: Option<Passport>,
    pub birth_date: NaiveDate,
    pub relation: Relation,
    /// What this person answers on their own eGov application (version 2).
    /// Absent fields print as blank lines for a pen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Application>,
}

/// One registrant's own eGov application: eGov takes one per person aged
/// 14 or over, filed and signed by that person (a parent files for a
/// 14–16-year-old).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocApplication")]
pub struct Application {
    /// The reason for registration eGov Mobile asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RegistrationReason>,
    /// How this person signs: EDS, or a one-time SMS code (needs a phone in
    /// the mobile-citizens database).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<SignatureMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Index into `occupants` of the parent who files for a 14–16-year-old,
    /// or whose sheet lists a child under 14. Absent: the tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
}

/// The reason for registration, as a fixed list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocRegistrationReason")]
pub enum RegistrationReason {
    /// Renting the dwelling (lease).
    Lease,
    /// Living with a family member.
    Family,
    Work,
    Study,
    Medical,
    Other,
}

/// The registration the consent and the registration sheet describe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocRegistration")]
pub struct Registration {
    pub kind: RegistrationKind,
    /// Indexes into `occupants` of the people to register.
    pub people: Vec<usize>,
    pub start: NaiveDate,
    /// 1–12 for a temporary registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u8>,
    /// Version 1 only: one flag for everyone. Version 2 works "I am the
    /// owner" out per registrant (their IIN among the owners') and ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_is_owner: Option<bool>,
    /// The owner's region, as eGov asks it of an owner.
    pub owner_region: String,
    /// Version 1 only: a yes/no. Version 2 prints one line per co-owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co_owners_consent: Option<bool>,
    /// Version 1 only: one method for everyone. Version 2 takes each
    /// registrant's `Occupant::application.signature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<SignatureMethod>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocSignatureMethod")]
pub enum SignatureMethod {
    /// Electronic digital signature (ЭЦП / ЭЦҚ).
    Eds,
    /// One-time code by SMS.
    Sms,
}

/// The foreign immigrant of the arrival notice, as eGov asks from 1 Jul 2026.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocForeigner")]
pub struct Foreigner {
    /// Surname, given name, patronymic in Latin letters exactly as in the passport.
    pub surname_latin: String,
    pub given_names_latin: String,
    /// The same in Cyrillic.
    pub surname: String,
    pub given_names: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub passport: Passport,
    pub entry_date: NaiveDate,
    /// Where the person crossed the border (the checkpoint's name).
    pub entry_point: String,
    /// Version 1: free text. Version 2 prints `purpose_of_stay` and keeps
    /// this as a note (may be empty).
    pub purpose: String,
    /// The purpose of stay from the fixed list. Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose_of_stay: Option<PurposeOfStay>,
    /// For a visa national: the visa. Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visa: Option<Visa>,
    /// Until when the person intends to stay.
    pub stay_until: NaiveDate,
    /// The date of arrival at this address.
    pub arrival_date: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "DocSex")]
pub enum Sex {
    Male,
    Female,
}

/// The purpose of stay, as a fixed list (the categories of the migration
/// card and the host's notice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocPurposeOfStay")]
pub enum PurposeOfStay {
    Private,
    Tourism,
    Business,
    Work,
    Study,
    Medical,
    Family,
    Transit,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocVisa")]
pub struct Visa {
    /// The visa's category as printed on it (e.g. "B2", "C3").
    pub kind: String,
    pub number: String,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    /// Single or multiple entries, when printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<String>,
}

/// The handover act: what is handed over at move-in, or returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocHandover")]
pub struct Handover {
    pub direction: HandoverDirection,
    /// The day of the handover (the act's date).
    pub date: NaiveDate,
    /// Rooms, furniture and appliances with their condition.
    pub inventory: Vec<InventoryItem>,
    pub meters: Vec<MeterReading>,
    pub keys: Vec<KeySet>,
    /// Defects or remarks both sides agree on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocHandoverDirection")]
pub enum HandoverDirection {
    /// The landlord hands the dwelling to the tenant.
    MoveIn,
    /// The tenant returns it.
    Return,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocInventoryItem")]
pub struct InventoryItem {
    /// The room it is in ("Kitchen", "Room 1"), as the parties name it.
    pub room: String,
    pub item: String,
    pub quantity: u32,
    /// Its condition, in the parties' words.
    pub condition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocMeterReading")]
pub struct MeterReading {
    pub kind: MeterKind,
    /// The meter's serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    /// The reading as shown, digits and one decimal separator ("01234.5").
    pub reading: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocMeterKind")]
pub enum MeterKind {
    Electricity,
    ColdWater,
    HotWater,
    Gas,
    Heat,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "DocKeySet")]
pub struct KeySet {
    /// What it opens ("flat door", "entrance", "mailbox").
    pub what: String,
    pub count: u32,
}
