//! Jalga's core: the use cases the app and the CLI call, over the crates
//! that own each concern.
//!
//! This crate owns moving data in and out (`interchange`: the JSON bundle,
//! CSV, office files), the landlord's workflows (`landlord`), gathering a
//! document's data from the store and importing a verified document
//! (`documents::from_store`, `documents::to_store`) and checking issued
//! documents against the store (`audit::issued`). It re-exports the lower
//! crates under their module names (`domain`, `rules`, `store`,
//! `documents`, `audit`, …) so that front ends see one library.
//!
//! Invariant: nothing here depends on Tauri, a GUI toolkit or the test kit.
//! The desktop shell and the `jalga` CLI are thin layers over this crate, so
//! that a rule lives in exactly one place.

pub mod interchange;
pub mod landlord;
pub mod office_server;

pub use jalga_domain::{dates, domain, error, i18n, ident, limits, portable, privacy, typed_day};
pub use jalga_store as store;
pub use jalga_store::stats;

/// The rules engine ([`jalga_domain::rules`]) and its input read from the
/// store.
pub mod rules {
    pub use jalga_domain::rules::*;
    pub use jalga_store::rule_facts as from_store;
}

/// The documents ([`jalga_documents`]) and their way to and from the store.
pub mod documents {
    pub use jalga_documents::*;
    pub mod from_store;
    mod handover_from_store;
    mod to_store;
    pub use handover_from_store::recorded as handover_act;
    pub use to_store::{bundle_of, import_document, import_document_trusting, DocumentImport};
}

/// The clerk's audit ([`jalga_audit`]) and the documents issued, checked
/// against the store.
pub mod audit {
    pub use jalga_audit::*;
    pub mod issued;
    pub mod verdict;
}

pub use error::{CoreError, Problem};
pub use i18n::{Catalog, Lang};
pub use store::Store;
