//! Bulk loads: many records of a few kinds written in one unit of work, as
//! an import of a city's file does.
//!
//! A [`Bulk`] owns its [`Unit`], so it is one transaction and the change
//! log gets one row per kind when it commits (what an import logs anyway).
//! Two things make it faster than a `put` per record:
//! - the insert statements are prepared once and reused for every row;
//! - a table that is empty when the load starts has its secondary indexes
//!   dropped and built again, once, before the commit: sorting a million
//!   keys once is far cheaper than a million inserts into each B-tree.
//!   The drop and the rebuild are inside the transaction, so a load that
//!   fails or is dropped leaves the schema exactly as it was.
//!
//! Every constraint, trigger and foreign key stays in force throughout.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Statement};

use crate::{repo, CoreError, Entity, Unit};

/// A bulk load in progress; see the module documentation.
pub struct Bulk<'s> {
    unit: Unit<'s>,
    /// The `CREATE INDEX` statements of the indexes dropped for the load.
    deferred: Vec<String>,
}

impl<'s> Unit<'s> {
    /// Turns this unit into a bulk load of `tables`: those that are empty
    /// now have their secondary indexes deferred to [`Bulk::commit`].
    pub fn bulk(self, tables: &[&str]) -> Result<Bulk<'s>, CoreError> {
        let mut deferred = Vec::new();
        for table in tables {
            let empty: bool = self
                .tx
                .query_row(
                    &format!("SELECT NOT EXISTS (SELECT 1 FROM {})", quoted(table)),
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| self.err(e))?;
            if !empty {
                continue;
            }
            // Indexes with SQL are the schema's own; the primary key's and
            // the unique constraints' (no SQL) stay.
            let indexes: Vec<(String, String)> = {
                let mut stmt = self
                    .tx
                    .prepare(
                        "SELECT name, sql FROM sqlite_master \
                         WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
                    )
                    .map_err(|e| self.err(e))?;
                let rows = stmt
                    .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(|e| self.err(e))?;
                rows.collect::<Result<_, _>>().map_err(|e| self.err(e))?
            };
            for (name, sql) in indexes {
                self.tx
                    .execute_batch(&format!("DROP INDEX {}", quoted(&name)))
                    .map_err(|e| self.err(e))?;
                deferred.push(sql);
            }
        }
        Ok(Bulk {
            unit: self,
            deferred,
        })
    }
}

impl<'s> Bulk<'s> {
    /// A writer of `T` records whose statement is prepared once.
    /// `replace`: upsert (the record wins); otherwise insert if absent (the
    /// stored record wins).
    pub fn writer<T: Entity + 'static>(&self, replace: bool) -> Result<Writer<'_, T>, CoreError> {
        let stmt = self
            .unit
            .tx
            .prepare(repo::upsert_sql::<T>(replace))
            .map_err(|e| self.unit.err(e))?;
        Ok(Writer {
            stmt,
            written: 0,
            _kind: std::marker::PhantomData,
        })
    }

    /// Counts `n` records of `table` for the change log row written at
    /// commit (none for a count of 0).
    pub fn count(&mut self, table: &'static str, n: u64) {
        if n > 0 {
            self.unit.counted(table, n);
        }
    }

    /// Whether a record of `T` with `id` is in the store, as this load
    /// sees it.
    pub fn exists<T: Entity>(&self, id: &str) -> Result<bool, CoreError> {
        self.unit.exists::<T>(id)
    }

    /// The error of a failed statement, naming the store.
    pub(crate) fn err(&self, e: rusqlite::Error) -> CoreError {
        self.unit.err(e)
    }

    /// Builds the deferred indexes, logs the counts, commits.
    pub fn commit(self) -> Result<(), CoreError> {
        // Each index is a sort of the whole table: let SQLite's sorter use
        // the other cores too.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = i64::try_from(cores.saturating_sub(1).min(4)).unwrap_or(0);
        self.unit
            .tx
            .pragma_update(None, "threads", threads)
            .map_err(|e| self.unit.err(e))?;
        for sql in &self.deferred {
            self.unit
                .tx
                .execute_batch(sql)
                .map_err(|e| self.unit.err(e))?;
        }
        self.unit.commit()
    }
}

/// One kind's prepared insert; see [`Bulk::writer`].
pub struct Writer<'b, T> {
    stmt: Statement<'b>,
    written: u64,
    _kind: std::marker::PhantomData<fn(&T)>,
}

/// The parameters of one record's insert, in the order [`Writer::write_row`]
/// binds them: built wherever suits the caller (another thread). Opaque, so
/// the driver's value type stays in the store.
pub struct RowValues(Vec<Value>);

impl RowValues {
    /// The record's key: its first column as text (empty if it is not text).
    pub fn key(&self) -> &str {
        match self.0.first() {
            Some(Value::Text(t)) => t,
            _ => "",
        }
    }
}

/// The parameters of `r`'s insert.
pub fn values_of<T: Entity>(r: &T) -> RowValues {
    RowValues(repo::write_values(r))
}

impl<T: Entity> Writer<'_, T> {
    /// Writes `r`.
    pub fn write(&mut self, bulk: &Bulk<'_>, r: &T) -> Result<(), CoreError> {
        self.write_row(bulk, &values_of(r))
    }

    /// Writes the record whose [`values_of`] are `values`; a failure is
    /// `bulk`'s error, naming the store.
    pub fn write_row(&mut self, bulk: &Bulk<'_>, values: &RowValues) -> Result<(), CoreError> {
        self.stmt
            .execute(params_from_iter(&values.0))
            .map_err(|e| bulk.err(e))?;
        self.written += 1;
        Ok(())
    }

    /// How many records went through this writer.
    pub fn written(&self) -> u64 {
        self.written
    }
}

/// A table or index name as an SQL identifier. The names come from the
/// entities' constants and the schema, never from input.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
