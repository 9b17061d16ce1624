//! A document's data, gathered from the store: the lease, its dwelling and
//! owners, the parties, the occupants, their registrations and a
//! foreigner's notice.
//!
//! Where the store does not (yet) keep something the documents print, the
//! choice made here is written next to it.

use chrono::{Datelike, NaiveDate};

use super::data::{
    Dwelling, Foreigner, Occupant, Owner, Party, Passport, PaymentMethod, Registration, Sex,
    SignatureMethod, Terms, Utilities,
};
use super::{DocKind, DocumentData};
use crate::domain::{self, Lease, Person, PersonKind, Property, RegistrationKind};
use crate::ident;
use crate::{CoreError, Store};

/// The data of `kind` for the record `id`: a lease's id for the agreement,
/// the consent and the registration sheet; a foreigner notice's id (or a
/// lease's) for the arrival notice.
pub fn document_data(store: &Store, kind: DocKind, id: &str) -> Result<DocumentData, CoreError> {
    let lease = match store.get::<Lease>(id)? {
        Some(l) => l,
        None if kind == DocKind::ForeignerNotice => {
            let notice = get::<domain::ForeignerNotice>(store, "foreigner-notice", id)?;
            lease_of_foreigner(store, &notice)?
        }
        None => return Err(not_found("lease", id)),
    };
    let property = get::<Property>(store, "property", &lease.property_id)?;
    let landlord = get::<Person>(store, "person", &lease.landlord_id)?;
    let tenant = get::<Person>(store, "person", &lease.tenant_id)?;
    let end = lease.end_date.ok_or_else(|| CoreError::Invalid {
        field: "end_date".into(),
        message: crate::i18n::Message::new("doc-lease-no-end").arg("id", lease.id.as_str()),
    })?;

    let mut occupants = Vec::new();
    let mut people = Vec::new();
    for occ in store.list_where::<domain::Occupant>("lease_id", &lease.id)? {
        let person = get::<Person>(store, "person", &occ.person_id)?;
        occupants.push(Occupant {
            name: person.full_name(),
            iin: person.iin.clone(),
            passport: passport(&person),
            birth_date: person.birth_date,
            relation: occ.relation,
        });
        people.push(person);
    }

    let owners = store.list_where::<domain::Owner>("property_id", &property.id)?;
    let registration = registration(store, &lease, &property, &landlord, &owners, &people)?;
    let foreigner = people
        .iter()
        .find(|p| p.kind == PersonKind::Foreigner)
        .map(|p| foreigner(store, p, &lease, end))
        .transpose()?;

    Ok(DocumentData {
        number: lease.id.clone(),
        // The store keeps no signing day: the agreement is dated the day
        // the lease starts.
        date: lease.start_date,
        place: property.city.clone(),
        landlord: party(&landlord),
        tenant: party(&tenant),
        dwelling: Dwelling {
            region: property.region.clone(),
            city: property.city.clone(),
            district: property.district.clone(),
            street: property.street.clone(),
            building: property.building.clone(),
            flat: property.flat.clone(),
            rka: property.rka.clone().unwrap_or_default(),
            kato: property.kato.clone(),
            cadastral: property.cadastral_number.clone().unwrap_or_default(),
            total_area: property.total_area,
            useful_area: property.useful_area,
            living_area: property.living_area,
            rooms: property.rooms,
            owners: owners
                .iter()
                .map(|o| Owner {
                    name: o.name.clone(),
                    iin: Some(o.iin_bin.clone()),
                    share: format!("{}/{}", o.share_numerator, o.share_denominator),
                })
                .collect(),
            title_document: None,
        },
        terms: Terms {
            start: lease.start_date,
            end,
            rent: lease.rent,
            payment_day: lease.payment_day,
            deposit: lease.deposit,
            // Not kept by the store yet; a bank transfer is the model
            // agreement's default.
            payment_method: PaymentMethod::BankTransfer,
            utilities: utilities(&lease.utilities),
        },
        occupants,
        registration,
        foreigner,
    })
}

fn get<T: crate::store::Entity>(store: &Store, kind: &str, id: &str) -> Result<T, CoreError> {
    store.get::<T>(id)?.ok_or_else(|| not_found(kind, id))
}

fn not_found(kind: &str, id: &str) -> CoreError {
    CoreError::NotFound {
        kind: kind.to_owned(),
        id: id.to_owned(),
    }
}

fn lease_of_foreigner(store: &Store, notice: &domain::ForeignerNotice) -> Result<Lease, CoreError> {
    for occ in store.list_where::<domain::Occupant>("person_id", &notice.person_id)? {
        if let Some(lease) = store.get::<Lease>(&occ.lease_id)? {
            if lease.property_id == notice.property_id {
                return Ok(lease);
            }
        }
    }
    Err(CoreError::Invalid {
        field: "person_id".into(),
        message: crate::i18n::Message::new("doc-notice-no-lease")
            .arg("id", notice.id.as_str())
            .arg("person", notice.person_id.as_str()),
    })
}

fn passport(p: &Person) -> Option<Passport> {
    Some(Passport {
        number: p.passport_number.clone()?,
        citizenship: p.citizenship.clone().unwrap_or_default(),
        issued: None,
        expires: None,
    })
}

fn party(p: &Person) -> Party {
    Party {
        name: p.full_name(),
        iin: p.iin.clone(),
        bin: None,
        passport: passport(p),
        id_document: p.id_document.clone(),
        // The store keeps no registered address of a party: left blank to
        // fill in by hand.
        address: String::new(),
        phone: None,
        representative: None,
    }
}

/// The store keeps the utilities arrangement as the landlord wrote it.
fn utilities(text: &str) -> Utilities {
    let t = text.to_lowercase();
    if t.contains("включ") || t.contains("included") || t.contains("наймодатель") {
        Utilities::Included
    } else if t.contains("возмещ") || t.contains("repay") {
        Utilities::TenantRepays
    } else {
        Utilities::TenantByMeters
    }
}

fn registration(
    store: &Store,
    lease: &Lease,
    property: &Property,
    landlord: &Person,
    owners: &[domain::Owner],
    people: &[Person],
) -> Result<Option<Registration>, CoreError> {
    let regs: Vec<domain::Registration> = store
        .list_where::<domain::Registration>("property_id", &property.id)?
        .into_iter()
        .filter(|r| r.lease_id.as_deref() == Some(lease.id.as_str()))
        .collect();
    let Some(first) = regs.iter().min_by_key(|r| r.date_from) else {
        return Ok(None);
    };
    let indexes: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| regs.iter().any(|r| r.person_id == p.id))
        .map(|(i, _)| i)
        .collect();
    let months = match (first.kind, first.date_to) {
        (RegistrationKind::Temporary, Some(to)) => Some(months_between(first.date_from, to)),
        _ => None,
    };
    let is_owner = owners
        .iter()
        .any(|o| landlord.iin.as_deref() == Some(o.iin_bin.as_str()));
    Ok(Some(Registration {
        kind: first.kind,
        people: indexes,
        start: first.date_from,
        months,
        applicant_is_owner: is_owner,
        owner_region: property.region.clone(),
        co_owners_consent: regs.iter().all(|r| r.consent_by.is_some()),
        signature: SignatureMethod::Eds,
    }))
}

/// Whole months a temporary registration spans, counting a started month,
/// within eGov's 1–12.
fn months_between(from: NaiveDate, to: NaiveDate) -> u8 {
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() >= from.day() {
        months += 1;
    }
    months.clamp(1, 12) as u8
}

fn foreigner(
    store: &Store,
    p: &Person,
    lease: &Lease,
    lease_end: NaiveDate,
) -> Result<Foreigner, CoreError> {
    let notice = store
        .list_where::<domain::ForeignerNotice>("person_id", &p.id)?
        .into_iter()
        .filter(|n| n.property_id == lease.property_id)
        .max_by_key(|n| n.arrival_date);
    let arrival = notice.map_or(lease.start_date, |n| n.arrival_date);
    let entry = p.entry_date.unwrap_or(arrival);
    Ok(Foreigner {
        surname_latin: p.surname_latin.clone().unwrap_or_default(),
        given_names_latin: p.given_name_latin.clone().unwrap_or_default(),
        surname: p.surname.clone(),
        given_names: p.given_name.clone(),
        patronymic: p.patronymic.clone(),
        birth_date: p.birth_date,
        sex: match p.sex {
            ident::Sex::Male => Sex::Male,
            ident::Sex::Female => Sex::Female,
        },
        passport: passport(p).unwrap_or(Passport {
            number: String::new(),
            citizenship: p.citizenship.clone().unwrap_or_default(),
            issued: None,
            expires: None,
        }),
        entry_date: entry,
        // The store keeps no border crossing point: left blank.
        entry_point: String::new(),
        purpose: p.purpose_of_stay.clone().unwrap_or_default(),
        // The intended stay: to the lease's end, and never past the
        // 90 days a visa-free stay allows unless registered for longer.
        stay_until: lease_end.min(
            entry
                .checked_add_days(chrono::Days::new(89))
                .unwrap_or(NaiveDate::MAX),
        ),
        arrival_date: arrival,
    })
}
