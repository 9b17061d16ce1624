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
//! The SQL is plain (two arms of a `UNION ALL` under one `ORDER BY`,
//! joins, correlated `ORDER BY … LIMIT 1` subqueries, no parameters), so a
//! PostgreSQL store can run the same text. On SQLite the arm of the
//! registrations, nearly every place of a city, walks an index in the
//! order the rows leave ([`facts_sql`]): no table is materialised and no
//! sort holds the city's rows.

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::Row;

use crate::domain::on_day::push_address_label;
use crate::domain::{
    Code, ForeignerNotice, Person, Registration, RegistrationKind, RegistrationStatus,
};
use crate::query::Query;
use crate::repo::{code, date};
use crate::rule_facts::{facts_named, push_name};
use crate::rules::deadlines::{Deadline, DeadlineStream, PersonFacts};
use crate::{CoreError, Store};

/// Which people the stream reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidates {
    /// Everyone [`deadline_input`](crate::rule_facts::deadline_input) reads.
    All,
    /// Only those who may have an open deadline: every lease occupant (a
    /// lease's end stays open while it runs), and a registration without
    /// one when a registration of that person at that dwelling is a draft
    /// or a temporary one not ended with an end date. A filed permanent or
    /// ended registration closes every deadline the engine gives it.
    Open,
}

/// The columns every place reads besides its own: the person, the
/// dwelling's address, the registration `r` and the notice `n`.
macro_rules! place_columns {
    () => {
        concat!(
            " p.kind, p.surname, p.given_name, p.birth_date, p.citizenship, p.entry_date,",
            " p.labour_contract_end,",
            " pr.city, pr.street, pr.building, pr.flat,",
            " r.id, r.kind, r.status, r.date_from, r.date_to, r.submitted_on,",
            " n.id, n.host_id, n.arrival_date, n.status, n.filed_on"
        )
    };
}

/// The joins of the person, the address and the newest notice at the place
/// (by arrival, the first by id on a tie) to the place's `$who.person_id`
/// and `$at.property_id` (the registration `r` is each arm's own).
macro_rules! place_joins {
    ($who:literal, $at:literal, $c:literal) => {
        concat!(
            " JOIN person p ON p.id = ",
            $who,
            ".person_id",
            " LEFT JOIN property pr ON pr.id = ",
            $at,
            ".property_id",
            " LEFT JOIN foreigner_notice n ON n.id = (SELECT n2.id FROM foreigner_notice n2",
            "  WHERE n2.person_id = ",
            $who,
            ".person_id AND n2.property_id = ",
            $at,
            ".property_id",
            "  ORDER BY n2.arrival_date DESC, n2.id",
            $c,
            " LIMIT 1)"
        )
    };
}

/// The facts of each place, ordered by person and dwelling (a place is one
/// person at one dwelling: no two rows share both). Two arms merged in that
/// order:
/// - each occupant of a lease at the lease's dwelling (by the newest lease
///   of that person there), with the newest registration there;
/// - each (person, dwelling) of a registration that no occupant accounts
///   for, read as its newest registration (by date, the first by id on a
///   tie) straight from the index `registration_place_newest`
///   (`0012-deadline-places.sql`), which lists a person's registrations by
///   dwelling, newest first: the arm walks it in the order the rows leave,
///   with no sort.
macro_rules! facts_sql {
    ($registration_filter:literal, $c:literal) => {
        concat!(
            "SELECT o.person_id",
            $c,
            " AS person_id, l.property_id",
            $c,
            " AS property_id, l.id, l.start_date, l.end_date,",
            place_columns!(),
            " FROM occupant o JOIN lease l ON l.id = o.lease_id",
            place_joins!("o", "l", $c),
            " LEFT JOIN registration r ON r.id = (SELECT r2.id FROM registration r2",
            "  WHERE r2.person_id = o.person_id AND r2.property_id = l.property_id",
            "  ORDER BY r2.date_from DESC, r2.id",
            $c,
            " LIMIT 1)",
            // A renewed lease replaces the one before it: only the newest
            // lease of a person at a dwelling (by start, then id) counts.
            " WHERE NOT EXISTS (SELECT 1 FROM occupant o3 JOIN lease l3 ON l3.id = o3.lease_id",
            "  WHERE o3.person_id = o.person_id AND l3.property_id = l.property_id",
            "  AND (l3.start_date > l.start_date OR (l3.start_date = l.start_date AND l3.id",
            $c,
            " > l.id)))",
            " UNION ALL",
            " SELECT r.person_id",
            $c,
            ", r.property_id",
            $c,
            ", NULL, CAST(NULL AS DATE), CAST(NULL AS DATE),",
            place_columns!(),
            " FROM registration r",
            place_joins!("r", "r", $c),
            " WHERE r.id = (SELECT r2.id FROM registration r2",
            "  WHERE r2.person_id = r.person_id AND r2.property_id = r.property_id",
            "  ORDER BY r2.date_from DESC, r2.id",
            $c,
            " LIMIT 1)",
            " AND NOT EXISTS (SELECT 1 FROM occupant o JOIN lease l ON l.id = o.lease_id",
            "  WHERE o.person_id = r.person_id AND l.property_id = r.property_id)",
            $registration_filter,
            " ORDER BY person_id, property_id"
        )
    };
}

/// Every place's facts. Ids compare byte by byte on both engines (SQLite's
/// default; `COLLATE "C"` on the server), so both order and pick alike.
pub const ALL_FACTS_SQL: &str = facts_sql!("", "");
const ALL_FACTS_PG: &str = facts_sql!("", " COLLATE \"C\"");

/// The places that may have an open deadline: every lease occupant, and of
/// the others only where some registration (not only the newest) is a
/// draft or a temporary one not ended with an end date.
pub const OPEN_FACTS_SQL: &str = facts_sql!(
    " AND EXISTS (SELECT 1 FROM registration r3 WHERE r3.person_id = r.person_id AND r3.property_id = r.property_id AND (r3.status = 'draft' OR (r3.kind = 'temporary' AND r3.status <> 'ended' AND r3.date_to IS NOT NULL)))",
    ""
);
const OPEN_FACTS_PG: &str = facts_sql!(
    " AND EXISTS (SELECT 1 FROM registration r3 WHERE r3.person_id = r.person_id AND r3.property_id = r.property_id AND (r3.status = 'draft' OR (r3.kind = 'temporary' AND r3.status <> 'ended' AND r3.date_to IS NOT NULL)))",
    " COLLATE \"C\""
);

impl Candidates {
    /// The query that reads them.
    pub fn sql(self) -> &'static str {
        match self {
            Candidates::All => ALL_FACTS_SQL,
            Candidates::Open => OPEN_FACTS_SQL,
        }
    }

    /// The query in both dialects (a store on a server runs the second).
    pub fn query(self) -> Query {
        match self {
            Candidates::All => Query::both(ALL_FACTS_SQL, ALL_FACTS_PG),
            Candidates::Open => Query::both(OPEN_FACTS_SQL, OPEN_FACTS_PG),
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
    let mut groups = Groups::default();
    #[cfg(feature = "postgres")]
    if store.backend() == crate::BackendKind::Postgres {
        // The server's rows come through the driver-neutral seam, in one
        // snapshot, a cursor's batch at a time.
        for snapshot in store.snapshots(1)? {
            snapshot.each(&candidates.query(), &[], |row| {
                groups.add(row.text(0)?, place_facts(row)?, &mut each)
            })?;
        }
        return groups.finish(&mut each);
    }
    let err = |e| store.err(e);
    let mut stmt = store.conn().prepare(candidates.sql()).map_err(err)?;
    let mut rows = stmt.query([]).map_err(err)?;
    while let Some(row) = rows.next().map_err(err)? {
        let id: &str = row
            .get_ref(0)
            .and_then(|v| v.as_str().map_err(Into::into))
            .map_err(err)?;
        groups.add(id, place_facts(row).map_err(err)?, &mut each)?;
    }
    groups.finish(&mut each)
}

/// One person's places, gathered while their rows come.
#[derive(Default)]
struct Groups {
    person_id: String,
    group: Vec<PersonFacts>,
}

impl Groups {
    fn add(
        &mut self,
        person_id: &str,
        facts: Option<PersonFacts>,
        each: &mut impl FnMut(&[PersonFacts]) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        if person_id != self.person_id {
            self.finish(each)?;
            self.person_id.clear();
            self.person_id.push_str(person_id);
        }
        self.group.extend(facts);
        Ok(())
    }

    fn finish(
        &mut self,
        each: &mut impl FnMut(&[PersonFacts]) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        if !self.group.is_empty() {
            each(&self.group)?;
            self.group.clear();
        }
        Ok(())
    }
}

/// A row of the facts query, read column by column: the file's rows
/// straight from the driver, the server's through the neutral seam.
trait FactsRow {
    type Error;
    fn otext(&self, i: usize) -> Result<Option<String>, Self::Error>;
    fn is_null(&self, i: usize) -> Result<bool, Self::Error>;
    /// The text of column `i`, borrowed from the row.
    fn str(&self, i: usize) -> Result<&str, Self::Error>;
    fn day(&self, i: usize) -> Result<NaiveDate, Self::Error>;
    fn oday(&self, i: usize) -> Result<Option<NaiveDate>, Self::Error>;
    fn code<C: Code>(&self, i: usize) -> Result<C, Self::Error>;
}

impl FactsRow for Row<'_> {
    type Error = rusqlite::Error;
    fn otext(&self, i: usize) -> rusqlite::Result<Option<String>> {
        self.get(i)
    }
    fn is_null(&self, i: usize) -> rusqlite::Result<bool> {
        Ok(self.get_ref(i)? == ValueRef::Null)
    }
    fn str(&self, i: usize) -> rusqlite::Result<&str> {
        Ok(self.get_ref(i)?.as_str()?)
    }
    fn day(&self, i: usize) -> rusqlite::Result<NaiveDate> {
        day(self, i)
    }
    fn oday(&self, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
        oday(self, i)
    }
    fn code<C: Code>(&self, i: usize) -> rusqlite::Result<C> {
        code(self, i)
    }
}

#[cfg(feature = "postgres")]
impl FactsRow for crate::query::Row<'_> {
    type Error = CoreError;
    fn otext(&self, i: usize) -> Result<Option<String>, CoreError> {
        self.get(i)
    }
    fn is_null(&self, i: usize) -> Result<bool, CoreError> {
        Ok(matches!(self.value(i)?, crate::query::Value::Null))
    }
    fn str(&self, i: usize) -> Result<&str, CoreError> {
        crate::query::Row::text(self, i)
    }
    fn day(&self, i: usize) -> Result<NaiveDate, CoreError> {
        let t = self.text(i)?;
        iso_day(t.as_bytes()).ok_or_else(|| self.bad(i, format!("not a day: {t:?}")))
    }
    fn oday(&self, i: usize) -> Result<Option<NaiveDate>, CoreError> {
        match self.opt_text(i)? {
            None => Ok(None),
            Some(_) => FactsRow::day(self, i).map(Some),
        }
    }
    fn code<C: Code>(&self, i: usize) -> Result<C, CoreError> {
        let t = self.text(i)?;
        C::from_code(t).ok_or_else(|| self.bad(i, format!("unknown code {t:?}")))
    }
}

/// One row of [`ALL_FACTS_SQL`] as the engine's facts. Only what
/// [`facts_named`] reads is filled in: the ids are left empty (the person's
/// arrives with the group, the place's and the records' are not needed).
fn place_facts<R: FactsRow>(row: &R) -> Result<Option<PersonFacts>, R::Error> {
    let lease = !row.is_null(2)?;
    // Only what the deadlines read of the person is selected; the name to
    // show ("Surname Given — address") is made in one string, as
    // `display_name` makes it.
    let person = Person {
        kind: row.code(5)?,
        birth_date: row.day(8)?,
        citizenship: row.otext(9)?,
        entry_date: row.oday(10)?,
        labour_contract_end: row.oday(11)?,
        ..Person::default()
    };
    let place = !row.is_null(12)?;
    let mut name = String::with_capacity(96);
    push_name(&mut name, row.str(6)?, row.str(7)?, place);
    if place {
        let flat = if row.is_null(15)? {
            None
        } else {
            Some(row.str(15)?)
        };
        push_address_label(&mut name, row.str(12)?, row.str(13)?, row.str(14)?, flat);
    }
    let reg = if row.is_null(16)? {
        None
    } else {
        Some(Registration {
            kind: row.code::<RegistrationKind>(17)?,
            status: row.code::<RegistrationStatus>(18)?,
            date_from: row.day(19)?,
            date_to: row.oday(20)?,
            submitted_on: row.oday(21)?,
            // Not read: the deadlines do not depend on them.
            ..Registration::default()
        })
    };
    let notice = if row.is_null(22)? {
        None
    } else {
        Some(ForeignerNotice {
            id: String::new(),
            person_id: String::new(),
            property_id: String::new(),
            host_id: String::new(),
            arrival_date: row.day(24)?,
            status: row.code(25)?,
            filed_on: row.oday(26)?,
        })
    };
    Ok(match (lease, reg) {
        (true, reg) => Some(PersonFacts {
            lease_end: row.oday(4)?,
            ..facts_named(name, &person, reg.as_ref(), notice.as_ref(), row.day(3)?)
        }),
        // A place without a lease comes from a registration.
        (false, Some(reg)) => Some(facts_named(
            name,
            &person,
            Some(&reg),
            notice.as_ref(),
            reg.date_from,
        )),
        (false, None) => None,
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
