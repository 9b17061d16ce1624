//! The store's own statements inside a unit on the server ([`crate::own`]):
//! the same named parameters as the file's text, numbered for the server.

use postgres::types::{ToSql, Type};
use serde::de::DeserializeOwned;

use super::snapshot::{bind_named, positional};
use super::{cells, from_json, pg_error, PgUnit};
use crate::query::{Cell, Params, Row, RowCells};
use crate::{CoreError, DbFailure, Entity};

impl PgUnit<'_> {
    fn prepared<'p>(
        &mut self,
        text: &str,
        params: Params<'p>,
    ) -> Result<(postgres::Statement, Vec<Box<dyn ToSql + Sync + 'p>>), CoreError> {
        let name = self.name();
        let (sql, names) = positional(text);
        let bound = bind_named(&names, params).map_err(|detail| refused(name, detail))?;
        let types: Vec<Type> = bound.iter().map(|(_, t)| t.clone()).collect();
        let statement = self
            .tx()?
            .prepare_typed(&sql, &types)
            .map_err(|e| pg_error(name, e))?;
        let values = bound.into_iter().map(|(v, _)| v).collect();
        Ok((statement, values))
    }

    /// Runs `text` (named parameters) in this unit; how many rows it changed.
    pub(crate) fn run(&mut self, text: &str, params: Params<'_>) -> Result<u64, CoreError> {
        let name = self.name();
        let (statement, values) = self.prepared(text, params)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
        self.tx()?
            .execute(&statement, &refs)
            .map_err(|e| pg_error(name, e))
    }

    /// The first row of `text` in this unit, mapped by `f`.
    pub(crate) fn first<T>(
        &mut self,
        text: &str,
        params: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T, CoreError>,
    ) -> Result<Option<T>, CoreError> {
        let name = self.name();
        let (statement, values) = self.prepared(text, params)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
        let row = self
            .tx()?
            .query_opt(&statement, &refs)
            .map_err(|e| pg_error(name, e))?;
        let Some(row) = row else { return Ok(None) };
        let mut cells: Vec<Cell> = Vec::new();
        cells::decode(&row, &mut cells).map_err(|e| CoreError::Store {
            path: name.to_owned(),
            source: DbFailure::new(false, e),
        })?;
        let path = std::path::PathBuf::from(name);
        f(&Row {
            inner: RowCells::Held(&cells),
            path: &path,
        })
        .map(Some)
    }

    /// The records of `T` whose `column` is `value`, as this unit sees them.
    pub(crate) fn list_where<T: Entity + DeserializeOwned>(
        &mut self,
        column: &str,
        value: &str,
    ) -> Result<Vec<T>, CoreError> {
        let name = self.name();
        let sql = super::json_select_sql::<T>(Some(column))?;
        let rows = self
            .tx()?
            .query(&sql, &[&value])
            .map_err(|e| pg_error(name, e))?;
        rows.iter()
            .map(|r| from_json::<T>(name, r.get(0)))
            .collect()
    }
}

fn refused(name: &str, detail: String) -> CoreError {
    CoreError::Store {
        path: name.to_owned(),
        source: DbFailure::new(false, std::io::Error::other(detail)),
    }
}
