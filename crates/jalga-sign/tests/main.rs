//! Signing and verifying with a PKI built the way NCA RK shapes it.

mod common;
mod pdfsig;
mod refusals;
mod roundtrip;
