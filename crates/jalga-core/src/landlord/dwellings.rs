//! Dwellings for the landlord's screens: a light, paged list with search,
//! saving a dwelling with its owners in one transaction, and a dwelling's
//! status under the area norm with the people living there now.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::Relation;
use crate::domain::{validate_record, Lease, Occupant, Owner, Person, Property, Registration};
use crate::error::CoreError;
use crate::rules::norm::{evaluate, DwellingAreas, NormPerson, NormRegistry, NormResult};
use crate::store::{PageFrom, Store};

/// One line of the dwellings list: enough to find and pick it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DwellingRow {
    pub id: String,
    pub city: String,
    pub street: String,
    pub building: String,
    pub flat: Option<String>,
    pub useful_area: f64,
    pub rooms: u32,
}

/// A page of the list and how many match in all; `next` is where the page
/// after it begins (none after the last).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DwellingPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<DwellingRow>,
    pub next: Option<DwellingKey>,
}

/// A dwelling's place in the list's order (city, street, building, flat,
/// id): a page that follows it starts right after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DwellingKey {
    pub city: String,
    pub street: String,
    pub building: String,
    pub flat: String,
    pub id: String,
}

/// Dwellings whose address or codes contain `query` in any case, ordered
/// by address, `limit` of them from `offset`.
pub fn list_dwellings(
    store: &Store,
    query: &str,
    offset: u32,
    limit: u32,
) -> Result<DwellingPage, CoreError> {
    page(store, query, Err(offset), limit)
}

/// Dwellings whose address or codes contain `query` in any case, ordered
/// by address, `limit` of them after `after` (from the first when none):
/// paging by key, which reads only the page whatever its depth.
pub fn list_dwellings_after(
    store: &Store,
    query: &str,
    after: Option<&DwellingKey>,
    limit: u32,
) -> Result<DwellingPage, CoreError> {
    page(store, query, Ok(after), limit)
}

fn page(
    store: &Store,
    query: &str,
    from: Result<Option<&DwellingKey>, u32>,
    limit: u32,
) -> Result<DwellingPage, CoreError> {
    let key;
    let at = match from {
        Err(offset) => PageFrom::Offset(offset),
        Ok(None) => PageFrom::After(None),
        Ok(Some(k)) => {
            key = [
                k.city.as_str(),
                k.street.as_str(),
                k.building.as_str(),
                k.flat.as_str(),
                k.id.as_str(),
            ];
            PageFrom::After(Some(&key))
        }
    };
    let limit = limit.min(1000);
    let found = store.dwellings_page(query, at, limit)?;
    let rows: Vec<DwellingRow> = found
        .rows
        .into_iter()
        .map(|r| DwellingRow {
            id: r.id,
            city: r.city,
            street: r.street,
            building: r.building,
            flat: r.flat,
            useful_area: r.useful_area,
            rooms: r.rooms,
        })
        .collect();
    let next = (rows.len() as u32 == limit && limit > 0)
        .then(|| rows.last())
        .flatten()
        .map(|r| DwellingKey {
            city: r.city.clone(),
            street: r.street.clone(),
            building: r.building.clone(),
            flat: r.flat.clone().unwrap_or_default(),
            id: r.id.clone(),
        });
    Ok(DwellingPage {
        total: found.total,
        offset: at.offset(),
        rows,
        next,
    })
}

/// Everything wrong with a dwelling and its owners, field by field
/// (`owners[1].iin_bin`), for a form checked as it is typed.
pub fn check_dwelling(property: &Property, owners: &[Owner]) -> Vec<crate::domain::Violation> {
    let mut out = validate_record("", property);
    for (i, o) in owners.iter().enumerate() {
        out.extend(validate_record(&format!("owners[{i}]"), o));
    }
    out
}

/// Saves a dwelling and replaces its owners, in one transaction. Owners get
/// ids from the dwelling's when they have none. Nothing is written if
/// anything is wrong.
pub fn save_dwelling(
    store: &mut Store,
    property: &Property,
    owners: &[Owner],
) -> Result<(), CoreError> {
    let owners: Vec<Owner> = owners
        .iter()
        .enumerate()
        .map(|(i, o)| Owner {
            id: if o.id.is_empty() {
                format!("{}-o{}", property.id, i + 1)
            } else {
                o.id.clone()
            },
            property_id: property.id.clone(),
            ..o.clone()
        })
        .collect();
    super::reject(check_dwelling(property, &owners))?;
    let unit = store.write("save")?;
    unit.save(property)?;
    unit.clear_owners(&property.id)?;
    for o in &owners {
        unit.save(o)?;
    }
    unit.commit()
}

/// Someone living at a dwelling now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Resident {
    pub person_id: String,
    pub name: String,
    pub relation: Relation,
    /// The lease they live under, if any.
    pub lease_id: Option<String>,
    /// Their registration here active today, if any.
    pub registration: Option<Registration>,
}

/// A dwelling with its owners, who lives there and the norm at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DwellingStatus {
    pub property: Property,
    pub owners: Vec<Owner>,
    pub residents: Vec<Resident>,
    pub norm: NormResult,
}

use crate::domain::on_day::{lease_runs_on as active_lease, registered_on as active_registration};

/// The dwelling `id` as it stands on `on`: occupants of its active leases
/// and people registered there without a lease, evaluated under `preset`.
pub fn dwelling_status(
    store: &Store,
    id: &str,
    preset: &str,
    on: NaiveDate,
) -> Result<DwellingStatus, CoreError> {
    let property = store
        .get::<Property>(id)?
        .ok_or_else(|| CoreError::NotFound {
            kind: "property".into(),
            id: id.into(),
        })?;
    let owners = store.list_where::<Owner>("property_id", id)?;
    let registrations: Vec<Registration> = store
        .list_where::<Registration>("property_id", id)?
        .into_iter()
        .filter(|r| active_registration(r, on))
        .collect();
    let mut residents = Vec::new();
    for lease in store
        .list_where::<Lease>("property_id", id)?
        .into_iter()
        .filter(|l| active_lease(l, on))
    {
        for occ in store.list_where::<Occupant>("lease_id", &lease.id)? {
            if residents
                .iter()
                .any(|r: &Resident| r.person_id == occ.person_id)
            {
                continue;
            }
            residents.push(resident(
                store,
                &occ.person_id,
                occ.relation,
                Some(lease.id.clone()),
                &registrations,
            )?);
        }
    }
    for reg in &registrations {
        if !residents.iter().any(|r| r.person_id == reg.person_id) {
            // Registered without a lease here: the relation is not known,
            // so the norm counts them.
            residents.push(resident(
                store,
                &reg.person_id,
                Relation::Unrelated,
                None,
                &registrations,
            )?);
        }
    }
    let people: Vec<NormPerson> = residents
        .iter()
        .map(|r| NormPerson {
            label: Some(r.name.clone()),
            relation: r.relation,
            registered: r.registration.is_some(),
        })
        .collect();
    let norm = norm_for(&property, &people, preset, on)?;
    Ok(DwellingStatus {
        property,
        owners,
        residents,
        norm,
    })
}

fn resident(
    store: &Store,
    person_id: &str,
    relation: Relation,
    lease_id: Option<String>,
    registrations: &[Registration],
) -> Result<Resident, CoreError> {
    let name = store
        .get::<Person>(person_id)?
        .map_or_else(|| person_id.to_owned(), |p| p.full_name());
    Ok(Resident {
        person_id: person_id.to_owned(),
        name,
        relation,
        lease_id,
        registration: registrations
            .iter()
            .find(|r| r.person_id == person_id)
            .cloned(),
    })
}

/// The norm `preset` for `people` at `property` on `on`.
pub fn norm_for(
    property: &Property,
    people: &[NormPerson],
    preset: &str,
    on: NaiveDate,
) -> Result<NormResult, CoreError> {
    let registry = NormRegistry::builtin();
    let preset = registry.get(preset)?;
    let areas = DwellingAreas {
        total: Some(property.total_area),
        useful: Some(property.useful_area),
        living: Some(property.living_area),
    };
    Ok(evaluate(preset, &areas, people, on))
}
