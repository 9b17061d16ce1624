//! What the landlord's desktop app asks of the core: paged lists of
//! dwellings and people, a dwelling's norm status, the lease wizard's draft
//! and its check, a lease's readiness with a recorded override, the
//! deadline dashboard, the home's list of what to do today, the
//! registration cycle of a tenancy, document export and name
//! transliteration.
//!
//! The app's screens call these through thin commands; nothing here knows
//! about Tauri.

pub mod archive;
pub mod cycle;
pub mod cycle_board;
pub mod dashboard;
pub mod drafts;
pub mod dwellings;
pub mod export;
pub mod export_policy;
pub mod handover;
pub mod lease;
pub mod lease_open;
mod lease_save;
pub mod people;
pub mod record_label;
pub mod tenancy;
pub mod today;
pub mod translit;

use crate::domain::Violation;
use crate::error::CoreError;

/// A fresh id for a record the user creates: a prefix and a UUID v7 (its
/// time first, so ids sort by creation, then 74 random bits), so that two
/// records made at the same moment, or on two machines, never share an id
/// and a save never overwrites another record.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::now_v7().simple())
}

/// The first violation as the error a form shows next to its field.
pub(crate) fn reject(violations: Vec<Violation>) -> Result<(), CoreError> {
    match violations.into_iter().next() {
        None => Ok(()),
        Some(v) => Err(CoreError::Invalid {
            field: v.path,
            message: v.message,
        }),
    }
}

/// Today and now, as everywhere in Jalga.
pub use crate::dates::{now, today};
