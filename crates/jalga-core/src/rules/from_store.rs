//! The deadline engine's input, built from what the store holds.
//!
//! One `PersonFacts` per person and dwelling: every occupant of a lease, and
//! every registration that no lease occupant accounts for (an office's
//! import often has registrations without leases).

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::domain::{
    ForeignerNotice, Lease, NoticeStatus, Occupant, Person, PersonKind, Property, Registration,
    RegistrationStatus,
};
use crate::rules::deadlines::{DeadlineInput, PersonFacts, RegistrationFacts};
use crate::{CoreError, Store};

/// Kazakhstan's own citizens, as the engine names them.
const KAZ: &str = "KAZ";

pub fn deadline_input(store: &Store) -> Result<DeadlineInput, CoreError> {
    let people: HashMap<String, Person> = store
        .list::<Person>()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let properties: HashMap<String, Property> = store
        .list::<Property>()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let leases: HashMap<String, Lease> = store
        .list::<Lease>()?
        .into_iter()
        .map(|l| (l.id.clone(), l))
        .collect();

    // The latest registration and notice of each person at each dwelling.
    let registrations = latest_per_place(store.list::<Registration>()?, |r| {
        (r.person_id.clone(), r.property_id.clone(), r.date_from)
    });
    let notices = latest_per_place(store.list::<ForeignerNotice>()?, |n| {
        (n.person_id.clone(), n.property_id.clone(), n.arrival_date)
    });

    let mut out = Vec::new();
    let mut covered = HashSet::new();
    for occ in store.list::<Occupant>()? {
        let (Some(lease), Some(person)) = (leases.get(&occ.lease_id), people.get(&occ.person_id))
        else {
            continue;
        };
        let key = (person.id.clone(), lease.property_id.clone());
        let notice = notices.get(&key);
        let reg = registrations.get(&key);
        covered.insert(key.clone());
        out.push(PersonFacts {
            lease_end: lease.end_date,
            ..facts(
                person,
                properties.get(&lease.property_id),
                reg,
                notice,
                lease.start_date,
            )
        });
    }
    for (key, reg) in &registrations {
        if covered.contains(key) {
            continue;
        }
        let Some(person) = people.get(&key.0) else {
            continue;
        };
        out.push(facts(
            person,
            properties.get(&key.1),
            Some(reg),
            notices.get(key),
            reg.date_from,
        ));
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(DeadlineInput { people: out })
}

/// The newest record (by its date) for each (person, dwelling).
fn latest_per_place<T>(
    records: Vec<T>,
    key: impl Fn(&T) -> (String, String, chrono::NaiveDate),
) -> BTreeMap<(String, String), T> {
    let mut out: BTreeMap<(String, String), (chrono::NaiveDate, T)> = BTreeMap::new();
    for r in records {
        let (person, place, date) = key(&r);
        match out.get(&(person.clone(), place.clone())) {
            Some((newest, _)) if *newest >= date => {}
            _ => {
                out.insert((person, place), (date, r));
            }
        }
    }
    out.into_iter().map(|(k, (_, r))| (k, r)).collect()
}

fn facts(
    person: &Person,
    property: Option<&Property>,
    reg: Option<&Registration>,
    notice: Option<&ForeignerNotice>,
    moved_in: chrono::NaiveDate,
) -> PersonFacts {
    let foreigner = person.kind == PersonKind::Foreigner;
    PersonFacts {
        name: display_name(person, property),
        citizenship: if foreigner {
            person.citizenship.clone().unwrap_or_default()
        } else {
            KAZ.to_owned()
        },
        // A foreigner's notice names the day of arrival at this address.
        moved_in: Some(notice.map_or(moved_in, |n| n.arrival_date)),
        entered_country: person.entry_date,
        birth_date: Some(person.birth_date),
        labour_contract_end: person.labour_contract_end,
        address_changed: false,
        registration: reg.map(|r| RegistrationFacts {
            kind: r.kind,
            status: r.status,
            // The store keeps the day a registration runs from, which is the
            // day it was granted; a draft has not been submitted.
            submitted_on: (r.status != RegistrationStatus::Draft).then_some(r.date_from),
            from: Some(r.date_from),
            until: r.date_to,
        }),
        // The store does not keep the day a notice was sent yet: a sent or
        // confirmed notice counts as filed on the arrival day.
        notice_filed: notice
            .filter(|n| n.status != NoticeStatus::Draft)
            .map(|n| n.arrival_date),
        lease_end: None,
        moved_out: None,
        deregistered: reg
            .filter(|r| r.status == RegistrationStatus::Ended)
            .and_then(|r| r.date_to),
        stays: Vec::new(),
    }
}

/// "Surname Given — street building, flat": enough to find the person.
fn display_name(person: &Person, property: Option<&Property>) -> String {
    let name = format!("{} {}", person.surname, person.given_name);
    match property {
        Some(p) => {
            let flat = p
                .flat
                .as_deref()
                .map(|f| format!(", {f}"))
                .unwrap_or_default();
            format!("{name} — {} {}{flat}", p.street, p.building)
        }
        None => name,
    }
}
