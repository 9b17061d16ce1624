//! One paged, searchable list read, for every list the screens page
//! through: the count of matching rows and one page of them, by offset or
//! by the sort key of the row before.

use rusqlite::types::ToSql;
use rusqlite::{params_from_iter, Row};

use super::{contains_pattern, ListPage, PageFrom};
use crate::{CoreError, Store};

/// A list as SQL: its table, the filter on the search pattern (`?1`), the
/// columns `read_row` reads, and its order, whose parts are the key of
/// [`PageFrom::After`]. Every text here is a constant, never input.
pub(super) struct ListSpec<T> {
    pub(super) table: &'static str,
    pub(super) filter: &'static str,
    pub(super) columns: &'static str,
    pub(super) order: &'static str,
    /// How many parts the order (and so a page key) has.
    pub(super) key_len: usize,
    pub(super) read_row: fn(&Row<'_>) -> rusqlite::Result<T>,
}

impl Store {
    /// Rows of `spec` whose search text contains `query` in any case and
    /// script, in its order, at most `limit` (up to 1000).
    pub(super) fn search_page<T>(
        &self,
        spec: &ListSpec<T>,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<T>, CoreError> {
        let ListSpec {
            table,
            filter,
            columns,
            order,
            ..
        } = spec;
        let pattern = contains_pattern(query);
        let conn = self.conn();
        let total: u32 = conn
            .prepare_cached(&format!("SELECT COUNT(*) FROM {table} WHERE {filter}"))
            .and_then(|mut s| s.query_row([&pattern], |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        let limit = limit.min(1000);
        let mut params: Vec<&dyn ToSql> = vec![&pattern, &limit];
        let select = format!("SELECT {columns} FROM {table} WHERE {filter}");
        let sql = match &from {
            PageFrom::Offset(offset) => {
                params.push(offset);
                format!("{select} ORDER BY {order} LIMIT ?2 OFFSET ?3")
            }
            PageFrom::After(None) => format!("{select} ORDER BY {order} LIMIT ?2"),
            PageFrom::After(Some(k)) => {
                if k.len() != spec.key_len {
                    return Err(page_key_error(spec.key_len, k.len()));
                }
                params.extend(k.iter().map(|part| part as &dyn ToSql));
                let marks: Vec<String> = (3..3 + k.len()).map(|i| format!("?{i}")).collect();
                format!(
                    "{select} AND ({order}) > ({}) ORDER BY {order} LIMIT ?2",
                    marks.join(", ")
                )
            }
        };
        let rows = conn
            .prepare_cached(&sql)
            .and_then(|mut stmt| {
                stmt.query_map(params_from_iter(params), spec.read_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(|e| self.err(e))?;
        Ok(ListPage { total, rows })
    }
}

/// A page key of the wrong length is the caller's mistake, not a missing
/// record: an invalid `after` that says how many parts were due.
pub(crate) fn page_key_error(expected: usize, found: usize) -> CoreError {
    CoreError::Invalid {
        field: "after".to_owned(),
        message: jalga_domain::i18n::Message::new("error-page-key")
            .arg("expected", expected as u32)
            .arg("found", found as u32),
    }
}
