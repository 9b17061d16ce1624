//! jalga-core's integration tests, one binary assembled from modules.

mod audit;
mod catalog;
mod document_import;
mod documents;
mod fuzz_corpus;
mod hostile;
mod ident;
mod interchange;
mod landlord;
mod office_import;
mod rules;
mod stats;
mod store;
mod trust;
mod validation;
mod watched_import;
