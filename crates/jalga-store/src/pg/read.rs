//! The screens' and exports' reads on the office server: the same typed
//! answers as [`crate::read`] gives from the file, from the server's
//! tables. Texts order bytewise (`COLLATE "C"`), as SQLite orders them, so
//! a list pages the same on both; the search text is folded the same way
//! on both, so `LIKE` finds the same rows. Rows are read through the seam's
//! cells ([`super::cells`]), so days and areas come back as the file gives
//! them.

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};

use super::snapshot::{bind_named, positional};
use super::{cells, PgStore};
use crate::query::{Cell, Param, Params, Row, RowCells};
use crate::read::contains_pattern;
use crate::LeaseListRow;
use crate::{CoreError, DbFailure, DwellingListRow, ListPage, PageFrom, PersonListRow};

/// A paged list on the server (see `read/page.rs` for the file's).
struct PgList<T> {
    table: &'static str,
    filter: &'static str,
    columns: &'static str,
    /// The order's parts, each compared bytewise; a page key has one value
    /// per part.
    order: &'static [&'static str],
    read: fn(&Row<'_>) -> Result<T, CoreError>,
}

/// Leaves out archived records; finds `:pattern` in the folded search text.
const FILTER: &str = "archived_at IS NULL AND coalesce(search, '') LIKE :pattern ESCAPE '\\'";

const PEOPLE: PgList<PersonListRow> = PgList {
    table: "person",
    filter: FILTER,
    columns: "id, kind, surname, given_name, patronymic, iin, passport_number, \
              birth_date, citizenship",
    order: &["surname", "given_name", "id"],
    read: |r| {
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
    },
};

const DWELLINGS: PgList<DwellingListRow> = PgList {
    table: "property",
    filter: FILTER,
    columns: "id, city, street, building, flat, useful_area, rooms",
    order: &["city", "street", "building", "coalesce(flat, '')", "id"],
    read: |r| {
        Ok(DwellingListRow {
            id: r.get(0)?,
            city: r.get(1)?,
            street: r.get(2)?,
            building: r.get(3)?,
            flat: r.get(4)?,
            useful_area: r.get(5)?,
            rooms: r.get(6)?,
        })
    },
};

const LEASES: &str = "SELECT l.id, p.city, p.street, p.building, p.flat,
        t.surname || ' ' || t.given_name, l.start_date, l.end_date,
        EXISTS (SELECT 1 FROM occupant o JOIN person f ON f.id = o.person_id
                WHERE o.lease_id = l.id AND f.kind = 'foreigner')
 FROM lease l JOIN property p ON p.id = l.property_id JOIN person t ON t.id = l.tenant_id
 WHERE l.archived_at IS NULL
   AND (l.id LIKE :pattern ESCAPE '\\'
    OR coalesce(p.search, '') LIKE :pattern ESCAPE '\\'
    OR coalesce(t.search, '') LIKE :pattern ESCAPE '\\')
 ORDER BY l.start_date DESC, l.id COLLATE \"C\" LIMIT :limit";

/// The registrations export's columns, as `read/registrations.rs` lists them.
const EXPORT: &str = "SELECT r.id, r.person_id, r.property_id, r.lease_id, r.kind, r.status, \
    r.date_from, r.date_to, r.consent_by, r.consent_date, \
    p.kind, p.iin, p.surname, p.given_name, p.patronymic, p.birth_date, p.sex, \
    p.passport_number, p.citizenship, p.surname_latin, p.given_name_latin, \
    d.region, d.city, d.district, d.street, d.building, d.flat, d.rka, \
    d.total_area, d.useful_area, d.living_area, d.rooms, r.submitted_on, \
    p.labour_contract_end, \
    r.reason, r.signing_method, r.signing_phone, p.address, p.phone, \
    p.entry_date, p.entry_point, p.purpose_of_stay, p.visa_number, p.visa_type, \
    p.visa_valid_from, p.visa_valid_to \
    FROM registration r JOIN person p ON p.id = r.person_id \
    JOIN property d ON d.id = r.property_id ORDER BY r.id COLLATE \"C\"";

impl PgStore {
    /// A store error that is not the server's (a parameter without value).
    pub(crate) fn refused(&self, detail: String) -> CoreError {
        CoreError::Store {
            path: self.name.clone(),
            source: DbFailure::new(false, std::io::Error::other(detail)),
        }
    }

    pub(crate) fn cell_error(&self, e: cells::CellError) -> CoreError {
        CoreError::Store {
            path: self.name.clone(),
            source: DbFailure::new(false, e),
        }
    }

    /// Runs `text` (named parameters, as the audit's queries name them)
    /// and maps every row with `f`.
    pub(crate) fn rows_of<T>(
        &mut self,
        text: &str,
        params: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<T, CoreError>,
    ) -> Result<Vec<T>, CoreError> {
        let (sql, names) = positional(text);
        let values = bind_named(&names, params).map_err(|detail| self.refused(detail))?;
        let typed: Vec<(&(dyn ToSql + Sync), Type)> = values
            .iter()
            .map(|(v, t)| (v.as_ref(), t.clone()))
            .collect();
        let rows = self
            .client
            .query_typed(&sql, &typed)
            .map_err(|e| self.err(e))?;
        let path = std::path::PathBuf::from(&self.name);
        let mut cells: Vec<Cell> = Vec::new();
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            cells::decode(r, &mut cells).map_err(|e| self.cell_error(e))?;
            out.push(f(&Row {
                inner: RowCells::Held(&cells),
                path: &path,
            })?);
        }
        Ok(out)
    }

    fn page<T>(
        &mut self,
        list: &PgList<T>,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<T>, CoreError> {
        let pattern = contains_pattern(query);
        let PgList {
            table,
            filter,
            columns,
            order,
            read,
        } = list;
        let count = format!("SELECT count(*) FROM {table} WHERE {filter}");
        let total = self.rows_of(&count, &[(":pattern", Param::Text(&pattern))], |r| {
            r.get::<u32>(0)
        })?;
        let total = total.first().copied().unwrap_or(0);
        let limit = i64::from(limit.min(1000));
        let bytewise: Vec<String> = order.iter().map(|p| format!("{p} COLLATE \"C\"")).collect();
        let order_by = bytewise.join(", ");
        let select = format!("SELECT {columns} FROM {table} WHERE {filter}");
        let mut params: Vec<(String, Param<'_>)> = vec![
            (":pattern".to_owned(), Param::Text(&pattern)),
            (":limit".to_owned(), Param::Int(limit)),
        ];
        let sql = match from {
            PageFrom::Offset(offset) => {
                params.push((":offset".to_owned(), Param::Int(offset.into())));
                format!("{select} ORDER BY {order_by} LIMIT :limit OFFSET :offset")
            }
            PageFrom::After(None) => format!("{select} ORDER BY {order_by} LIMIT :limit"),
            PageFrom::After(Some(key)) => {
                if key.len() != order.len() {
                    return Err(crate::read::page::page_key_error(order.len(), key.len()));
                }
                let marks: Vec<String> = (0..key.len()).map(|i| format!(":key{i}")).collect();
                for (i, part) in key.iter().enumerate() {
                    params.push((format!(":key{i}"), Param::Text(part)));
                }
                format!(
                    "{select} AND ({order_by}) > ({}) ORDER BY {order_by} LIMIT :limit",
                    marks.join(", ")
                )
            }
        };
        let named: Vec<(&str, Param<'_>)> = params.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let rows = self.rows_of(&sql, &named, read)?;
        Ok(ListPage { total, rows })
    }

    pub(crate) fn people_page(
        &mut self,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<PersonListRow>, CoreError> {
        self.page(&PEOPLE, query, from, limit)
    }

    pub(crate) fn dwellings_page(
        &mut self,
        query: &str,
        from: PageFrom<'_>,
        limit: u32,
    ) -> Result<ListPage<DwellingListRow>, CoreError> {
        self.page(&DWELLINGS, query, from, limit)
    }

    pub(crate) fn leases_list(
        &mut self,
        query: &str,
        limit: u32,
    ) -> Result<Vec<LeaseListRow>, CoreError> {
        let pattern = contains_pattern(query);
        let params = [
            (":pattern", Param::Text(&pattern)),
            (":limit", Param::Int(limit.min(2000).into())),
        ];
        self.rows_of(LEASES, &params, |r| {
            Ok(LeaseListRow {
                id: r.get(0)?,
                city: r.get(1)?,
                street: r.get(2)?,
                building: r.get(3)?,
                flat: r.get(4)?,
                tenant: r.get(5)?,
                start_date: r.get(6)?,
                end_date: r.get(7)?,
                has_foreigner: r.get(8)?,
            })
        })
    }

    /// How many rows `sql` (SQLite's text, its one parameter `?1`) counts
    /// for `id`.
    pub(crate) fn count_referring(&mut self, sql: &str, id: &str) -> Result<u32, CoreError> {
        let text = sql.replace("?1", ":id");
        let n = self.rows_of(&text, &[(":id", Param::Text(id))], |r| r.get::<u32>(0))?;
        Ok(n.first().copied().unwrap_or(0))
    }

    /// Every registration's export row, ordered by id, streaming. `each`
    /// must not read the store again (the connection is busy meanwhile).
    pub(crate) fn registrations_export(
        &mut self,
        mut each: impl FnMut(&Row<'_>) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        let name = self.name.clone();
        let path = std::path::PathBuf::from(&name);
        let err = |e| super::pg_error(&name, e);
        let mut rows = self
            .client
            .query_raw(EXPORT, std::iter::empty::<&(dyn ToSql + Sync)>())
            .map_err(err)?;
        let mut cells: Vec<Cell> = Vec::new();
        while let Some(r) = rows.next().map_err(err)? {
            cells::decode(&r, &mut cells).map_err(|e| CoreError::Store {
                path: name.clone(),
                source: DbFailure::new(false, e),
            })?;
            each(&Row {
                inner: RowCells::Held(&cells),
                path: &path,
            })?;
        }
        Ok(())
    }
}
