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
mod on_day;
mod portable;
mod rules;
mod schema_bounds;
mod signatures;
mod stats;
mod store;
mod tidy;
mod trust;
mod validation;
mod watched_import;
