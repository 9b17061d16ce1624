//! Bulk puts on the office server: a unit's `put`s are gathered per table
//! as lines of `COPY`'s text format ([`super::copy_text`]) and sent with
//! one `COPY` into a temporary table of texts, then upserted from it with
//! the same casts, key and update as a single put (the last put of a key
//! wins, as one put after another does). A unit's inserts-if-absent are
//! gathered the same way in batches of their own (the first of a key
//! wins, and a record already there stays). Anything else the unit does
//! first sends what is gathered, so it sees every put.
//!
//! A table that a bulk load found empty and owns (its secondary indexes
//! and foreign keys are built at commit, [`super::defer`]) takes a shorter
//! way: a record whose key the load has not met yet goes by `COPY`
//! straight into the table, read by the column types' own input functions
//! (what the casts call), under the table's primary key, unique indexes
//! and `CHECK`s; only a key met before (maybe: a hash of it) goes the long
//! way above, after the direct rows, where `ON CONFLICT` decides exactly
//! as before. Those batches are small ([`DIRECT_BATCH`]), so the server
//! writes one while the next rows are being checked.

use std::hash::BuildHasher;
use std::io::Write;

use postgres::error::SqlState;
use postgres::Transaction;

use super::pg_error;
use crate::{CoreError, DbFailure};

/// A write into a `COPY` that failed on the client's side.
fn lost(name: &str, e: std::io::Error) -> CoreError {
    CoreError::Store {
        path: name.to_owned(),
        source: DbFailure::new(false, e),
    }
}

/// How many gathered rows a unit sends at once.
pub(crate) const BATCH: usize = 150_000;

/// How many rows a unit gathers at most when some go straight into their
/// table: the server writes them while the next are checked.
pub(crate) const DIRECT_BATCH: usize = 8_192;

/// The puts of one table waiting to be sent.
pub(crate) struct Batch {
    pub table: &'static str,
    pub columns: Vec<&'static str>,
    pub key_len: usize,
    /// Put (the last of a key wins, over what is stored) or insert if
    /// absent (the first wins, and only where nothing is stored).
    pub replace: bool,
    /// The table was empty when the load began: the rows are tried with a
    /// plain insert first (no speculative insertion per row); if any key
    /// is already there, that insert is undone to its savepoint and the
    /// batch, and every later one, goes through `ON CONFLICT` as usual.
    /// The outcome is the same either way.
    pub fresh: bool,
    /// Each column's cast (`::date`, …; empty for text).
    pub casts: Vec<String>,
    /// Rows for the temporary table: "ordinal TAB fields" lines.
    staged: Vec<u8>,
    staged_rows: usize,
    /// Rows whose key is new to the load, for `COPY` into the table.
    direct: Vec<u8>,
    direct_rows: usize,
}

/// The keys a load sent straight into one table (hashes: a key whose
/// hash is here may be new all the same, and takes the exact way).
pub(crate) struct Direct {
    pub table: String,
    /// Already hashed: stored without hashing them again.
    keys: rustc_hash::FxHashSet<u64>,
}

impl Direct {
    pub(crate) fn new(table: String) -> Direct {
        Direct {
            table,
            keys: rustc_hash::FxHashSet::default(),
        }
    }

    /// Whether the key at the start of `line` (its first `key_len`
    /// fields) is new to the load; remembered either way.
    pub(crate) fn is_new(
        &mut self,
        hasher: &impl BuildHasher,
        line: &[u8],
        key_len: usize,
    ) -> bool {
        self.keys.insert(hasher.hash_one(key_of(line, key_len)))
    }
}

/// The first `key_len` fields of a text-format line (escaped, so two
/// keys are the same exactly when their texts are).
fn key_of(line: &[u8], key_len: usize) -> &[u8] {
    let mut tabs = 0;
    for (i, b) in line.iter().enumerate() {
        if *b == b'\t' || *b == b'\n' {
            tabs += 1;
            if tabs == key_len {
                return &line[..i];
            }
        }
    }
    line
}

impl Batch {
    pub(crate) fn new(
        table: &'static str,
        columns: Vec<&'static str>,
        key_len: usize,
        replace: bool,
        fresh: bool,
        casts: Vec<String>,
    ) -> Batch {
        Batch {
            table,
            columns,
            key_len,
            replace,
            fresh,
            casts,
            staged: Vec::new(),
            staged_rows: 0,
            direct: Vec::new(),
            direct_rows: 0,
        }
    }

    /// Adds one encoded line (newline included) for the temporary table.
    pub(crate) fn push_staged(&mut self, line: &[u8]) {
        let _ = write!(self.staged, "{}\t", self.staged_rows);
        self.staged.extend_from_slice(line);
        self.staged_rows += 1;
    }

    /// Adds one encoded line for `COPY` straight into the table.
    pub(crate) fn push_direct(&mut self, line: &[u8]) {
        self.direct.extend_from_slice(line);
        self.direct_rows += 1;
    }

    /// Copies the rows with new keys into the table.
    fn send_direct(&mut self, tx: &mut Transaction<'_>, name: &str) -> Result<(), CoreError> {
        if self.direct_rows == 0 {
            return Ok(());
        }
        let mut sink = tx
            .copy_in(&format!(
                "COPY {} ({}) FROM STDIN",
                self.table,
                self.columns.join(", ")
            ))
            .map_err(|e| pg_error(name, e))?;
        sink.write_all(&self.direct).map_err(|e| lost(name, e))?;
        sink.finish().map_err(|e| pg_error(name, e))?;
        self.direct.clear();
        self.direct_rows = 0;
        Ok(())
    }

    /// Sends the staged rows and upserts them; none are left afterwards.
    fn send_staged(&mut self, tx: &mut Transaction<'_>, name: &str) -> Result<(), CoreError> {
        if self.staged_rows == 0 {
            return Ok(());
        }
        self.copy_staged(tx, name)?;
        self.upsert_staged(tx).map_err(|e| pg_error(name, e))
    }

    /// The staged rows into the temporary table (emptied first).
    fn copy_staged(&mut self, tx: &mut Transaction<'_>, name: &str) -> Result<(), CoreError> {
        let n = self.columns.len();
        let staging = format!("jalga_in_{}", self.table);
        let text_columns: Vec<String> = (1..=n).map(|i| format!("c{i} text")).collect();
        tx.batch_execute(&format!(
            "CREATE TEMP TABLE IF NOT EXISTS {staging} (n bigint, {}) ON COMMIT DROP; \
             TRUNCATE {staging}",
            text_columns.join(", ")
        ))
        .map_err(|e| pg_error(name, e))?;
        let names: Vec<String> = (1..=n).map(|i| format!("c{i}")).collect();
        let mut sink = tx
            .copy_in(&format!(
                "COPY {staging} (n, {}) FROM STDIN",
                names.join(", ")
            ))
            .map_err(|e| pg_error(name, e))?;
        sink.write_all(&self.staged).map_err(|e| lost(name, e))?;
        sink.finish().map_err(|e| pg_error(name, e))?;
        self.staged.clear();
        self.staged_rows = 0;
        Ok(())
    }

    /// Inserts the temporary table's rows, one per key (the last put, or
    /// the first insert-if-absent), as single puts would.
    fn upsert_staged(&mut self, tx: &mut Transaction<'_>) -> Result<(), postgres::Error> {
        let n = self.columns.len();
        let staging = format!("jalga_in_{}", self.table);
        let names: Vec<String> = (1..=n).map(|i| format!("c{i}")).collect();
        let key: Vec<&str> = names[..self.key_len].iter().map(String::as_str).collect();
        let select: Vec<String> = names
            .iter()
            .zip(&self.casts)
            .map(|(c, cast)| format!("{c}{cast}"))
            .collect();
        let update = if self.replace && n > self.key_len {
            let set: Vec<String> = self.columns[self.key_len..]
                .iter()
                .map(|c| format!("{c} = excluded.{c}"))
                .collect();
            format!("DO UPDATE SET {}", set.join(", "))
        } else {
            "DO NOTHING".to_owned()
        };
        let insert = format!(
            "INSERT INTO {table} ({cols}) SELECT DISTINCT ON ({key}) {select} FROM {staging} \
             ORDER BY {key}, n {order}",
            table = self.table,
            cols = self.columns.join(", "),
            key = key.join(", "),
            select = select.join(", "),
            order = if self.replace { "DESC" } else { "ASC" },
        );
        if self.fresh {
            let mut savepoint = tx.savepoint("jalga_fresh")?;
            match savepoint.batch_execute(&insert) {
                Ok(()) => {
                    savepoint.commit()?;
                    return Ok(());
                }
                Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
                    savepoint.rollback()?;
                    self.fresh = false;
                }
                Err(e) => return Err(e),
            }
        }
        tx.batch_execute(&format!(
            "{insert} ON CONFLICT ({target}) {update}",
            target = self.columns[..self.key_len].join(", "),
        ))?;
        Ok(())
    }
}

/// Sends every batch: first the rows that go straight into their tables
/// (every key among them new to the load), then the staged ones, oldest
/// table first (the order their first puts came in, so records go in
/// before the records that refer to them). A staged row's key is one met
/// before, so its first record is in its table by then.
pub(crate) fn send_all(
    batches: &mut [Batch],
    tx: &mut Transaction<'_>,
    name: &str,
) -> Result<(), CoreError> {
    for b in batches.iter_mut() {
        b.send_direct(tx, name)?;
    }
    for b in batches.iter_mut() {
        b.send_staged(tx, name)?;
    }
    Ok(())
}
