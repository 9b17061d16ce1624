//! jalga-core's integration tests, one binary assembled from modules.

mod catalog;
mod documents;
mod ident;
mod interchange;
mod landlord;
mod rules;
mod store;
mod validation;
