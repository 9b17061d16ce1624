//! The driver-neutral read seam: values, rows and dialect texts that no
//! caller has to know the database driver for.
//!
//! Reads of the app's screens are typed methods of [`crate::Store`] (see
//! [`crate::read`]). The audit is different: its candidate queries are
//! set-based SQL that its rules are tuned with (and that the benchmark runs
//! in the database's own shell), so the audit keeps their text and runs it
//! on a [`crate::Snapshot`] through this seam. A [`Query`] holds one text
//! per dialect; parameters are named ([`Param`]); rows come back as
//! [`Row`]s whose cells are [`Value`]s. Nothing here names the driver, so a
//! second backend plugs in by giving each query its dialect's text and
//! reading its rows into the same [`Value`]s.

use std::path::Path;

use crate::{db_error, CoreError, DbFailure};

/// One read query, its text in each dialect the store speaks.
#[derive(Debug, Clone, Copy)]
pub struct Query {
    pub(crate) sqlite: &'static str,
    /// The PostgreSQL text (named parameters `:name` too, each cast to its
    /// type where the server must know it, `:today::date`); `None`: the
    /// query has no server text and fails there with a store error.
    pub(crate) postgres: Option<&'static str>,
}

impl Query {
    /// A query whose SQLite text is `text` (named parameters `:name`).
    pub const fn sqlite(text: &'static str) -> Query {
        Query {
            sqlite: text,
            postgres: None,
        }
    }

    /// A query with its text in both dialects. The PostgreSQL text names
    /// its parameters as SQLite's does (`:name`), as `psql` variables do.
    pub const fn both(sqlite: &'static str, postgres: &'static str) -> Query {
        Query {
            sqlite,
            postgres: Some(postgres),
        }
    }

    /// The SQLite text.
    pub fn sqlite_text(&self) -> &'static str {
        self.sqlite
    }

    /// The PostgreSQL text, if the query has one.
    pub fn postgres_text(&self) -> Option<&'static str> {
        self.postgres
    }
}

/// A bound parameter's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(s: &'a str) -> Self {
        Param::Text(s)
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(s: &'a String) -> Self {
        Param::Text(s)
    }
}

/// A text, or NULL for `None`.
impl<'a> From<Option<&'a str>> for Param<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Param::Null, Param::Text)
    }
}

impl From<i64> for Param<'_> {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<u32> for Param<'_> {
    fn from(n: u32) -> Self {
        Param::Int(n.into())
    }
}

impl From<f64> for Param<'_> {
    fn from(x: f64) -> Self {
        Param::Real(x)
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value as V, ValueRef};
        Ok(match *self {
            Param::Null => ToSqlOutput::Owned(V::Null),
            Param::Int(n) => ToSqlOutput::Owned(V::Integer(n)),
            Param::Real(x) => ToSqlOutput::Owned(V::Real(x)),
            Param::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// Named parameters, `(":name", value)`.
pub type Params<'a> = &'a [(&'a str, Param<'a>)];

/// One cell as the database holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl<'a> Value<'a> {
    pub(crate) fn from_sqlite(v: rusqlite::types::ValueRef<'a>) -> Value<'a> {
        use rusqlite::types::ValueRef as V;
        match v {
            V::Null => Value::Null,
            V::Integer(n) => Value::Integer(n),
            V::Real(x) => Value::Real(x),
            V::Text(t) => match std::str::from_utf8(t) {
                Ok(s) => Value::Text(s),
                Err(_) => Value::Blob(t),
            },
            V::Blob(b) => Value::Blob(b),
        }
    }
}

/// A cell that does not convert to the type asked for.
#[derive(Debug, thiserror::Error)]
#[error("column {column}: {detail}")]
pub struct ColumnError {
    pub column: usize,
    pub detail: String,
}

/// A Rust type a cell converts to.
pub trait Column: Sized {
    fn from_value(v: Value<'_>) -> Result<Self, String>;
}

impl Column for String {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s.to_owned()),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}

impl Column for i64 {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Integer(n) => Ok(n),
            other => Err(format!("expected an integer, found {other:?}")),
        }
    }
}

impl Column for u32 {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        let n = i64::from_value(v)?;
        u32::try_from(n).map_err(|e| e.to_string())
    }
}

impl Column for f64 {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Real(x) => Ok(x),
            Value::Integer(n) => Ok(n as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}

impl Column for bool {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        Ok(i64::from_value(v)? != 0)
    }
}

impl<T: Column> Column for Option<T> {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One cell held by value: a server's row, decoded from the driver's
/// types into the seam's (see `pg::cells`).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
pub(crate) enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    pub(crate) fn value(&self) -> Value<'_> {
        match self {
            Cell::Null => Value::Null,
            Cell::Integer(n) => Value::Integer(*n),
            Cell::Real(x) => Value::Real(*x),
            Cell::Text(s) => Value::Text(s),
            Cell::Blob(b) => Value::Blob(b),
        }
    }
}

/// Where a row's cells are.
pub(crate) enum RowCells<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    /// Decoded cells (a server's row).
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    Held(&'a [Cell]),
}

/// One result row.
pub struct Row<'a> {
    pub(crate) inner: RowCells<'a>,
    pub(crate) path: &'a Path,
}

impl Row<'_> {
    /// The cell at `i`.
    pub fn value(&self, i: usize) -> Result<Value<'_>, CoreError> {
        match &self.inner {
            RowCells::Sqlite(r) => r
                .get_ref(i)
                .map(Value::from_sqlite)
                .map_err(|e| db_error(self.path, e)),
            RowCells::Held(cells) => cells
                .get(i)
                .map(Cell::value)
                .ok_or_else(|| self.bad(i, "no such column")),
        }
    }

    /// The cell at `i` as a `T`; a cell of another type is a store error
    /// naming the column.
    pub fn get<T: Column>(&self, i: usize) -> Result<T, CoreError> {
        T::from_value(self.value(i)?).map_err(|detail| self.bad(i, detail))
    }

    /// The text in cell `i`, borrowed.
    pub fn text(&self, i: usize) -> Result<&str, CoreError> {
        match self.value(i)? {
            Value::Text(s) => Ok(s),
            other => Err(self.bad(i, format!("expected text, found {other:?}"))),
        }
    }

    /// The text in cell `i`, borrowed, or `None` for NULL.
    pub fn opt_text(&self, i: usize) -> Result<Option<&str>, CoreError> {
        match self.value(i)? {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s)),
            other => Err(self.bad(i, format!("expected text, found {other:?}"))),
        }
    }

    /// A store error about cell `i` (e.g. a date that does not parse).
    pub fn bad(&self, column: usize, detail: impl Into<String>) -> CoreError {
        CoreError::store(
            self.path,
            DbFailure::new(
                false,
                ColumnError {
                    column,
                    detail: detail.into(),
                },
            ),
        )
    }
}

/// Runs `q` on `conn` and calls `f` with every row, streaming.
pub(crate) fn each(
    conn: &rusqlite::Connection,
    path: &Path,
    q: &Query,
    params: Params<'_>,
    mut f: impl FnMut(&Row<'_>) -> Result<(), CoreError>,
) -> Result<(), CoreError> {
    let err = |e| db_error(path, e);
    let mut stmt = conn.prepare_cached(q.sqlite).map_err(err)?;
    let named: Vec<(&str, &dyn rusqlite::ToSql)> = params
        .iter()
        .map(|(k, v)| (*k, v as &dyn rusqlite::ToSql))
        .collect();
    let mut found = stmt.query(named.as_slice()).map_err(err)?;
    while let Some(r) = found.next().map_err(err)? {
        f(&Row {
            inner: RowCells::Sqlite(r),
            path,
        })?;
    }
    Ok(())
}
