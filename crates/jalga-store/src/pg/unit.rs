//! A unit of work on the office server: one transaction that first locks
//! the change log's head row, so that several clerks' writes are chained
//! one after the other and never interleave in the log; the same `save`,
//! `put`, `log` and `commit` as the SQLite store's [`crate::Unit`].

use std::collections::HashMap;

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Statement, Transaction};

use super::{pg_error, texts, PgStore};
use crate::change_log::{key_digest, row_hash, NewEntry};
use crate::{CoreError, Entity};

/// How often [`PgStore::transact`] runs a unit that the server undid
/// because of another clerk's write (a serialization failure or a
/// deadlock) before it gives up with a busy error.
pub const ATTEMPTS: u32 = 8;

/// Whether the server undid a transaction that may simply be run again.
pub(crate) fn retryable(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED
    )
}

/// An open write on the server; dropped without [`PgUnit::commit`], it is
/// rolled back.
pub struct PgUnit<'s> {
    tx: Transaction<'s>,
    name: &'s str,
    actor: &'s str,
    types: &'s HashMap<(String, String), String>,
    statements: &'s mut HashMap<String, Statement>,
    action: &'static str,
    counts: Vec<(&'static str, u64)>,
    /// The `put`s not sent yet, per table ([`super::copy`]).
    batches: Vec<super::copy::Batch>,
    gathered: usize,
    /// The change log's head as this unit has moved it: (seq, hash).
    head: (i64, String),
    head_moved: bool,
    /// The indexes a bulk load dropped, built again at commit
    /// ([`super::defer`]).
    deferred: Vec<String>,
    /// The tables a bulk load found empty: their batches try a plain
    /// insert first ([`super::copy::Batch::fresh`]).
    fresh: Vec<String>,
    /// The tables a bulk load found empty and owned: rows with new keys
    /// go straight into them ([`super::copy`]).
    direct: Vec<super::copy::Direct>,
    hasher: std::collections::hash_map::RandomState,
    /// A record's line, encoded again for each put.
    line: Vec<u8>,
}

impl PgStore {
    /// A unit of work whose `put`s are logged as `action` (e.g. "import").
    /// It waits for the change log's head: one clerk's write at a time.
    pub fn write(&mut self, action: &'static str) -> Result<PgUnit<'_>, CoreError> {
        let PgStore {
            client,
            name,
            actor,
            types,
            statements,
            ..
        } = self;
        let mut tx = client.transaction().map_err(|e| pg_error(name, e))?;
        let row = tx
            .query_one("SELECT seq, hash FROM change_log_head FOR UPDATE", &[])
            .map_err(|e| pg_error(name, e))?;
        Ok(PgUnit {
            tx,
            name,
            actor,
            types,
            statements,
            action,
            counts: Vec::new(),
            batches: Vec::new(),
            gathered: 0,
            head: (row.get(0), row.get(1)),
            head_moved: false,
            deferred: Vec::new(),
            fresh: Vec::new(),
            direct: Vec::new(),
            hasher: std::collections::hash_map::RandomState::new(),
            line: Vec::new(),
        })
    }

    /// Runs `work` in a unit and commits it; a unit the server undid because
    /// of another clerk (serialization failure, deadlock) is run again, up
    /// to [`ATTEMPTS`] times. Any other error rolls back and is returned.
    pub fn transact<R>(
        &mut self,
        action: &'static str,
        mut work: impl FnMut(&mut PgUnit<'_>) -> Result<R, CoreError>,
    ) -> Result<R, CoreError> {
        let mut attempt = 1;
        loop {
            let done = self
                .write(action)
                .and_then(|mut unit| work(&mut unit).and_then(|r| unit.commit().map(|()| r)));
            match done {
                Err(CoreError::Store { ref source, .. })
                    if source.is_busy() && attempt < ATTEMPTS =>
                {
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}

impl<'s> PgUnit<'s> {
    fn err(&self, e: postgres::Error) -> CoreError {
        pg_error(self.name, e)
    }

    fn statement(&mut self, sql: &str) -> Result<Statement, CoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(sql).map_err(|e| pg_error(self.name, e))?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }

    fn cast(&self, table: &str, column: &str, n: usize) -> String {
        format!("${n}::text{}", self.cast_of(table, column))
    }

    /// What a text is cast with to `column`'s type (empty for text).
    fn cast_of(&self, table: &str, column: &str) -> String {
        match self.types.get(&(table.to_owned(), column.to_owned())) {
            Some(t) if t != "text" => format!("::{t}"),
            _ => String::new(),
        }
    }

    /// Sends the gathered puts: before anything else the unit does, so that
    /// it sees them.
    fn send(&mut self) -> Result<(), CoreError> {
        if self.gathered > 0 {
            super::copy::send_all(&mut self.batches, &mut self.tx, self.name)?;
            self.gathered = 0;
        }
        Ok(())
    }

    fn upsert_sql<T: Entity>(&self, update: bool) -> String {
        let mut columns = T::COLUMNS.to_vec();
        if T::SEARCH {
            columns.push("search");
        }
        let marks: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| self.cast(T::TABLE, c, i + 1))
            .collect();
        let key = T::COLUMNS[..T::KEY_LEN].join(", ");
        let action = if update && columns.len() > T::KEY_LEN {
            let set: Vec<String> = columns[T::KEY_LEN..]
                .iter()
                .map(|c| format!("{c} = excluded.{c}"))
                .collect();
            format!("DO UPDATE SET {}", set.join(", "))
        } else {
            "DO NOTHING".to_owned()
        };
        format!(
            "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({key}) {action}",
            T::TABLE,
            columns.join(", "),
            marks.join(", ")
        )
    }

    fn upsert<T: Entity>(&mut self, r: &T, update: bool) -> Result<(), CoreError> {
        self.send()?;
        // The key is not remembered: the table's later puts take the way
        // that meets it.
        self.direct.retain(|d| d.table != T::TABLE);
        let sql = self.upsert_sql::<T>(update);
        let statement = self.statement(&sql)?;
        let mut values = texts(r.values());
        if T::SEARCH {
            values.push(r.search_text());
        }
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        self.tx
            .execute(&statement, &params)
            .map_err(|e| pg_error(self.name, e))?;
        Ok(())
    }

    /// Upserts `r` and logs it: how a save from a screen writes.
    pub fn save<T: Entity>(&mut self, r: &T) -> Result<(), CoreError> {
        self.upsert(r, true)?;
        self.log(NewEntry::saved::<T>(&r.key()))
    }

    /// Upserts `r`, counted for the one log row of its kind at commit.
    pub fn put<T: Entity>(&mut self, r: &T) -> Result<(), CoreError> {
        self.gather(r, true)?;
        self.count(T::TABLE);
        Ok(())
    }

    /// Inserts `r` unless a record with its key exists; not logged.
    pub fn insert_if_absent<T: Entity>(&mut self, r: &T) -> Result<(), CoreError> {
        self.gather(r, false)
    }

    /// Adds `r` to its table's batch of puts (`replace`) or of
    /// inserts-if-absent, sent by COPY ([`super::copy`]).
    fn gather<T: Entity>(&mut self, r: &T, replace: bool) -> Result<(), CoreError> {
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        crate::copy_text::encode_line(&crate::repo::write_values(r), &mut line);
        let done = self.gather_line::<T>(&line, replace);
        self.line = line;
        done
    }

    /// A bulk load's record of `T`, already one line of `COPY`'s text
    /// format ([`super::copy_text`]): put (`replace`, counted for the log)
    /// or inserted if absent.
    pub(crate) fn write_line<T: Entity>(
        &mut self,
        line: &[u8],
        replace: bool,
    ) -> Result<(), CoreError> {
        self.gather_line::<T>(line, replace)?;
        if replace {
            self.count(T::TABLE);
        }
        Ok(())
    }

    fn count(&mut self, table: &'static str) {
        match self.counts.iter_mut().find(|(t, _)| *t == table) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((table, 1)),
        }
    }

    /// Adds an encoded line of `T` to its table's batch: straight into
    /// the table when its key is new to a load into an empty table, or
    /// for the temporary table.
    fn gather_line<T: Entity>(&mut self, line: &[u8], replace: bool) -> Result<(), CoreError> {
        let at = self.batch_of::<T>(replace);
        let hasher = &self.hasher;
        let new = self
            .direct
            .iter_mut()
            .find(|d| d.table == T::TABLE)
            .is_some_and(|d| d.is_new(hasher, line, T::KEY_LEN));
        if new {
            self.batches[at].push_direct(line);
        } else {
            self.batches[at].push_staged(line);
        }
        self.gathered += 1;
        let limit = if self.direct.is_empty() {
            super::copy::BATCH
        } else {
            super::copy::DIRECT_BATCH
        };
        if self.gathered >= limit {
            self.send()?;
        }
        Ok(())
    }

    /// The position of `T`'s batch of puts (`replace`) or of
    /// inserts-if-absent, made when missing.
    fn batch_of<T: Entity>(&mut self, replace: bool) -> usize {
        let found = self
            .batches
            .iter()
            .position(|b| b.table == T::TABLE && b.replace == replace);
        let at = match found {
            Some(at) => at,
            None => {
                let mut columns = T::COLUMNS.to_vec();
                if T::SEARCH {
                    columns.push("search");
                }
                let casts = columns.iter().map(|c| self.cast_of(T::TABLE, c)).collect();
                // A table taking rows straight in stages only keys met
                // before: a plain insert of them would fail.
                let fresh = self.fresh.iter().any(|t| t == T::TABLE)
                    && !self.direct.iter().any(|d| d.table == T::TABLE);
                self.batches.push(super::copy::Batch::new(
                    T::TABLE,
                    columns,
                    T::KEY_LEN,
                    replace,
                    fresh,
                    casts,
                ));
                self.batches.len() - 1
            }
        };
        at
    }

    /// Whether a record of `T` with `id` exists, as this unit sees it.
    pub fn exists<T: Entity>(&mut self, id: &str) -> Result<bool, CoreError> {
        self.send()?;
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE {} = $1)",
            T::TABLE,
            T::COLUMNS[0]
        );
        let statement = self.statement(&sql)?;
        let row = self
            .tx
            .query_one(&statement, &[&id])
            .map_err(|e| pg_error(self.name, e))?;
        Ok(row.get(0))
    }

    /// Appends one row to the change log, after the head this unit holds.
    pub fn log(&mut self, e: NewEntry<'_>) -> Result<(), CoreError> {
        self.send()?;
        let salt: String = self
            .tx
            .query_one("SELECT replace(gen_random_uuid()::text, '-', '')", &[])
            .map_err(|e| pg_error(self.name, e))?
            .get(0);
        let (seq, prev) = (self.head.0 + 1, self.head.1.clone());
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let digest = key_digest(&salt, e.entity_id);
        let hash = row_hash(
            &prev, seq, &at, self.actor, e.action, e.entity, &digest, &e.summary,
        );
        let statement = self.statement(
            "INSERT INTO change_log (seq, at, actor, action, entity, entity_id, entity_salt, \
             entity_digest, summary, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )?;
        let actor = self.actor;
        self.tx
            .execute(
                &statement,
                &[
                    &seq,
                    &at,
                    &actor,
                    &e.action,
                    &e.entity,
                    &e.entity_id,
                    &salt,
                    &digest,
                    &e.summary,
                    &prev,
                    &hash,
                ],
            )
            .map_err(|e| pg_error(self.name, e))?;
        self.head = (seq, hash);
        self.head_moved = true;
        Ok(())
    }

    /// The database's name, for this crate's errors.
    pub(crate) fn name(&self) -> &'s str {
        self.name
    }

    /// The transaction, for this crate's own SQL inside a unit.
    pub(crate) fn tx(&mut self) -> Result<&mut Transaction<'s>, CoreError> {
        // Whatever SQL comes next sees the puts; it may write keys this
        // unit does not know of, so later puts take the way that meets
        // them.
        self.send()?;
        self.direct.clear();
        Ok(&mut self.tx)
    }

    /// A bulk load into `tables`: those empty now and owned by the
    /// connected role have their secondary indexes built at commit
    /// ([`super::defer`]). Returns how many indexes were deferred.
    pub(crate) fn defer_indexes(&mut self, tables: &[&str]) -> Result<usize, CoreError> {
        self.send()?;
        let found = super::defer::drop_indexes(&mut self.tx, tables).map_err(|e| self.err(e))?;
        let n = found.rebuild.len();
        self.deferred.extend(found.rebuild);
        self.fresh.extend(found.empty);
        self.direct
            .extend(found.owned.into_iter().map(super::copy::Direct::new));
        Ok(n)
    }

    /// Logs the `put`s and makes the unit durable.
    pub fn commit(mut self) -> Result<(), CoreError> {
        self.send()?;
        let deferred = std::mem::take(&mut self.deferred);
        super::defer::rebuild(&mut self.tx, &deferred).map_err(|e| self.err(e))?;
        for (table, count) in std::mem::take(&mut self.counts) {
            self.log(NewEntry {
                action: self.action,
                entity: table,
                entity_id: "",
                summary: format!("{count} {table} {}", self.action),
            })?;
        }
        if self.head_moved {
            let (seq, hash) = self.head.clone();
            self.tx
                .execute(
                    "UPDATE change_log_head SET seq = $1, hash = $2",
                    &[&seq, &hash],
                )
                .map_err(|e| self.err(e))?;
        }
        let name = self.name;
        self.tx.commit().map_err(|e| pg_error(name, e))
    }
}
