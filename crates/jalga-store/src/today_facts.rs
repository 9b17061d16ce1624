//! The deadline engine's input for the landlord's home: one entry per
//! person and dwelling, built as [`crate::rule_facts`] builds it, with the
//! records behind it, so that each deadline can name the record that
//! resolves it.
//!
//! A renewed lease replaces the one before it: only the newest lease of a
//! person at a dwelling counts. A lease whose last day has passed with no
//! newer one is taken as the day the person moved out, which starts the
//! de-registration period (the deadline engine's rule, from `lease_end`).

use std::collections::{HashMap, HashSet};

use crate::domain::{
    ForeignerNotice, Lease, Occupant, Person, Property, Registration, RegistrationKind,
    RegistrationStatus,
};
use crate::rule_facts::{facts, latest_at, newest_leases};
use crate::rules::deadlines::PersonFacts;
use crate::{CoreError, Store};

/// A person at a dwelling: the engine's facts and the records they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedFacts {
    pub person: Person,
    pub property_id: String,
    /// The newest lease the person lives under at the dwelling.
    pub lease: Option<Lease>,
    /// The newest registration and notice at the dwelling.
    pub registration: Option<Registration>,
    pub notice: Option<ForeignerNotice>,
    pub facts: PersonFacts,
}

/// Everyone whose deadlines may still be open: every lease occupant (by
/// their newest lease at a dwelling) and every open registration no lease
/// accounts for (a draft, or a temporary one not ended).
pub fn keyed_facts(store: &Store) -> Result<Vec<KeyedFacts>, CoreError> {
    let leases: HashMap<String, Lease> = store
        .list::<Lease>()?
        .into_iter()
        .map(|l| (l.id.clone(), l))
        .collect();
    let newest = newest_leases(store.list::<Occupant>()?, &leases);
    let mut out = Vec::new();
    for ((person_id, property_id), lease) in &newest {
        let Some(person) = store.get::<Person>(person_id)? else {
            continue;
        };
        let (reg, notice) = latest_at(store, person_id, property_id)?;
        let property = store.get::<Property>(property_id)?;
        // A lease past its last day counts as the move-out: the engine
        // reads `lease_end` that way, on the day it is asked about.
        let f = PersonFacts {
            lease_end: lease.end_date,
            ..facts(
                &person,
                property.as_ref(),
                reg.as_ref(),
                notice.as_ref(),
                lease.start_date,
            )
        };
        out.push(KeyedFacts {
            person,
            property_id: property_id.clone(),
            lease: Some((*lease).clone()),
            registration: reg,
            notice,
            facts: f,
        });
    }
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for r in store.list::<Registration>()? {
        let key = (r.person_id.clone(), r.property_id.clone());
        let open = r.status == RegistrationStatus::Draft
            || (r.kind == RegistrationKind::Temporary
                && r.status != RegistrationStatus::Ended
                && r.date_to.is_some());
        if !open || newest.contains_key(&key) || seen.contains(&key) {
            continue;
        }
        seen.insert(key);
        let Some(person) = store.get::<Person>(&r.person_id)? else {
            continue;
        };
        let (Some(reg), notice) = latest_at(store, &r.person_id, &r.property_id)? else {
            continue;
        };
        let property = store.get::<Property>(&r.property_id)?;
        let f = facts(
            &person,
            property.as_ref(),
            Some(&reg),
            notice.as_ref(),
            reg.date_from,
        );
        out.push(KeyedFacts {
            person,
            property_id: r.property_id.clone(),
            lease: None,
            registration: Some(reg),
            notice,
            facts: f,
        });
    }
    out.sort_by(|a, b| a.facts.name.cmp(&b.facts.name));
    Ok(out)
}
