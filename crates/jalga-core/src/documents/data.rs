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

/// Everything the four documents of one lease can print.
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
}

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
    /// Whether the applicant is the owner ("I am the owner" on eGov).
    pub applicant_is_owner: bool,
    /// The owner's region, as eGov asks it of an owner.
    pub owner_region: String,
    /// Whether every co-owner has given consent.
    pub co_owners_consent: bool,
    pub signature: SignatureMethod,
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
    /// Where the person crossed the border.
    pub entry_point: String,
    pub purpose: String,
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
