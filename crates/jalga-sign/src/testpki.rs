//! A PKI shaped the way NCA RK shapes its own, for tests only: a root, an
//! intermediate, and people with their IIN in the subject's serialNumber,
//! each with a signing key (nonRepudiation) and an authentication key
//! (keyEncipherment, clientAuth), with the extended key usage NCA RK gives
//! individuals. Never trusted outside tests.

use chrono::{DateTime, Duration, Utc};
use openssl::asn1::{Asn1Integer, Asn1Time};
use openssl::bn::BigNum;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::stack::Stack;
use openssl::x509::extension::{
    AuthorityKeyIdentifier, BasicConstraints, CrlNumber, ExtendedKeyUsage, KeyUsage,
    SubjectKeyIdentifier,
};
use openssl::x509::{X509Crl, X509CrlBuilder, X509Name, X509RevokedBuilder, X509};

/// A certificate authority: its certificate and key.
pub struct Ca {
    pub cert: X509,
    pub key: PKey<Private>,
}

/// The use a person's key is issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    /// `RSA…`: digitalSignature + nonRepudiation.
    Signing,
    /// `AUTH_RSA…`: digitalSignature + keyEncipherment, clientAuth.
    Authentication,
}

/// A person as the tests need them.
pub struct Person<'a> {
    pub surname: &'a str,
    pub name: &'a str,
    pub patronymic: &'a str,
    pub iin: &'a str,
}

/// NCA RK's extended key usage for an individual's keys.
const INDIVIDUAL: &str = "1.2.398.3.3.4.1.1";

static SERIAL: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1000);

fn serial() -> Asn1Integer {
    let n = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    BigNum::from_u32(n)
        .and_then(|b| b.to_asn1_integer())
        .expect("a small serial")
}

fn time(t: DateTime<Utc>) -> Asn1Time {
    Asn1Time::from_unix(t.timestamp() as _).expect("a valid time")
}

fn rsa() -> PKey<Private> {
    PKey::from_rsa(Rsa::generate(2048).expect("RSA key")).expect("PKey")
}

fn ca_name(cn: &str) -> X509Name {
    let mut n = X509Name::builder().expect("name");
    n.append_entry_by_nid(Nid::COUNTRYNAME, "KZ").expect("C");
    n.append_entry_by_nid(Nid::COMMONNAME, cn).expect("CN");
    n.build()
}

impl Ca {
    /// A self-signed root, valid ten years around now.
    pub fn root(cn: &str) -> Ca {
        let key = rsa();
        let name = ca_name(cn);
        let mut b = X509::builder().expect("builder");
        b.set_version(2).expect("v3");
        b.set_serial_number(&serial()).expect("serial");
        b.set_subject_name(&name).expect("subject");
        b.set_issuer_name(&name).expect("issuer");
        b.set_pubkey(&key).expect("key");
        b.set_not_before(&time(Utc::now() - Duration::days(365)))
            .expect("nb");
        b.set_not_after(&time(Utc::now() + Duration::days(3650)))
            .expect("na");
        b.append_extension(BasicConstraints::new().critical().ca().build().expect("bc"))
            .expect("bc");
        b.append_extension(
            KeyUsage::new()
                .critical()
                .key_cert_sign()
                .crl_sign()
                .build()
                .expect("ku"),
        )
        .expect("ku");
        let ski = SubjectKeyIdentifier::new()
            .build(&b.x509v3_context(None, None))
            .expect("ski");
        b.append_extension(ski).expect("ski");
        b.sign(&key, MessageDigest::sha256()).expect("sign");
        Ca {
            cert: b.build(),
            key,
        }
    }

    /// An intermediate CA under this one.
    pub fn intermediate(&self, cn: &str) -> Ca {
        let key = rsa();
        let mut b = X509::builder().expect("builder");
        b.set_version(2).expect("v3");
        b.set_serial_number(&serial()).expect("serial");
        b.set_subject_name(&ca_name(cn)).expect("subject");
        b.set_issuer_name(self.cert.subject_name()).expect("issuer");
        b.set_pubkey(&key).expect("key");
        b.set_not_before(&time(Utc::now() - Duration::days(300)))
            .expect("nb");
        b.set_not_after(&time(Utc::now() + Duration::days(3000)))
            .expect("na");
        b.append_extension(
            BasicConstraints::new()
                .critical()
                .ca()
                .pathlen(0)
                .build()
                .expect("bc"),
        )
        .expect("bc");
        b.append_extension(
            KeyUsage::new()
                .critical()
                .key_cert_sign()
                .crl_sign()
                .build()
                .expect("ku"),
        )
        .expect("ku");
        let ski = SubjectKeyIdentifier::new()
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("ski");
        b.append_extension(ski).expect("ski");
        let aki = AuthorityKeyIdentifier::new()
            .keyid(true)
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("aki");
        b.append_extension(aki).expect("aki");
        b.sign(&self.key, MessageDigest::sha256()).expect("sign");
        Ca {
            cert: b.build(),
            key,
        }
    }

    /// A person's certificate and key, valid from `from` to `to`.
    pub fn issue(
        &self,
        p: &Person<'_>,
        usage: Usage,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> (X509, PKey<Private>) {
        let key = rsa();
        let mut n = X509Name::builder().expect("name");
        n.append_entry_by_nid(Nid::COMMONNAME, &format!("{} {}", p.surname, p.name))
            .expect("CN");
        n.append_entry_by_nid(Nid::SURNAME, p.surname).expect("SN");
        n.append_entry_by_nid(Nid::SERIALNUMBER, &format!("IIN{}", p.iin))
            .expect("serialNumber");
        n.append_entry_by_nid(Nid::COUNTRYNAME, "KZ").expect("C");
        n.append_entry_by_nid(Nid::GIVENNAME, p.patronymic)
            .expect("G");
        let mut b = X509::builder().expect("builder");
        b.set_version(2).expect("v3");
        b.set_serial_number(&serial()).expect("serial");
        b.set_subject_name(&n.build()).expect("subject");
        b.set_issuer_name(self.cert.subject_name()).expect("issuer");
        b.set_pubkey(&key).expect("key");
        b.set_not_before(&time(from)).expect("nb");
        b.set_not_after(&time(to)).expect("na");
        let ku = match usage {
            Usage::Signing => KeyUsage::new()
                .critical()
                .digital_signature()
                .non_repudiation()
                .build(),
            Usage::Authentication => KeyUsage::new()
                .critical()
                .digital_signature()
                .key_encipherment()
                .build(),
        };
        b.append_extension(ku.expect("ku")).expect("ku");
        let eku = match usage {
            Usage::Signing => ExtendedKeyUsage::new()
                .email_protection()
                .other(INDIVIDUAL)
                .build(),
            Usage::Authentication => ExtendedKeyUsage::new()
                .client_auth()
                .other(INDIVIDUAL)
                .build(),
        };
        b.append_extension(eku.expect("eku")).expect("eku");
        let aki = AuthorityKeyIdentifier::new()
            .keyid(true)
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("aki");
        b.append_extension(aki).expect("aki");
        b.sign(&self.key, MessageDigest::sha256()).expect("sign");
        (b.build(), key)
    }

    /// A CRL from this CA that revokes `revoked` (OpenSSL builds no empty
    /// CRL: give it at least one).
    pub fn crl(&self, revoked: &[&X509]) -> X509Crl {
        let mut b = X509CrlBuilder::new().expect("crl");
        b.set_issuer_name(self.cert.subject_name()).expect("issuer");
        b.set_last_update(&time(Utc::now() - Duration::days(1)))
            .expect("last");
        b.set_next_update(&time(Utc::now() + Duration::days(7)))
            .expect("next");
        // OpenSSL asks every CRL to name its issuer's key.
        let ctx_holder = X509::builder().expect("builder");
        let aki = AuthorityKeyIdentifier::new()
            .keyid(true)
            .build(&ctx_holder.x509v3_context(Some(&self.cert), None))
            .expect("aki");
        b.append_extension(aki).expect("aki");
        let number = BigNum::from_u32(1).expect("1");
        b.append_extension(
            CrlNumber::new(number)
                .and_then(CrlNumber::build)
                .expect("n"),
        )
        .expect("crl number");
        for c in revoked {
            let mut r = X509RevokedBuilder::new().expect("revoked");
            r.set_serial_number(c.serial_number()).expect("serial");
            r.set_revocation_date(&time(Utc::now() - Duration::hours(1)))
                .expect("date");
            b.add_revoked(r.build()).expect("add");
        }
        b.sign(&self.key, MessageDigest::sha256()).expect("sign");
        b.build().expect("crl")
    }
}

/// A PKCS#12 key store with the key, its certificate and the CA chain.
pub fn p12(cert: &X509, key: &PKey<Private>, chain: &[&X509], password: &str) -> Vec<u8> {
    let mut ca = Stack::new().expect("stack");
    for c in chain {
        ca.push((*c).clone()).expect("push");
    }
    let mut b = Pkcs12::builder();
    b.name("RSA").pkey(key).cert(cert).ca(ca);
    b.build2(password).expect("p12").to_der().expect("der")
}
