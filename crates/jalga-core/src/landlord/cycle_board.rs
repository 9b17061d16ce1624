//! The registration cycle on the deadline dashboard: for each tenancy (a
//! person under their newest lease at a dwelling, or a registration no
//! lease accounts for), every step of the cycle with where it stands. A
//! step that is done stays, with its day, instead of leaving the list.
//!
//! - **submitted**: the citizen's registration (or the foreigner's arrival
//!   notice) and its deadline, from the deadline engine;
//! - **registered**: granted by eGov, on the day the registration runs
//!   from (no deadline: it waits on eGov once submitted);
//! - **deregistered**: after the lease ends (or ends early), the
//!   de-registration deadline from the engine; a registration ended (or one
//!   that ran to its own last day) is done on its last day.
//!
//! The rules stay in the engine and in [`super::today`]'s facts: this
//! module only reads their statuses and lays them out as steps.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::{PersonKind, RegistrationStatus};
use crate::error::CoreError;
use crate::rules::deadlines::{
    deadlines_builtin, Deadline, DeadlineInput, DeadlineKind, DeadlineStatus,
};
use crate::store::today_facts::{keyed_facts, KeyedFacts};
use crate::store::Store;

/// The rows shown at most; the rest are counted in [`CycleBoard::more`].
pub const MAX_ROWS: usize = 500;

/// Which step of the cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum CycleStepKind {
    Submitted,
    Registered,
    Deregistered,
}

/// Where a step stands on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum StepState {
    /// Done on `on`, `late_days` after its deadline (0 if in time or if
    /// it has none).
    Done {
        #[ts(type = "string")]
        on: NaiveDate,
        late_days: u32,
    },
    /// To do by `due`.
    Due {
        #[ts(type = "string")]
        due: NaiveDate,
        days_left: u32,
    },
    /// Its deadline `due` has passed.
    Overdue {
        #[ts(type = "string")]
        due: NaiveDate,
        days: u32,
    },
    /// Waiting on someone else (eGov's answer to a submitted registration).
    Waiting,
    /// Not due: a child not registered yet, a short stay.
    Exempt,
    /// Nothing yet: its time has not come.
    Later,
}

/// One step of a tenancy's cycle.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CycleStep {
    pub step: CycleStepKind,
    pub state: StepState,
    /// The engine's deadline behind the step (its rule, source and fine),
    /// where it has one.
    pub deadline: Option<Deadline>,
}

/// A person at a dwelling and the steps of their registration.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CycleRow {
    /// "Surname Given — address".
    pub subject: String,
    pub person_id: String,
    pub lease_id: Option<String>,
    pub registration_id: Option<String>,
    pub foreigner: bool,
    /// Submitted, registered, deregistered: always the three, in order.
    pub steps: Vec<CycleStep>,
}

/// The dashboard's cycle section.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CycleBoard {
    /// Rows with an overdue step first, then a due one, then by name.
    pub rows: Vec<CycleRow>,
    /// Rows left out past [`MAX_ROWS`].
    pub more: u32,
}

/// A deadline's status as a step's state.
pub fn state_of(d: &Deadline) -> StepState {
    match d.status {
        DeadlineStatus::Done { on, late_days } => StepState::Done { on, late_days },
        DeadlineStatus::Due { days_left } => StepState::Due {
            due: d.due,
            days_left,
        },
        DeadlineStatus::Overdue { days } => StepState::Overdue { due: d.due, days },
        DeadlineStatus::Exempt => StepState::Exempt,
    }
}

fn step(step: CycleStepKind, deadline: Option<Deadline>, otherwise: StepState) -> CycleStep {
    CycleStep {
        step,
        state: deadline.as_ref().map_or(otherwise, state_of),
        deadline,
    }
}

/// The filing deadline: a citizen's registration, or whichever of the
/// foreigner's notice, registration or exemption applies.
fn is_filing(kind: DeadlineKind) -> bool {
    matches!(
        kind,
        DeadlineKind::CitizenRegistration
            | DeadlineKind::ForeignerNotice
            | DeadlineKind::ForeignerRegistration
            | DeadlineKind::ForeignerAddressChange
            | DeadlineKind::ShortStayExemption
    )
}

/// The steps of one person at one dwelling as they stand on `on`.
pub fn row_of(k: &KeyedFacts, on: NaiveDate) -> CycleRow {
    let input = DeadlineInput {
        people: vec![k.facts.clone()],
    };
    let mut deadlines = deadlines_builtin(&input, on);
    let mut take = |f: &dyn Fn(DeadlineKind) -> bool| {
        deadlines
            .iter()
            .position(|d| f(d.kind))
            .map(|i| deadlines.remove(i))
    };
    let filing = take(&is_filing);
    let deregistration = take(&|k| k == DeadlineKind::Deregistration);
    let registration_end = take(&|k| k == DeadlineKind::TemporaryRegistrationEnd);
    let reg = k.registration.as_ref();
    let foreigner = k.person.kind == PersonKind::Foreigner;

    let registered = match reg.map(|r| r.status) {
        Some(RegistrationStatus::Registered | RegistrationStatus::Ended) => StepState::Done {
            on: reg.map_or(on, |r| r.date_from),
            late_days: 0,
        },
        Some(RegistrationStatus::Submitted) => StepState::Waiting,
        _ if foreigner => {
            // A foreigner's stay is registered by the notice itself.
            match filing.as_ref().map(|d| d.status) {
                Some(DeadlineStatus::Done { on, .. }) => StepState::Done { on, late_days: 0 },
                Some(DeadlineStatus::Exempt) => StepState::Exempt,
                _ => StepState::Later,
            }
        }
        _ => match filing.as_ref().map(|d| d.status) {
            Some(DeadlineStatus::Exempt) => StepState::Exempt,
            _ => StepState::Later,
        },
    };
    // Ended without a de-registration deadline: a registration ended by
    // hand, or a temporary one that ran to its last day.
    let ended = match (reg.map(|r| r.status), registration_end.map(|d| d.status)) {
        (Some(RegistrationStatus::Ended), _) => StepState::Done {
            on: reg.and_then(|r| r.date_to).unwrap_or(on),
            late_days: 0,
        },
        (_, Some(DeadlineStatus::Done { on, late_days })) => StepState::Done { on, late_days },
        _ => StepState::Later,
    };
    CycleRow {
        subject: k.facts.name.clone(),
        person_id: k.person.id.clone(),
        lease_id: k.lease.as_ref().map(|l| l.id.clone()),
        registration_id: reg.map(|r| r.id.clone()),
        foreigner,
        steps: vec![
            step(CycleStepKind::Submitted, filing, StepState::Later),
            step(CycleStepKind::Registered, None, registered),
            step(CycleStepKind::Deregistered, deregistration, ended),
        ],
    }
}

/// How urgent a row is: 0 with an overdue step, 1 with a due one, 2 else.
fn urgency(r: &CycleRow) -> u8 {
    let states = || r.steps.iter().map(|s| s.state);
    if states().any(|s| matches!(s, StepState::Overdue { .. })) {
        0
    } else if states().any(|s| matches!(s, StepState::Due { .. })) {
        1
    } else {
        2
    }
}

/// Every tenancy's steps on `on`, from the same facts as the home.
pub fn cycle_board(store: &Store, on: NaiveDate) -> Result<CycleBoard, CoreError> {
    let mut rows: Vec<CycleRow> = keyed_facts(store)?.iter().map(|k| row_of(k, on)).collect();
    rows.sort_by(|a, b| (urgency(a), &a.subject).cmp(&(urgency(b), &b.subject)));
    let more = rows.len().saturating_sub(MAX_ROWS) as u32;
    rows.truncate(MAX_ROWS);
    Ok(CycleBoard { rows, more })
}
