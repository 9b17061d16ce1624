//! The deadline dashboard: what is due and overdue across the store, with
//! the rule behind each deadline and the fine at stake.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::rules::deadlines::{deadlines_builtin, Deadline, DeadlineStatus};
use crate::rules::from_store::deadline_input;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    /// Open deadlines, overdue first, then by due date.
    pub items: Vec<Deadline>,
    pub overdue: u32,
    pub due: u32,
}

/// Open deadlines (due or overdue) as they stand on `on`; done and exempt
/// ones are left out.
pub fn dashboard(store: &Store, on: NaiveDate) -> Result<Dashboard, CoreError> {
    let mut items: Vec<Deadline> = deadlines_builtin(&deadline_input(store)?, on)
        .into_iter()
        .filter(|d| {
            matches!(
                d.status,
                DeadlineStatus::Due { .. } | DeadlineStatus::Overdue { .. }
            )
        })
        .collect();
    items.sort_by_key(|d| (!matches!(d.status, DeadlineStatus::Overdue { .. }), d.due));
    let overdue = items
        .iter()
        .filter(|d| matches!(d.status, DeadlineStatus::Overdue { .. }))
        .count() as u32;
    Ok(Dashboard {
        due: items.len() as u32 - overdue,
        overdue,
        items,
    })
}
