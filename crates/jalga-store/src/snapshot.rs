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
    conn: Connection,
    path: PathBuf,
}

/// How many records a snapshot holds, per table an audit checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        Ok(self
            .snapshot_readers(n)?
            .into_iter()
            .map(|conn| Snapshot {
                conn,
                path: self.path().to_owned(),
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
        query::each(&self.conn, &self.path, q, params, f)
    }

    /// How many dwellings, people, registrations and notices it holds.
    pub fn counts(&self) -> Result<SnapshotCounts, CoreError> {
        let n = |table: &str| -> Result<u64, CoreError> {
            self.conn
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
        self.conn
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
        self.conn
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
        self.conn
            .prepare_cached(
                "SELECT property_id FROM registration WHERE person_id = ?1
                 ORDER BY date_from DESC, id DESC LIMIT 1",
            )
            .and_then(|mut s| s.query_row([person], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }
}
