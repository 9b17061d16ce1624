//! Verification: each signature's cryptography, the bytes it covers, the
//! certificate's chain to the roots the caller trusts, and revocation when
//! the caller supplies a CRL.

use chrono::{DateTime, Utc};
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier};
use der::{Decode, Encode, Reader, SliceReader};
use lopdf::Object;
use openssl::cms::{CMSOptions, CmsContentInfo};
use openssl::x509::{X509Crl, X509};
use serde::Serialize;

use crate::keys::{asn1_to_chrono, cert_info, check_chain, CertInfo};
use crate::SignError;

/// What to trust.
#[derive(Default)]
pub struct VerifyOptions {
    pub roots: Vec<X509>,
    /// Certificate revocation lists the user supplied; none means
    /// revocation is not checked (it needs the network).
    pub crls: Vec<X509Crl>,
    /// The time the chain is checked at (now: there is no trusted
    /// timestamp in a baseline B signature).
    pub now: Option<DateTime<Utc>>,
}

impl std::fmt::Debug for VerifyOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyOptions")
            .field("roots", &self.roots.len())
            .field("crls", &self.crls.len())
            .field("now", &self.now)
            .finish()
    }
}

/// How much of the file a signature covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Coverage {
    /// The whole file but the signature itself.
    WholeFile,
    /// A revision; what came after changes no page and no attached file
    /// (later signatures, say).
    EarlierRevision { later_bytes: usize },
    /// A revision, and what came after changes pages or attached files.
    ChangedAfter { later_bytes: usize },
    /// The byte range is malformed or does not end a revision.
    Malformed,
}

/// The certificate chain's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Chain {
    Trusted,
    Untrusted { reason: String },
}

/// Revocation: offline unless a CRL was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Revocation {
    NotChecked,
    Good,
    Revoked { date: String },
}

/// One signature in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignatureReport {
    /// The field's name (/T), when it has one.
    pub field: Option<String>,
    pub signer: Option<CertInfo>,
    /// The signed signingTime attribute, or else the dictionary's /M.
    pub signing_time: Option<DateTime<Utc>>,
    /// The signature value verifies over the covered bytes.
    pub crypto_valid: bool,
    /// CAdES: the ESS signing-certificate-v2 attribute binds the certificate.
    pub cades: bool,
    pub coverage: Coverage,
    pub chain: Chain,
    pub revocation: Revocation,
    /// Why it does not hold, in OpenSSL's or our words.
    pub problem: Option<String>,
}

impl SignatureReport {
    /// The signature holds: valid, trusted, not revoked, and the document
    /// unchanged since (but for later signatures).
    pub fn holds(&self) -> bool {
        self.crypto_valid
            && self.chain == Chain::Trusted
            && !matches!(self.revocation, Revocation::Revoked { .. })
            && matches!(
                self.coverage,
                Coverage::WholeFile | Coverage::EarlierRevision { .. }
            )
    }
}

/// Reads a CRL, PEM or DER.
pub fn parse_crl(bytes: &[u8]) -> Result<X509Crl, SignError> {
    Ok(if bytes.starts_with(b"-----") {
        X509Crl::from_pem(bytes)?
    } else {
        X509Crl::from_der(bytes)?
    })
}

const OID_SIGNING_TIME: &str = "1.2.840.113549.1.9.5";
const OID_SIGNING_CERT_V2: &str = "1.2.840.113549.1.9.16.2.47";

/// The parts of a CMS the report needs.
struct Parsed {
    certs: Vec<X509>,
    signer: Option<X509>,
    signing_time: Option<DateTime<Utc>>,
    cades: bool,
    /// The CMS itself, without the placeholder's trailing zeros.
    der: Vec<u8>,
}

fn parse_cms(bytes: &[u8]) -> Result<Parsed, String> {
    let mut reader = SliceReader::new(bytes).map_err(|e| e.to_string())?;
    let ci = ContentInfo::decode(&mut reader).map_err(|e| e.to_string())?;
    let used = usize::try_from(u32::from(reader.position())).unwrap_or(bytes.len());
    let sd: SignedData = ci.content.decode_as().map_err(|e| e.to_string())?;
    let mut certs = Vec::new();
    for choice in sd.certificates.iter().flat_map(|s| s.0.iter()) {
        if let cms::cert::CertificateChoices::Certificate(c) = choice {
            let der = c.to_der().map_err(|e| e.to_string())?;
            certs.push(X509::from_der(&der).map_err(|e| e.to_string())?);
        }
    }
    let si = sd.signer_infos.0.iter().next().ok_or("no signer")?.clone();
    let signer = match &si.sid {
        SignerIdentifier::IssuerAndSerialNumber(isn) => {
            let serial = isn.serial_number.as_bytes().to_vec();
            certs
                .iter()
                .find(|c| {
                    c.serial_number()
                        .to_bn()
                        .map(|b| strip_zero(&b.to_vec()) == strip_zero(&serial))
                        .unwrap_or(false)
                })
                .cloned()
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => certs
            .iter()
            .find(|c| c.subject_key_id().map(|k| k.as_slice()) == Some(ski.0.as_bytes()))
            .cloned(),
    };
    let mut signing_time = None;
    let mut cades = false;
    for attr in si.signed_attrs.iter().flat_map(|a| a.iter()) {
        let oid = attr.oid.to_string();
        if oid == OID_SIGNING_CERT_V2 {
            cades = true;
        }
        if oid == OID_SIGNING_TIME {
            if let Some(v) = attr.values.iter().next() {
                if let Ok(t) = v.to_der().and_then(|d| x509_cert::time::Time::from_der(&d)) {
                    let secs = t.to_unix_duration().as_secs();
                    signing_time = DateTime::from_timestamp(secs as i64, 0);
                }
            }
        }
    }
    Ok(Parsed {
        certs,
        signer,
        signing_time,
        cades,
        der: bytes[..used].to_vec(),
    })
}

fn strip_zero(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&x| x == 0).count();
    &b[n..]
}

fn revocation(signer: &X509, chain: &[X509], crls: &[X509Crl]) -> Revocation {
    for crl in crls {
        let Ok(ordering) = crl.issuer_name().try_cmp(signer.issuer_name()) else {
            continue;
        };
        if ordering != std::cmp::Ordering::Equal {
            continue;
        }
        // Only a CRL signed by the certificate's issuer counts.
        let signed_by_issuer = chain.iter().any(|ca| {
            ca.subject_name().try_cmp(crl.issuer_name()).ok() == Some(std::cmp::Ordering::Equal)
                && ca
                    .public_key()
                    .and_then(|k| crl.verify(&k))
                    .unwrap_or(false)
        });
        if !signed_by_issuer {
            continue;
        }
        return match crl.get_by_cert(signer) {
            openssl::x509::CrlStatus::Revoked(r) | openssl::x509::CrlStatus::RemoveFromCrl(r) => {
                Revocation::Revoked {
                    date: asn1_to_chrono(r.revocation_date()).to_rfc3339(),
                }
            }
            openssl::x509::CrlStatus::NotRevoked => Revocation::Good,
        };
    }
    Revocation::NotChecked
}

/// Checks a CMS over `data` (detached) the way a PDF signature is checked.
fn check(
    contents: &[u8],
    data: &[u8],
    opts: &VerifyOptions,
    coverage: Coverage,
) -> SignatureReport {
    let mut report = SignatureReport {
        field: None,
        signer: None,
        signing_time: None,
        crypto_valid: false,
        cades: false,
        coverage,
        chain: Chain::Untrusted {
            reason: "no certificate".into(),
        },
        revocation: Revocation::NotChecked,
        problem: None,
    };
    let parsed = match parse_cms(contents) {
        Ok(p) => p,
        Err(e) => {
            report.problem = Some(format!("CMS: {e}"));
            return report;
        }
    };
    report.signing_time = parsed.signing_time;
    report.cades = parsed.cades;
    let crypto = CmsContentInfo::from_der(&parsed.der).and_then(|mut c| {
        c.verify(
            None,
            None,
            Some(data),
            None,
            CMSOptions::NO_SIGNER_CERT_VERIFY | CMSOptions::BINARY,
        )
    });
    match crypto {
        Ok(()) => report.crypto_valid = true,
        Err(e) => report.problem = Some(e.to_string()),
    }
    let Some(signer) = parsed.signer else {
        report
            .problem
            .get_or_insert_with(|| "the signer's certificate is missing".into());
        return report;
    };
    report.signer = Some(cert_info(&signer));
    let at = opts.now.unwrap_or_else(Utc::now);
    report.chain = match check_chain(&signer, &parsed.certs, &opts.roots, at) {
        Ok(()) => Chain::Trusted,
        Err(reason) => Chain::Untrusted { reason },
    };
    let mut issuers = parsed.certs.clone();
    issuers.extend(opts.roots.iter().cloned());
    report.revocation = revocation(&signer, &issuers, &opts.crls);
    report
}

/// Checks a detached CMS of `data`.
pub fn verify_detached(cms: &[u8], data: &[u8], opts: &VerifyOptions) -> SignatureReport {
    check(cms, data, opts, Coverage::WholeFile)
}

/// A signature value dictionary: its byte range and contents.
struct Found {
    field: Option<String>,
    range: Vec<i64>,
    contents: Vec<u8>,
    claimed: Option<DateTime<Utc>>,
}

fn pdf_date(s: &[u8]) -> Option<DateTime<Utc>> {
    let s = std::str::from_utf8(s).ok()?.strip_prefix("D:")?;
    let digits: String = s.chars().take(14).collect();
    chrono::NaiveDateTime::parse_from_str(&digits, "%Y%m%d%H%M%S")
        .ok()
        .map(|n| n.and_utc())
}

fn signatures(doc: &lopdf::Document) -> Vec<Found> {
    let mut out = Vec::new();
    for obj in doc.objects.values() {
        let Ok(field) = obj.as_dict() else { continue };
        if field.get(b"FT").and_then(Object::as_name).ok() != Some(b"Sig") {
            continue;
        }
        let Ok((_, value)) = field.get(b"V").and_then(|v| doc.dereference(v)) else {
            continue;
        };
        let Ok(v) = value.as_dict() else { continue };
        let range = v
            .get(b"ByteRange")
            .and_then(Object::as_array)
            .map(|a| a.iter().filter_map(|o| o.as_i64().ok()).collect())
            .unwrap_or_default();
        let contents = v
            .get(b"Contents")
            .and_then(Object::as_str)
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        out.push(Found {
            field: field
                .get(b"T")
                .and_then(Object::as_str)
                .ok()
                .map(|t| lopdf::decode_text_string(&Object::string_literal(t)).unwrap_or_default()),
            range,
            contents,
            claimed: v.get(b"M").and_then(Object::as_str).ok().and_then(pdf_date),
        });
    }
    out.sort_by_key(|f| f.range.get(2).copied().unwrap_or(0));
    out
}

/// Each page's content and each attached file.
type Visible = (Vec<Vec<u8>>, Vec<Vec<u8>>);

/// Streams are inflated up to this size, no further.
const MAX_STREAM: usize = 64 * 1024 * 1024;

/// What a reader sees of a revision: each page's content and each
/// attached file, decoded.
fn visible(bytes: &[u8]) -> Option<Visible> {
    let doc = lopdf::Document::load_mem(bytes).ok()?;
    let pages = doc
        .get_pages()
        .values()
        .map(|&id| doc.get_page_content_with_limit(id, MAX_STREAM).ok())
        .collect::<Option<Vec<_>>>()?;
    let mut files = Vec::new();
    for obj in doc.objects.values() {
        if let Ok(s) = obj.as_stream() {
            if s.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"EmbeddedFile") {
                files.push(
                    s.decompressed_content_with_limit(MAX_STREAM)
                        .unwrap_or_else(|_| s.content.clone()),
                );
            }
        }
    }
    files.sort();
    Some((pages, files))
}

/// Every signature in a PDF, earliest first.
pub fn verify_pdf(pdf: &[u8], opts: &VerifyOptions) -> Result<Vec<SignatureReport>, SignError> {
    let doc = lopdf::Document::load_mem(pdf)?;
    let last = visible(pdf);
    let mut out = Vec::new();
    for f in signatures(&doc) {
        let coverage = coverage(pdf, &f, &last);
        let data = match (&coverage, f.range.as_slice()) {
            (Coverage::Malformed, _) => Vec::new(),
            (_, [_, a, b, c]) => {
                let (a, b, c) = (*a as usize, *b as usize, *c as usize);
                [&pdf[..a], &pdf[b..b + c]].concat()
            }
            _ => Vec::new(),
        };
        let mut r = check(&f.contents, &data, opts, coverage);
        if r.coverage == Coverage::Malformed {
            r.crypto_valid = false;
            r.problem = Some("the byte range is malformed".into());
        }
        r.field = f.field;
        r.signing_time = r.signing_time.or(f.claimed);
        out.push(r);
    }
    Ok(out)
}

fn coverage(pdf: &[u8], f: &Found, last: &Option<Visible>) -> Coverage {
    let [0, a, b, c] = f.range.as_slice() else {
        return Coverage::Malformed;
    };
    let (Ok(a), Ok(b), Ok(c)) = (
        usize::try_from(*a),
        usize::try_from(*b),
        usize::try_from(*c),
    ) else {
        return Coverage::Malformed;
    };
    // The gap is exactly the hex string <…> of /Contents.
    if a >= b
        || b.checked_add(c).is_none_or(|e| e > pdf.len())
        || pdf.get(a) != Some(&b'<')
        || pdf.get(b - 1) != Some(&b'>')
        || b - a != 2 * f.contents.len() + 2
    {
        return Coverage::Malformed;
    }
    let end = b + c;
    if end == pdf.len() {
        return Coverage::WholeFile;
    }
    let revision = &pdf[..end];
    let trimmed = revision.trim_ascii_end();
    if !trimmed.ends_with(b"%%EOF") {
        return Coverage::Malformed;
    }
    let later_bytes = pdf.len() - end;
    if last.is_some() && visible(revision) == *last {
        Coverage::EarlierRevision { later_bytes }
    } else {
        Coverage::ChangedAfter { later_bytes }
    }
}
