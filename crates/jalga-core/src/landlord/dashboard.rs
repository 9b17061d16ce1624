//! The deadline dashboard: what is due and overdue across the store, with
//! the rule behind each deadline and the fine at stake.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::rules::deadlines::{deadlines_builtin, Deadline, DeadlineInput, DeadlineStatus};
use crate::rules::from_store::open_deadline_input;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    /// Open deadlines, overdue first, then by due date.
    pub items: Vec<Deadline>,
    pub overdue: u32,
    pub due: u32,
}

/// How many deadlines are open: the navigation's badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[ts(export)]
pub struct DeadlineCounts {
    pub overdue: u32,
    pub due: u32,
}

/// People handed to the deadline engine at a time: memory stays bounded
/// however large the store.
const BATCH: usize = 4096;

fn is_open(d: &Deadline) -> bool {
    matches!(
        d.status,
        DeadlineStatus::Due { .. } | DeadlineStatus::Overdue { .. }
    )
}

fn is_overdue(d: &Deadline) -> bool {
    matches!(d.status, DeadlineStatus::Overdue { .. })
}

/// Open deadlines (due or overdue) as they stand on `on`; done and exempt
/// ones are left out. Only the people who may have one are read.
pub fn dashboard(store: &Store, on: NaiveDate) -> Result<Dashboard, CoreError> {
    let mut people = Vec::new();
    open_deadline_input(store, BATCH, |input| {
        people.extend(input.people);
        Ok(())
    })?;
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let mut items: Vec<Deadline> = deadlines_builtin(&DeadlineInput { people }, on)
        .into_iter()
        .filter(is_open)
        .collect();
    items.sort_by_key(|d| (!is_overdue(d), d.due));
    let overdue = items.iter().filter(|d| is_overdue(d)).count() as u32;
    Ok(Dashboard {
        due: items.len() as u32 - overdue,
        overdue,
        items,
    })
}

/// The counts of [`dashboard`] without its items: the candidates are read
/// in batches and only counted.
pub fn counts(store: &Store, on: NaiveDate) -> Result<DeadlineCounts, CoreError> {
    let mut counts = DeadlineCounts::default();
    open_deadline_input(store, BATCH, |input| {
        for d in deadlines_builtin(&input, on).iter().filter(|d| is_open(d)) {
            if is_overdue(d) {
                counts.overdue += 1;
            } else {
                counts.due += 1;
            }
        }
        Ok(())
    })?;
    Ok(counts)
}
