//! A document's data, gathered from the store: the lease, its dwelling and
//! owners, the parties, the occupants, their registrations and a
//! foreigner's notice.
//!
//! Nothing printed is invented: what the store does not know is either
//! refused with a message naming the field (the signing date and the
//! payment method, which the text cannot do without) or left empty, which
//! the templates print as a blank line for a pen (a party's address, a
//! border crossing point); the choice is written next to each.

use chrono::{Datelike, NaiveDate};

use super::data::{
    Application, BankDetails, Dwelling, Foreigner, Occupant, Owner, Party, Passport, PaymentMethod,
    PowerOfAttorney, PurposeOfStay, Registration, RegistrationReason, Sex, SignatureMethod, Terms,
    Utilities, Visa,
};
use super::{DocKind, DocumentData};
use crate::domain::{self, Lease, Person, PersonKind, Property, RegistrationKind};
use crate::i18n::Message;
use crate::ident;
use crate::{CoreError, Store};

/// The data of `kind` for the record `id`: a lease's id for the agreement,
/// the consent and the registration sheet; a foreigner notice's id (or a
/// lease's) for the arrival notice.
pub fn document_data(store: &Store, kind: DocKind, id: &str) -> Result<DocumentData, CoreError> {
    // A notice names its foreigner; a lease's notice is about the first
    // foreigner living under it.
    let mut noticed = None;
    // A handover act is named by its own id or by its lease's.
    let act_lease = match kind {
        DocKind::HandoverAct => {
            super::handover_from_store::recorded(store, id)?.map(|h| h.lease_id)
        }
        _ => None,
    };
    let lease = match store.get::<Lease>(act_lease.as_deref().unwrap_or(id))? {
        Some(l) => l,
        None if kind == DocKind::ForeignerNotice => {
            let notice = get::<domain::ForeignerNotice>(store, "foreigner-notice", id)?;
            let lease = lease_of_foreigner(store, &notice)?;
            noticed = Some(notice.person_id);
            lease
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

    let signed_on = lease
        .signed_on
        .ok_or_else(|| missing(&lease, "signed_on"))?;
    let payment_method = match lease.payment_method {
        Some(domain::PaymentMethod::BankTransfer) => PaymentMethod::BankTransfer,
        Some(domain::PaymentMethod::Cash) => PaymentMethod::Cash,
        None => return Err(missing(&lease, "payment_method")),
    };
    let lease_regs: Vec<domain::Registration> = store
        .list_where::<domain::Registration>("property_id", &property.id)?
        .into_iter()
        .filter(|r| r.lease_id.as_deref() == Some(lease.id.as_str()))
        .collect();

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
            application: application(&lease_regs, &person),
        });
        people.push(person);
    }

    let owners = store.list_where::<domain::Owner>("property_id", &property.id)?;
    // A landlord who is none of the owners acts under the lease's power of
    // attorney: for the agreement it is theirs, for the consent it is how
    // each owner's consent is given.
    let acts_for_owners = !owners
        .iter()
        .any(|o| landlord.iin.as_deref() == Some(o.iin_bin.as_str()));
    let poa = power_of_attorney(&lease);
    let owner_poa = poa
        .clone()
        .filter(|_| acts_for_owners)
        .map(|p| PowerOfAttorney {
            holder: Some(landlord.full_name()),
            holder_iin: landlord.iin.clone(),
            ..p
        });
    let registration = registration(store, &lease, &property, &landlord, &owners, &people)?;
    let foreigner = people
        .iter()
        .filter(|p| noticed.as_ref().is_none_or(|id| &p.id == id))
        .find(|p| p.kind == PersonKind::Foreigner)
        .map(|p| foreigner(store, p, &lease, end))
        .transpose()?;

    Ok(DocumentData {
        number: lease.id.clone(),
        date: signed_on,
        place: property.city.clone(),
        landlord: Party {
            power_of_attorney: poa,
            bank: bank(&lease),
            ..party(&landlord)
        },
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
                    power_of_attorney: owner_poa.clone(),
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
            payment_method,
            utilities: utilities(&lease.utilities),
            // Not chosen: the template prints the clause with a blank.
            prevailing_language: lease.prevailing_language.map(|p| match p {
                domain::PrevailingLanguage::Kk => super::data::PrevailingLanguage::Kk,
                domain::PrevailingLanguage::Ru => super::data::PrevailingLanguage::Ru,
            }),
        },
        occupants,
        registration,
        foreigner,
        // Only the act needs it; without one recorded the act is refused.
        handover: match kind {
            DocKind::HandoverAct => Some(super::handover_from_store::required(store, &lease, id)?),
            _ => None,
        },
    })
}

fn get<T: crate::store::Entity>(store: &Store, kind: &str, id: &str) -> Result<T, CoreError> {
    store.get::<T>(id)?.ok_or_else(|| not_found(kind, id))
}

/// A field the document cannot print without, not recorded for the lease.
fn missing(lease: &Lease, field: &str) -> CoreError {
    CoreError::Invalid {
        field: field.into(),
        message: Message::new("doc-missing-field")
            .arg("id", lease.id.as_str())
            .arg("field", field),
    }
}

fn power_of_attorney(lease: &Lease) -> Option<PowerOfAttorney> {
    Some(PowerOfAttorney {
        holder: None,
        holder_iin: None,
        number: lease.poa_number.clone()?,
        date: lease.poa_date?,
        notary: lease.poa_notary.clone()?,
        valid_until: None,
    })
}

fn bank(lease: &Lease) -> Option<BankDetails> {
    Some(BankDetails {
        iban: lease.bank_iban.clone()?,
        bank: lease.bank_name.clone()?,
        bic: lease.bank_bic.clone(),
    })
}

/// A registrant's own application: what they registered (or will
/// register) under this lease with. A child under 14, who is not
/// registered, has none and is listed on the tenant's sheet.
fn application(regs: &[domain::Registration], person: &Person) -> Option<Application> {
    let r = regs
        .iter()
        .filter(|r| r.person_id == person.id)
        .max_by_key(|r| r.date_from)?;
    if r.reason.is_none() && r.signing_method.is_none() && r.signing_phone.is_none() {
        return None;
    }
    Some(Application {
        reason: r.reason.map(|reason| match reason {
            domain::RegistrationReason::Lease => RegistrationReason::Lease,
            domain::RegistrationReason::Family => RegistrationReason::Family,
            domain::RegistrationReason::Work => RegistrationReason::Work,
            domain::RegistrationReason::Study => RegistrationReason::Study,
            domain::RegistrationReason::Medical => RegistrationReason::Medical,
            domain::RegistrationReason::Other => RegistrationReason::Other,
        }),
        signature: r.signing_method.map(|m| match m {
            domain::SigningMethod::Eds => SignatureMethod::Eds,
            domain::SigningMethod::Sms => SignatureMethod::Sms,
        }),
        phone: r.signing_phone.clone(),
        // The tenant files for a 14–16-year-old, as the data model reads
        // an absent parent.
        parent: None,
    })
}

fn purpose(p: domain::StayPurpose) -> PurposeOfStay {
    use domain::StayPurpose as S;
    match p {
        S::Private => PurposeOfStay::Private,
        S::Business => PurposeOfStay::Business,
        S::Tourism => PurposeOfStay::Tourism,
        S::Study => PurposeOfStay::Study,
        S::Work => PurposeOfStay::Work,
        S::Medical => PurposeOfStay::Medical,
        S::Family => PurposeOfStay::Family,
        S::Transit => PurposeOfStay::Transit,
        S::Other => PurposeOfStay::Other,
    }
}

fn visa(p: &Person) -> Option<Visa> {
    Some(Visa {
        kind: p.visa_type.clone()?,
        number: p.visa_number.clone()?,
        valid_from: p.visa_valid_from?,
        valid_until: p.visa_valid_to?,
        entries: None,
    })
}

fn not_found(kind: &str, id: &str) -> CoreError {
    CoreError::NotFound {
        kind: kind.to_owned(),
        id: id.to_owned(),
    }
}

pub(crate) fn lease_of_foreigner(
    store: &Store,
    notice: &domain::ForeignerNotice,
) -> Result<Lease, CoreError> {
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
        // Not recorded: printed as a blank line to fill in by hand.
        address: p.address.clone().unwrap_or_default(),
        phone: p.phone.clone(),
        representative: None,
        power_of_attorney: None,
        bank: None,
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
        applicant_is_owner: Some(is_owner),
        owner_region: property.region.clone(),
        co_owners_consent: Some(regs.iter().all(|r| r.consent_by.is_some())),
        // One method for the sheet only when every registrant recorded the
        // same; each registrant's own is in their application.
        signature: match regs.first().and_then(|r| r.signing_method) {
            Some(m) if regs.iter().all(|r| r.signing_method == Some(m)) => Some(match m {
                domain::SigningMethod::Eds => SignatureMethod::Eds,
                domain::SigningMethod::Sms => SignatureMethod::Sms,
            }),
            _ => None,
        },
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
        // Not recorded: printed as a blank line.
        entry_point: p.entry_point.clone().unwrap_or_default(),
        // The store keeps the category, not a note beside it.
        purpose: String::new(),
        purpose_of_stay: p.purpose_of_stay.map(purpose),
        visa: visa(p),
        // The intended stay: to the lease's end, and never past the
        // days a visa-free stay allows (the rules' 90 in any 180) unless
        // registered for longer.
        stay_until: lease_end.min(crate::rules::stay::visa_free_last_day(
            entry,
            &crate::rules::deadlines::DeadlineRules::builtin().eaeu_stay,
        )),
        arrival_date: arrival,
    })
}
