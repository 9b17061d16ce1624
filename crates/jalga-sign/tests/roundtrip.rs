use jalga_sign::{
    sign_detached, sign_pdf, verify_detached, verify_pdf, Chain, Coverage, Revocation,
    VerifyOptions,
};

use crate::common::{key_store, options, pdf, pki, roots, LANDLORD, TENANT};

fn trusting() -> VerifyOptions {
    VerifyOptions {
        roots: roots(),
        ..Default::default()
    }
}

#[test]
fn one_signature_covers_the_whole_file_and_names_the_signer() {
    let signed = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).expect("signs");
    assert_eq!(signed.signer.iin.as_deref(), Some(LANDLORD.iin));
    let reports = verify_pdf(&signed.bytes, &trusting()).expect("reads");
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert!(r.crypto_valid, "{:?}", r.problem);
    assert!(
        r.cades,
        "the ESS signing-certificate-v2 attribute is signed"
    );
    assert_eq!(r.coverage, Coverage::WholeFile);
    assert_eq!(r.chain, Chain::Trusted);
    assert_eq!(r.revocation, Revocation::NotChecked);
    let who = r.signer.as_ref().expect("the signer's certificate");
    assert_eq!(who.iin.as_deref(), Some(LANDLORD.iin));
    assert_eq!(who.surname.as_deref(), Some(LANDLORD.surname));
    assert!(who.signing);
    assert!(r.signing_time.is_some());
    assert!(r.holds());
}

#[test]
fn the_second_signer_keeps_the_first_signature_valid() {
    let once = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).expect("signs");
    let twice = sign_pdf(&once.bytes, &key_store(&TENANT), &options()).expect("signs again");
    assert!(
        twice.bytes.starts_with(&once.bytes),
        "an incremental update"
    );
    let reports = verify_pdf(&twice.bytes, &trusting()).expect("reads");
    let iins: Vec<_> = reports
        .iter()
        .map(|r| r.signer.as_ref().and_then(|s| s.iin.clone()))
        .collect();
    assert_eq!(
        iins,
        [Some(LANDLORD.iin.to_string()), Some(TENANT.iin.to_string())]
    );
    assert!(matches!(
        reports[0].coverage,
        Coverage::EarlierRevision { .. }
    ));
    assert_eq!(reports[1].coverage, Coverage::WholeFile);
    assert!(reports.iter().all(|r| r.holds()), "{reports:#?}");
}

#[test]
fn one_changed_byte_breaks_the_signature() {
    let signed = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).expect("signs");
    let mut bytes = signed.bytes.clone();
    let at = bytes
        .windows(16)
        .position(|w| w == b"Agreement 1/2026")
        .expect("the page text");
    bytes[at] = b'a';
    let reports = verify_pdf(&bytes, &trusting()).expect("reads");
    assert!(!reports[0].crypto_valid);
    assert!(!reports[0].holds());
}

#[test]
fn a_change_appended_after_a_signature_is_reported() {
    let signed = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).expect("signs");
    // A later revision that replaces the first page's content.
    let doc = lopdf::Document::load_mem(&signed.bytes).expect("loads");
    let page = *doc.get_pages().values().next().expect("a page");
    let content = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut inc = lopdf::IncrementalDocument::create_from(signed.bytes.clone(), doc);
    inc.new_document.set_object(
        content,
        lopdf::Stream::new(
            lopdf::dictionary! {},
            b"BT /F1 14 Tf 72 720 Td (Forged) Tj ET".to_vec(),
        ),
    );
    let mut changed = Vec::new();
    inc.save_to(&mut changed).unwrap();
    let reports = verify_pdf(&changed, &trusting()).expect("reads");
    assert!(reports[0].crypto_valid, "the bytes it covers are intact");
    assert!(matches!(reports[0].coverage, Coverage::ChangedAfter { .. }));
    assert!(!reports[0].holds());
}

#[test]
fn a_chain_to_a_root_not_trusted_does_not_hold() {
    let signed = sign_pdf(&pdf(), &key_store(&LANDLORD), &options()).expect("signs");
    let other = VerifyOptions {
        roots: vec![pki().other.cert.clone()],
        ..Default::default()
    };
    let r = &verify_pdf(&signed.bytes, &other).expect("reads")[0];
    assert!(r.crypto_valid);
    assert!(matches!(r.chain, Chain::Untrusted { .. }));
    assert!(!r.holds());
}

#[test]
fn a_crl_the_user_gives_is_checked() {
    let ks = key_store(&TENANT);
    let signed = sign_pdf(&pdf(), &ks, &options()).expect("signs");
    let p = pki();
    let revoking = p
        .nca
        .crl(&[&jalga_sign::X509::from_der(&ks.certificate_der()).unwrap()]);
    let someone_else = jalga_sign::X509::from_der(&key_store(&LANDLORD).certificate_der()).unwrap();
    let empty = p.nca.crl(&[&someone_else]);
    let with = |crl| VerifyOptions {
        roots: roots(),
        crls: vec![crl],
        now: None,
    };
    let r = &verify_pdf(&signed.bytes, &with(empty)).unwrap()[0];
    assert_eq!(r.revocation, Revocation::Good);
    let r = &verify_pdf(&signed.bytes, &with(revoking)).unwrap()[0];
    assert!(matches!(r.revocation, Revocation::Revoked { .. }));
    assert!(!r.holds());
}

#[test]
fn a_detached_cms_verifies_against_its_data_only() {
    let data = pdf();
    let cms = sign_detached(&data, &key_store(&TENANT), &options()).expect("signs");
    let r = verify_detached(&cms.bytes, &data, &trusting());
    assert!(
        r.crypto_valid && r.cades && r.chain == Chain::Trusted,
        "{r:?}"
    );
    let mut other = data.clone();
    other[20] ^= 1;
    assert!(!verify_detached(&cms.bytes, &other, &trusting()).crypto_valid);
}
