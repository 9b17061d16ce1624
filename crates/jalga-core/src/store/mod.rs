//! The one local SQLite file that holds everything Jalga knows.
//!
//! [`Store::open`] is the only way in: the app, the CLI and the tests all
//! use it, so connection settings (WAL, foreign keys, busy timeout) and, one
//! day, encryption live in one place. The schema is migrated with
//! `rusqlite_migration` (the version is SQLite's `user_version`; each step
//! runs in a transaction). A database written by a newer Jalga is refused
//! before anything is written to it.

mod repo;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction};
use rusqlite_migration::{Migrations, M};

pub use repo::{Entity, EntityKind};

use crate::error::CoreError;

/// Every schema version that ever shipped, oldest first. Never edit a
/// shipped step: add a new one.
const STEPS: &[&str] = &[
    include_str!("../../../../assets/sql/0001-initial.sql"),
    include_str!("../../../../assets/sql/0003-landlord.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::from_iter(STEPS.iter().map(|sql| M::up(sql)))
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = STEPS.len() as u32;

/// Counts of what a database holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct StoreSummary {
    pub schema_version: u32,
    #[ts(type = "number")]
    pub dwellings: u64,
    #[ts(type = "number")]
    pub people: u64,
    #[ts(type = "number")]
    pub leases: u64,
    #[ts(type = "number")]
    pub registrations: u64,
}

/// An open, migrated Jalga database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store, CoreError> {
        Self::open_at_version(path, SCHEMA_VERSION)
    }

    /// Opens the database and migrates it to `version` only. For tests that
    /// build a database as an older Jalga would have left it.
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store, CoreError> {
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| CoreError::store(path, e))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| CoreError::store(path, e))?;
        // Read the version before anything writes: a newer database is left
        // exactly as it was.
        let found: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| CoreError::store(path, e))?;
        if found > SCHEMA_VERSION {
            return Err(CoreError::DatabaseTooNew {
                path: path.display().to_string(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| CoreError::store(path, e))?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(|e| CoreError::store(path, e))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| CoreError::store(path, e))?;
        // 64 MiB of page cache: a city's indexes stay in memory during an
        // import or an audit.
        conn.pragma_update(None, "cache_size", -65_536)
            .map_err(|e| CoreError::store(path, e))?;
        migrations()
            .to_version(&mut conn, version as usize)
            .map_err(|e| CoreError::Migration {
                path: path.display().to_string(),
                detail: e.to_string(),
            })?;
        Ok(Store {
            conn,
            path: path.to_owned(),
        })
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32, CoreError> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    pub fn transaction(&mut self) -> Result<Transaction<'_>, CoreError> {
        let path = self.path.clone();
        self.conn
            .transaction()
            .map_err(|e| CoreError::store(&path, e))
    }

    /// A store error about this file.
    pub fn err(&self, e: rusqlite::Error) -> CoreError {
        CoreError::store(&self.path, e)
    }

    /// All records of one kind, ordered by key.
    pub fn list<T: Entity>(&self) -> Result<Vec<T>, CoreError> {
        repo::list(&self.conn).map_err(|e| self.err(e))
    }

    /// One record by id, if present.
    pub fn get<T: Entity>(&self, id: &str) -> Result<Option<T>, CoreError> {
        repo::get(&self.conn, id).map_err(|e| self.err(e))
    }

    /// Records whose `column` equals `value` (e.g. registrations by
    /// `property_id` or `person_id`, a person by `iin`), using the indexes.
    pub fn list_where<T: Entity>(&self, column: &str, value: &str) -> Result<Vec<T>, CoreError> {
        repo::list_where(&self.conn, column, value).map_err(|e| self.err(e))
    }

    /// How many records of one kind.
    pub fn count<T: Entity>(&self) -> Result<u64, CoreError> {
        repo::count::<T>(&self.conn).map_err(|e| self.err(e))
    }

    /// How much the database holds, for a status line.
    pub fn summary(&self) -> Result<StoreSummary, CoreError> {
        use crate::domain::{Lease, Person, Property, Registration};
        Ok(StoreSummary {
            schema_version: self.schema_version()?,
            dwellings: self.count::<Property>()?,
            people: self.count::<Person>()?,
            leases: self.count::<Lease>()?,
            registrations: self.count::<Registration>()?,
        })
    }

    /// Inserts or replaces records in one transaction.
    pub fn put_all<T: Entity>(&mut self, records: &[T]) -> Result<(), CoreError> {
        let path = self.path.clone();
        let tx = self.transaction()?;
        for r in records {
            repo::upsert(&tx, r).map_err(|e| CoreError::store(&path, e))?;
        }
        tx.commit().map_err(|e| CoreError::store(&path, e))
    }
}

pub use repo::{exists, insert_if_absent, upsert};
