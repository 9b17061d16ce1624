//! The store's own statements that are not a record's save (a form's
//! draft, a lease's readiness, an issued document, archiving and
//! deleting), on whichever engine the store runs: one text with named
//! parameters (`:key`) that both dialects read, or a PostgreSQL text beside
//! it where the server needs a cast. On a server they run in the unit's
//! transaction there, so they are in the same change-logged write as on a
//! file (before, they met the detached in-memory database and failed).

use std::path::Path;

use rusqlite::types::ToSql;

use crate::query::{Params, Row, RowCells};
use crate::{db_error, CoreError, Store, Unit};

/// One statement's text in each dialect.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sql<'a> {
    sqlite: &'a str,
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    postgres: &'a str,
}

impl<'a> Sql<'a> {
    /// A text both dialects read as it is.
    pub(crate) const fn both(text: &'a str) -> Sql<'a> {
        Sql {
            sqlite: text,
            postgres: text,
        }
    }

    /// A text for each dialect.
    pub(crate) const fn each(sqlite: &'a str, postgres: &'a str) -> Sql<'a> {
        Sql { sqlite, postgres }
    }
}

fn named<'p>(params: Params<'p>) -> Vec<(&'p str, &'p dyn ToSql)> {
    params.iter().map(|(k, v)| (*k, v as &dyn ToSql)).collect()
}

impl Unit<'_> {
    /// Runs `sql` in this unit; how many rows it changed.
    pub(crate) fn run(&self, sql: Sql<'_>, params: Params<'_>) -> Result<u64, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().run(sql.postgres, params);
        }
        self.tx
            .prepare_cached(sql.sqlite)
            .and_then(|mut s| s.execute(named(params).as_slice()))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The first row of `sql` in this unit, mapped by `f`.
    pub(crate) fn first<T>(
        &self,
        sql: Sql<'_>,
        params: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T, CoreError>,
    ) -> Result<Option<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().first(sql.postgres, params, f);
        }
        let stmt = self.tx.prepare_cached(sql.sqlite);
        first_row(stmt, params, &self.path, f)
    }
}

impl Store {
    /// The first row of `sql`, mapped by `f` (a read outside a unit).
    pub(crate) fn first<T>(
        &self,
        sql: Sql<'_>,
        params: Params<'_>,
        f: impl FnMut(&Row<'_>) -> Result<T, CoreError>,
    ) -> Result<Option<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return Ok(server.rows_of(sql.postgres, params, f)?.into_iter().next());
        }
        first_row(
            self.conn().prepare_cached(sql.sqlite),
            params,
            self.path(),
            f,
        )
    }
}

/// The first row `stmt` gives for `params`, mapped by `f`.
fn first_row<T>(
    stmt: rusqlite::Result<rusqlite::CachedStatement<'_>>,
    params: Params<'_>,
    path: &Path,
    f: impl FnOnce(&Row<'_>) -> Result<T, CoreError>,
) -> Result<Option<T>, CoreError> {
    let err = |e| db_error(path, e);
    let mut stmt = stmt.map_err(err)?;
    let mut rows = stmt.query(named(params).as_slice()).map_err(err)?;
    match rows.next().map_err(err)? {
        None => Ok(None),
        Some(r) => f(&Row {
            inner: RowCells::Sqlite(r),
            path,
        })
        .map(Some),
    }
}
