//! A realistic sample for trying Jalga and for later audits to chew on:
//! dwellings in Astana and Almaty, citizens with valid IINs, foreigners
//! from Russia, Kyrgyzstan, Uzbekistan and China, leases, registrations in
//! every status, one overcrowded one-room flat (35.7 m²) and one person
//! registered at two dwellings over overlapping periods.
//!
//! The IINs and the BIN are built here with the real check digit, so they
//! pass validation; they belong to nobody.

use chrono::{Datelike, NaiveDate};

use crate::domain::{
    ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Occupant, Owner, OwnerKind, PaymentMethod,
    Person, PersonKind, Property, Registration, RegistrationKind, RegistrationReason,
    RegistrationStatus, Relation, SigningMethod, StayPurpose,
};
use crate::ident::{check_digit, Sex};
use crate::interchange::Bundle;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A valid IIN for this birth date and sex; `serial` picks one of many.
pub fn make_iin(birth: NaiveDate, sex: Sex, serial: u32) -> String {
    let century = match (birth.year() / 100, sex) {
        (18, Sex::Male) => 1,
        (18, Sex::Female) => 2,
        (19, Sex::Male) => 3,
        (19, Sex::Female) => 4,
        (_, Sex::Male) => 5,
        (_, Sex::Female) => 6,
    };
    let mut serial = serial % 10_000;
    loop {
        let first = format!(
            "{:02}{:02}{:02}{century}{serial:04}",
            birth.year() % 100,
            birth.month(),
            birth.day()
        );
        let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
        if let Some(check) = check_digit(&digits) {
            return format!("{first}{check}");
        }
        serial = (serial + 1) % 10_000;
    }
}

/// A valid BIN of a resident head office registered in `yymm`.
pub fn make_bin(yymm: &str, serial: u32) -> String {
    let mut serial = serial % 100_000;
    loop {
        let first = format!("{yymm}40{serial:05}");
        let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
        if let Some(check) = check_digit(&digits) {
            return format!("{first}{check}");
        }
        serial = (serial + 1) % 100_000;
    }
}

/// A valid Kazakh IBAN for a bank's three-digit code and a 13-character
/// account (digits and capitals): the check digits are computed.
pub fn make_iban(bank: &str, account: &str) -> String {
    let bban = format!("{bank}{account}");
    let mut rest = 0u32;
    for c in bban.chars().chain("KZ00".chars()) {
        let v = c.to_digit(36).expect("digits and capitals");
        rest = if v < 10 {
            (rest * 10 + v) % 97
        } else {
            (rest * 100 + v) % 97
        };
    }
    format!("KZ{:02}{bban}", 98 - rest)
}

#[allow(clippy::too_many_arguments)]
fn property(
    id: &str,
    city: &str,
    district: &str,
    street: &str,
    building: &str,
    flat: &str,
    rka: &str,
    cadastral: &str,
    areas: (f64, f64, f64),
    rooms: u32,
    floor: i32,
) -> Property {
    let (region, kato) = if city == "Астана" {
        ("г. Астана", "711000000")
    } else {
        ("г. Алматы", "751000000")
    };
    Property {
        id: id.into(),
        region: region.into(),
        city: city.into(),
        district: Some(district.into()),
        street: street.into(),
        building: building.into(),
        flat: Some(flat.into()),
        kato: Some(kato.into()),
        rka: Some(rka.into()),
        cadastral_number: Some(cadastral.into()),
        total_area: areas.0,
        useful_area: areas.1,
        living_area: areas.2,
        rooms,
        floor: Some(floor),
    }
}

fn citizen(id: &str, names: (&str, &str, &str), birth: NaiveDate, sex: Sex, serial: u32) -> Person {
    Person {
        id: id.into(),
        kind: PersonKind::Citizen,
        iin: Some(make_iin(birth, sex, serial)),
        surname: names.0.into(),
        given_name: names.1.into(),
        patronymic: (!names.2.is_empty()).then(|| names.2.into()),
        birth_date: birth,
        sex,
        id_document: Some(format!("0{}", 40_000_000 + serial * 7919 % 9_000_000)),
        ..Default::default()
    }
}

#[allow(clippy::too_many_arguments)]
fn foreigner(
    id: &str,
    cyrillic: (&str, &str),
    latin: (&str, &str),
    birth: NaiveDate,
    sex: Sex,
    passport: &str,
    citizenship: &str,
    entry: NaiveDate,
    purpose: StayPurpose,
    visa: Option<&str>,
) -> Person {
    Person {
        id: id.into(),
        kind: PersonKind::Foreigner,
        surname: cyrillic.0.into(),
        given_name: cyrillic.1.into(),
        birth_date: birth,
        sex,
        passport_number: Some(passport.into()),
        citizenship: Some(citizenship.into()),
        surname_latin: Some(latin.0.into()),
        given_name_latin: Some(latin.1.into()),
        entry_date: Some(entry),
        purpose_of_stay: Some(purpose),
        visa_number: visa.map(Into::into),
        ..Default::default()
    }
}

#[allow(clippy::too_many_arguments)]
fn registration(
    id: &str,
    person: &str,
    property: &str,
    lease: Option<&str>,
    kind: RegistrationKind,
    status: RegistrationStatus,
    from: NaiveDate,
    to: Option<NaiveDate>,
    consent_by: &str,
) -> Registration {
    let consent = status != RegistrationStatus::Draft;
    Registration {
        id: id.into(),
        person_id: person.into(),
        property_id: property.into(),
        lease_id: lease.map(Into::into),
        kind,
        status,
        date_from: from,
        date_to: to,
        consent_by: consent.then(|| consent_by.into()),
        consent_date: consent.then_some(from),
        ..Default::default()
    }
}

/// The demo sample.
pub fn demo_bundle() -> Bundle {
    let persons = records::persons();
    let mut b = Bundle {
        properties: records::properties(),
        owners: records::owners(&persons),
        persons,
        leases: records::leases(),
        occupants: records::occupants(),
        registrations: filings::registrations(),
        foreigner_notices: filings::foreigner_notices(),
        ..Bundle::default()
    };
    document_fields(&mut b);
    super::demo_handover::add(&mut b);
    b
}

mod documents;
mod filings;
mod records;

use documents::document_fields;
