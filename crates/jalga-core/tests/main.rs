//! jalga-core's integration tests, one binary assembled from modules.

mod audit;
mod catalog;
mod documents;
mod ident;
mod interchange;
mod rules;
mod store;
mod validation;
