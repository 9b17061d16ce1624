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
        // On an office server the records go through the server's unit
        // (COPY), which defers the indexes of its empty tables.
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            server.borrow_mut().defer_indexes(tables)?;
            return Ok(Bulk {
                unit: self,
                deferred,
            });
        }
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
        let stmt = if self.unit.on_server() {
            None
        } else {
            Some(
                self.unit
                    .tx
                    .prepare(repo::upsert_sql::<T>(replace))
                    .map_err(|e| self.unit.err(e))?,
            )
        };
        Ok(Writer {
            stmt,
            replace,
            written: 0,
            _kind: std::marker::PhantomData,
        })
    }

    /// The form [`values_of`] must build rows in for this load.
    pub fn row_form(&self) -> RowForm {
        if self.unit.on_server() {
            RowForm::Line
        } else {
            RowForm::Parameters
        }
    }

    /// Upserts `r` through the unit, counted for the change log as a
    /// unit's `put` (records of any key, one at a time: a generated city).
    pub fn put<T: Entity + 'static>(&mut self, r: &T) -> Result<(), CoreError> {
        self.unit.put(r)
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
        if self.unit.on_server() {
            return self.unit.commit();
        }
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
    /// None on an office server: the server's unit writes.
    stmt: Option<Statement<'b>>,
    replace: bool,
    written: u64,
    _kind: std::marker::PhantomData<fn(&T)>,
}

/// How a load's rows are handed to its writers: as the insert's
/// parameters (SQLite), or as a line of `COPY`'s text format (an office
/// server's unit, which gathers the lines for COPY). Either is built on
/// the caller's thread, so the writer only binds or copies bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowForm {
    Parameters,
    Line,
}

/// One record ready to write, built wherever suits the caller (another
/// thread). Opaque, so the driver's value type stays in the store.
pub struct RowValues {
    row: Row,
}

enum Row {
    /// The insert's parameters; the key is the first.
    Parameters(Vec<Value>),
    /// The key's text, then the record's line (`key_end` splits them).
    Line { line: Vec<u8>, key_end: usize },
}

impl RowValues {
    /// The record's key.
    pub fn key(&self) -> &str {
        match &self.row {
            Row::Parameters(params) => match params.first() {
                Some(Value::Text(key)) => key,
                _ => "",
            },
            Row::Line { line, key_end } => {
                std::str::from_utf8(&line[..*key_end]).unwrap_or_default()
            }
        }
    }
}

/// `r`, ready to write in `form`.
pub fn values_of<T: Entity + Clone + Send>(r: &T, form: RowForm) -> RowValues {
    into_values_of(r.clone(), form)
}

/// `r`, given away, ready to write in `form`: its text is moved into the
/// parameters, not copied.
pub fn into_values_of<T: Entity + Send>(r: T, form: RowForm) -> RowValues {
    debug_assert_eq!(T::KEY_LEN, 1, "a bulk load writes single-key records");
    RowValues {
        row: match form {
            RowForm::Parameters => Row::Parameters(repo::into_write_values(r)),
            RowForm::Line => {
                let values = repo::into_write_values(r);
                let key = match values.first() {
                    Some(Value::Text(key)) => key.as_str(),
                    _ => "",
                };
                let mut line = Vec::with_capacity(key.len() + 512);
                line.extend_from_slice(key.as_bytes());
                let key_end = line.len();
                crate::copy_text::encode_line(&values, &mut line);
                Row::Line { line, key_end }
            }
        },
    }
}

impl<T: Entity + Clone + Send> Writer<'_, T> {
    /// Writes `r`.
    pub fn write(&mut self, bulk: &Bulk<'_>, r: &T) -> Result<(), CoreError> {
        let form = bulk.row_form();
        self.write_row(bulk, &values_of(r, form))
    }

    /// Writes the record `values` holds; a failure is `bulk`'s error,
    /// naming the store.
    pub fn write_row(&mut self, bulk: &Bulk<'_>, values: &RowValues) -> Result<(), CoreError> {
        match (&mut self.stmt, &values.row) {
            (Some(stmt), Row::Parameters(params)) => {
                stmt.execute(params_from_iter(params))
                    .map_err(|e| bulk.err(e))?;
            }
            (None, Row::Line { line, key_end }) => {
                bulk.unit.write_line::<T>(&line[*key_end..], self.replace)?;
            }
            _ => unreachable!("rows are built in the load's own form (Bulk::row_form)"),
        }
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
