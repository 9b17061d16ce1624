//! Synthetic data for tests, demos and benchmarks: the demo households
//! (`demo`), a deterministic city with planted violations and their
//! manifest (`city`), and generated registrations CSV (`synthetic`).
//!
//! Only tests, benchmarks and the developer's commands use this crate: the
//! shipped app must not depend on it. It may depend on every other crate of
//! Jalga's core, and nothing but tests and dev tools may depend on it.

pub mod city;
pub mod demo;
mod demo_handover;
pub mod synthetic;

pub(crate) use jalga_core::{audit, domain, error, ident, interchange, store};
