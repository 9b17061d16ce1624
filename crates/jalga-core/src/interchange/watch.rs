//! Long imports, watched: progress reports while a file is read, checked
//! and written, and a flag that cancels the import. A cancelled import
//! rolls its one transaction back, so the store is left exactly as it was.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;

/// How often (in records) a writer reports and looks at the cancel flag.
pub(crate) const EVERY: u64 = 2048;

/// What an import is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ImportPhase {
    /// Reading the file.
    Reading,
    /// Checking every record and its references.
    Checking,
    /// Writing inside the transaction (nothing is visible until the end).
    Writing,
    /// Committed.
    Done,
}

/// A progress report: how far through the file, and how many records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub phase: ImportPhase,
    /// Bytes of the file behind us (for CSV, the start of the current row).
    #[ts(type = "number")]
    pub bytes_done: u64,
    /// The file's size, or 0 when unknown.
    #[ts(type = "number")]
    pub bytes_total: u64,
    /// Records read or written so far.
    #[ts(type = "number")]
    pub records: u64,
}

/// The observer of one import: where to report, and the flag to stop on.
pub struct Watch<'a> {
    cancel: &'a AtomicBool,
    report: Option<&'a mut dyn FnMut(ImportProgress)>,
    bytes_total: u64,
}

static NEVER: AtomicBool = AtomicBool::new(false);

impl<'a> Watch<'a> {
    /// Reports through `report`; stops as soon as `cancel` is set.
    pub fn new(
        cancel: &'a AtomicBool,
        bytes_total: u64,
        report: &'a mut dyn FnMut(ImportProgress),
    ) -> Self {
        Watch {
            cancel,
            report: Some(report),
            bytes_total,
        }
    }

    /// No reports, never cancelled: the plain import.
    pub fn unwatched() -> Watch<'static> {
        Watch {
            cancel: &NEVER,
            report: None,
            bytes_total: 0,
        }
    }

    pub(crate) fn report(&mut self, phase: ImportPhase, bytes_done: u64, records: u64) {
        let bytes_total = self.bytes_total;
        if let Some(f) = self.report.as_mut() {
            f(ImportProgress {
                phase,
                bytes_done,
                bytes_total,
                records,
            });
        }
    }

    /// `Err(Cancelled)` once the flag is set; the caller drops its
    /// transaction, which rolls it back.
    pub(crate) fn check(&self) -> Result<(), CoreError> {
        if self.cancel.load(Ordering::Relaxed) {
            Err(CoreError::Cancelled)
        } else {
            Ok(())
        }
    }
}
