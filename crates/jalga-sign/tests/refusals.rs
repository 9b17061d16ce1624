//! Every refusal comes before anything is written, with its reason.

use jalga_sign::testpki::Usage;
use jalga_sign::{open_key_store, sign_detached, sign_pdf, SignError};

use crate::common::{key_store_bytes, options, pdf, pki, LANDLORD, PASSWORD, STRANGER};

#[test]
fn a_wrong_password_is_refused() {
    let p = pki();
    let bytes = key_store_bytes(&p.nca, &p.root, &LANDLORD, Usage::Signing, false);
    assert_eq!(
        open_key_store(&bytes, "wrong").unwrap_err(),
        SignError::WrongPassword
    );
    assert_eq!(
        open_key_store(b"not a key store", PASSWORD).unwrap_err(),
        SignError::NotAKeyStore
    );
}

#[test]
fn refusals_table() {
    let p = pki();
    let other_ca = p.other.intermediate("Other CA");
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "authentication key",
            key_store_bytes(&p.nca, &p.root, &LANDLORD, Usage::Authentication, false),
            "authentication-key",
        ),
        (
            "another root",
            key_store_bytes(&other_ca, &p.other, &LANDLORD, Usage::Signing, false),
            "untrusted-chain",
        ),
        (
            "expired",
            key_store_bytes(&p.nca, &p.root, &LANDLORD, Usage::Signing, true),
            "expired",
        ),
        (
            "not a party",
            key_store_bytes(&p.nca, &p.root, &STRANGER, Usage::Signing, false),
            "not-a-party",
        ),
    ];
    let doc = pdf();
    for (what, p12, code) in cases {
        let ks = open_key_store(&p12, PASSWORD).expect(what);
        let err = sign_pdf(&doc, &ks, &options()).expect_err(what);
        assert_eq!(err.code(), code, "{what}: {err}");
        let err = sign_detached(&doc, &ks, &options()).expect_err(what);
        assert_eq!(err.code(), code, "{what} (CMS): {err}");
    }
}

#[test]
fn gost_key_stores_are_named_as_such() {
    // A key store whose algorithm identifiers are Kazakh GOST (1.2.398.3.10…):
    // OpenSSL cannot read it, and the reason given is GOST, not the password.
    let mut fake = vec![
        0x30, 0x0b, 0x06, 0x09, 0x2a, 0x83, 0x0e, 0x03, 0x0a, 0x01, 0x01, 0x01, 0x01,
    ];
    fake.extend_from_slice(&[0; 4]);
    assert_eq!(
        open_key_store(&fake, PASSWORD).unwrap_err(),
        SignError::Gost
    );
}

#[test]
fn a_wrong_password_is_not_taken_for_gost_by_chance() {
    // The Russian GOST arc is three bytes (2a 85 03): random-looking bytes
    // in a key store hold them now and then. Put them where nothing names an
    // algorithm (the start of the MAC's SHA-256 value) and give a wrong
    // password: the reason must stay the password.
    let p = pki();
    let mut bytes = key_store_bytes(&p.nca, &p.root, &LANDLORD, Usage::Signing, false);
    let sha256_then_value = [
        0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
    ];
    let at = bytes
        .windows(sha256_then_value.len())
        .rposition(|w| w == sha256_then_value)
        .expect("the key store's MAC is SHA-256")
        + sha256_then_value.len();
    bytes[at..at + 3].copy_from_slice(&[0x2a, 0x85, 0x03]);
    assert_eq!(
        open_key_store(&bytes, "wrong").unwrap_err(),
        SignError::WrongPassword
    );

    // A whole GOST object identifier (Russian arc) still names GOST.
    let mut fake = vec![
        0x30, 0x0c, 0x06, 0x0a, 0x2a, 0x85, 0x03, 0x07, 0x01, 0x01, 0x01, 0x02, 0x02, 0x00,
    ];
    fake.extend_from_slice(&[0; 4]);
    assert_eq!(
        open_key_store(&fake, PASSWORD).unwrap_err(),
        SignError::Gost
    );
}
