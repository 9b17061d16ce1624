//! Poppler's `pdfsig` as an independent judge (scripts/install-deps.sh
//! installs poppler-utils).

use std::process::Command;

use jalga_sign::sign_pdf;

use crate::common::{key_store, options, pdf, LANDLORD, TENANT};

fn pdfsig(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signed.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdfsig")
        .arg(&path)
        .output()
        .expect("pdfsig (poppler-utils) is installed");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn pdfsig_finds_both_signatures_valid() {
    let once = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).unwrap();
    let twice = sign_pdf(&once.bytes, &key_store(&TENANT), &options()).unwrap();
    let out = pdfsig(&twice.bytes);
    assert_eq!(out.matches("Signature is Valid").count(), 2, "{out}");
    assert_eq!(out.matches("ETSI.CAdES.detached").count(), 2, "{out}");
    // The first covers its revision, the second the whole file.
    assert_eq!(out.matches("Total document signed").count(), 1, "{out}");
    assert!(
        out.contains(LANDLORD.surname) && out.contains(TENANT.surname),
        "{out}"
    );
}

#[test]
fn pdfsig_catches_one_changed_byte() {
    let signed = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).unwrap();
    assert!(pdfsig(&signed.bytes).contains("Signature is Valid"));
    let mut bytes = signed.bytes;
    let at = bytes
        .windows(16)
        .position(|w| w == b"Agreement 1/2026")
        .unwrap();
    bytes[at] = b'a';
    let out = pdfsig(&bytes);
    assert!(!out.contains("Signature is Valid"), "{out}");
    assert!(out.contains("Digest Mismatch"), "{out}");
}
