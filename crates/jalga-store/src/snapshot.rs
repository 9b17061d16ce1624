//! Read handles that all see one committed state of the store: the audit's
//! parallel, consistent view.
//!
//! [`Store::snapshots`] opens them; each [`Snapshot`] answers store methods
//! (counts, a dwelling's label, a person's name) and the audit's candidate
//! queries through the driver-neutral seam of [`crate::query`]. A snapshot
//! is used by one thread at a time and may move between threads.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

use crate::query::{self, Params, Query, Row};
use crate::{db_error, CoreError, Store};

/// One read view of the store; see the module documentation.
pub struct Snapshot {
    conn: Reader,
    path: PathBuf,
}

/// The connection a snapshot reads through.
enum Reader {
    Sqlite(Connection),
    /// One of the office server's readers on a shared snapshot.
    #[cfg(feature = "postgres")]
    Postgres(Box<crate::pg::PgReader>),
}

/// How many records a snapshot holds, per table an audit checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnapshotCounts {
    pub dwellings: u64,
    pub people: u64,
    pub registrations: u64,
    pub notices: u64,
}

/// A dwelling as a finding names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceLabel {
    pub label: String,
    pub district: Option<String>,
}

impl Store {
    /// `n` (at least one) read handles that all see the same committed
    /// state of the store, so that work split over them adds up to one
    /// consistent answer. Fewer than `n` (one) come back when another
    /// writer holds the store for long; one handle is one snapshot by
    /// itself.
    pub fn snapshots(&self, n: usize) -> Result<Vec<Snapshot>, CoreError> {
        let path = self.path().to_owned();
        #[cfg(feature = "postgres")]
        if let Some(server) = self.server() {
            return Ok(server
                .snapshot_readers(n)?
                .into_iter()
                .map(|r| Snapshot {
                    conn: Reader::Postgres(Box::new(r)),
                    path: path.clone(),
                })
                .collect());
        }
        Ok(self
            .snapshot_readers(n)?
            .into_iter()
            .map(|conn| Snapshot {
                conn: Reader::Sqlite(conn),
                path: path.clone(),
            })
            .collect())
    }
}

impl Snapshot {
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> CoreError {
        db_error(&self.path, e)
    }

    /// Runs `q` with named `params`, mapping each row with `f`.
    pub fn rows<T>(
        &self,
        q: &Query,
        params: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<T, CoreError>,
    ) -> Result<Vec<T>, CoreError> {
        let mut out = Vec::new();
        self.each(q, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Runs `q` with named `params` and calls `f` with each row as it
    /// comes (a whole city's rows are never held at once).
    pub fn each(
        &self,
        q: &Query,
        params: Params<'_>,
        f: impl FnMut(&Row<'_>) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        match &self.conn {
            Reader::Sqlite(conn) => query::each(conn, &self.path, q, params, f),
            #[cfg(feature = "postgres")]
            Reader::Postgres(r) => r.each(&self.path, q, params, f),
        }
    }

    /// The SQLite connection, or the server's reader's answer to `on_server`.
    fn sqlite(&self) -> &Connection {
        match &self.conn {
            Reader::Sqlite(conn) => conn,
            #[cfg(feature = "postgres")]
            Reader::Postgres(_) => unreachable!("answered by the server's reader"),
        }
    }

    /// How many dwellings, people, registrations and notices it holds.
    pub fn counts(&self) -> Result<SnapshotCounts, CoreError> {
        #[cfg(feature = "postgres")]
        if let Reader::Postgres(r) = &self.conn {
            return r.counts();
        }
        let n = |table: &str| -> Result<u64, CoreError> {
            self.sqlite()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })
                .map(|n| n.max(0) as u64)
                .map_err(|e| self.err(e))
        };
        Ok(SnapshotCounts {
            dwellings: n("property")?,
            people: n("person")?,
            registrations: n("registration")?,
            notices: n("foreigner_notice")?,
        })
    }

    /// A dwelling's address label and district.
    pub fn place(&self, id: &str) -> Result<PlaceLabel, CoreError> {
        #[cfg(feature = "postgres")]
        if let Reader::Postgres(r) = &self.conn {
            return r.place(id);
        }
        self.sqlite()
            .prepare_cached(
                "SELECT city, street, building, flat, district FROM property WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([id], |r| {
                    let flat: Option<String> = r.get(3)?;
                    let city: String = r.get(0)?;
                    let street: String = r.get(1)?;
                    let building: String = r.get(2)?;
                    Ok(PlaceLabel {
                        label: crate::domain::on_day::address_label(
                            &city,
                            &street,
                            &building,
                            flat.as_deref(),
                        ),
                        district: r.get(4)?,
                    })
                })
            })
            .map_err(|e| self.err(e))
    }

    /// A person's full name (surname, given name, patronymic).
    pub fn person_name(&self, id: &str) -> Result<String, CoreError> {
        #[cfg(feature = "postgres")]
        if let Reader::Postgres(r) = &self.conn {
            return r.person_name(id);
        }
        self.sqlite()
            .prepare_cached("SELECT surname, given_name, patronymic FROM person WHERE id = ?1")
            .and_then(|mut s| {
                s.query_row([id], |r| {
                    let mut name = format!("{} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?);
                    if let Some(p) = r.get::<_, Option<String>>(2)? {
                        name.push(' ');
                        name.push_str(&p);
                    }
                    Ok(name)
                })
            })
            .map_err(|e| self.err(e))
    }

    /// The dwelling of a person's latest registration, if any.
    pub fn latest_place(&self, person: &str) -> Result<Option<String>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Reader::Postgres(r) = &self.conn {
            return r.latest_place(person);
        }
        self.sqlite()
            .prepare_cached(
                "SELECT property_id FROM registration WHERE person_id = ?1
                 ORDER BY date_from DESC, id DESC LIMIT 1",
            )
            .and_then(|mut s| s.query_row([person], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use crate::query::{Param, Query, Value};
    use crate::{BackendKind, Store};

    /// A query through the seam binds named parameters and reads cells as
    /// the types asked for; a cell of another type is a store error, not a
    /// panic or a default.
    #[test]
    fn the_seam_reads_typed_cells_and_refuses_a_wrong_type() {
        let dir = std::env::temp_dir().join(format!("jalga-seam-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&dir.join("s.sqlite")).unwrap();
        assert_eq!(store.backend(), BackendKind::Sqlite);
        let snap = store.snapshots(1).unwrap().remove(0);
        let q = Query::sqlite("SELECT :text, NULL, :n + 1, 2.5");
        let params = [(":text", Param::Text("абв")), (":n", Param::Int(41))];
        let rows = snap
            .rows(&q, &params, |r| {
                assert_eq!(r.value(1)?, Value::Null);
                assert!(r.get::<i64>(0).is_err(), "text read as a number");
                Ok((
                    r.get::<String>(0)?,
                    r.get::<Option<String>>(1)?,
                    r.get::<i64>(2)?,
                    r.get::<f64>(3)?,
                ))
            })
            .unwrap();
        assert_eq!(rows, vec![("абв".to_owned(), None, 42, 2.5)]);
        let e = snap.rows(&q, &params, |r| r.get::<u32>(3)).unwrap_err();
        assert_eq!(e.code(), "store");
        assert_eq!(snap.counts().unwrap().dwellings, 0);
        drop((snap, store));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
