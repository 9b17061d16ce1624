//! The data behind a document, loaded into the store: a clerk drops a PDF
//! made by Jalga, it is verified, and the records its attached data stands
//! for (dwelling, owners, people, lease, occupants, registrations, notice)
//! are imported like a bundle, all or nothing.
//!
//! A document prints less than the store keeps, so the mapping makes these
//! choices, each written next to the code: records the store already has
//! (a person by IIN or passport, a dwelling by the lease or the RKA code)
//! are reused as they are; a party without an IIN has no birth date or sex
//! to take, so unless the document tells them elsewhere it cannot become a
//! person and the whole document is refused with the reason.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::data::{Dwelling, Passport};
use super::{verify, DocKind, DocLang, Envelope};
use crate::domain::{
    self, ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Occupant, Owner, OwnerKind, Person,
    PersonKind, Property, Registration, RegistrationKind, RegistrationStatus, StayPurpose,
    Violation,
};
use crate::error::CoreError;
use crate::i18n::{Message, ToMessage};
use crate::ident::{self, Sex};
use crate::interchange::{self, Bundle, Format, Watch};
use crate::Store;

/// What loading a document did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DocumentImport {
    pub code: String,
    pub kind: DocKind,
    pub number: String,
    #[ts(type = "number")]
    pub records: u64,
    /// True unless both parties signed it with signatures that hold
    /// (authentic): a consistent PDF proves consistency, not authorship.
    pub unsigned: bool,
    /// Says which, for the clerk: `doc-import-not-authentic` or
    /// `doc-import-authentic` (with the signers' names).
    pub note: Message,
}

/// Verifies the PDF and imports the records behind it. A document that is
/// not intact is refused with the verification's reason; nothing is written.
pub fn import_document(
    store: &mut Store,
    pdf: &[u8],
    watch: &mut Watch<'_>,
) -> Result<DocumentImport, CoreError> {
    import_document_trusting(store, pdf, super::Trust::system(), watch)
}

/// [`import_document`], with the signatures' chains checked against `trust`.
pub fn import_document_trusting(
    store: &mut Store,
    pdf: &[u8],
    trust: &super::Trust,
    watch: &mut Watch<'_>,
) -> Result<DocumentImport, CoreError> {
    let verdict = verify::verify_with(pdf, trust);
    if let Some(f) = &verdict.failure {
        return Err(CoreError::Invalid {
            field: "document".into(),
            message: f.to_message(),
        });
    }
    let env = verify::attached_envelope(pdf).ok_or(CoreError::Invalid {
        field: "document".into(),
        message: verify::Failure::NoData.to_message(),
    })?;
    let bundle = bundle_of(store, &env).map_err(CoreError::ImportRejected)?;
    // Through the bundle import, so the records get the same checks
    // (validation, references) and the same one transaction.
    let json = serde_json::to_vec(&bundle).map_err(|e| CoreError::Pdf(e.to_string()))?;
    let s = interchange::import_watched(store, Format::Json, &mut &json[..], watch)?;
    let code_of_import = verdict.code.clone().unwrap_or_default();
    let authentic = verdict.status == verify::DocStatus::Authentic;
    Ok(DocumentImport {
        code: verdict.code.unwrap_or_default(),
        kind: env.kind,
        number: env.data.number.clone(),
        records: s.records,
        unsigned: !authentic,
        note: if authentic {
            super::signatures::import_note(&verdict.signatures, &code_of_import)
        } else {
            Message::new("doc-import-not-authentic").arg("code", code_of_import.as_str())
        },
    })
}

/// An id made of the characters ids allow.
fn slug(s: &str) -> String {
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if out.is_empty() {
        "doc".into()
    } else {
        out
    }
}

/// A full name split the way documents write it: surname, given name,
/// then the patronymic (the rest).
fn split_name(full: &str) -> (String, String, Option<String>) {
    let mut words = full.split_whitespace();
    let surname = words.next().unwrap_or_default().to_owned();
    let given = words.next().unwrap_or_default().to_owned();
    let rest: Vec<&str> = words.collect();
    (surname, given, (!rest.is_empty()).then(|| rest.join(" ")))
}

/// Who someone is in a document, as far as it tells.
struct Who<'a> {
    role: String,
    name: &'a str,
    iin: Option<&'a str>,
    passport: Option<&'a Passport>,
    birth_date: Option<NaiveDate>,
    sex: Option<Sex>,
}

struct Mapper<'s> {
    store: &'s Store,
    prefix: String,
    persons: Vec<Person>,
    ids: HashMap<String, String>,
    bad: Vec<Violation>,
}

impl Mapper<'_> {
    /// The person's id: one the store has (same IIN or passport), one this
    /// document already gave, or a new person made from the document.
    fn person(&mut self, w: Who<'_>) -> String {
        let key = match (w.iin, w.passport) {
            (Some(i), _) => format!("iin:{i}"),
            (None, Some(p)) => format!("passport:{}:{}", p.citizenship, p.number),
            (None, None) => format!("name:{}", w.name),
        };
        if let Some(id) = self.ids.get(&key) {
            return id.clone();
        }
        let known = match (w.iin, w.passport) {
            (Some(i), _) => self.store.list_where::<Person>("iin", i).ok(),
            (None, Some(p)) => self
                .store
                .list_where::<Person>("passport_number", &p.number)
                .ok(),
            _ => None,
        }
        .and_then(|v| v.into_iter().next());
        let id = match known {
            Some(p) => p.id,
            None => {
                let id = format!("{}-p{}", self.prefix, self.persons.len() + 1);
                let from_iin = w.iin.and_then(|i| ident::check_iin(i).ok());
                let birth = w.birth_date.or(from_iin.as_ref().map(|i| i.birth_date));
                let sex = w.sex.or(from_iin.as_ref().map(|i| i.sex));
                let (Some(birth_date), Some(sex)) = (birth, sex) else {
                    self.bad.push(Violation::new(
                        w.role.clone(),
                        "doc-unmappable",
                        Message::new("clerk-doc-no-identity").arg("name", w.name),
                    ));
                    return id;
                };
                let (surname, given_name, patronymic) = split_name(w.name);
                self.persons.push(Person {
                    id: id.clone(),
                    kind: if w.iin.is_none() && w.passport.is_some() {
                        PersonKind::Foreigner
                    } else {
                        PersonKind::Citizen
                    },
                    iin: w.iin.map(str::to_owned),
                    surname,
                    given_name,
                    patronymic,
                    birth_date,
                    sex,
                    id_document: None,
                    passport_number: w.passport.map(|p| p.number.clone()),
                    citizenship: w.passport.map(|p| p.citizenship.clone()),
                    surname_latin: None,
                    given_name_latin: None,
                    entry_date: None,
                    purpose_of_stay: None,
                    visa_number: None,
                    labour_contract_end: None,
                    address: None,
                    phone: None,
                    visa_type: None,
                    visa_valid_from: None,
                    visa_valid_to: None,
                    entry_point: None,
                    id_document_expires: None,
                    passport_expires: None,
                });
                id
            }
        };
        self.ids.insert(key, id.clone());
        id
    }
}

fn property_of(id: &str, d: &Dwelling) -> Property {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Property {
        id: id.to_owned(),
        region: d.region.clone(),
        city: d.city.clone(),
        district: d.district.clone(),
        street: d.street.clone(),
        building: d.building.clone(),
        flat: d.flat.clone(),
        kato: d.kato.clone(),
        rka: some(&d.rka),
        cadastral_number: some(&d.cadastral),
        total_area: d.total_area,
        useful_area: d.useful_area,
        living_area: d.living_area,
        rooms: d.rooms,
        floor: None,
    }
}

/// The records a document's data stands for, or why it cannot be mapped.
pub fn bundle_of(store: &Store, env: &Envelope) -> Result<Bundle, Vec<Violation>> {
    let d = &env.data;
    let lease_id = slug(&d.number);
    let mut b = Bundle::default();
    let mut m = Mapper {
        store,
        prefix: lease_id.clone(),
        persons: Vec::new(),
        ids: HashMap::new(),
        bad: Vec::new(),
    };

    // The dwelling: the lease's, if the store has the lease; else one with
    // the same RKA code; else a new one with its owners.
    let known_lease = store.get::<Lease>(&lease_id).ok().flatten();
    let lease_known = known_lease.is_some();
    let known_property = known_lease.map(|l| l.property_id).or_else(|| {
        (!d.dwelling.rka.is_empty())
            .then(|| store.list_where::<Property>("rka", &d.dwelling.rka).ok())
            .flatten()
            .and_then(|v| v.into_iter().next().map(|p| p.id))
    });
    let property_id = match known_property {
        Some(id) => id,
        None => {
            let id = format!("{lease_id}-dwelling");
            b.properties.push(property_of(&id, &d.dwelling));
            for (i, o) in d.dwelling.owners.iter().enumerate() {
                let (num, den) = o
                    .share
                    .split_once('/')
                    .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
                    .unwrap_or((1, 1));
                let iin_bin = o.iin.clone().unwrap_or_default();
                // A BIN's fifth digit is 4–6; an IIN's is a month digit.
                let company = iin_bin.len() == 12 && matches!(&iin_bin[4..5], "4" | "5" | "6");
                b.owners.push(Owner {
                    id: format!("{id}-owner{}", i + 1),
                    property_id: id.clone(),
                    kind: if company {
                        OwnerKind::Company
                    } else {
                        OwnerKind::Person
                    },
                    iin_bin,
                    name: o.name.clone(),
                    share_numerator: num,
                    share_denominator: den,
                });
            }
            id
        }
    };

    let foreigner = d.foreigner.as_ref();
    let sex_of = |p: Option<&Passport>| {
        foreigner
            .filter(|f| p.is_some_and(|p| p.number == f.passport.number))
            .map(|f| match f.sex {
                super::data::Sex::Male => Sex::Male,
                super::data::Sex::Female => Sex::Female,
            })
    };
    let landlord = m.person(Who {
        role: "landlord".into(),
        name: &d.landlord.name,
        iin: d.landlord.iin.as_deref(),
        passport: d.landlord.passport.as_ref(),
        birth_date: None,
        sex: sex_of(d.landlord.passport.as_ref()),
    });
    let mut occupant_ids = Vec::new();
    for (i, o) in d.occupants.iter().enumerate() {
        let id = m.person(Who {
            role: format!("occupants[{i}]"),
            name: &o.name,
            iin: o.iin.as_deref(),
            passport: o.passport.as_ref(),
            birth_date: Some(o.birth_date),
            sex: sex_of(o.passport.as_ref()),
        });
        occupant_ids.push(id);
    }
    let tenant = m.person(Who {
        role: "tenant".into(),
        name: &d.tenant.name,
        iin: d.tenant.iin.as_deref(),
        passport: d.tenant.passport.as_ref(),
        birth_date: None,
        sex: sex_of(d.tenant.passport.as_ref()),
    });
    if !m.bad.is_empty() {
        return Err(m.bad);
    }
    // A foreigner's record from the notice is richer than an occupant line.
    if let Some(f) = foreigner {
        for p in m.persons.iter_mut() {
            if p.passport_number.as_deref() == Some(f.passport.number.as_str()) {
                p.kind = PersonKind::Foreigner;
                p.surname_latin = Some(f.surname_latin.clone()).filter(|s| !s.is_empty());
                p.given_name_latin = Some(f.given_names_latin.clone()).filter(|s| !s.is_empty());
                p.entry_date = Some(f.entry_date);
                p.purpose_of_stay = Some(f.purpose.as_str())
                    .filter(|s| !s.is_empty())
                    .map(StayPurpose::from_legacy);
            }
        }
    }
    b.persons = m.persons;

    // A lease the store has is kept as it is (it holds more than the
    // document prints).
    b.leases.extend((!lease_known).then(|| {
        Lease {
            id: lease_id.clone(),
            property_id: property_id.clone(),
            landlord_id: landlord.clone(),
            tenant_id: tenant,
            start_date: d.terms.start,
            end_date: Some(d.terms.end),
            rent: d.terms.rent,
            deposit: d.terms.deposit,
            payment_day: d.terms.payment_day,
            utilities: serde_json::to_value(d.terms.utilities)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            language: match env.lang {
                DocLang::Kk => LeaseLanguage::Kk,
                DocLang::Ru | DocLang::En => LeaseLanguage::Ru,
                DocLang::KkRu => LeaseLanguage::KkRu,
            },
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: d.terms.prevailing_language.map(|p| match p {
                super::data::PrevailingLanguage::Kk => crate::domain::PrevailingLanguage::Kk,
                super::data::PrevailingLanguage::Ru => crate::domain::PrevailingLanguage::Ru,
            }),
        }
    }));
    for (o, id) in d.occupants.iter().zip(&occupant_ids) {
        if b.occupants.iter().any(|x: &Occupant| &x.person_id == id) {
            continue;
        }
        b.occupants.push(Occupant {
            lease_id: lease_id.clone(),
            person_id: id.clone(),
            relation: o.relation,
        });
    }

    // The registration the document asks for: submitted (the clerk holds
    // its data sheet), unless the store already has it for that day.
    if let Some(r) = &d.registration {
        // Version 1 carries a yes/no; version 2 none (consent is given on
        // eGov and not known from the paper).
        let consented = r.co_owners_consent.unwrap_or(false);
        let date_to = match (r.kind, r.months) {
            (RegistrationKind::Temporary, Some(n)) => {
                r.start.checked_add_months(Months::new(n.into()))
            }
            _ => None,
        };
        for &i in &r.people {
            let Some(person_id) = occupant_ids.get(i) else {
                continue;
            };
            let exists = store
                .list_where::<Registration>("person_id", person_id)
                .unwrap_or_default()
                .iter()
                .any(|x| x.property_id == property_id && x.date_from == r.start);
            if exists {
                continue;
            }
            b.registrations.push(Registration {
                id: format!("{lease_id}-reg{}", i + 1),
                person_id: person_id.clone(),
                property_id: property_id.clone(),
                lease_id: Some(lease_id.clone()),
                kind: r.kind,
                status: RegistrationStatus::Submitted,
                date_from: r.start,
                date_to,
                consent_by: consented.then(|| landlord.clone()),
                consent_date: consented.then_some(r.start),
                submitted_on: None,
                reason: None,
                signing_method: None,
                signing_phone: None,
            });
        }
    }
    // The arrival notice, sent (it is in the clerk's hands).
    if let Some(f) = foreigner {
        let person = occupant_ids.iter().zip(&d.occupants).find(|(_, o)| {
            o.passport
                .as_ref()
                .is_some_and(|p| p.number == f.passport.number)
        });
        if let Some((person_id, _)) = person {
            let exists = store
                .list_where::<domain::ForeignerNotice>("person_id", person_id)
                .unwrap_or_default()
                .iter()
                .any(|n| n.property_id == property_id && n.arrival_date == f.arrival_date);
            if !exists {
                b.foreigner_notices.push(ForeignerNotice {
                    id: format!("{lease_id}-notice"),
                    person_id: person_id.clone(),
                    property_id: property_id.clone(),
                    host_id: landlord.clone(),
                    arrival_date: f.arrival_date,
                    status: NoticeStatus::Sent,
                    filed_on: None,
                });
            }
        }
    }
    Ok(b)
}
