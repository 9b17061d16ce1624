//! PKCS#12 key stores and what an NCA RK certificate says about its holder.
//!
//! NCA RK issues each person two keys: an authentication key (`AUTH_RSA…`,
//! key usage digitalSignature + keyEncipherment, extended key usage
//! clientAuth) and a signing key (`RSA…`, key usage digitalSignature +
//! nonRepudiation). The subject names the holder: CN (surname and name),
//! SURNAME, GIVENNAME (patronymic), serialNumber `IIN` + 12 digits, C=KZ,
//! and for an employee of an organisation O and OU `BIN` + 12 digits.

use chrono::{DateTime, Utc};
use openssl::asn1::{Asn1Time, Asn1TimeRef};
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{Id, PKey, Private};
use openssl::stack::Stack;
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::{X509KeyUsage, X509NameRef, X509Ref, X509StoreContext, X509};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::SignError;

/// An opened key store: the signing key, its certificate and the CA
/// certificates that came with it. The password is not kept.
pub struct KeyStore {
    pub(crate) key: PKey<Private>,
    pub(crate) cert: X509,
    pub(crate) chain: Vec<X509>,
}

impl std::fmt::Debug for KeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyStore")
            .field("subject", &describe_name(self.cert.subject_name()))
            .finish_non_exhaustive()
    }
}

impl KeyStore {
    /// What the certificate says.
    pub fn certificate(&self) -> CertInfo {
        cert_info(&self.cert)
    }

    /// The certificate, DER.
    pub fn certificate_der(&self) -> Vec<u8> {
        self.cert.to_der().unwrap_or_default()
    }
}

/// The certificate's holder and its uses, as a report shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertInfo {
    /// CN: for NCA RK, "SURNAME NAME".
    pub common_name: String,
    pub surname: Option<String>,
    /// GIVENNAME: NCA RK puts the patronymic here.
    pub given_name: Option<String>,
    /// From serialNumber `IIN…`.
    pub iin: Option<String>,
    /// From OU `BIN…`, for an organisation's employee.
    pub bin: Option<String>,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub issuer: String,
    /// The certificate's serial number, hex.
    pub serial: String,
    pub not_before: DateTime<Utc>,
    pub not_after: DateTime<Utc>,
    /// Key usage bits by name (digitalSignature, nonRepudiation, …).
    pub key_usage: Vec<String>,
    /// A signing key (nonRepudiation), not an authentication key.
    pub signing: bool,
    /// The SHA-256 of the certificate, hex.
    pub sha256: String,
}

impl CertInfo {
    /// The name a person reads: CN and, if given, the patronymic.
    pub fn display_name(&self) -> String {
        match &self.given_name {
            Some(g) => format!("{} {g}", self.common_name).trim().to_string(),
            None => self.common_name.clone(),
        }
    }
}

fn entry(name: &X509NameRef, nid: Nid) -> Option<String> {
    name.entries_by_nid(nid)
        .next()
        .and_then(|e| e.data().to_string().ok())
}

pub(crate) fn describe_name(name: &X509NameRef) -> String {
    entry(name, Nid::COMMONNAME)
        .or_else(|| entry(name, Nid::ORGANIZATIONNAME))
        .unwrap_or_default()
}

/// `IIN123456789012` → `123456789012`; the same for `BIN`.
fn tagged(value: Option<String>, tag: &str) -> Option<String> {
    let v = value?;
    let rest = v.strip_prefix(tag)?;
    (rest.len() == 12 && rest.bytes().all(|b| b.is_ascii_digit())).then(|| rest.to_string())
}

pub(crate) fn asn1_to_chrono(t: &Asn1TimeRef) -> DateTime<Utc> {
    let epoch = Asn1Time::from_unix(0).expect("the epoch is a valid time");
    let diff = epoch.diff(t).expect("two valid times have a difference");
    DateTime::<Utc>::UNIX_EPOCH
        + chrono::Duration::days(i64::from(diff.days))
        + chrono::Duration::seconds(i64::from(diff.secs))
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn cert_info(cert: &X509Ref) -> CertInfo {
    let s = cert.subject_name();
    let ku = cert.key_usage();
    let names = [
        (X509KeyUsage::DIGITAL_SIGNATURE, "digitalSignature"),
        (X509KeyUsage::NON_REPUDIATION, "nonRepudiation"),
        (X509KeyUsage::KEY_ENCIPHERMENT, "keyEncipherment"),
        (X509KeyUsage::DATA_ENCIPHERMENT, "dataEncipherment"),
        (X509KeyUsage::KEY_AGREEMENT, "keyAgreement"),
        (X509KeyUsage::KEY_CERT_SIGN, "keyCertSign"),
        (X509KeyUsage::CRL_SIGN, "cRLSign"),
    ];
    let key_usage = ku
        .map(|k| {
            names
                .iter()
                .filter(|(bit, _)| k.contains(*bit))
                .map(|(_, n)| (*n).to_string())
                .collect()
        })
        .unwrap_or_default();
    CertInfo {
        common_name: entry(s, Nid::COMMONNAME).unwrap_or_default(),
        surname: entry(s, Nid::SURNAME),
        given_name: entry(s, Nid::GIVENNAME),
        iin: tagged(entry(s, Nid::SERIALNUMBER), "IIN"),
        bin: tagged(entry(s, Nid::ORGANIZATIONALUNITNAME), "BIN"),
        organization: entry(s, Nid::ORGANIZATIONNAME),
        country: entry(s, Nid::COUNTRYNAME),
        issuer: describe_name(cert.issuer_name()),
        serial: cert
            .serial_number()
            .to_bn()
            .map(|b| hex(&b.to_vec()))
            .unwrap_or_default(),
        not_before: asn1_to_chrono(cert.not_before()),
        not_after: asn1_to_chrono(cert.not_after()),
        key_usage,
        signing: ku.is_some_and(|k| k.contains(X509KeyUsage::NON_REPUDIATION)),
        sha256: cert
            .digest(openssl::hash::MessageDigest::sha256())
            .map(|d| hex(&d))
            .unwrap_or_default(),
    }
}

/// The Kazakh GOST arc (1.2.398.3.10) and the Russian one (1.2.643), as
/// DER object identifier bytes: a key store or certificate that names them
/// holds a GOST key.
const GOST_ARCS: [&[u8]; 2] = [&[0x2a, 0x83, 0x0e, 0x03, 0x0a], &[0x2a, 0x85, 0x03]];

/// Whether `der` holds an object identifier under a GOST arc. Only a whole
/// identifier counts (tag 06, a length that fits, then the arc): the bare
/// arc bytes turn up by chance in a key store's encrypted, random-looking
/// content (three bytes once in a few thousand key stores), and a wrong
/// password was then reported as a GOST key.
fn names_gost(der: &[u8]) -> bool {
    GOST_ARCS.iter().any(|arc| {
        der.windows(arc.len() + 2).any(|w| {
            w[0] == 0x06
                && usize::from(w[1]) >= arc.len()
                && usize::from(w[1]) <= 0x7f
                && &w[2..] == *arc
        })
    })
}

/// Opens a PKCS#12 key store. The password is used once and not kept.
pub fn open_key_store(p12: &[u8], password: &str) -> Result<KeyStore, SignError> {
    let password = Zeroizing::new(password.to_string());
    let store = Pkcs12::from_der(p12).map_err(|_| {
        if names_gost(p12) {
            SignError::Gost
        } else {
            SignError::NotAKeyStore
        }
    })?;
    let parsed = store.parse2(&password).map_err(|_| {
        // OpenSSL without a GOST engine cannot decrypt GOST key stores at
        // all; say so rather than blame the password.
        if names_gost(p12) {
            SignError::Gost
        } else {
            SignError::WrongPassword
        }
    })?;
    let (Some(key), Some(cert)) = (parsed.pkey, parsed.cert) else {
        return Err(SignError::NoKey);
    };
    if key.id() != Id::RSA {
        let der = cert.to_der().unwrap_or_default();
        return Err(if names_gost(&der) {
            SignError::Gost
        } else {
            SignError::UnsupportedKey {
                algorithm: format!("{:?}", key.id()),
            }
        });
    }
    let chain = parsed
        .ca
        .map(|s| s.into_iter().collect())
        .unwrap_or_default();
    Ok(KeyStore { key, cert, chain })
}

/// The certificates one trusts: DER or PEM, one or several per file.
pub fn parse_certificates(bytes: &[u8]) -> Result<Vec<X509>, SignError> {
    if bytes.starts_with(b"-----") || bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        Ok(X509::stack_from_pem(bytes)?)
    } else {
        Ok(vec![X509::from_der(bytes)?])
    }
}

/// Checks the certificate's chain up to `roots` at `at`, with the given
/// intermediates. `Err` carries OpenSSL's reason.
pub(crate) fn check_chain(
    cert: &X509Ref,
    intermediates: &[X509],
    roots: &[X509],
    at: DateTime<Utc>,
) -> Result<(), String> {
    let run = || -> Result<Result<(), String>, openssl::error::ErrorStack> {
        let mut builder = X509StoreBuilder::new()?;
        for r in roots {
            builder.add_cert(r.clone())?;
        }
        let mut param = openssl::x509::verify::X509VerifyParam::new()?;
        param.set_time(at.timestamp() as _);
        builder.set_param(&param)?;
        let store = builder.build();
        let mut chain = Stack::new()?;
        for c in intermediates {
            chain.push(c.clone())?;
        }
        let mut ctx = X509StoreContext::new()?;
        ctx.init(&store, cert, &chain, |c| {
            Ok(if c.verify_cert()? {
                Ok(())
            } else {
                Err(c.error().error_string().to_string())
            })
        })
    };
    run().unwrap_or_else(|e| Err(e.to_string()))
}

/// The checks before signing, in the order a person can act on them.
pub(crate) fn check_signer(
    ks: &KeyStore,
    roots: &[X509],
    parties: Option<&[String]>,
    now: DateTime<Utc>,
) -> Result<CertInfo, SignError> {
    let info = cert_info(&ks.cert);
    if !info.signing {
        return Err(SignError::AuthenticationKey);
    }
    if now < info.not_before || now > info.not_after {
        return Err(SignError::Expired {
            not_before: info.not_before.format("%Y-%m-%d").to_string(),
            not_after: info.not_after.format("%Y-%m-%d").to_string(),
        });
    }
    check_chain(&ks.cert, &ks.chain, roots, now)
        .map_err(|reason| SignError::UntrustedChain { reason })?;
    if let Some(parties) = parties {
        let iin = info.iin.clone().ok_or(SignError::NoIin)?;
        if !parties.contains(&iin) {
            return Err(SignError::NotAParty { iin });
        }
    }
    Ok(info)
}
