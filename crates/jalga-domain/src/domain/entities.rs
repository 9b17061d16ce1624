//! The entities Jalga keeps: dwellings, their owners, people, leases, who
//! lives under a lease, registrations and foreigner-arrival notices.
//!
//! Every entity has a stable text `id` chosen by whoever created it; import
//! uses it to recognise a record it already has, so importing twice never
//! duplicates. Validation rules are attached with `validator` and
//! implemented in [`super::validate`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use validator::Validate;

use super::validate as v;
use super::{
    LeaseLanguage, NoticeStatus, OwnerKind, PaymentMethod, PersonKind, PrevailingLanguage,
    RegistrationKind, RegistrationReason, RegistrationStatus, Relation, SigningMethod, StayPurpose,
};
use crate::ident::Sex;

/// A dwelling: its address, codes and areas (m²).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "v::property_areas"))]
pub struct Property {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::text"))]
    pub region: String,
    #[validate(custom(function = "v::text"))]
    pub city: String,
    #[validate(custom(function = "v::text"))]
    pub district: Option<String>,
    #[validate(custom(function = "v::text"))]
    pub street: String,
    #[validate(custom(function = "v::text"))]
    pub building: String,
    #[validate(custom(function = "v::text"))]
    pub flat: Option<String>,
    /// KATO code of the settlement, where known.
    #[validate(custom(function = "v::digits"))]
    pub kato: Option<String>,
    /// RKA, the registration code of the address (digits; length not fixed).
    #[validate(custom(function = "v::digits"))]
    pub rka: Option<String>,
    #[validate(custom(function = "v::cadastral"))]
    pub cadastral_number: Option<String>,
    #[validate(custom(function = "v::area"))]
    pub total_area: f64,
    #[validate(custom(function = "v::area"))]
    pub useful_area: f64,
    #[validate(custom(function = "v::area"))]
    pub living_area: f64,
    #[validate(range(min = 1, max = 100, code = "rooms"))]
    pub rooms: u32,
    #[validate(range(min = -5, max = 200, code = "floor"))]
    pub floor: Option<i32>,
}

/// An owner or co-owner of a dwelling, with their share as a fraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "v::owner"))]
pub struct Owner {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::id"))]
    pub property_id: String,
    pub kind: OwnerKind,
    /// IIN for a person, BIN for a company.
    pub iin_bin: String,
    #[validate(custom(function = "v::text"))]
    pub name: String,
    pub share_numerator: u32,
    pub share_denominator: u32,
}

/// A person: a citizen (IIN) or a foreigner (passport and citizenship).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "v::person"))]
pub struct Person {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    pub kind: PersonKind,
    pub iin: Option<String>,
    #[validate(custom(function = "v::name"))]
    pub surname: String,
    #[validate(custom(function = "v::name"))]
    pub given_name: String,
    #[validate(custom(function = "v::name"))]
    pub patronymic: Option<String>,
    #[ts(type = "string")]
    #[validate(custom(function = "v::date"))]
    pub birth_date: NaiveDate,
    pub sex: Sex,
    /// A citizen's identity card or passport number.
    #[validate(custom(function = "v::document"))]
    pub id_document: Option<String>,
    #[validate(custom(function = "v::passport"))]
    pub passport_number: Option<String>,
    /// ISO 3166-1 alpha-3.
    #[validate(custom(function = "v::citizenship"))]
    pub citizenship: Option<String>,
    #[validate(custom(function = "v::name"))]
    pub surname_latin: Option<String>,
    #[validate(custom(function = "v::name"))]
    pub given_name_latin: Option<String>,
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub entry_date: Option<NaiveDate>,
    pub purpose_of_stay: Option<StayPurpose>,
    /// Visa or migration-card number.
    #[validate(custom(function = "v::document"))]
    pub visa_number: Option<String>,
    /// The end of an EAEU worker's labour contract: the worker may stay
    /// for its term (EAEU Treaty art. 97 p. 5).
    #[serde(default)]
    #[ts(type = "string | null")]
    pub labour_contract_end: Option<NaiveDate>,
    /// The registered address (прописка), as the person's documents give it.
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub address: Option<String>,
    #[serde(default)]
    #[validate(custom(function = "v::phone"))]
    pub phone: Option<String>,
    /// The visa's type as printed on it (e.g. "B3 деловая").
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub visa_type: Option<String>,
    /// The visa is valid from this day through `visa_valid_to`.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub visa_valid_from: Option<NaiveDate>,
    #[serde(default)]
    #[ts(type = "string | null")]
    pub visa_valid_to: Option<NaiveDate>,
    /// The border crossing point of the last entry into Kazakhstan.
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub entry_point: Option<String>,
    /// The day the identity card (or a citizen's passport) expires.
    #[serde(default)]
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub id_document_expires: Option<NaiveDate>,
    /// The day a foreigner's passport expires.
    #[serde(default)]
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub passport_expires: Option<NaiveDate>,
}

impl Person {
    /// "Surname Given Patronymic", as documents and screens print it.
    pub fn full_name(&self) -> String {
        [
            Some(self.surname.as_str()),
            Some(self.given_name.as_str()),
            self.patronymic.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// A lease drawn up from the model agreement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "v::lease"))]
pub struct Lease {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::id"))]
    pub property_id: String,
    /// The person letting the dwelling (the owner or someone they authorised).
    #[validate(custom(function = "v::id"))]
    pub landlord_id: String,
    #[validate(custom(function = "v::id"))]
    pub tenant_id: String,
    #[ts(type = "string")]
    #[validate(custom(function = "v::date"))]
    pub start_date: NaiveDate,
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub end_date: Option<NaiveDate>,
    /// Monthly rent in tenge.
    #[validate(range(max = 100_000_000_000u64, code = "money"))]
    #[ts(type = "number")]
    pub rent: u64,
    #[validate(range(max = 100_000_000_000u64, code = "money"))]
    #[ts(type = "number")]
    pub deposit: u64,
    #[validate(range(min = 1, max = 31, code = "payment-day"))]
    pub payment_day: u8,
    /// Who pays for utilities, in the parties' words.
    #[validate(custom(function = "v::text"))]
    pub utilities: String,
    pub language: LeaseLanguage,
    /// The day the parties sign; unknown in older data.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub signed_on: Option<NaiveDate>,
    /// How the rent is paid; unknown in older data.
    #[serde(default)]
    pub payment_method: Option<PaymentMethod>,
    /// The landlord's account the rent is paid to: a Kazakh IBAN.
    #[serde(default)]
    #[validate(custom(function = "v::iban"))]
    pub bank_iban: Option<String>,
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub bank_name: Option<String>,
    /// The bank's identification code (БИК / BIC).
    #[serde(default)]
    #[validate(custom(function = "v::bic"))]
    pub bank_bic: Option<String>,
    /// The power of attorney of a landlord who is not the owner: its
    /// number, date and the notary who certified it; all three or none.
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub poa_number: Option<String>,
    #[serde(default)]
    #[ts(type = "string | null")]
    pub poa_date: Option<NaiveDate>,
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub poa_notary: Option<String>,
    /// Which text prevails in a kk+ru agreement; unknown: the agreement
    /// prints the clause with a blank for the parties.
    #[serde(default)]
    pub prevailing_language: Option<PrevailingLanguage>,
}

/// A person living under a lease and how they are related to the tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Occupant {
    #[validate(custom(function = "v::id"))]
    pub lease_id: String,
    #[validate(custom(function = "v::id"))]
    pub person_id: String,
    pub relation: Relation,
}

/// A person's residence registration at a dwelling.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "v::registration"))]
pub struct Registration {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::id"))]
    pub person_id: String,
    #[validate(custom(function = "v::id"))]
    pub property_id: String,
    #[validate(custom(function = "v::id"))]
    pub lease_id: Option<String>,
    pub kind: RegistrationKind,
    pub status: RegistrationStatus,
    #[ts(type = "string")]
    #[validate(custom(function = "v::date"))]
    pub date_from: NaiveDate,
    /// Required for a temporary registration; for a permanent one, the day it ended.
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub date_to: Option<NaiveDate>,
    /// The owner's (or tenant-landlord's) consent: who gave it and when.
    #[validate(custom(function = "v::text"))]
    pub consent_by: Option<String>,
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub consent_date: Option<NaiveDate>,
    /// The day the registration was submitted (its deadline counts to this
    /// day); unknown in older data.
    #[serde(default)]
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub submitted_on: Option<NaiveDate>,
    /// The reason for registration the registrant gives eGov.
    #[serde(default)]
    pub reason: Option<RegistrationReason>,
    /// How the registrant signs the application.
    #[serde(default)]
    pub signing_method: Option<SigningMethod>,
    /// The phone the one-time code goes to (required when signing by SMS).
    #[serde(default)]
    #[validate(custom(function = "v::phone"))]
    pub signing_phone: Option<String>,
}

/// The host's notice of a foreigner's arrival to the migration police.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ForeignerNotice {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::id"))]
    pub person_id: String,
    #[validate(custom(function = "v::id"))]
    pub property_id: String,
    /// The host: the person who receives the foreigner.
    #[validate(custom(function = "v::id"))]
    pub host_id: String,
    #[ts(type = "string")]
    #[validate(custom(function = "v::date"))]
    pub arrival_date: NaiveDate,
    pub status: NoticeStatus,
    /// The day the notice was filed; unknown in older data.
    #[serde(default)]
    #[ts(type = "string | null")]
    #[validate(custom(function = "v::date"))]
    pub filed_on: Option<NaiveDate>,
}
