//! The audit's read view on the office server: connections that each hold
//! a `REPEATABLE READ, READ ONLY` transaction on one shared snapshot (the
//! first exports it with `pg_export_snapshot()`, the others take it with
//! `SET TRANSACTION SNAPSHOT`), so that checks run side by side and still
//! add up to one consistent report, as on SQLite ([`crate::Snapshot`]).
//!
//! A query runs through a cursor fetched in batches: a whole city's rows
//! are never held at once, and a check may look a dwelling up between two
//! batches on the same connection (the SQLite reader streams the same way).
//! Named parameters (`:today`) become positional ones, each sent with the
//! type of its [`Param`] (text, `bigint`, `double precision`); the query's
//! text casts them where it needs another (`:today::date`).

use postgres::types::{ToSql, Type};
use postgres::{Client, Statement};
use std::cell::{Cell as Counter, RefCell};
use std::collections::HashMap;

use super::{cells, pg_error, PgStore};
use crate::query::{Cell, Param, Params, Query, Row, RowCells};
use crate::{CoreError, DbFailure, PlaceLabel, SnapshotCounts};

/// Rows fetched from a cursor at a time.
const BATCH: usize = 5_000;

/// The memory a reader's sort or hash may take before it spills to disk.
pub const WORK_MEM: &str = "64MB";

/// What a reader's transaction sets for itself (`SET LOCAL`), and the
/// benchmark's `psql` sets for the same queries:
/// - `cursor_tuple_fraction = 1`: a cursor is planned for its whole
///   result, not its first rows;
/// - `work_mem`: a city's grouping and sorting get the memory for it (the
///   server's default of 4 MB writes them to disk);
/// - `jit = off`: compiling a check's expressions took the server up to
///   0.8 s a query, longer than running it;
/// - `random_page_cost = 1.1`: the audit's indexes are read over and over
///   and sit in memory, so a walk of a covering index in its order is
///   costed as what it is (the default of 4 prices a disk's seeks, and the
///   planner hashed whole tables instead);
/// - `enable_hashagg = off`: every grouping of the audit can follow an
///   index in its order, and a hash of a city's people or dwellings does
///   not fit in `work_mem`. Before the visibility map of a freshly loaded
///   city is set, the planner costs those walks as reads of the table too
///   and picks a hash (double registrations: 1.0 s of 1.7 s for a million
///   registrations, against 0.6 s for the walk).
pub const SETTINGS: &[(&str, &str)] = &[
    ("cursor_tuple_fraction", "1"),
    ("work_mem", WORK_MEM),
    ("jit", "off"),
    ("random_page_cost", "1.1"),
    ("enable_hashagg", "off"),
];

/// One connection of the view.
pub(crate) struct PgReader {
    client: RefCell<Client>,
    name: String,
    statements: RefCell<HashMap<&'static str, Statement>>,
    cursors: Counter<u32>,
}

/// Starts the view's transaction; `snapshot` is the exported one to take.
fn begin(client: &mut Client, snapshot: Option<&str>) -> Result<(), postgres::Error> {
    let take = snapshot.map_or(String::new(), |id| {
        format!("SET TRANSACTION SNAPSHOT '{id}'; ")
    });
    // The settings are this transaction's only.
    let set: String = SETTINGS
        .iter()
        .map(|(name, value)| format!("SET LOCAL {name} = '{value}'; "))
        .collect();
    client.batch_execute(&format!(
        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; {take}{set}"
    ))
}

impl PgStore {
    /// `n` (at least one) readers on one snapshot of the server.
    pub(crate) fn snapshot_readers(&self, n: usize) -> Result<Vec<PgReader>, CoreError> {
        let err = |e| pg_error(&self.name, e);
        let mut first = self.connect_again()?;
        begin(&mut first, None).map_err(err)?;
        let mut readers = Vec::with_capacity(n.max(1));
        if n > 1 {
            let id: String = first
                .query_one("SELECT pg_export_snapshot()", &[])
                .map_err(err)?
                .get(0);
            // The server's own name for it (hex digits and dashes), so it
            // may stand in the statement's text.
            if !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
                return Err(self.refusal(format!("an unexpected snapshot name {id:?}")));
            }
            for _ in 1..n {
                let mut other = self.connect_again()?;
                begin(&mut other, Some(&id)).map_err(err)?;
                readers.push(other);
            }
        }
        readers.insert(0, first);
        Ok(readers
            .into_iter()
            .map(|client| PgReader {
                client: RefCell::new(client),
                name: self.name.clone(),
                statements: RefCell::default(),
                cursors: Counter::new(0),
            })
            .collect())
    }

    fn refusal(&self, detail: String) -> CoreError {
        CoreError::Store {
            path: self.name.clone(),
            source: DbFailure::new(false, std::io::Error::other(detail)),
        }
    }
}

/// A parameter as sent: its value, and the type it is declared with.
pub(super) fn bound<'a>(p: &Param<'a>) -> (Box<dyn ToSql + Sync + 'a>, Type) {
    match *p {
        Param::Null => (Box::new(None::<&str>), Type::TEXT),
        Param::Text(s) => (Box::new(s), Type::TEXT),
        Param::Int(n) => (Box::new(n), Type::INT8),
        Param::Real(x) => (Box::new(x), Type::FLOAT8),
    }
}

/// A parameter's value for the driver, with its server type.
pub(crate) type Bound<'a> = (Box<dyn ToSql + Sync + 'a>, Type);

/// The values of `names` (a text's named parameters in order of first use,
/// from [`positional`]) looked up in `params`, each with its server type.
pub(crate) fn bind_named<'a>(
    names: &[String],
    params: Params<'a>,
) -> Result<Vec<Bound<'a>>, String> {
    names
        .iter()
        .map(|name| {
            params
                .iter()
                .find(|(k, _)| k.strip_prefix(':') == Some(name.as_str()))
                .map(|(_, v)| bound(v))
                .ok_or_else(|| format!("no value for the parameter :{name}"))
        })
        .collect()
}

/// `text` with its named parameters (`:name`, not a `::` cast, nor inside
/// quotes or a comment) numbered `$1`, `$2`, … in order of first use, and
/// the names in that order.
pub(crate) fn positional(text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut names: Vec<String> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for (_, d) in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if text[i..].starts_with("--") => {
                out.push(c);
                for (_, d) in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            ':' => match chars.peek() {
                Some((_, ':')) => {
                    out.push_str("::");
                    chars.next();
                }
                Some((_, d)) if d.is_ascii_alphabetic() || *d == '_' => {
                    let start = i + 1;
                    let mut end = start;
                    while let Some((j, d)) = chars.peek() {
                        if d.is_ascii_alphanumeric() || *d == '_' {
                            end = j + d.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    let name = &text[start..end];
                    let n = match names.iter().position(|x| x == name) {
                        Some(at) => at + 1,
                        None => {
                            names.push(name.to_owned());
                            names.len()
                        }
                    };
                    out.push('$');
                    out.push_str(&n.to_string());
                }
                _ => out.push(':'),
            },
            _ => out.push(c),
        }
    }
    (out, names)
}

impl PgReader {
    fn err(&self, e: postgres::Error) -> CoreError {
        pg_error(&self.name, e)
    }

    fn refusal(&self, detail: String) -> CoreError {
        CoreError::Store {
            path: self.name.clone(),
            source: DbFailure::new(false, std::io::Error::other(detail)),
        }
    }

    /// Runs `q` and calls `f` with each row; see the module documentation.
    pub(crate) fn each(
        &self,
        path: &std::path::Path,
        q: &Query,
        params: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        let Some(text) = q.postgres else {
            return Err(self.refusal(format!(
                "this query has no PostgreSQL text yet: {}",
                q.sqlite.lines().next().unwrap_or("")
            )));
        };
        let (sql, names) = positional(text);
        let bound = bind_named(&names, params).map_err(|detail| self.refusal(detail))?;
        let n = self.cursors.get();
        self.cursors.set(n + 1);
        let cursor = format!("jalga_read_{n}");
        let typed: Vec<(&(dyn ToSql + Sync), Type)> =
            bound.iter().map(|(v, t)| (v.as_ref(), t.clone())).collect();
        self.client
            .borrow_mut()
            .query_typed(
                &format!("DECLARE {cursor} NO SCROLL CURSOR FOR {sql}"),
                &typed,
            )
            .map_err(|e| self.err(e))?;
        let fetch = format!("FETCH FORWARD {BATCH} FROM {cursor}");
        let mut cells: Vec<Cell> = Vec::new();
        loop {
            // The connection is free again while `f` runs.
            let rows = self
                .client
                .borrow_mut()
                .query(&fetch, &[])
                .map_err(|e| self.err(e))?;
            for r in &rows {
                cells::decode(r, &mut cells).map_err(|e| CoreError::Store {
                    path: self.name.clone(),
                    source: DbFailure::new(false, e),
                })?;
                f(&Row {
                    inner: RowCells::Held(&cells),
                    path,
                })?;
            }
            if rows.len() < BATCH {
                break;
            }
        }
        self.client
            .borrow_mut()
            .batch_execute(&format!("CLOSE {cursor}"))
            .map_err(|e| self.err(e))
    }

    /// `sql` prepared once on this connection, and run with `params`.
    fn query(
        &self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<postgres::Row>, CoreError> {
        let mut client = self.client.borrow_mut();
        let statement = match self.statements.borrow().get(sql) {
            Some(s) => s.clone(),
            None => client.prepare(sql).map_err(|e| self.err(e))?,
        };
        self.statements.borrow_mut().insert(sql, statement.clone());
        client.query(&statement, params).map_err(|e| self.err(e))
    }

    fn one(
        &self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
        what: &str,
    ) -> Result<postgres::Row, CoreError> {
        self.query(sql, params)?
            .into_iter()
            .next()
            .ok_or_else(|| CoreError::NotFound {
                kind: what.to_owned(),
                id: params.first().map(|p| format!("{p:?}")).unwrap_or_default(),
            })
    }

    pub(crate) fn counts(&self) -> Result<SnapshotCounts, CoreError> {
        let r = self.one(
            "SELECT (SELECT count(*) FROM property), (SELECT count(*) FROM person),
                    (SELECT count(*) FROM registration), (SELECT count(*) FROM foreigner_notice)",
            &[],
            "counts",
        )?;
        let n = |i: usize| r.get::<_, i64>(i).max(0) as u64;
        Ok(SnapshotCounts {
            dwellings: n(0),
            people: n(1),
            registrations: n(2),
            notices: n(3),
        })
    }

    pub(crate) fn place(&self, id: &str) -> Result<PlaceLabel, CoreError> {
        let r = self.one(
            "SELECT city, street, building, flat, district FROM property WHERE id = $1",
            &[&id],
            "dwelling",
        )?;
        Ok(PlaceLabel {
            label: crate::domain::on_day::address_label(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get::<_, Option<&str>>(3),
            ),
            district: r.get(4),
        })
    }

    pub(crate) fn person_name(&self, id: &str) -> Result<String, CoreError> {
        let r = self.one(
            "SELECT surname, given_name, patronymic FROM person WHERE id = $1",
            &[&id],
            "person",
        )?;
        let mut name = format!("{} {}", r.get::<_, &str>(0), r.get::<_, &str>(1));
        if let Some(p) = r.get::<_, Option<&str>>(2) {
            name.push(' ');
            name.push_str(p);
        }
        Ok(name)
    }

    pub(crate) fn latest_place(&self, person: &str) -> Result<Option<String>, CoreError> {
        Ok(self
            .query(
                "SELECT property_id FROM registration WHERE person_id = $1
                 ORDER BY date_from DESC, id COLLATE \"C\" DESC LIMIT 1",
                &[&person],
            )?
            .first()
            .map(|r| r.get(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::positional;

    #[test]
    fn named_parameters_are_numbered_and_casts_quotes_and_comments_kept() {
        let (sql, names) = positional(
            "SELECT ':no', a::date, :today::date - :days::int -- :not\n\
             WHERE b < :today AND \"x:y\" = :_n1",
        );
        assert_eq!(
            sql,
            "SELECT ':no', a::date, $1::date - $2::int -- :not\n\
             WHERE b < $1 AND \"x:y\" = $3"
        );
        assert_eq!(names, ["today", "days", "_n1"]);
    }
}
