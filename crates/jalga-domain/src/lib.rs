//! Jalga's vocabulary and its rules: identifiers (IIN, BIN), the entities
//! and their validation, IBANs, the rules engine (area norms, the working-day
//! calendar, deadlines, fines, the 90-in-180 stay), the message catalogue,
//! the one error type with its structured `Problem`, the limits on outside
//! input, file names and file replacement that work on Windows too
//! (`portable`) and the masking of personal numbers.
//!
//! Everything here is pure: it must not depend on a database driver
//! (rusqlite), the PDF stack (printpdf, lopdf), Tauri or any other crate of
//! Jalga. Legal facts are read from `assets/` at build time, not from disk.

mod codes;
pub mod dates;
pub mod domain;
pub mod error;
pub mod formula;
pub mod i18n;
pub mod ident;
pub mod limits;
pub mod portable;
pub mod privacy;
pub mod rules;
pub mod typed_day;

pub use error::{CoreError, DbFailure, Problem};
pub use i18n::{Catalog, Lang};
