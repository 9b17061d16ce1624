//! The checks, over read connections that share one snapshot, so they run
//! side by side and still add up to one consistent report. A check returns
//! findings of its kinds only; filtering by district, date and severity
//! happens once, in [`super::run`].

pub(crate) mod deadlines;
mod density;
pub(crate) mod identity;
mod periods;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use chrono::NaiveDate;
use jalga_store::query::Row;
use jalga_store::{BackendKind, PlaceLabel, Snapshot, SnapshotCounts};

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

/// What a reader is handed: a check, or counting what the audit checked
/// (every dwelling, person, registration and notice: seconds on a city of
/// twenty million, so it takes its turn beside the checks rather than
/// after them).
#[derive(Clone, Copy)]
enum Job {
    Check(Check),
    Count,
}

/// The jobs and the kinds each check reports, in the order they are handed
/// out: the longest first (as measured on a generated city of twenty
/// million on a server), so the short ones fill whatever a reader has left
/// at the end. The count is always done.
const JOBS: &[(&[FindingKind], Job)] = &[
    (
        &[FindingKind::Overcrowded],
        Job::Check(density::overcrowded),
    ),
    (
        &[FindingKind::OutsideLease],
        Job::Check(periods::outside_lease),
    ),
    (&[FindingKind::Overstay], Job::Check(deadlines::overstay)),
    (&[], Job::Count),
    (
        &[FindingKind::DoubleRegistration],
        Job::Check(periods::double),
    ),
    (
        &[FindingKind::InvalidIin, FindingKind::IinMismatch],
        Job::Check(identity::iins),
    ),
    (
        &[FindingKind::DuplicatePerson],
        Job::Check(identity::duplicates),
    ),
    (&[FindingKind::NoLease], Job::Check(periods::no_lease)),
    (
        &[FindingKind::LateRegistration],
        Job::Check(deadlines::late_registration),
    ),
    (
        &[FindingKind::LateNotice],
        Job::Check(deadlines::late_notice),
    ),
    (&[FindingKind::NoConsent], Job::Check(periods::no_consent)),
];

/// How many readers a store's audit uses for `jobs` checks on `cores`
/// cores. A file's reader does all its work on this computer: one per
/// core. A server's reader alternates between waiting for the server's
/// next rows and reading them here, so with one per core both sides sit
/// idle half the time: two per core keep the server and this process busy.
fn readers_for(backend: BackendKind, jobs: usize, cores: usize) -> usize {
    let per_core = match backend {
        BackendKind::Sqlite => 1,
        _ => 2,
    };
    jobs.min(cores.max(1) * per_core).max(1)
}

/// Runs the checks that report any of `kinds` and counts what was checked,
/// all on one snapshot of the store (see [`Store::snapshots`]): a
/// commit made while the audit runs is in none of its answers or in all.
/// Each reader takes the next check not yet taken whenever it is free, so
/// a reader that drew short checks is not left idle while another works
/// through two long ones.
pub(crate) fn run_all(
    store: &Store,
    ctx: &Ctx<'_>,
    kinds: &[FindingKind],
    cancel: &AtomicBool,
) -> Result<(Vec<Finding>, Checked), CoreError> {
    let jobs: Vec<Job> = JOBS
        .iter()
        .filter(|(ks, _)| ks.is_empty() || ks.iter().any(|k| kinds.contains(k)))
        .map(|(_, job)| *job)
        .collect();
    let wanted = readers_for(store.backend(), jobs.len(), rayon::current_num_threads());
    let readers = store.snapshots(wanted)?;
    let next = AtomicUsize::new(0);
    // A connection is used by one thread at a time: each goes to its
    // thread and comes back with its findings (and the count, if it drew it).
    type Done = (Vec<Finding>, Option<SnapshotCounts>);
    let results: Vec<Result<Done, CoreError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = readers
            .into_iter()
            .map(|conn| {
                let (jobs, next) = (&jobs, &next);
                scope.spawn(move || {
                    let (mut found, mut counted) = (Vec::new(), None);
                    loop {
                        let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) else {
                            break Ok((found, counted));
                        };
                        if cancel.load(Ordering::Relaxed) {
                            break Ok((found, counted));
                        }
                        match job {
                            Job::Check(check) => found.extend(check(&conn, ctx)?),
                            Job::Count => counted = Some(conn.counts()?),
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut out = Vec::new();
    let mut counts = None;
    for r in results {
        let (found, counted) = r?;
        out.extend(found.into_iter().filter(|f| kinds.contains(&f.kind)));
        counts = counts.or(counted);
    }
    // Only a cancelled audit can have left the count undone, and its
    // report is refused (`super::run`).
    let counts = counts.unwrap_or_default();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_gets_two_readers_a_core_and_a_file_one() {
        // (backend, checks, cores, readers)
        let cases = [
            (BackendKind::Sqlite, 10, 2, 2),
            (BackendKind::Sqlite, 1, 2, 1),
            (BackendKind::Sqlite, 10, 0, 1),
            (BackendKind::Postgres, 10, 2, 4),
            (BackendKind::Postgres, 3, 2, 3),
            (BackendKind::Postgres, 10, 8, 10),
            (BackendKind::Postgres, 0, 2, 1),
        ];
        for (backend, jobs, cores, want) in cases {
            assert_eq!(
                readers_for(backend, jobs, cores),
                want,
                "{backend:?}, {jobs} checks, {cores} cores"
            );
        }
    }

    #[test]
    fn every_kind_is_reported_by_exactly_one_check() {
        for kind in &FindingKind::ALL {
            let n = JOBS.iter().filter(|(ks, _)| ks.contains(kind)).count();
            assert_eq!(n, 1, "{kind:?}");
        }
        // And the count is one job of its own, whatever the kinds asked.
        let counts = JOBS
            .iter()
            .filter(|(ks, job)| ks.is_empty() && matches!(job, Job::Count))
            .count();
        assert_eq!(counts, 1);
    }
}
