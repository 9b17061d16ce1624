//! The clerk's audit of a whole store: overcrowded dwellings, double
//! registrations, registrations without a lease or outside its term, bad
//! IINs, late registrations and notices, overstays, missing consent.
//!
//! Each check finds its candidates with set-based SQL over the indexed
//! tables (so a city of a million registrations takes about a second), then
//! applies the one rule from [`crate::rules`] to every candidate, so that
//! each finding carries the rule's own explanation: the numbers and the
//! source. The checks run in parallel, each on its own read connection.
//!
//! This crate owns the checks, their findings and the reports made of them
//! (CSV, PDF). It sits above `jalga-domain`, `jalga-store` and
//! `jalga-documents`, and must not depend on `jalga-core` (interchange, the
//! landlord's workflows) nor on Tauri.

mod checks;
pub use checks::identity::iin_verdict;
pub mod core_queries;
pub mod export;
pub mod facts;
pub mod report_pdf;
pub mod sql;
pub mod sql_pg;

pub(crate) use jalga_documents as documents;
pub(crate) use jalga_domain::{domain, error, formula, i18n, ident, rules};
pub(crate) use jalga_store::Store;

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;
use crate::i18n::Message;
use crate::rules::norm::{NormRegistry, DEFAULT_PRESET};

jalga_domain::code_enum! {
    "kebab-case",
    /// What a finding is about.
    #[derive(PartialOrd, Ord)]
    pub enum FindingKind {
        /// More people registered than the area norm allows.
        Overcrowded,
        /// One person registered at two or more dwellings over overlapping
        /// periods, with registrations of the same kind (permanent at home plus
        /// temporary where one stays is lawful).
        DoubleRegistration,
        /// A temporary registration with no lease on file (and not the owner):
        /// an indicator, not an offence.
        NoLease,
        /// A registration that starts before or runs past its lease's term.
        OutsideLease,
        /// An IIN that is not a valid number.
        InvalidIin,
        /// A valid IIN whose birth date or sex differs from the person's record.
        IinMismatch,
        /// A citizen's registration submitted after the deadline (or not at all).
        LateRegistration,
        /// A foreigner-arrival notice filed after the deadline (or not at all).
        LateNotice,
        /// A foreigner still registered past the permitted stay.
        Overstay,
        /// Registrations made since consent became required, without it.
        NoConsent,
        /// Two or more person records with one IIN: one person entered twice.
        DuplicatePerson,
    }
}

impl FindingKind {
    pub const ALL: [FindingKind; 11] = [
        FindingKind::Overcrowded,
        FindingKind::DoubleRegistration,
        FindingKind::NoLease,
        FindingKind::OutsideLease,
        FindingKind::InvalidIin,
        FindingKind::IinMismatch,
        FindingKind::LateRegistration,
        FindingKind::LateNotice,
        FindingKind::Overstay,
        FindingKind::NoConsent,
        FindingKind::DuplicatePerson,
    ];

    /// The kebab-case code, as on the command line and in CSV.
    pub fn code(self) -> &'static str {
        self.into()
    }

    pub fn from_code(s: &str) -> Option<FindingKind> {
        s.parse().ok()
    }
}

jalga_domain::code_enum! {
    "lowercase",
    /// How serious a finding is; ordered, `Low` first.
    #[derive(PartialOrd, Ord)]
    pub enum Severity {
        Low,
        Medium,
        High,
        Critical,
    }
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    pub fn code(self) -> &'static str {
        self.into()
    }

    pub fn from_code(s: &str) -> Option<Severity> {
        s.parse().ok()
    }
}

jalga_domain::code_enum! {
    "kebab-case",
    /// The record a finding is about.
    pub enum SubjectKind {
        Property,
        Person,
        Registration,
        Notice,
    }
}

impl SubjectKind {
    pub fn code(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
    /// What a person reads: an address, or a name (with the address).
    pub label: String,
}

/// One finding, explained.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub subject: Subject,
    /// The district of the dwelling concerned, where known.
    pub district: Option<String>,
    /// The day the finding is dated by (a registration's start, a notice's
    /// arrival, the audit day); the date filter uses it.
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// The finding in one sentence, with its numbers.
    pub summary: Message,
    /// The numbers used, the rule and its source.
    pub explanation: Vec<Message>,
    /// Orders findings of one kind, worst first (e.g. counted people per
    /// allowed person for overcrowding, days late for deadlines).
    pub score: f64,
    /// Other records involved (the other registration, the lease…).
    pub related: Vec<String>,
}

/// What an audit should look at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AuditOptions {
    /// The area-norm preset for overcrowding.
    pub preset: String,
    /// Which checks to run; empty means all.
    pub kinds: Vec<FindingKind>,
    /// Only findings in this district (exact match).
    pub district: Option<String>,
    /// Only findings dated on or after this day.
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    /// Only findings dated on or before this day.
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
    pub min_severity: Option<Severity>,
    /// The day the audit is run as of (who is registered, what is overdue).
    #[ts(type = "string")]
    pub today: NaiveDate,
}

impl AuditOptions {
    /// All checks, the default preset, no filters, as of `today`.
    pub fn new(today: NaiveDate) -> AuditOptions {
        AuditOptions {
            preset: DEFAULT_PRESET.to_owned(),
            kinds: Vec::new(),
            district: None,
            from: None,
            to: None,
            min_severity: None,
            today,
        }
    }

    pub fn wants(&self, kind: FindingKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    fn keeps(&self, f: &Finding) -> bool {
        if let Some(d) = &self.district {
            if f.district.as_deref() != Some(d.as_str()) {
                return false;
            }
        }
        if let (Some(from), Some(date)) = (self.from, f.date) {
            if date < from {
                return false;
            }
        }
        if let (Some(to), Some(date)) = (self.to, f.date) {
            if date > to {
                return false;
            }
        }
        self.min_severity.is_none_or(|s| f.severity >= s)
    }
}

/// Findings of one kind, by severity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KindCount {
    pub kind: Option<FindingKind>,
    pub low: u32,
    pub medium: u32,
    pub high: u32,
    pub critical: u32,
    pub total: u32,
}

/// How much the audit looked at.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Checked {
    #[ts(type = "number")]
    pub dwellings: u64,
    #[ts(type = "number")]
    pub people: u64,
    #[ts(type = "number")]
    pub registrations: u64,
    #[ts(type = "number")]
    pub notices: u64,
}

/// The audit's answer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AuditReport {
    pub preset: String,
    #[ts(type = "string")]
    pub today: NaiveDate,
    pub kinds: Vec<FindingKind>,
    /// Sorted by kind, then worst first.
    pub findings: Vec<Finding>,
    /// One row per kind that was checked (in kind order), and a last row
    /// with `kind: null` for the total.
    pub counts: Vec<KindCount>,
    pub checked: Checked,
}

impl AuditReport {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

fn cancelled() -> CoreError {
    CoreError::Invalid {
        field: "audit".to_owned(),
        message: Message::new("audit-cancelled"),
    }
}

/// Runs the audit. `cancel` is looked at between checks; when it is set the
/// audit stops with an `audit-cancelled` error.
pub fn run(
    store: &Store,
    opts: &AuditOptions,
    cancel: &AtomicBool,
) -> Result<AuditReport, CoreError> {
    let registry = NormRegistry::builtin();
    let preset = registry.get(&opts.preset)?.clone();
    let kinds: Vec<FindingKind> = FindingKind::ALL
        .into_iter()
        .filter(|k| opts.wants(*k))
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }
    let ctx = checks::Ctx::new(opts, &preset);
    let (found, checked) = checks::run_all(store, &ctx, &kinds, cancel)?;
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }
    let mut findings: Vec<Finding> = found.into_iter().filter(|f| opts.keeps(f)).collect();
    sort_findings(&mut findings);
    let counts = count(&kinds, &findings);
    Ok(AuditReport {
        preset: preset.id.clone(),
        today: opts.today,
        kinds,
        findings,
        counts,
        checked,
    })
}

/// By kind, then severity (worst first), then score (highest first), then
/// subject id, so that two runs list the same findings in the same order.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.severity.cmp(&a.severity))
            .then(b.score.total_cmp(&a.score))
            .then_with(|| a.subject.id.cmp(&b.subject.id))
            .then_with(|| a.related.cmp(&b.related))
    });
}

fn count(kinds: &[FindingKind], findings: &[Finding]) -> Vec<KindCount> {
    let mut rows: Vec<KindCount> = kinds
        .iter()
        .map(|k| KindCount {
            kind: Some(*k),
            ..KindCount::default()
        })
        .collect();
    let mut total = KindCount::default();
    for f in findings {
        for row in rows
            .iter_mut()
            .filter(|r| r.kind == Some(f.kind))
            .chain(std::iter::once(&mut total))
        {
            match f.severity {
                Severity::Low => row.low += 1,
                Severity::Medium => row.medium += 1,
                Severity::High => row.high += 1,
                Severity::Critical => row.critical += 1,
            }
            row.total += 1;
        }
    }
    rows.push(total);
    rows
}
