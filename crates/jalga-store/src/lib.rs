//! The one local SQLite file that holds everything Jalga knows.
//!
//! [`Store::open`] is the only way in: the app, the CLI and the tests all
//! use it, so connection settings (WAL, foreign keys, busy timeout) and
//! encryption live in one place. The store is sealed: it hands out no
//! connection, transaction or driver type. Writes go through
//! [`Store::write`] (a [`Unit`]); reads are typed methods grouped per
//! aggregate ([`read`], [`aggregate`], [`stats`], [`rule_facts`],
//! [`change_log`]); the audit reads a parallel, consistent view through
//! [`Store::snapshots`] and the driver-neutral [`query`] seam. Errors are
//! the domain's [`CoreError`] (a driver failure is boxed in a
//! [`DbFailure`]), so no caller names the driver.
//!
//! The driver lives behind [`Backend`] (one variant per database engine):
//! a second backend adds its variant, its migrations and its dialect text
//! of each [`query::Query`], and answers the same methods. The schema is
//! migrated with
//! `rusqlite_migration` (the version is SQLite's `user_version`; each step
//! runs in a transaction). A database written by a newer Jalga is refused
//! before anything is written to it.
//!
//! A database may be encrypted (SQLCipher): [`Store::open_with`] takes the
//! passphrase, applies it before anything else reads the file, and turns a
//! wrong one into [`CoreError::WrongPassphrase`] without touching the file.
//!
//! This crate owns the database: it is the only crate that holds a
//! connection and writes SQL for the app (migrations, repositories, the
//! change log, backups, encryption, forgetting, the rules' and charts'
//! read models). It depends on `jalga-domain` only among Jalga's crates, and
//! never on the PDF stack or Tauri.

pub mod aggregate;
pub mod archive;
pub mod backup;
pub mod bulk;
pub mod change_log;
mod cipher;
mod copy_text;
pub mod forget;
pub mod on_day_sql;
mod own;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod query;
pub mod read;
mod repo;
mod repo_handover;
pub mod rule_facts;
pub mod rule_facts_stream;
mod snapshot;
pub mod stats;
pub mod today_facts;
mod unit;

pub(crate) use jalga_domain::{domain, error, i18n, rules};
pub use jalga_domain::{CoreError, DbFailure};

use std::path::{Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;
use rusqlite::{Connection, OpenFlags, Transaction};
use rusqlite_migration::{Migrations, M};

pub use cipher::{change_passphrase, is_encrypted, Passphrase};
pub use read::{DwellingListRow, LeaseListRow, ListPage, PageFrom, PersonListRow, ReferenceCounts};
pub use repo::{fold, Entity, EntityKind};
pub use snapshot::{PlaceLabel, Snapshot, SnapshotCounts};
pub use unit::Unit;

/// The core's error for a driver failure on the file at `path`.
pub(crate) fn db_error(path: &Path, e: rusqlite::Error) -> CoreError {
    let busy = matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    );
    CoreError::store(path, DbFailure::new(busy, e))
}

/// Every schema version that ever shipped, oldest first. Never edit a
/// shipped step: add a new one.
const STEPS: &[&str] = &[
    include_str!("../../../assets/sql/0001-initial.sql"),
    include_str!("../../../assets/sql/0002-trust.sql"),
    include_str!("../../../assets/sql/0003-landlord.sql"),
    include_str!("../../../assets/sql/0004-audit.sql"),
    include_str!("../../../assets/sql/0005-law.sql"),
    include_str!("../../../assets/sql/0006-documents.sql"),
    include_str!("../../../assets/sql/0007-hardening.sql"),
    include_str!("../../../assets/sql/0008-handover.sql"),
    include_str!("../../../assets/sql/0009-archive.sql"),
    include_str!("../../../assets/sql/0010-expiry.sql"),
    include_str!("../../../assets/sql/0011-date-checks.sql"),
    include_str!("../../../assets/sql/0012-deadline-places.sql"),
    include_str!("../../../assets/sql/0013-iin-candidates.sql"),
    include_str!("../../../assets/sql/0014-audit-candidates.sql"),
];

/// The first step (0-based) that rebuilds a table others refer to
/// (`0011-date-checks.sql`). Migrations run with foreign keys off, as such
/// a rebuild needs; from this step on, each step's foreign keys are checked
/// before the migration commits.
const FIRST_REBUILD: usize = 10;

/// Fills the search text of rows written before the `search` columns, in
/// one transaction; nothing is written when there are none (or when the
/// file is at a version without the columns).
fn fill_search(conn: &mut Connection) -> rusqlite::Result<()> {
    use crate::domain::{Person, Property};
    let has_column: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('person') WHERE name = 'search')",
        [],
        |r| r.get(0),
    )?;
    if !has_column {
        return Ok(());
    }
    let pending: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM property WHERE search IS NULL)
             OR EXISTS (SELECT 1 FROM person WHERE search IS NULL)",
        [],
        |r| r.get(0),
    )?;
    if !pending {
        return Ok(());
    }
    let tx = conn.transaction()?;
    repo::fill_search::<Property>(&tx)?;
    repo::fill_search::<Person>(&tx)?;
    tx.commit()
}

/// `PRAGMA application_id` of a Jalga database ("JALG"), set by the trust
/// migration; files from before it carry 0.
pub const APPLICATION_ID: i32 = 0x4A41_4C47;

fn migrations() -> Migrations<'static> {
    Migrations::from_iter(STEPS.iter().enumerate().map(|(i, sql)| {
        let step = M::up(sql);
        if i >= FIRST_REBUILD {
            step.foreign_key_check()
        } else {
            step
        }
    }))
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

/// How to open a database.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// The passphrase of an encrypted database; `None` for a plain one.
    pub passphrase: Option<Passphrase>,
    /// Who the change log names for this session's writes; by default the
    /// operating-system user.
    pub actor: Option<String>,
}

/// The database engine a store runs on: its one connection. Only this
/// crate sees it; every method of [`Store`] answers for each variant.
pub(crate) enum Backend {
    /// The local file (SQLite, optionally SQLCipher-encrypted).
    Sqlite(Connection),
    /// A migration office's PostgreSQL server ([`pg`]); `detached` is an
    /// empty in-memory database, so that a method without its server side
    /// yet fails with a store error instead of reading anything.
    #[cfg(feature = "postgres")]
    Postgres {
        server: Box<std::cell::RefCell<pg::PgStore>>,
        detached: Connection,
    },
}

/// Which engine a store runs on, for a caller that must say so (e.g. that
/// a backup of a server database is the server's own tool's job).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BackendKind {
    Sqlite,
    /// An office server (PostgreSQL).
    Postgres,
}

/// An open, migrated Jalga database.
pub struct Store {
    db: Backend,
    path: PathBuf,
    key: Option<Passphrase>,
    actor: String,
    /// Whether the schema has the change log (files opened at an older
    /// version for tests do not).
    logged: bool,
}

impl Store {
    /// Opens (creating if needed) and migrates the unencrypted database at
    /// `path`.
    pub fn open(path: &Path) -> Result<Store, CoreError> {
        Self::open_with(path, &OpenOptions::default())
    }

    /// Opens (creating if needed) and migrates the database at `path` with
    /// a passphrase if it is encrypted.
    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Store, CoreError> {
        Self::open_full(path, options, SCHEMA_VERSION)
    }

    /// Opens the database and migrates it to `version` only. For tests that
    /// build a database as an older Jalga would have left it.
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store, CoreError> {
        Self::open_full(path, &OpenOptions::default(), version)
    }

    fn open_full(path: &Path, options: &OpenOptions, version: u32) -> Result<Store, CoreError> {
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| db_error(path, e))?;
        // The key first: nothing may read the file before it.
        cipher::unlock(&conn, path, options.passphrase.as_ref())?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| db_error(path, e))?;
        // Read the version before anything writes: a newer database is left
        // exactly as it was.
        let found: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| db_error(path, e))?;
        if found > SCHEMA_VERSION {
            return Err(CoreError::DatabaseTooNew {
                path: path.display().to_string(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| db_error(path, e))?;
        // FULL: a transaction reported committed survives a power cut too,
        // not only a killed process (NORMAL may lose the last commits when
        // the machine loses power). One fsync per commit is cheap next to
        // losing a record.
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(|e| db_error(path, e))?;
        // 64 MiB of page cache: a city's indexes stay in memory during an
        // import or an audit.
        conn.pragma_update(None, "cache_size", -65_536)
            .map_err(|e| db_error(path, e))?;
        // Foreign keys off while migrating: rebuilding a table that others
        // refer to (drop, rename) cannot be done with them on, and they
        // cannot be switched inside the migration's transaction. The steps
        // that rebuild check them before committing ([`FIRST_REBUILD`]).
        conn.pragma_update(None, "foreign_keys", false)
            .map_err(|e| db_error(path, e))?;
        let migrated = migrations().to_version(&mut conn, version as usize);
        // Whatever a step left set, every write from here on is judged by
        // every constraint.
        conn.pragma_update(None, "ignore_check_constraints", false)
            .map_err(|e| db_error(path, e))?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(|e| db_error(path, e))?;
        migrated.map_err(|e| CoreError::Migration {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        fill_search(&mut conn).map_err(|e| db_error(path, e))?;
        let logged = change_log::present(&conn).map_err(|e| db_error(path, e))?;
        Ok(Store {
            db: Backend::Sqlite(conn),
            path: path.to_owned(),
            key: options.passphrase.clone(),
            actor: options
                .actor
                .clone()
                .unwrap_or_else(change_log::default_actor),
            logged,
        })
    }

    /// Which engine this store runs on.
    pub fn backend(&self) -> BackendKind {
        match self.db {
            Backend::Sqlite(_) => BackendKind::Sqlite,
            #[cfg(feature = "postgres")]
            Backend::Postgres { .. } => BackendKind::Postgres,
        }
    }

    /// The SQLite connection (inside this crate only).
    pub(crate) fn conn(&self) -> &Connection {
        match &self.db {
            Backend::Sqlite(c) => c,
            #[cfg(feature = "postgres")]
            Backend::Postgres { detached, .. } => detached,
        }
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        match &mut self.db {
            Backend::Sqlite(c) => c,
            #[cfg(feature = "postgres")]
            Backend::Postgres { detached, .. } => detached,
        }
    }

    /// The raw connection, for test suites that forge what no Jalga
    /// writes (a value a CHECK refuses, a tampered log). Only with the
    /// `test-raw` feature, which only dev-dependencies ask for.
    #[cfg(feature = "test-raw")]
    #[doc(hidden)]
    pub fn raw_connection(&self) -> &Connection {
        self.conn()
    }

    /// Whether this database is encrypted (was opened with a passphrase).
    pub fn encrypted(&self) -> bool {
        self.key.is_some()
    }

    pub fn key(&self) -> Option<&Passphrase> {
        self.key.as_ref()
    }

    /// Who the change log names for this session's writes.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// What appends this session's rows to the change log (nothing, if
    /// the schema has none), for use inside a transaction.
    pub(crate) fn log_writer(&self) -> change_log::Writer {
        change_log::Writer {
            actor: self.actor.clone(),
            enabled: self.logged,
        }
    }

    /// A read-only connection to this store's file, opened with the same
    /// key: the way every second connection (the audit's, a clerk's
    /// worker's) gets in, so an encrypted store reads like a plain one.
    pub(crate) fn open_reader(&self) -> Result<Connection, CoreError> {
        open_reader(&self.path, self.key.as_ref())
    }

    /// `n` (at least one) read connections (for [`Store::snapshots`]) that all see the same committed
    /// state of the store, each inside an open read transaction, so that
    /// work split over them adds up to one consistent answer.
    ///
    /// In WAL mode a reader's snapshot is fixed by its first read. The
    /// readers are opened (and keyed, which is the slow part) first; then,
    /// while this store's own connection holds the write lock for a moment
    /// (`BEGIN IMMEDIATE`), each reader starts its read transaction. No
    /// commit can happen while the lock is held, so all of them start at
    /// the same point; the lock is released at once and writers go on while
    /// the readers keep their view. If another writer holds the lock
    /// longer than the busy timeout (a long import), the answer is one
    /// reader, which is one snapshot by itself.
    pub(crate) fn snapshot_readers(&self, n: usize) -> Result<Vec<Connection>, CoreError> {
        let begin = |conn: &Connection| {
            conn.execute_batch("BEGIN DEFERRED")?;
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        };
        if n <= 1 {
            let conn = self.open_reader()?;
            begin(&conn).map_err(|e| self.err(e))?;
            return Ok(vec![conn]);
        }
        // Keying a reader derives the key from the passphrase on purpose
        // slowly; the readers do it side by side.
        let (path, key) = (&self.path, self.key.as_ref());
        let readers = (0..n)
            .into_par_iter()
            .map(|_| open_reader(path, key))
            .collect::<Result<Vec<_>, _>>()?;
        // The gate waits a moment for a writer, not the full busy timeout:
        // a long import is answered with one reader at once.
        let gate = self
            .conn()
            .busy_timeout(Duration::from_millis(250))
            .and_then(|()| self.conn().execute_batch("BEGIN IMMEDIATE"));
        self.conn()
            .busy_timeout(Duration::from_secs(5))
            .map_err(|e| self.err(e))?;
        match gate {
            Ok(()) => {}
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => {
                let mut one = readers;
                one.truncate(1);
                begin(&one[0]).map_err(|e| self.err(e))?;
                return Ok(one);
            }
            Err(e) => return Err(self.err(e)),
        }
        let started = readers.iter().try_for_each(begin);
        let released = self.conn().execute_batch("ROLLBACK");
        started.map_err(|e| self.err(e))?;
        released.map_err(|e| self.err(e))?;
        Ok(readers)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.schema_version();
        }
        self.conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    pub(crate) fn transaction(&mut self) -> Result<Transaction<'_>, CoreError> {
        let path = self.path.clone();
        self.conn_mut()
            .transaction()
            .map_err(|e| db_error(&path, e))
    }

    /// A store error about this file.
    pub(crate) fn err(&self, e: rusqlite::Error) -> CoreError {
        db_error(&self.path, e)
    }

    /// All records of one kind, ordered by key.
    pub fn list<T: Entity>(&self) -> Result<Vec<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.list();
        }
        repo::list(self.conn()).map_err(|e| self.err(e))
    }

    /// One record by id, if present.
    pub fn get<T: Entity>(&self, id: &str) -> Result<Option<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.get(id);
        }
        repo::get(self.conn(), id).map_err(|e| self.err(e))
    }

    /// Records whose `column` equals `value` (e.g. registrations by
    /// `property_id` or `person_id`, a person by `iin`), using the indexes.
    pub fn list_where<T: Entity>(&self, column: &str, value: &str) -> Result<Vec<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.list_where(column, value);
        }
        repo::list_where(self.conn(), column, value).map_err(|e| self.err(e))
    }

    /// How many records of one kind.
    pub fn count<T: Entity>(&self) -> Result<u64, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.count::<T>();
        }
        repo::count::<T>(self.conn()).map_err(|e| self.err(e))
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

    /// Inserts or replaces records in one transaction, each logged.
    pub fn put_all<T: Entity + 'static>(&mut self, records: &[T]) -> Result<(), CoreError> {
        let unit = self.write("save")?;
        for r in records {
            unit.save(r)?;
        }
        unit.commit()
    }
}

fn open_reader(path: &Path, key: Option<&Passphrase>) -> Result<Connection, CoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| db_error(path, e))?;
    cipher::unlock(&conn, path, key)?;
    (|| {
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "cache_size", -65_536)?;
        // Whole-table scans read the file through the page cache's
        // mapping rather than a read call per page; sorts stay in memory.
        conn.pragma_update(None, "mmap_size", 1_i64 << 30)?;
        conn.pragma_update(None, "temp_store", "memory")
    })()
    .map_err(|e| db_error(path, e))?;
    Ok(conn)
}

/// Upserts a record and logs it in the same transaction: how every save of
/// a record from a screen or `put_all` writes.
pub(crate) fn save_logged<T: Entity>(
    tx: &Connection,
    log: &change_log::Writer,
    r: &T,
) -> rusqlite::Result<()> {
    repo::upsert(tx, r)?;
    log.append(tx, change_log::NewEntry::saved::<T>(&r.key()))
}
