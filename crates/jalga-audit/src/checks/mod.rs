//! The checks, over read connections that share one snapshot, so they run
//! side by side and still add up to one consistent report. A check returns
//! findings of its kinds only; filtering by district, date and severity
//! happens once, in [`super::run`].

pub(crate) mod deadlines;
mod density;
mod identity;
mod periods;

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use jalga_store::query::Row;
use jalga_store::{PlaceLabel, Snapshot};
use rayon::prelude::*;

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

type Check = fn(&Snapshot, &Ctx<'_>) -> Result<Vec<Finding>, CoreError>;

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
/// all on one snapshot of the store (see [`Store::snapshots`]): a
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
    let readers = store.snapshots(wanted)?;
    let n = readers.len();
    // A connection is used by one thread at a time: each goes to its task
    // and comes back with its findings.
    let results: Vec<(Snapshot, Result<Vec<Finding>, CoreError>)> = readers
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
    let (readers, results): (Vec<Snapshot>, Vec<_>) = results.into_iter().unzip();
    let mut out = Vec::new();
    for r in results {
        out.extend(r?.into_iter().filter(|f| kinds.contains(&f.kind)));
    }
    let counts = readers[0].counts()?;
    let checked = Checked {
        dwellings: counts.dwellings,
        people: counts.people,
        registrations: counts.registrations,
        notices: counts.notices,
    };
    Ok((out, checked))
}

pub(crate) fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A stored date (`YYYY-MM-DD`, as the store writes them); a malformed one
/// is an error that says why. Read by hand: a whole-city audit parses a
/// million of them.
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
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
        None => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{s:?}: {e}")),
    }
}

/// The date in cell `i`; a malformed one is a store error naming the column.
pub(crate) fn get_date(r: &Row<'_>, i: usize) -> Result<NaiveDate, CoreError> {
    parse_date(r.text(i)?).map_err(|e| r.bad(i, e))
}

pub(crate) fn get_odate(r: &Row<'_>, i: usize) -> Result<Option<NaiveDate>, CoreError> {
    r.opt_text(i)?
        .map(|s| parse_date(s).map_err(|e| r.bad(i, e)))
        .transpose()
}

/// A dwelling as a finding names it.
pub(crate) type Place = PlaceLabel;

pub(crate) fn place(conn: &Snapshot, id: &str) -> Result<Place, CoreError> {
    conn.place(id)
}

/// A person's name as a finding shows it.
pub(crate) fn person_name(conn: &Snapshot, id: &str) -> Result<String, CoreError> {
    conn.person_name(id)
}

/// The dwelling of a person's latest registration, if any.
pub(crate) fn latest_place(conn: &Snapshot, person: &str) -> Result<Option<String>, CoreError> {
    conn.latest_place(person)
}
