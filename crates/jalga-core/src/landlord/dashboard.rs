//! The deadline dashboard: what is due and overdue across the store, with
//! the rule behind each deadline and the fine at stake.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::rules::deadlines::{by_due, Deadline, DeadlineStatus};
use crate::store::rule_facts_stream::{stream_deadlines, Candidates};
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

fn is_overdue(d: &Deadline) -> bool {
    matches!(d.status, DeadlineStatus::Overdue { .. })
}

/// Open deadlines (due or overdue) as they stand on `on`; done and exempt
/// ones are left out. Only the people who may have one are read, a person
/// at a time; only the open deadlines are kept.
pub fn dashboard(store: &Store, on: NaiveDate) -> Result<Dashboard, CoreError> {
    let mut items = Vec::new();
    stream_deadlines(store, on, Candidates::Open, |d| {
        if d.status.is_open() {
            items.push(d);
        }
        Ok(())
    })?;
    // Overdue first, then as the engine lists them (by due date).
    items.sort_by(|a, b| is_overdue(b).cmp(&is_overdue(a)).then_with(|| by_due(a, b)));
    let overdue = items.iter().filter(|d| is_overdue(d)).count() as u32;
    Ok(Dashboard {
        due: items.len() as u32 - overdue,
        overdue,
        items,
    })
}

/// The counts of [`dashboard`] without its items: the candidates' deadlines
/// are counted as they are worked out.
pub fn counts(store: &Store, on: NaiveDate) -> Result<DeadlineCounts, CoreError> {
    let mut counts = DeadlineCounts::default();
    stream_deadlines(store, on, Candidates::Open, |d| {
        if is_overdue(&d) {
            counts.overdue += 1;
        } else if d.status.is_open() {
            counts.due += 1;
        }
        Ok(())
    })?;
    Ok(counts)
}
