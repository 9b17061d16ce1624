//! The parties' own EDS signatures on a document: signing through
//! `jalga-sign`, and what verification says of them (who signed, when,
//! whether the signature holds, whether the signers are the parties).

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use jalga_sign::{Chain, Coverage, Revocation, SignError, SignatureReport, X509Crl, X509};
use serde::Serialize;
use ts_rs::TS;

use super::verify::{attached_envelope, verify_with, Failure};
use super::Envelope;
use crate::error::CoreError;
use crate::i18n::{Message, MessageArg, ToMessage};

/// The certificates a signature's chain may end at, and the CRLs the user
/// supplied.
#[derive(Default)]
pub struct Trust {
    pub roots: Vec<X509>,
    pub crls: Vec<X509Crl>,
}

impl Trust {
    /// NCA RK's certificate authorities from `assets/eds/` (see its README:
    /// unconfirmed, and the current chain is missing).
    pub fn nca() -> Trust {
        Trust {
            roots: crate::nca_roots::NCA_ROOTS
                .iter()
                .filter_map(|(_, pem)| X509::from_pem(pem.as_bytes()).ok())
                .collect(),
            crls: Vec::new(),
        }
    }

    /// NCA RK's, and the certificates named by `JALGA_TRUST` (a list of
    /// PEM or DER files, separated like PATH): how a certificate NCA RK
    /// issued after this release is trusted before Jalga ships it.
    pub fn system() -> &'static Trust {
        static TRUST: OnceLock<Trust> = OnceLock::new();
        TRUST.get_or_init(Trust::from_env)
    }

    /// [`Trust::system`], read afresh.
    pub fn from_env() -> Trust {
        let mut t = Trust::nca();
        if let Some(paths) = std::env::var_os("JALGA_TRUST") {
            for p in std::env::split_paths(&paths) {
                if let Ok(bytes) = std::fs::read(&p) {
                    t.roots
                        .extend(jalga_sign::parse_certificates(&bytes).unwrap_or_default());
                }
            }
        }
        t
    }

    /// Adds the certificates in a PEM or DER file's bytes.
    pub fn add_roots(&mut self, bytes: &[u8]) -> Result<(), CoreError> {
        self.roots
            .extend(jalga_sign::parse_certificates(bytes).map_err(sign_problem)?);
        Ok(())
    }

    /// Adds a certificate revocation list (PEM or DER).
    pub fn add_crl(&mut self, bytes: &[u8]) -> Result<(), CoreError> {
        self.crls
            .push(jalga_sign::parse_crl(bytes).map_err(sign_problem)?);
        Ok(())
    }

    fn options(&self) -> jalga_sign::VerifyOptions {
        jalga_sign::VerifyOptions {
            roots: self.roots.clone(),
            crls: self
                .crls
                .iter()
                .filter_map(|c| c.to_der().ok())
                .filter_map(|d| X509Crl::from_der(&d).ok())
                .collect(),
            now: None,
        }
    }
}

/// One signature, as the verdict shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "DocSignature")]
pub struct SignatureSummary {
    /// The certificate's holder: CN and patronymic.
    pub name: String,
    pub iin: Option<String>,
    pub bin: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    /// `landlord` or `tenant`: whose IIN (or BIN) the certificate carries.
    pub party: Option<String>,
    /// Valid, trusted, not revoked, the document unchanged since, and a party.
    pub holds: bool,
    /// Why it does not hold: `crypto`, `changed-after`, `malformed`,
    /// `untrusted-chain`, `revoked`, `not-a-party`.
    pub reasons: Vec<String>,
    /// OpenSSL's words for a failed check.
    pub detail: Option<String>,
    /// `not-checked` (offline), `good` or `revoked`.
    pub revocation: String,
}

impl ToMessage for SignatureSummary {
    fn to_message(&self) -> Message {
        Message::new("doc-signed-by")
            .arg("name", self.name.as_str())
            .arg("iin", self.iin.as_deref().unwrap_or("—"))
            // The day as each language writes days, then the time.
            .arg(
                "date",
                self.signed_at
                    .map_or_else(|| MessageArg::from("—"), |t| t.date_naive().into()),
            )
            .arg(
                "time",
                self.signed_at
                    .map(|t| t.format(" %H:%M UTC").to_string())
                    .unwrap_or_default(),
            )
    }
}

impl SignatureSummary {
    /// Each reason it does not hold, and the revocation caveat.
    pub fn notes(&self) -> Vec<Message> {
        let mut out: Vec<Message> = self
            .reasons
            .iter()
            .map(|r| {
                Message::new(&format!("doc-sig-{r}"))
                    .arg("detail", self.detail.clone().unwrap_or_default())
            })
            .collect();
        out.push(Message::new(&format!(
            "doc-sig-revocation-{}",
            self.revocation
        )));
        out
    }
}

fn summarize(r: &SignatureReport, env: &Envelope) -> SignatureSummary {
    let cert = r.signer.as_ref();
    let iin = cert.and_then(|c| c.iin.clone());
    let bin = cert.and_then(|c| c.bin.clone());
    let party = [
        ("landlord", &env.data.landlord),
        ("tenant", &env.data.tenant),
    ]
    .into_iter()
    .find(|(_, p)| {
        (p.iin.is_some() && p.iin == iin) || (p.bin.is_some() && bin.is_some() && p.bin == bin)
    })
    .map(|(role, _)| role.to_string());
    let mut reasons = Vec::new();
    let mut detail = r.problem.clone();
    if !r.crypto_valid {
        reasons.push("crypto");
    }
    match &r.coverage {
        Coverage::WholeFile | Coverage::EarlierRevision { .. } => {}
        Coverage::ChangedAfter { .. } => reasons.push("changed-after"),
        Coverage::Malformed => reasons.push("malformed"),
    }
    if let Chain::Untrusted { reason } = &r.chain {
        reasons.push("untrusted-chain");
        detail.get_or_insert_with(|| reason.clone());
    }
    if cert.is_some_and(|c| !c.signing) {
        reasons.push("not-signing-key");
    }
    let revocation = match &r.revocation {
        Revocation::NotChecked => "not-checked",
        Revocation::Good => "good",
        Revocation::Revoked { .. } => {
            reasons.push("revoked");
            "revoked"
        }
    };
    if party.is_none() {
        reasons.push("not-a-party");
    }
    SignatureSummary {
        name: cert.map(|c| c.display_name()).unwrap_or_default(),
        iin,
        bin,
        signed_at: r.signing_time,
        party,
        holds: reasons.is_empty(),
        reasons: reasons.into_iter().map(String::from).collect(),
        detail,
        revocation: revocation.into(),
    }
}

/// What the signatures on an intact document say: each signature, whether
/// both parties signed and every signature holds (authentic), and the
/// failure when the file was changed after a signature.
pub(crate) fn check(
    bytes: &[u8],
    env: &Envelope,
    trust: &Trust,
) -> (Vec<SignatureSummary>, bool, Option<Failure>) {
    let reports = match jalga_sign::verify_pdf(bytes, &trust.options()) {
        Ok(r) => r,
        Err(e) => {
            let f = Failure::Unreadable {
                detail: e.to_string(),
            };
            return (Vec::new(), false, Some(f));
        }
    };
    let sigs: Vec<SignatureSummary> = reports.iter().map(|r| summarize(r, env)).collect();
    let broken = sigs.iter().find(|s| {
        s.reasons
            .iter()
            .any(|r| matches!(r.as_str(), "crypto" | "changed-after" | "malformed"))
    });
    let failure = broken.map(|s| Failure::SignatureBroken {
        name: s.name.clone(),
        detail: s.detail.clone().unwrap_or_default(),
    });
    let signed_by = |role: &str| {
        sigs.iter()
            .any(|s| s.holds && s.party.as_deref() == Some(role))
    };
    let authentic = failure.is_none()
        && !sigs.is_empty()
        && sigs.iter().all(|s| s.holds)
        && signed_by("landlord")
        && signed_by("tenant");
    (sigs, authentic, failure)
}

/// The import's note for an authentic document: who signed it.
pub fn import_note(sigs: &[SignatureSummary], code: &str) -> Message {
    let names: Vec<String> = sigs
        .iter()
        .map(|s| format!("{} ({})", s.name, s.iin.as_deref().unwrap_or("—")))
        .collect();
    Message::new("doc-import-authentic")
        .arg("code", code)
        .arg("names", names.join(", "))
}

/// A document signed: the PDF with one more signature, a detached CMS of
/// the PDF as it was given, and who signed.
#[derive(Debug, Clone)]
pub struct SignedDocument {
    pub pdf: Vec<u8>,
    pub cms: Vec<u8>,
    pub signer: SignatureSummary,
}

/// The message for a refusal, in the catalogue's words (`sign-<code>`).
pub fn sign_message(e: &SignError) -> Message {
    e.args()
        .into_iter()
        .fold(Message::new(&format!("sign-{}", e.code())), |m, (k, v)| {
            m.arg(k, v)
        })
}

fn sign_problem(e: SignError) -> CoreError {
    let field = match &e {
        SignError::WrongPassword => "password",
        SignError::Pdf { .. } | SignError::NotAParty { .. } => "document",
        _ => "key",
    };
    CoreError::Invalid {
        field: field.into(),
        message: sign_message(&e),
    }
}

/// Signs an intact Jalga document with a party's key from a PKCS#12 key
/// store. Refuses, writing nothing, a document that does not verify, a
/// wrong password, an authentication key, an expired certificate, one from
/// another root, a signer who is not the landlord or the tenant, GOST keys.
pub fn sign_document(
    pdf: &[u8],
    p12: &[u8],
    password: &str,
    trust: &Trust,
    now: DateTime<Utc>,
) -> Result<SignedDocument, CoreError> {
    let verdict = verify_with(pdf, trust);
    if let Some(f) = &verdict.failure {
        return Err(CoreError::Invalid {
            field: "document".into(),
            message: f.to_message(),
        });
    }
    let env = attached_envelope(pdf).ok_or(CoreError::Invalid {
        field: "document".into(),
        message: Failure::NoData.to_message(),
    })?;
    let ks = jalga_sign::open_key_store(p12, password).map_err(sign_problem)?;
    let parties: Vec<String> = [&env.data.landlord, &env.data.tenant]
        .iter()
        .filter_map(|p| p.iin.clone())
        .collect();
    let opts = jalga_sign::SignOptions {
        roots: trust.roots.clone(),
        parties: Some(parties),
        now,
        reason: Some(format!("{} {}", env.kind, env.data.number)),
    };
    let signed = jalga_sign::sign_pdf(pdf, &ks, &opts).map_err(sign_problem)?;
    let cms = jalga_sign::sign_detached(pdf, &ks, &opts).map_err(sign_problem)?;
    let report = jalga_sign::verify_pdf(&signed.bytes, &trust.options())
        .map_err(sign_problem)?
        .pop()
        .ok_or_else(|| CoreError::Pdf("the signature was not written".into()))?;
    Ok(SignedDocument {
        signer: summarize(&report, &env),
        pdf: signed.bytes,
        cms: cms.bytes,
    })
}
