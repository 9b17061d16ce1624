//! The office server's schema: `assets/sql/postgres/`, one file per
//! version, numbered as the SQLite steps they mirror. A new server is
//! created at the baseline (version 8, the SQLite schema through
//! `0008-handover.sql`); later steps follow in order, each in the same
//! transaction as its version bump. The version lives in `jalga_schema`.

use std::collections::HashMap;

use postgres::Client;

use crate::CoreError;

/// The schema a new server is created with, and its version.
const BASELINE: (u32, &str) = (
    8,
    include_str!("../../../../assets/sql/postgres/0008-baseline.sql"),
);

/// The steps after the baseline, oldest first: (version, SQL).
const STEPS: &[(u32, &str)] = &[
    (
        9,
        include_str!("../../../../assets/sql/postgres/0009-archive.sql"),
    ),
    (
        10,
        include_str!("../../../../assets/sql/postgres/0010-expiry.sql"),
    ),
    (
        11,
        include_str!("../../../../assets/sql/postgres/0011-date-checks.sql"),
    ),
    (
        12,
        include_str!("../../../../assets/sql/postgres/0012-deadline-places.sql"),
    ),
    (
        13,
        include_str!("../../../../assets/sql/postgres/0013-iin-candidates.sql"),
    ),
    (
        14,
        include_str!("../../../../assets/sql/postgres/0014-audit-candidates.sql"),
    ),
];

/// The schema version this build writes on PostgreSQL; always the SQLite
/// store's (a test holds them together), so that both have the same columns.
pub const SCHEMA_VERSION: u32 = match STEPS.last() {
    Some((v, _)) => *v,
    None => BASELINE.0,
};

/// Held while migrating, so that two clerks opening a new server at once
/// do not both create it ("JALG").
const MIGRATION_LOCK: i64 = 0x4A41_4C47;

/// The version on the server, `None` before Jalga's schema is there.
pub(crate) fn version(
    client: &mut impl postgres::GenericClient,
) -> Result<Option<u32>, postgres::Error> {
    let present: bool = client
        .query_one("SELECT to_regclass('jalga_schema') IS NOT NULL", &[])?
        .get(0);
    if !present {
        return Ok(None);
    }
    let v: i32 = client
        .query_one("SELECT version FROM jalga_schema", &[])?
        .get(0);
    Ok(Some(v as u32))
}

/// Brings the server's schema to [`SCHEMA_VERSION`]; a newer one is
/// refused before anything is written.
pub(crate) fn migrate(client: &mut Client, name: &str) -> Result<(), CoreError> {
    migrate_to(client, name, SCHEMA_VERSION)
}

fn migration_error(name: &str, e: postgres::Error) -> CoreError {
    CoreError::Migration {
        path: name.to_owned(),
        detail: e
            .as_db_error()
            .map_or_else(|| e.to_string(), |d| d.message().to_owned()),
    }
}

pub(crate) fn migrate_to(client: &mut Client, name: &str, target: u32) -> Result<(), CoreError> {
    let err = |e| migration_error(name, e);
    let mut tx = client.transaction().map_err(err)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .map_err(err)?;
    let found = version(&mut tx).map_err(err)?;
    if let Some(found) = found {
        if found > SCHEMA_VERSION {
            return Err(CoreError::DatabaseTooNew {
                path: name.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
    }
    let at = match found {
        Some(v) => v,
        None => {
            tx.batch_execute(BASELINE.1).map_err(err)?;
            BASELINE.0
        }
    };
    for (v, sql) in STEPS.iter().filter(|(v, _)| *v > at && *v <= target) {
        tx.batch_execute(sql).map_err(err)?;
        tx.execute("UPDATE jalga_schema SET version = $1", &[&(*v as i32)])
            .map_err(err)?;
    }
    tx.commit().map_err(err)?;
    Ok(())
}

/// The office's roles and per-district row-level security
/// (`assets/sql/postgres/roles/roles.sql`); running it again changes nothing.
const ROLES: &str = include_str!("../../../../assets/sql/postgres/roles/roles.sql");

/// Sets up the clerk and supervisor roles and per-district access, in one
/// transaction (by the database's owner).
pub(crate) fn install_roles(client: &mut Client, name: &str) -> Result<(), CoreError> {
    let err = |e| migration_error(name, e);
    let mut tx = client.transaction().map_err(err)?;
    // Roles are the cluster's: one office's databases set them up in turn.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .map_err(err)?;
    tx.batch_execute(ROLES).map_err(err)?;
    tx.commit().map_err(err)
}

/// Each column's type on the server, by (table, column).
pub(crate) fn column_types(
    client: &mut Client,
) -> Result<HashMap<(String, String), String>, postgres::Error> {
    let rows = client.query(
        "SELECT table_name::text, column_name::text, data_type::text \
         FROM information_schema.columns WHERE table_schema = current_schema()",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| ((r.get(0), r.get(1)), r.get(2)))
        .collect())
}
