//! jalga-core's integration tests, one binary assembled from modules.

mod catalog;
mod documents;
mod fuzz_corpus;
mod hostile;
mod ident;
mod interchange;
mod rules;
mod store;
mod validation;
