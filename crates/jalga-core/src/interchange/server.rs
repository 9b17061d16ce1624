//! The bundle on the office server (feature `postgres`): the same lists in
//! the same order as [`super::bundle`] reads from a database file, so an
//! export from either is byte for byte the same.

use std::io::Write;

use super::Bundle;
use crate::error::CoreError;
use crate::store::pg::PgStore;

/// Reads the whole server into a bundle, every list ordered by key.
pub fn bundle(store: &mut PgStore) -> Result<Bundle, CoreError> {
    Ok(Bundle {
        properties: store.list()?,
        owners: store.list()?,
        persons: store.list()?,
        leases: store.list()?,
        occupants: store.list()?,
        registrations: store.list()?,
        foreigner_notices: store.list()?,
        handovers: store.list()?,
        ..Bundle::default()
    })
}

/// Writes the server's records as the JSON bundle [`super::export`] writes.
pub fn export_json(store: &mut PgStore, out: &mut dyn Write) -> Result<(), CoreError> {
    let b = bundle(store)?;
    let io = |e: std::io::Error| CoreError::Io {
        path: store.name().to_owned(),
        source: e,
    };
    serde_json::to_writer_pretty(&mut *out, &b).map_err(|e| io(std::io::Error::other(e)))?;
    out.write_all(b"\n").map_err(io)?;
    out.flush().map_err(io)
}

/// Puts a checked bundle's records on the server in one unit of work (run
/// again if another clerk's write made the server undo it), each kind
/// logged as one row, as [`super::write_bundle`] does in a file.
pub fn write_bundle(store: &mut PgStore, b: &Bundle) -> Result<super::ImportSummary, CoreError> {
    let records = store.transact("import", |u| {
        let mut n = 0u64;
        let mut count = |r: Result<(), CoreError>| r.map(|()| n += 1);
        for r in &b.properties {
            count(u.put(r))?;
        }
        for r in &b.owners {
            count(u.put(r))?;
        }
        for r in &b.persons {
            count(u.put(r))?;
        }
        for r in &b.leases {
            count(u.put(r))?;
        }
        for r in &b.occupants {
            count(u.put(r))?;
        }
        for r in &b.registrations {
            count(u.put(r))?;
        }
        for r in &b.foreigner_notices {
            count(u.put(r))?;
        }
        for r in &b.handovers {
            count(u.put(r))?;
        }
        Ok(n)
    })?;
    Ok(super::ImportSummary { records })
}

/// Checks a JSON bundle as [`super::check_bundle`] does for a file (the
/// same rules, the same problems in the same order) and puts it on the
/// server in one unit; on any problem nothing is written.
///
/// The check runs on an in-memory store that holds, copied from the server,
/// the records the bundle refers to without carrying them, so it sees what
/// it would see in a file holding the server's records.
pub fn import_json(store: &mut PgStore, bytes: &[u8]) -> Result<super::ImportSummary, CoreError> {
    let mut mirror = crate::Store::open(std::path::Path::new(":memory:"))?;
    let b = match super::check_bundle(&mirror, bytes) {
        Ok(b) => b,
        Err(problems) => {
            let mut copied = 0;
            for p in &problems {
                copied += usize::from(copy_referenced(store, &mut mirror, p)?);
            }
            if copied == 0 {
                return Err(CoreError::ImportRejected(problems));
            }
            super::check_bundle(&mirror, bytes).map_err(CoreError::ImportRejected)?
        }
    };
    drop(mirror);
    write_bundle(store, &b)
}

/// When `problem` is an unknown reference to a record the server has,
/// copies that record (and the records a lease needs) into `mirror`.
fn copy_referenced(
    store: &mut PgStore,
    mirror: &mut crate::Store,
    problem: &crate::domain::Violation,
) -> Result<bool, CoreError> {
    use crate::domain::{Lease, Person, Property};
    use crate::i18n::MessageArg;
    if problem.code != "unknown-ref" {
        return Ok(false);
    }
    let arg = |name: &str| {
        problem.message.args.iter().find_map(|(k, v)| match v {
            MessageArg::Text(t) if k == name => Some(t.clone()),
            _ => None,
        })
    };
    let (Some(kind), Some(id)) = (arg("kind"), arg("id")) else {
        return Ok(false);
    };
    let mut unit = mirror.write("import")?;
    let found = match kind.as_str() {
        "property" => store.get::<Property>(&id)?.map(|r| unit.put(&r)),
        "person" => store.get::<Person>(&id)?.map(|r| unit.put(&r)),
        "lease" => match store.get::<Lease>(&id)? {
            Some(l) => {
                if let Some(p) = store.get::<Property>(&l.property_id)? {
                    unit.put(&p)?;
                }
                for person in [&l.landlord_id, &l.tenant_id] {
                    if let Some(p) = store.get::<Person>(person)? {
                        unit.put(&p)?;
                    }
                }
                Some(unit.put(&l))
            }
            None => None,
        },
        _ => None,
    };
    match found {
        Some(put) => {
            put?;
            unit.commit()?;
            Ok(true)
        }
        None => Ok(false),
    }
}
