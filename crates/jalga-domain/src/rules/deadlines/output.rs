//! What the engine answers: each deadline, its status and its notes.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Message;
use crate::rules::date_text;
use crate::rules::fines::{FineExposure, Penalty};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS, strum::EnumCount)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum DeadlineKind {
    CitizenRegistration,
    ForeignerNotice,
    ForeignerRegistration,
    ForeignerAddressChange,
    ShortStayExemption,
    TemporaryRegistrationEnd,
    LeaseEnd,
    Deregistration,
    EaeuStay,
}

impl DeadlineKind {
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::CitizenRegistration => "citizen-registration",
            DeadlineKind::ForeignerNotice => "foreigner-notice",
            DeadlineKind::ForeignerRegistration => "foreigner-registration",
            DeadlineKind::ForeignerAddressChange => "foreigner-address-change",
            DeadlineKind::ShortStayExemption => "short-stay-exemption",
            DeadlineKind::TemporaryRegistrationEnd => "temporary-registration-end",
            DeadlineKind::LeaseEnd => "lease-end",
            DeadlineKind::Deregistration => "deregistration",
            DeadlineKind::EaeuStay => "eaeu-stay",
        }
    }
}

/// Where a deadline stands on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum DeadlineStatus {
    /// Done on `on`, `late_days` after the due date (0 if in time).
    Done {
        on: NaiveDate,
        late_days: u32,
    },
    Due {
        days_left: u32,
    },
    Overdue {
        days: u32,
    },
    /// The duty does not arise (e.g. a short stay of a Russian citizen).
    Exempt,
}

impl DeadlineStatus {
    /// Still to be done: due or overdue (the dashboard's and the badge's).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            DeadlineStatus::Due { .. } | DeadlineStatus::Overdue { .. }
        )
    }

    pub fn code(self) -> &'static str {
        match self {
            DeadlineStatus::Done { .. } => "done",
            DeadlineStatus::Due { .. } => "due",
            DeadlineStatus::Overdue { .. } => "overdue",
            DeadlineStatus::Exempt => "exempt",
        }
    }

    pub(super) fn message(self) -> Message {
        match self {
            DeadlineStatus::Done { on, late_days } => Message::new("deadline-status-done")
                .arg("on", date_text(on))
                .arg("late", late_days),
            DeadlineStatus::Due { days_left } => {
                Message::new("deadline-status-due").arg("days", days_left)
            }
            DeadlineStatus::Overdue { days } => {
                Message::new("deadline-status-overdue").arg("days", days)
            }
            DeadlineStatus::Exempt => Message::new("deadline-status-exempt"),
        }
    }
}

/// One deadline with everything needed to act on it and to explain it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Deadline {
    // One text shared by every deadline of the person.
    #[serde(serialize_with = "crate::i18n::shared_text")]
    pub person: Arc<str>,
    pub kind: DeadlineKind,
    /// The day the period counts from.
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub status: DeadlineStatus,
    /// The rule's id in the data: `<jurisdiction>.<kind>`.
    // One text shared by every deadline under the rule.
    #[serde(serialize_with = "crate::i18n::shared_text")]
    pub rule: Arc<str>,
    // One text shared by every deadline under the rule.
    #[serde(serialize_with = "crate::i18n::shared_text")]
    pub source: Arc<str>,
    /// Who must act: resident, owner, host, immigrant.
    pub actor: Option<String>,
    /// One exposure per liable party (e.g. the resident under art. 492 and
    /// the owner under art. 493).
    // Deadlines with the same exposure share it.
    #[serde(serialize_with = "shared_fines")]
    pub fines: Vec<Arc<FineExposure>>,
    /// Working days were counted over confirmed calendar years only.
    pub calendar_confirmed: bool,
    pub rule_confirmed: bool,
    /// Every fact the deadline rests on (period, calendar, fines) is
    /// confirmed; otherwise the notes say which is not.
    pub all_confirmed: bool,
    /// The deadline in words.
    pub explanation: Message,
    /// Its status, fine and caveats in words.
    // Deadlines with the same status, fine or source share one note.
    #[serde(serialize_with = "shared_notes")]
    pub notes: Vec<Arc<Message>>,
}

/// Shared exposures are written as the exposures they hold.
fn shared_fines<S: serde::Serializer>(
    fines: &[Arc<FineExposure>],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(fines.iter().map(|f| &**f))
}

/// Shared notes are written as the messages they hold.
fn shared_notes<S: serde::Serializer>(notes: &[Arc<Message>], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(notes.iter().map(|n| &**n))
}

pub(super) fn status_of(due: NaiveDate, done: Option<NaiveDate>, on: NaiveDate) -> DeadlineStatus {
    match done {
        Some(d) => DeadlineStatus::Done {
            on: d,
            late_days: (d - due).num_days().max(0) as u32,
        },
        None if on <= due => DeadlineStatus::Due {
            days_left: (due - on).num_days() as u32,
        },
        None => DeadlineStatus::Overdue {
            days: (on - due).num_days() as u32,
        },
    }
}

/// A fine in words: who is liable under which article, and for what.
pub fn fine_notes(f: &FineExposure) -> Vec<Message> {
    let base = |id: &str| {
        Message::new(id)
            .arg("article", f.article.as_str())
            .arg("part", f.part.as_deref().unwrap_or("none"))
            .arg("who", f.who.as_str())
    };
    let mrp_year = |m: Message| match f.mrp_value {
        Some(v) => m.arg("mrp_tenge", v.tenge).arg("year", v.year.to_string()),
        None => m.arg("mrp_tenge", 0u32).arg("year", "—"),
    };
    let mut out = Vec::new();
    match f.penalty {
        Penalty::Fine { mrp } => out.push(mrp_year(
            base("deadline-fine")
                .arg("mrp", mrp)
                .arg("tenge", f.tenge.unwrap_or(0) as f64),
        )),
        Penalty::Warning {
            fine_from: Some(from),
        } => out.push(
            base("deadline-fine-warning-then")
                .arg("from", date_text(from))
                .arg("mrp", f.later_mrp.unwrap_or(0))
                .arg("tenge", f.later_tenge.unwrap_or(0) as f64),
        ),
        Penalty::Warning { fine_from: None } => out.push(base("deadline-fine-warning")),
        Penalty::Unrecorded => out.push(base("deadline-fine-unrecorded")),
    }
    if let (Some(mrp), Some(tenge)) = (f.repeat_mrp, f.repeat_tenge) {
        out.push(
            base("deadline-fine-repeat")
                .arg("mrp", mrp)
                .arg("tenge", tenge as f64)
                .arg("confirmed", if f.repeat_confirmed { "yes" } else { "no" }),
        );
    }
    if !f.confirmed {
        out.push(base("deadline-fine-unconfirmed"));
    }
    out
}
