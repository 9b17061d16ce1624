//! Jalga's core: identifiers, domain, rules, store and documents.
//!
//! Invariant: nothing here depends on Tauri or a GUI toolkit. The desktop
//! shell and the `jalga` CLI are thin layers over this crate, so that a rule
//! lives in exactly one place.

pub mod audit;
pub mod documents;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod ident;
pub mod interchange;
pub mod landlord;
pub mod limits;
pub mod portable;
pub mod privacy;
pub mod rules;
pub mod stats;
pub mod store;

pub use error::{CoreError, Problem};
pub use i18n::{Catalog, Lang};
pub use store::Store;
