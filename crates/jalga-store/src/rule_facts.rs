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
    for (key, lease) in newest_leases(store.list::<Occupant>()?, &leases) {
        let Some(person) = people.get(&key.0) else {
            continue;
        };
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

/// The lease each occupant lives under at each dwelling, by (person,
/// dwelling): a renewed lease replaces the one before it, so only the
/// newest counts (by start, then by id).
pub(crate) fn newest_leases(
    occupants: Vec<Occupant>,
    leases: &HashMap<String, Lease>,
) -> BTreeMap<(String, String), &Lease> {
    let mut newest: BTreeMap<(String, String), &Lease> = BTreeMap::new();
    for occ in occupants {
        let Some(lease) = leases.get(&occ.lease_id) else {
            continue;
        };
        let key = (occ.person_id, lease.property_id.clone());
        match newest.get(&key) {
            Some(l) if (l.start_date, &l.id) >= (lease.start_date, &lease.id) => {}
            _ => {
                newest.insert(key, lease);
            }
        }
    }
    newest
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

pub(crate) fn facts(
    person: &Person,
    property: Option<&Property>,
    reg: Option<&Registration>,
    notice: Option<&ForeignerNotice>,
    moved_in: chrono::NaiveDate,
) -> PersonFacts {
    facts_at(person, property.map(Property::label), reg, notice, moved_in)
}

/// [`facts`] with the dwelling's address label ([`Property::label`]).
pub(crate) fn facts_at(
    person: &Person,
    place: Option<String>,
    reg: Option<&Registration>,
    notice: Option<&ForeignerNotice>,
    moved_in: chrono::NaiveDate,
) -> PersonFacts {
    let name = display_name(person, place.as_deref());
    facts_named(name, person, reg, notice, moved_in)
}

/// [`facts_at`] with the name to show already made ([`display_name`]); the
/// person's names are not read again.
pub(crate) fn facts_named(
    name: String,
    person: &Person,
    reg: Option<&Registration>,
    notice: Option<&ForeignerNotice>,
    moved_in: chrono::NaiveDate,
) -> PersonFacts {
    let foreigner = person.kind == PersonKind::Foreigner;
    PersonFacts {
        name,
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
            // The day it was submitted where the store has it, else the day
            // it runs from (the day it was granted); a draft has not been
            // submitted.
            submitted_on: (r.status != RegistrationStatus::Draft)
                .then_some(r.submitted_on.unwrap_or(r.date_from)),
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

/// "Surname Given — city, street building, flat": enough to find the person.
fn display_name(person: &Person, place: Option<&str>) -> String {
    let mut name = String::new();
    push_name(
        &mut name,
        &person.surname,
        &person.given_name,
        place.is_some(),
    );
    name.push_str(place.unwrap_or_default());
    name
}

/// The start of [`display_name`]: the names, and the dash before the place
/// when one follows.
pub(crate) fn push_name(out: &mut String, surname: &str, given_name: &str, place: bool) {
    out.push_str(surname);
    out.push(' ');
    out.push_str(given_name);
    if place {
        out.push_str(" — ");
    }
}

/// The newest registration and notice of a person at a dwelling, chosen as
/// [`latest_per_place`] chooses them (by date; the first by id on a tie).
pub(crate) fn latest_at(
    store: &Store,
    person: &str,
    property: &str,
) -> Result<(Option<Registration>, Option<ForeignerNotice>), CoreError> {
    let reg = at_place::<Registration>(store, person, property)?;
    let notice = at_place::<ForeignerNotice>(store, person, property)?;
    let reg = latest_per_place(reg, |r| {
        (r.person_id.clone(), r.property_id.clone(), r.date_from)
    });
    let notice = latest_per_place(notice, |n| {
        (n.person_id.clone(), n.property_id.clone(), n.arrival_date)
    });
    Ok((reg.into_values().next(), notice.into_values().next()))
}

/// A person's records of `T` (registrations, notices) at one dwelling, by id.
fn at_place<T: crate::Entity>(
    store: &Store,
    person: &str,
    property: &str,
) -> Result<Vec<T>, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return server.at_place(person, property);
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE person_id = ?1 AND property_id = ?2 ORDER BY id",
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let mut stmt = store
        .conn()
        .prepare_cached(&sql)
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map([person, property], T::from_row)
        .map_err(|e| store.err(e))?;
    rows.collect::<Result<_, _>>().map_err(|e| store.err(e))
}
