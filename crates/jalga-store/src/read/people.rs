//! The people list: search over the folded search text, in name order.

use rusqlite::params;

use super::{contains_pattern, ListPage, PageFrom};
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
        let pattern = contains_pattern(query);
        let conn = self.conn();
        let total: u32 = conn
            .prepare_cached(&format!("SELECT COUNT(*) FROM person WHERE {FILTER}"))
            .and_then(|mut s| s.query_row([&pattern], |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        let limit = limit.min(1000);
        let rows = match from {
            PageFrom::Offset(offset) => conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM person WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2 OFFSET ?3"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(params![pattern, limit, offset], read_row)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                }),
            PageFrom::After(None) => conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM person WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(params![pattern, limit], read_row)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                }),
            PageFrom::After(Some(k)) => {
                let [surname, given_name, id] = key(k)?;
                conn.prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM person WHERE {FILTER} \
                     AND ({ORDER}) > (?3, ?4, ?5) ORDER BY {ORDER} LIMIT ?2"
                ))
                .and_then(|mut stmt| {
                    stmt.query_map(params![pattern, limit, surname, given_name, id], read_row)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
            }
        }
        .map_err(|e| self.err(e))?;
        Ok(ListPage { total, rows })
    }
}

/// A sort key of `N` parts; any other count is the caller's mistake, not a
/// missing record: an invalid `after` that says how many parts were due.
pub(super) fn key<'a, const N: usize>(k: &[&'a str]) -> Result<[&'a str; N], CoreError> {
    <[&str; N]>::try_from(k).map_err(|_| CoreError::Invalid {
        field: "after".to_owned(),
        message: jalga_domain::i18n::Message::new("error-page-key")
            .arg("expected", N as u32)
            .arg("found", k.len() as u32),
    })
}
