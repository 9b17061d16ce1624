//! EDS signatures for PDFs, offline: PAdES baseline B (ETSI EN 319 142-1)
//! with SubFilter `ETSI.CAdES.detached`, detached CMS, and their
//! verification against the roots the caller trusts.
//!
//! This crate knows nothing of Jalga's documents: it takes PDF bytes, a
//! PKCS#12 key store with its password, and options; it gives signed bytes
//! and reports of the signatures a file carries.

mod error;
mod keys;
mod sign;
mod verify;

#[cfg(feature = "test-pki")]
pub mod testpki;

pub use error::SignError;
pub use keys::{cert_info, open_key_store, parse_certificates, CertInfo, KeyStore};
pub use openssl::x509::{X509Crl, X509};
pub use sign::{sign_detached, sign_pdf, SignOptions, Signed};
pub use verify::{
    parse_crl, verify_detached, verify_pdf, Chain, Coverage, Revocation, SignatureReport,
    VerifyOptions,
};
