//! jalga-core's integration tests, one binary assembled from modules.

mod audit;
mod catalog;
mod dashboard;
mod document_import;
mod documents;
mod documents_from_store;
mod documents_procedure;
mod fuzz_corpus;
mod handover;
mod hostile;
mod iban;
mod ident;
mod interchange;
mod landlord;
mod office_import;
mod rules;
mod schema_bounds;
mod stats;
mod store;
mod trust;
mod validation;
mod watched_import;
