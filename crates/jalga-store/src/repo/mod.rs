//! Repositories: how each entity maps to its table. Every query is
//! parameterised; table and column names come from the constants below,
//! never from input.

use chrono::NaiveDate;
use rusqlite::types::{Type, Value};
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};

use crate::domain::{
    Code, ForeignerNotice, Lease, Occupant, Owner, Person, Property, Registration,
};

/// The kinds of record, as named on the command line and in the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Property,
    Owner,
    Person,
    Lease,
    Occupant,
    Registration,
    ForeignerNotice,
    Handover,
}

/// How a record maps to its row: the driver's side of [`Entity`], sealed
/// in this crate (no other crate can name it or implement it).
mod sealed {
    pub trait Columns: Sized {
        fn values(&self) -> Vec<rusqlite::types::Value>;
        /// [`Self::values`], moving the record's text rather than copying
        /// it (a bulk load's rows are built once and written once).
        fn into_values(self) -> Vec<rusqlite::types::Value> {
            self.values()
        }
        fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self>;
    }
}
pub(crate) use sealed::Columns;

/// A record kept in its own table.
pub trait Entity: Columns + serde::de::DeserializeOwned + 'static {
    const KIND: EntityKind;
    const TABLE: &'static str;
    /// Columns in order; the key columns first.
    const COLUMNS: &'static [&'static str];
    /// How many leading columns form the primary key.
    const KEY_LEN: usize = 1;
    /// The key as one string (`lease/person` for occupants).
    fn key(&self) -> String;
    /// Whether the table has a `search` column: the record's searchable
    /// text, case-folded in Rust (SQLite's own folding knows ASCII only),
    /// written with every save.
    const SEARCH: bool = false;
    fn search_text(&self) -> Option<String> {
        None
    }
}

/// Text as a search compares it: lower case in every script (`Астана` and
/// `астана`, `Әлия` and `әлия` are the same), spaces trimmed.
pub fn fold(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The searchable text of a record, from its parts, folded.
fn search_of<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    // As `join(" ")` of the parts present, without a list of them.
    let mut joined = String::with_capacity(128);
    for (i, part) in parts.into_iter().flatten().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(part);
    }
    Some(fold(&joined))
}

/// The columns a save writes: the record's own and its search text.
fn write_columns<T: Entity>() -> Vec<&'static str> {
    let mut cols = T::COLUMNS.to_vec();
    if T::SEARCH {
        cols.push("search");
    }
    cols
}

pub(crate) fn write_values<T: Entity>(r: &T) -> Vec<Value> {
    let mut values = r.values();
    if T::SEARCH {
        values.push(r.search_text().map_or(Value::Null, Value::Text));
    }
    values
}

/// [`write_values`] of a record given away: its text is moved, not copied.
pub(crate) fn into_write_values<T: Entity>(r: T) -> Vec<Value> {
    let search = if T::SEARCH { r.search_text() } else { None };
    let mut values = r.into_values();
    if T::SEARCH {
        values.push(search.map_or(Value::Null, Value::Text));
    }
    values
}

/// Fills the search text of the records saved before the column existed
/// (an upgraded file, a file filled by older code); cheap when there are
/// none (a partial index finds them).
pub(crate) fn fill_search<T: Entity>(conn: &Connection) -> rusqlite::Result<u64> {
    if !T::SEARCH {
        return Ok(0);
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE search IS NULL",
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let missing: Vec<T> = {
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], T::from_row)?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let update = format!(
        "UPDATE {} SET search = ?2 WHERE {} = ?1",
        T::TABLE,
        T::COLUMNS[0]
    );
    let mut stmt = conn.prepare(&update)?;
    for r in &missing {
        stmt.execute(rusqlite::params![r.key(), r.search_text()])?;
    }
    Ok(missing.len() as u64)
}

/// The insert statement of `T`, built once per type and kind.
pub(crate) fn upsert_sql<T: Entity + 'static>(on_conflict_update: bool) -> &'static str {
    use std::any::TypeId;
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<(TypeId, bool), &'static str>>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    cache
        .entry((TypeId::of::<T>(), on_conflict_update))
        .or_insert_with(|| Box::leak(build_upsert_sql::<T>(on_conflict_update).into_boxed_str()))
}

fn build_upsert_sql<T: Entity>(on_conflict_update: bool) -> String {
    let columns = write_columns::<T>();
    let cols = columns.join(", ");
    let marks = vec!["?"; columns.len()].join(", ");
    let key = T::COLUMNS[..T::KEY_LEN].join(", ");
    let action = if on_conflict_update && columns.len() > T::KEY_LEN {
        let set: Vec<String> = columns[T::KEY_LEN..]
            .iter()
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        format!("DO UPDATE SET {}", set.join(", "))
    } else {
        "DO NOTHING".to_owned()
    };
    format!(
        "INSERT INTO {} ({cols}) VALUES ({marks}) ON CONFLICT ({key}) {action}",
        T::TABLE
    )
}

/// Inserts `r`, or updates the record with the same key.
pub(crate) fn upsert<T: Entity + 'static>(conn: &Connection, r: &T) -> rusqlite::Result<()> {
    conn.prepare_cached(upsert_sql::<T>(true))?
        .execute(params_from_iter(write_values(r)))?;
    Ok(())
}

/// Inserts `r` unless a record with the same key exists.
pub(crate) fn insert_if_absent<T: Entity + 'static>(
    conn: &Connection,
    r: &T,
) -> rusqlite::Result<()> {
    conn.prepare_cached(upsert_sql::<T>(false))?
        .execute(params_from_iter(write_values(r)))?;
    Ok(())
}

pub(crate) fn list<T: Entity>(conn: &Connection) -> rusqlite::Result<Vec<T>> {
    let key = T::COLUMNS[..T::KEY_LEN].join(", ");
    let sql = format!(
        "SELECT {} FROM {} ORDER BY {key}",
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], T::from_row)?;
    rows.collect()
}

/// One record by its first key column.
pub(crate) fn get<T: Entity>(conn: &Connection, id: &str) -> rusqlite::Result<Option<T>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE {} = ?1",
        T::COLUMNS.join(", "),
        T::TABLE,
        T::COLUMNS[0]
    );
    conn.prepare_cached(&sql)?
        .query_row([id], T::from_row)
        .optional()
}

/// Records whose `column` equals `value`, ordered by key. `column` must be
/// one of `T::COLUMNS` (it is code, never input); anything else is an error.
pub(crate) fn list_where<T: Entity>(
    conn: &Connection,
    column: &str,
    value: &str,
) -> rusqlite::Result<Vec<T>> {
    if !T::COLUMNS.contains(&column) {
        return Err(rusqlite::Error::InvalidColumnName(column.to_owned()));
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE {column} = ?1 ORDER BY {}",
        T::COLUMNS.join(", "),
        T::TABLE,
        T::COLUMNS[..T::KEY_LEN].join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([value], T::from_row)?;
    rows.collect()
}

/// Whether a record with this id exists.
pub(crate) fn exists<T: Entity>(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM {} WHERE {} = ?1)",
        T::TABLE,
        T::COLUMNS[0]
    );
    conn.prepare_cached(&sql)?.query_row([id], |r| r.get(0))
}

pub(crate) fn count<T: Entity>(conn: &Connection) -> rusqlite::Result<u64> {
    conn.query_row(&format!("SELECT COUNT(*) FROM {}", T::TABLE), [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n as u64)
}

// ---- value helpers ----------------------------------------------------

pub(super) fn t(s: &str) -> Value {
    Value::Text(s.to_owned())
}
pub(super) fn ot(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Null, t)
}
pub(super) fn mv(s: String) -> Value {
    Value::Text(s)
}
pub(super) fn omv(s: Option<String>) -> Value {
    s.map_or(Value::Null, Value::Text)
}
pub(super) fn d(v: NaiveDate) -> Value {
    Value::Text(day_text(v))
}

/// `v.to_string()` (`YYYY-MM-DD`), without the formatting machinery for
/// the years a record can hold.
fn day_text(v: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, d) = (v.year(), v.month(), v.day());
    if !(0..=9999).contains(&y) {
        return v.to_string();
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let y = y as u32;
    let mut s = String::with_capacity(10);
    for c in [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(d / 10),
        digit(d),
    ] {
        s.push(c);
    }
    s
}
pub(super) fn od(v: Option<NaiveDate>) -> Value {
    v.map_or(Value::Null, d)
}
pub(super) fn c<C: Code>(v: C) -> Value {
    t(v.code())
}
pub(super) fn oc<C: Code>(v: Option<C>) -> Value {
    v.map_or(Value::Null, c)
}
pub(super) fn i(v: impl Into<i64>) -> Value {
    Value::Integer(v.into())
}

pub(super) fn bad(col: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, Type::Text, what.into())
}
pub(crate) fn date(row: &Row<'_>, col: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(col)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| bad(col, format!("{s}: {e}")))
}
pub(crate) fn odate(row: &Row<'_>, col: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let s: Option<String> = row.get(col)?;
    s.map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| bad(col, format!("{s}: {e}"))))
        .transpose()
}
pub(crate) fn code<C: Code>(row: &Row<'_>, col: usize) -> rusqlite::Result<C> {
    let s: String = row.get(col)?;
    C::from_code(&s).ok_or_else(|| bad(col, format!("unknown code {s:?}")))
}
pub(super) fn ocode<C: Code>(row: &Row<'_>, col: usize) -> rusqlite::Result<Option<C>> {
    let s: Option<String> = row.get(col)?;
    s.map(|s| C::from_code(&s).ok_or_else(|| bad(col, format!("unknown code {s:?}"))))
        .transpose()
}

mod entities;

#[cfg(test)]
mod tests {
    use chrono::{Datelike, Days, NaiveDate};

    #[test]
    fn a_day_is_written_as_chrono_writes_it() {
        let mut day = NaiveDate::from_ymd_opt(1899, 1, 1).unwrap();
        while day.year_ce().1 < 2102 {
            assert_eq!(super::day_text(day), day.to_string());
            day = day + Days::new(1);
        }
        for (y, m, d) in [
            (0, 1, 1),
            (9, 2, 3),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(super::day_text(day), day.to_string(), "{y}-{m}-{d}");
        }
    }
}
