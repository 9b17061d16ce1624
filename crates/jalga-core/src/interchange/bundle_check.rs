//! Checking a bundle before anything is written: its format and version,
//! every record's shape and validation, duplicates, and every reference.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::Value;
use validator::Validate;

use super::versions::{
    check_handover_references, refuse_added, upgrade_v1, ADDED_IN_V3, LISTS_ADDED_IN_V3,
};
use super::{Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, BUNDLE_VERSION_1, BUNDLE_VERSION_2};
use crate::domain::{validate_record, Lease, Person, Property, Violation};
use crate::i18n::Message;
use crate::limits;
use crate::store::{Entity, Store};

/// Parses and checks a bundle without touching the store (except to look
/// up references).
pub fn check_bundle(store: &Store, bytes: &[u8]) -> Result<Bundle, Vec<Violation>> {
    if limits::json_depth(bytes) > limits::MAX_JSON_DEPTH {
        return Err(vec![Violation::new(
            "$",
            "json-too-deep",
            Message::new("hostile-too-deep").arg("max", limits::MAX_JSON_DEPTH as u32),
        )]);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![Violation::new(
            format!("line {}", e.line()),
            "json",
            Message::new("v-json")
                .arg("line", e.line() as u32)
                .arg("column", e.column() as u32)
                .arg("detail", e.to_string()),
        )]
    })?;
    let Value::Object(mut top) = value else {
        return Err(vec![Violation::new(
            "$",
            "bundle-shape",
            Message::new("v-bundle-shape"),
        )]);
    };
    let mut bad = Vec::new();
    match top.remove("format") {
        Some(Value::String(f)) if f == BUNDLE_FORMAT => {}
        _ => bad.push(Violation::new(
            "format",
            "bundle-format",
            Message::new("v-bundle-format").arg("expected", BUNDLE_FORMAT),
        )),
    }
    match top.remove("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION)) => {}
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION_2)) => {
            refuse_added(&mut top, ADDED_IN_V3, LISTS_ADDED_IN_V3, &mut bad)
        }
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION_1)) => {
            refuse_added(&mut top, ADDED_IN_V3, LISTS_ADDED_IN_V3, &mut bad);
            upgrade_v1(&mut top, &mut bad)
        }
        other => {
            return Err(vec![Violation::new(
                "version",
                "bundle-version",
                Message::new("v-bundle-version")
                    .arg("found", other.map(|v| v.to_string()).unwrap_or_default())
                    .arg("supported", format!("{BUNDLE_VERSION_1}–{BUNDLE_VERSION}")),
            )])
        }
    }
    let mut b = Bundle::default();
    let mut at = Origins::default();
    (b.properties, _) = section(&mut top, "properties", &mut bad);
    (b.owners, at.owners) = section(&mut top, "owners", &mut bad);
    (b.persons, _) = section(&mut top, "persons", &mut bad);
    (b.leases, at.leases) = section(&mut top, "leases", &mut bad);
    (b.occupants, at.occupants) = section(&mut top, "occupants", &mut bad);
    (b.registrations, at.registrations) = section(&mut top, "registrations", &mut bad);
    (b.foreigner_notices, at.notices) = section(&mut top, "foreigner_notices", &mut bad);
    (b.handovers, at.handovers) = section(&mut top, "handovers", &mut bad);
    for key in top.keys() {
        bad.push(Violation::new(
            key.as_str(),
            "unknown-field",
            Message::new("v-unknown-field").arg("field", key.as_str()),
        ));
    }
    check_references(store, &b, &at, &mut bad);
    check_handover_references(store, &b, &at, &mut bad);
    if bad.is_empty() {
        Ok(b)
    } else {
        Err(bad)
    }
}

/// Where each good record stood in the file, for the paths of reference
/// problems.
#[derive(Default)]
pub(super) struct Origins {
    pub(super) owners: Vec<usize>,
    pub(super) leases: Vec<usize>,
    pub(super) occupants: Vec<usize>,
    pub(super) registrations: Vec<usize>,
    pub(super) notices: Vec<usize>,
    pub(super) handovers: Vec<usize>,
}

/// One list of the bundle: each item parsed and validated on its own, so
/// that one bad item does not hide the next. Returns the good records and
/// their positions in the file.
fn section<T: DeserializeOwned + Validate + Entity>(
    top: &mut serde_json::Map<String, Value>,
    name: &str,
    bad: &mut Vec<Violation>,
) -> (Vec<T>, Vec<usize>) {
    let items = match top.remove(name) {
        None => return (vec![], vec![]),
        Some(Value::Array(items)) => items,
        Some(_) => {
            bad.push(Violation::new(
                name,
                "bundle-shape",
                Message::new("v-bundle-shape"),
            ));
            return (vec![], vec![]);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    let mut positions = Vec::with_capacity(items.len());
    let mut keys = HashSet::new();
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("{name}[{i}]");
        match serde_path_to_error::deserialize::<_, T>(item) {
            Err(e) => {
                let field = e.path().to_string();
                bad.push(Violation::new(
                    if field == "." {
                        path
                    } else {
                        format!("{path}.{field}")
                    },
                    "format",
                    Message::new("v-format").arg("detail", e.into_inner().to_string()),
                ));
            }
            Ok(rec) => {
                let problems = validate_record(&path, &rec);
                if problems.is_empty() && !keys.insert(rec.key()) {
                    bad.push(Violation::new(
                        path,
                        "duplicate",
                        Message::new("v-duplicate").arg("id", rec.key()),
                    ));
                } else if problems.is_empty() {
                    out.push(rec);
                    positions.push(i);
                } else {
                    bad.extend(problems);
                }
            }
        }
    }
    (out, positions)
}

/// Every id a record refers to must be in the bundle or in the store.
fn check_references(store: &Store, b: &Bundle, at: &Origins, bad: &mut Vec<Violation>) {
    let props: HashSet<&str> = b.properties.iter().map(|p| p.id.as_str()).collect();
    let persons: HashSet<&str> = b.persons.iter().map(|p| p.id.as_str()).collect();
    let leases: HashSet<&str> = b.leases.iter().map(|p| p.id.as_str()).collect();
    let mut check = |path: String, kind: &str, id: &str, known: &HashSet<&str>, found: bool| {
        if !known.contains(id) && !found {
            bad.push(Violation::new(
                path,
                "unknown-ref",
                Message::new("v-unknown-ref")
                    .arg("kind", kind)
                    .arg("id", id),
            ));
        }
    };
    let in_db_prop = |id: &str| store.exists::<Property>(id).unwrap_or(false);
    let in_db_person = |id: &str| store.exists::<Person>(id).unwrap_or(false);
    let in_db_lease = |id: &str| store.exists::<Lease>(id).unwrap_or(false);
    for (i, o) in b.owners.iter().enumerate() {
        let i = at.owners[i];
        let p = &o.property_id;
        check(
            format!("owners[{i}].property_id"),
            "property",
            p,
            &props,
            in_db_prop(p),
        );
    }
    for (i, l) in b.leases.iter().enumerate() {
        let i = at.leases[i];
        let (p, ll, t) = (&l.property_id, &l.landlord_id, &l.tenant_id);
        check(
            format!("leases[{i}].property_id"),
            "property",
            p,
            &props,
            in_db_prop(p),
        );
        check(
            format!("leases[{i}].landlord_id"),
            "person",
            ll,
            &persons,
            in_db_person(ll),
        );
        check(
            format!("leases[{i}].tenant_id"),
            "person",
            t,
            &persons,
            in_db_person(t),
        );
    }
    for (i, o) in b.occupants.iter().enumerate() {
        let i = at.occupants[i];
        check(
            format!("occupants[{i}].lease_id"),
            "lease",
            &o.lease_id,
            &leases,
            in_db_lease(&o.lease_id),
        );
        check(
            format!("occupants[{i}].person_id"),
            "person",
            &o.person_id,
            &persons,
            in_db_person(&o.person_id),
        );
    }
    for (i, r) in b.registrations.iter().enumerate() {
        let i = at.registrations[i];
        check(
            format!("registrations[{i}].person_id"),
            "person",
            &r.person_id,
            &persons,
            in_db_person(&r.person_id),
        );
        check(
            format!("registrations[{i}].property_id"),
            "property",
            &r.property_id,
            &props,
            in_db_prop(&r.property_id),
        );
        if let Some(l) = &r.lease_id {
            check(
                format!("registrations[{i}].lease_id"),
                "lease",
                l,
                &leases,
                in_db_lease(l),
            );
        }
    }
    for (i, n) in b.foreigner_notices.iter().enumerate() {
        let i = at.notices[i];
        check(
            format!("foreigner_notices[{i}].person_id"),
            "person",
            &n.person_id,
            &persons,
            in_db_person(&n.person_id),
        );
        check(
            format!("foreigner_notices[{i}].property_id"),
            "property",
            &n.property_id,
            &props,
            in_db_prop(&n.property_id),
        );
        check(
            format!("foreigner_notices[{i}].host_id"),
            "person",
            &n.host_id,
            &persons,
            in_db_person(&n.host_id),
        );
    }
}
