//! The people list: search over the folded search text, in name order.

use super::page::ListSpec;
use super::{ListPage, PageFrom};
use crate::{CoreError, Store};

/// One line of the people list as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonListRow {
    pub id: String,
    /// The person kind's code.
    pub kind: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub iin: Option<String>,
    pub passport_number: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    pub citizenship: Option<String>,
}

/// The filter on the folded search text (see `0007-hardening.sql`).
const FILTER: &str = "archived_at IS NULL AND coalesce(search, '') LIKE ?1 ESCAPE '\\'";
const COLUMNS: &str = "id, kind, surname, given_name, patronymic, iin, passport_number, \
                       birth_date, citizenship";
/// The list's order, as the `person_name_order` index holds it.
const ORDER: &str = "surname, given_name, id";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonListRow> {
    Ok(PersonListRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        surname: r.get(2)?,
        given_name: r.get(3)?,
        patronymic: r.get(4)?,
        iin: r.get(5)?,
        passport_number: r.get(6)?,
        birth_date: r.get(7)?,
        citizenship: r.get(8)?,
    })
}

const LIST: ListSpec<PersonListRow> = ListSpec {
    table: "person",
    filter: FILTER,
    columns: COLUMNS,
    order: ORDER,
    key_len: 3,
    read_row,
};

impl Store {
    /// People whose name, IIN or passport contains `query` in any case and
    /// script, by name (surname, given name, id: the key of
    /// [`PageFrom::After`]), at most `limit` (up to 1000).
    pub fn people_page(
        &self,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<PersonListRow>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.people_page(query, from, limit);
        }
        self.search_page(&LIST, query, from, limit)
    }
}
