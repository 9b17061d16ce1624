//! The deadline engine's input read as a stream: one query whose rows come
//! ordered by person, so that each person's facts (one [`PersonFacts`] per
//! lease they live under, or per dwelling where only a registration places
//! them) are handed on together and nothing else is held. A city's store is
//! read in one pass, in memory that does not grow with it.
//!
//! The facts are the ones [`deadline_input`](crate::rule_facts::deadline_input)
//! builds from whole tables (the same people, the same places, the newest
//! registration and notice at each, made by the same
//! [`facts_at`](crate::rule_facts::facts_at)); only their order differs.
//! The SQL is plain (common table expression, joins, correlated
//! `ORDER BY … LIMIT 1` subqueries, no parameters), so a PostgreSQL store can
//! run the same text.

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::Row;

use crate::domain::{ForeignerNotice, Person, Registration, RegistrationKind, RegistrationStatus};
use crate::repo::{code, date};
use crate::rule_facts::facts_at;
use crate::rules::deadlines::{Deadline, DeadlineStream, PersonFacts};
use crate::{CoreError, Store};

/// Which people the stream reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidates {
    /// Everyone [`deadline_input`](crate::rule_facts::deadline_input) reads.
    All,
    /// Only those who may have an open deadline, as
    /// [`open_deadline_input`](crate::rule_facts::open_deadline_input)
    /// chooses them: every lease occupant, and a registration without one
    /// when a registration of that person at that dwelling is a draft or a
    /// temporary one not ended with an end date.
    Open,
}

/// The places: each occupant of a lease at the lease's dwelling (by the
/// newest lease there), then each (person, dwelling) of a registration
/// that no occupant accounts for.
macro_rules! places_sql {
    ($registration_filter:literal) => {
        concat!(
            "WITH place (person_id, property_id, lease_id, start_date, end_date) AS (",
            " SELECT o.person_id, l.property_id, l.id, l.start_date, l.end_date",
            " FROM occupant o JOIN lease l ON l.id = o.lease_id",
            // A renewed lease replaces the one before it: only the newest
            // lease of a person at a dwelling (by start, then id) counts.
            " WHERE NOT EXISTS (SELECT 1 FROM occupant o3 JOIN lease l3 ON l3.id = o3.lease_id",
            "  WHERE o3.person_id = o.person_id AND l3.property_id = l.property_id",
            "  AND (l3.start_date > l.start_date OR (l3.start_date = l.start_date AND l3.id > l.id)))",
            " UNION ALL",
            " SELECT DISTINCT r.person_id, r.property_id, NULL, NULL, NULL",
            " FROM registration r",
            " WHERE NOT EXISTS (SELECT 1 FROM occupant o JOIN lease l ON l.id = o.lease_id",
            "  WHERE o.person_id = r.person_id AND l.property_id = r.property_id)",
            $registration_filter,
            ")"
        )
    };
}

/// The facts of each place: the person, the dwelling's address, the newest
/// registration and notice there (by date, the first by id on a tie),
/// ordered by person, dwelling and lease.
macro_rules! facts_sql {
    ($registration_filter:literal) => {
        concat!(
            places_sql!($registration_filter),
            " SELECT pl.person_id, pl.property_id, pl.lease_id, pl.start_date, pl.end_date,",
            " p.kind, p.surname, p.given_name, p.birth_date, p.citizenship, p.entry_date,",
            " p.labour_contract_end,",
            " pr.city, pr.street, pr.building, pr.flat,",
            " r.id, r.kind, r.status, r.date_from, r.date_to, r.submitted_on,",
            " n.id, n.host_id, n.arrival_date, n.status, n.filed_on",
            " FROM place pl",
            " JOIN person p ON p.id = pl.person_id",
            " LEFT JOIN property pr ON pr.id = pl.property_id",
            " LEFT JOIN registration r ON r.id = (SELECT r2.id FROM registration r2",
            "  WHERE r2.person_id = pl.person_id AND r2.property_id = pl.property_id",
            "  ORDER BY r2.date_from DESC, r2.id LIMIT 1)",
            " LEFT JOIN foreigner_notice n ON n.id = (SELECT n2.id FROM foreigner_notice n2",
            "  WHERE n2.person_id = pl.person_id AND n2.property_id = pl.property_id",
            "  ORDER BY n2.arrival_date DESC, n2.id LIMIT 1)",
            " ORDER BY pl.person_id, pl.property_id, pl.lease_id"
        )
    };
}

/// Every place's facts.
pub const ALL_FACTS_SQL: &str = facts_sql!("");

/// The places that may have an open deadline.
pub const OPEN_FACTS_SQL: &str = facts_sql!(
    " AND (r.status = 'draft' OR (r.kind = 'temporary' AND r.status <> 'ended' AND r.date_to IS NOT NULL))"
);

impl Candidates {
    /// The query that reads them.
    pub fn sql(self) -> &'static str {
        match self {
            Candidates::All => ALL_FACTS_SQL,
            Candidates::Open => OPEN_FACTS_SQL,
        }
    }
}

/// Reads the facts of `candidates` and hands each person's (one entry per
/// place) to `each`, person by person in the order of their ids.
pub fn stream_deadline_facts(
    store: &Store,
    candidates: Candidates,
    mut each: impl FnMut(&[PersonFacts]) -> Result<(), CoreError>,
) -> Result<(), CoreError> {
    let err = |e| store.err(e);
    let mut stmt = store.conn().prepare(candidates.sql()).map_err(err)?;
    let mut rows = stmt.query([]).map_err(err)?;
    let mut person_id = String::new();
    let mut group: Vec<PersonFacts> = Vec::new();
    while let Some(row) = rows.next().map_err(err)? {
        let id: &str = row
            .get_ref(0)
            .and_then(|v| v.as_str().map_err(Into::into))
            .map_err(err)?;
        if id != person_id {
            if !group.is_empty() {
                each(&group)?;
                group.clear();
            }
            person_id.clear();
            person_id.push_str(id);
        }
        group.extend(place_facts(row).map_err(err)?);
    }
    if !group.is_empty() {
        each(&group)?;
    }
    Ok(())
}

/// One row of [`ALL_FACTS_SQL`] as the engine's facts.
fn place_facts(row: &Row<'_>) -> rusqlite::Result<Option<PersonFacts>> {
    let person_id: String = row.get(0)?;
    let property_id: String = row.get(1)?;
    let lease: Option<String> = row.get(2)?;
    // Only what the deadlines read of the person is selected.
    let person = Person {
        id: person_id.clone(),
        kind: code(row, 5)?,
        surname: row.get(6)?,
        given_name: row.get(7)?,
        birth_date: day(row, 8)?,
        citizenship: row.get(9)?,
        entry_date: oday(row, 10)?,
        labour_contract_end: oday(row, 11)?,
        ..Person::default()
    };
    let city: Option<String> = row.get(12)?;
    let place = match city {
        Some(city) => Some(crate::domain::on_day::address_label(
            &city,
            &row.get::<_, String>(13)?,
            &row.get::<_, String>(14)?,
            row.get::<_, Option<String>>(15)?.as_deref(),
        )),
        None => None,
    };
    let reg = match row.get::<_, Option<String>>(16)? {
        Some(id) => Some(Registration {
            id,
            person_id: person_id.clone(),
            property_id: property_id.clone(),
            kind: code::<RegistrationKind>(row, 17)?,
            status: code::<RegistrationStatus>(row, 18)?,
            date_from: day(row, 19)?,
            date_to: oday(row, 20)?,
            submitted_on: oday(row, 21)?,
            // Not read: the deadlines do not depend on them.
            ..Registration::default()
        }),
        None => None,
    };
    let notice = match row.get::<_, Option<String>>(22)? {
        Some(id) => Some(ForeignerNotice {
            id,
            person_id,
            property_id,
            host_id: row.get(23)?,
            arrival_date: day(row, 24)?,
            status: code(row, 25)?,
            filed_on: oday(row, 26)?,
        }),
        None => None,
    };
    Ok(match (lease, reg) {
        (Some(_), reg) => Some(PersonFacts {
            lease_end: oday(row, 4)?,
            ..facts_at(&person, place, reg.as_ref(), notice.as_ref(), day(row, 3)?)
        }),
        // A place without a lease comes from a registration.
        (None, Some(reg)) => Some(facts_at(
            &person,
            place,
            Some(&reg),
            notice.as_ref(),
            reg.date_from,
        )),
        (None, None) => None,
    })
}

/// A date column: `YYYY-MM-DD` read directly, anything else as the
/// store's own reader reads it (and refuses it).
fn day(row: &Row<'_>, col: usize) -> rusqlite::Result<NaiveDate> {
    match row.get_ref(col)? {
        ValueRef::Text(t) => iso_day(t).map_or_else(|| date(row, col), Ok),
        _ => date(row, col),
    }
}

fn oday(row: &Row<'_>, col: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(col)? {
        ValueRef::Null => Ok(None),
        _ => day(row, col).map(Some),
    }
}

fn iso_day(t: &[u8]) -> Option<NaiveDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *t else {
        return None;
    };
    let n = |ds: &[u8]| {
        ds.iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = n(&[y0, y1, y2, y3])?;
    NaiveDate::from_ymd_opt(year as i32, n(&[m0, m1])?, n(&[d0, d1])?)
}

/// Every deadline of `candidates` as it stands on `on` (the built-in rules
/// and calendar), handed to `sink` as each person's facts are read: a
/// person's deadlines together, people in the order of their ids. Returns
/// how many people (places) were worked out.
pub fn stream_deadlines(
    store: &Store,
    on: chrono::NaiveDate,
    candidates: Candidates,
    mut sink: impl FnMut(Deadline) -> Result<(), CoreError>,
) -> Result<u64, CoreError> {
    let mut engine = DeadlineStream::builtin(on);
    let mut places = 0;
    stream_deadline_facts(store, candidates, |people| {
        for p in people {
            places += 1;
            for d in engine.person(p) {
                sink(d)?;
            }
        }
        Ok(())
    })?;
    Ok(places)
}
