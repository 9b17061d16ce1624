//! The checks, over read connections that share one snapshot, so they run
//! side by side and still add up to one consistent report. A check returns
//! findings of its kinds only; filtering by district, date and severity
//! happens once, in [`super::run`].

mod deadlines;
mod density;
mod identity;
mod periods;

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use rayon::prelude::*;
use rusqlite::{Connection, OptionalExtension};

use super::facts::AuditRules;
use super::{AuditOptions, Checked, Finding, FindingKind};
use crate::error::CoreError;
use crate::rules::calendar::Calendar;
use crate::rules::deadlines::DeadlineRules;
use crate::rules::norm::NormPreset;
use crate::Store;

/// Everything a check reads besides the database.
pub(crate) struct Ctx<'a> {
    pub opts: &'a AuditOptions,
    pub preset: &'a NormPreset,
    pub rules: &'static DeadlineRules,
    pub calendar: &'static Calendar,
    pub audit: &'static AuditRules,
}

impl<'a> Ctx<'a> {
    pub fn new(opts: &'a AuditOptions, preset: &'a NormPreset) -> Ctx<'a> {
        Ctx {
            opts,
            preset,
            rules: DeadlineRules::builtin(),
            calendar: Calendar::builtin(),
            audit: AuditRules::builtin(),
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.opts.today
    }

    pub fn today_text(&self) -> String {
        date_text(self.opts.today)
    }
}

type Check = fn(&Connection, &Ctx<'_>) -> rusqlite::Result<Vec<Finding>>;

/// The checks and the kinds each one reports.
const CHECKS: &[(&[FindingKind], Check)] = &[
    (&[FindingKind::Overcrowded], density::overcrowded),
    (&[FindingKind::DoubleRegistration], periods::double),
    (&[FindingKind::NoLease], periods::no_lease),
    (&[FindingKind::OutsideLease], periods::outside_lease),
    (
        &[FindingKind::InvalidIin, FindingKind::IinMismatch],
        identity::iins,
    ),
    (
        &[FindingKind::LateRegistration],
        deadlines::late_registration,
    ),
    (&[FindingKind::LateNotice], deadlines::late_notice),
    (&[FindingKind::Overstay], deadlines::overstay),
    (&[FindingKind::NoConsent], periods::no_consent),
    (&[FindingKind::DuplicatePerson], identity::duplicates),
];

/// Runs the checks that report any of `kinds` and counts what was checked,
/// all on one snapshot of the store (see [`Store::snapshot_readers`]): a
/// commit made while the audit runs is in none of its answers or in all.
/// The checks are dealt round-robin to as many readers as rayon has
/// threads, and each reader runs its share in turn.
pub(crate) fn run_all(
    store: &Store,
    ctx: &Ctx<'_>,
    kinds: &[FindingKind],
    cancel: &AtomicBool,
) -> Result<(Vec<Finding>, Checked), CoreError> {
    let jobs: Vec<Check> = CHECKS
        .iter()
        .filter(|(ks, _)| ks.iter().any(|k| kinds.contains(k)))
        .map(|(_, check)| *check)
        .collect();
    let wanted = jobs.len().min(rayon::current_num_threads()).max(1);
    let readers = store.snapshot_readers(wanted)?;
    let n = readers.len();
    // A connection is used by one thread at a time: each goes to its task
    // and comes back with its findings.
    let results: Vec<(Connection, rusqlite::Result<Vec<Finding>>)> = readers
        .into_par_iter()
        .enumerate()
        .map(|(i, conn)| {
            let run = || {
                let mut found = Vec::new();
                for check in jobs.iter().skip(i).step_by(n) {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    found.extend(check(&conn, ctx)?);
                }
                Ok(found)
            };
            let found = run();
            (conn, found)
        })
        .collect();
    let (readers, results): (Vec<Connection>, Vec<_>) = results.into_iter().unzip();
    let mut out = Vec::new();
    for r in results {
        out.extend(
            r.map_err(|e| store.err(e))?
                .into_iter()
                .filter(|f| kinds.contains(&f.kind)),
        );
    }
    let checked = checked(&readers[0]).map_err(|e| store.err(e))?;
    Ok((out, checked))
}

fn checked(conn: &Connection) -> rusqlite::Result<Checked> {
    let n = |table: &str| -> rusqlite::Result<u64> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| n.max(0) as u64)
    };
    Ok(Checked {
        dwellings: n("property")?,
        people: n("person")?,
        registrations: n("registration")?,
        notices: n("foreigner_notice")?,
    })
}

pub(crate) fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A stored date (`YYYY-MM-DD`, as the store writes them); a malformed one
/// is a conversion error naming the column. Read by hand: a whole-city
/// audit parses a million of them.
pub(crate) fn parse_date(s: &str, col: usize) -> rusqlite::Result<NaiveDate> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let fast = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?))
        .flatten();
    match fast {
        Some(d) => Ok(d),
        None => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
        }),
    }
}

pub(crate) fn get_date(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    parse_date(&r.get::<_, String>(i)?, i)
}

pub(crate) fn get_odate(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    r.get::<_, Option<String>>(i)?
        .map(|s| parse_date(&s, i))
        .transpose()
}

/// A dwelling as a finding names it.
pub(crate) struct Place {
    pub label: String,
    pub district: Option<String>,
}

pub(crate) fn place(conn: &Connection, id: &str) -> rusqlite::Result<Place> {
    conn.prepare_cached(
        "SELECT city, street, building, flat, district FROM property WHERE id = ?1",
    )?
    .query_row([id], |r| {
        let flat: Option<String> = r.get(3)?;
        let city: String = r.get(0)?;
        let street: String = r.get(1)?;
        let building: String = r.get(2)?;
        Ok(Place {
            label: match flat {
                Some(f) => format!("{city}, {street} {building}, {f}"),
                None => format!("{city}, {street} {building}"),
            },
            district: r.get(4)?,
        })
    })
}

/// A person's name as a finding shows it.
pub(crate) fn person_name(conn: &Connection, id: &str) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT surname, given_name, patronymic FROM person WHERE id = ?1")?
        .query_row([id], |r| {
            let mut name = format!("{} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?);
            if let Some(p) = r.get::<_, Option<String>>(2)? {
                name.push(' ');
                name.push_str(&p);
            }
            Ok(name)
        })
}

/// The dwelling of a person's latest registration, if any.
pub(crate) fn latest_place(conn: &Connection, person: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached(
        "SELECT property_id FROM registration WHERE person_id = ?1
         ORDER BY date_from DESC, id DESC LIMIT 1",
    )?
    .query_row([person], |r| r.get(0))
    .optional()
}
