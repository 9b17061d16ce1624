//! The dwellings list: search over the folded search text, in address
//! order.

use super::page::ListSpec;
use super::{ListPage, PageFrom};
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
const FILTER: &str = "archived_at IS NULL AND coalesce(search, '') LIKE ?1 ESCAPE '\\'";
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

const LIST: ListSpec<DwellingListRow> = ListSpec {
    table: "property",
    filter: FILTER,
    columns: COLUMNS,
    order: ORDER,
    key_len: 5,
    read_row,
};

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
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.dwellings_page(query, from, limit);
        }
        self.search_page(&LIST, query, from, limit)
    }
}
