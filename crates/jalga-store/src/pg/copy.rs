//! Bulk puts on the office server: a unit's `put`s are gathered per table
//! and sent with one binary `COPY` into a temporary table of texts, then
//! upserted from it with the same casts, key and update as a single put
//! (the last put of a key wins, as one put after another does). A unit's
//! inserts-if-absent are gathered the same way in batches of their own
//! (the first of a key wins, and a record already there stays). Anything
//! else the unit does first sends what is gathered, so it sees every put.

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::error::SqlState;
use postgres::types::{ToSql, Type};
use postgres::Transaction;

use crate::CoreError;

/// How many gathered rows a unit sends at once.
pub(crate) const BATCH: usize = 150_000;

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
    pub rows: Vec<Vec<Option<String>>>,
}

impl Batch {
    /// Sends the rows and upserts them; the batch is empty afterwards.
    pub(crate) fn send(&mut self, tx: &mut Transaction<'_>) -> Result<(), postgres::Error> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let n = self.columns.len();
        let staging = format!("jalga_in_{}", self.table);
        let text_columns: Vec<String> = (1..=n).map(|i| format!("c{i} text")).collect();
        tx.batch_execute(&format!(
            "CREATE TEMP TABLE IF NOT EXISTS {staging} (n bigint, {}) ON COMMIT DROP; \
             TRUNCATE {staging}",
            text_columns.join(", ")
        ))?;
        let names: Vec<String> = (1..=n).map(|i| format!("c{i}")).collect();
        let sink = tx.copy_in(&format!(
            "COPY {staging} (n, {}) FROM STDIN (FORMAT binary)",
            names.join(", ")
        ))?;
        let mut types = vec![Type::INT8];
        types.extend(std::iter::repeat_n(Type::TEXT, n));
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        for (i, row) in self.rows.iter().enumerate() {
            let ordinal = i as i64;
            let mut values: Vec<&(dyn ToSql + Sync)> = vec![&ordinal];
            values.extend(row.iter().map(|v| v as &(dyn ToSql + Sync)));
            writer.write(&values)?;
        }
        writer.finish()?;
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
                    self.rows.clear();
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
        self.rows.clear();
        Ok(())
    }
}

/// Sends every batch, oldest table first (the order their first puts came
/// in, so records go in before the records that refer to them).
pub(crate) fn send_all(
    batches: &mut [Batch],
    tx: &mut Transaction<'_>,
    name: &str,
) -> Result<(), CoreError> {
    for b in batches {
        b.send(tx).map_err(|e| super::pg_error(name, e))?;
    }
    Ok(())
}
