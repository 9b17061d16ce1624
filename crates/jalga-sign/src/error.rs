//! Why a key cannot sign, or a file cannot be signed.

use serde::Serialize;

/// Every refusal of [`crate::sign_pdf`] and [`crate::open_key_store`]. Each
/// has a stable `code` the application turns into a localized message; the
/// fields are that message's arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum SignError {
    /// The bytes are not a PKCS#12 key store.
    #[error("not a PKCS#12 key store")]
    NotAKeyStore,
    /// The key store did not open with this password.
    #[error("wrong password for the key store")]
    WrongPassword,
    /// The key store holds no private key with its certificate.
    #[error("the key store holds no key with a certificate")]
    NoKey,
    /// A GOST key (Kazakh or Russian GOST algorithms): not supported yet.
    #[error("GOST keys are not supported yet")]
    Gost,
    /// A key algorithm other than RSA.
    #[error("unsupported key algorithm {algorithm}")]
    UnsupportedKey { algorithm: String },
    /// The certificate's key usage is authentication, not signing
    /// (no nonRepudiation / contentCommitment bit).
    #[error("this is an authentication key (AUTH_…), not a signing key")]
    AuthenticationKey,
    /// The certificate is outside its validity period.
    #[error("the certificate is not valid now (valid {not_before} to {not_after})")]
    Expired {
        not_before: String,
        not_after: String,
    },
    /// The certificate does not chain to any of the trusted roots.
    #[error("the certificate does not chain to a trusted root: {reason}")]
    UntrustedChain { reason: String },
    /// The certificate's subject carries no IIN (serialNumber `IIN…`).
    #[error("the certificate names no IIN")]
    NoIin,
    /// The signer's IIN is not one of the document's parties.
    #[error("the signer's IIN {iin} is not a party of this document")]
    NotAParty { iin: String },
    /// The PDF cannot be read or updated.
    #[error("PDF: {detail}")]
    Pdf { detail: String },
    /// The signature did not fit into the space reserved for it.
    #[error("the signature ({needed} bytes) does not fit the reserved {reserved} bytes")]
    TooLarge { needed: usize, reserved: usize },
    /// OpenSSL failed.
    #[error("cryptography: {detail}")]
    Crypto { detail: String },
}

impl SignError {
    pub fn code(&self) -> &'static str {
        match self {
            SignError::NotAKeyStore => "not-a-key-store",
            SignError::WrongPassword => "wrong-password",
            SignError::NoKey => "no-key",
            SignError::Gost => "gost",
            SignError::UnsupportedKey { .. } => "unsupported-key",
            SignError::AuthenticationKey => "authentication-key",
            SignError::Expired { .. } => "expired",
            SignError::UntrustedChain { .. } => "untrusted-chain",
            SignError::NoIin => "no-iin",
            SignError::NotAParty { .. } => "not-a-party",
            SignError::Pdf { .. } => "pdf",
            SignError::TooLarge { .. } => "too-large",
            SignError::Crypto { .. } => "crypto",
        }
    }

    /// The message arguments, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            SignError::UnsupportedKey { algorithm } => vec![("algorithm", algorithm.clone())],
            SignError::Expired {
                not_before,
                not_after,
            } => vec![
                ("not_before", not_before.clone()),
                ("not_after", not_after.clone()),
            ],
            SignError::UntrustedChain { reason } => vec![("reason", reason.clone())],
            SignError::NotAParty { iin } => vec![("iin", iin.clone())],
            SignError::Pdf { detail } | SignError::Crypto { detail } => {
                vec![("detail", detail.clone())]
            }
            SignError::TooLarge { needed, reserved } => vec![
                ("needed", needed.to_string()),
                ("reserved", reserved.to_string()),
            ],
            _ => Vec::new(),
        }
    }
}

impl From<openssl::error::ErrorStack> for SignError {
    fn from(e: openssl::error::ErrorStack) -> Self {
        SignError::Crypto {
            detail: e.to_string(),
        }
    }
}

impl From<lopdf::Error> for SignError {
    fn from(e: lopdf::Error) -> Self {
        SignError::Pdf {
            detail: e.to_string(),
        }
    }
}
