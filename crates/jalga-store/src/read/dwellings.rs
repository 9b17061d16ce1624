//! The dwellings list: search over the folded search text, in address
//! order.

use rusqlite::params;

use super::people::key;
use super::{contains_pattern, ListPage, PageFrom};
use crate::{CoreError, Store};

/// One line of the dwellings list.
#[derive(Debug, Clone, PartialEq)]
pub struct DwellingListRow {
    pub id: String,
    pub city: String,
    pub street: String,
    pub building: String,
    pub flat: Option<String>,
    pub useful_area: f64,
    pub rooms: u32,
}

/// The list's filter: the folded search text (see `0007-hardening.sql`),
/// so that `астана` finds `Астана`.
const FILTER: &str = "coalesce(search, '') LIKE ?1 ESCAPE '\\'";
/// The list's order, as the `property_address_order` index holds it.
const ORDER: &str = "city, street, building, coalesce(flat, ''), id";
const COLUMNS: &str = "id, city, street, building, flat, useful_area, rooms";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DwellingListRow> {
    Ok(DwellingListRow {
        id: r.get(0)?,
        city: r.get(1)?,
        street: r.get(2)?,
        building: r.get(3)?,
        flat: r.get(4)?,
        useful_area: r.get(5)?,
        rooms: r.get(6)?,
    })
}

impl Store {
    /// Dwellings whose address or codes contain `query` in any case and
    /// script, by address (city, street, building, flat or "", id: the key
    /// of [`PageFrom::After`]), at most `limit` (up to 1000).
    pub fn dwellings_page(
        &self,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<DwellingListRow>, CoreError> {
        let pattern = contains_pattern(query);
        let conn = self.conn();
        let total: u32 = conn
            .prepare_cached(&format!("SELECT COUNT(*) FROM property WHERE {FILTER}"))
            .and_then(|mut s| s.query_row([&pattern], |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        let limit = limit.min(1000);
        let rows = match from {
            PageFrom::Offset(offset) => conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM property WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2 OFFSET ?3"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(params![pattern, limit, offset], read_row)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                }),
            PageFrom::After(None) => conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM property WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(params![pattern, limit], read_row)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                }),
            PageFrom::After(Some(k)) => {
                let [city, street, building, flat, id] = key(k)?;
                conn.prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM property WHERE {FILTER} \
                     AND ({ORDER}) > (?3, ?4, ?5, ?6, ?7) ORDER BY {ORDER} LIMIT ?2"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(
                        params![pattern, limit, city, street, building, flat, id],
                        read_row,
                    )?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
            }
        }
        .map_err(|e| self.err(e))?;
        Ok(ListPage { total, rows })
    }
}
