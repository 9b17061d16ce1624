//! The parties sign a Jalga document with their own EDS keys (a test PKI
//! shaped like NCA RK's; the assets' roots are never trusted here), and
//! verification, the verdict and the clerk's import say who signed.

use chrono::{Duration, Utc};
use jalga_core::documents::{
    self, from_store::document_data, sign_document, DocKind, DocLang, DocStatus, DocumentData,
    Trust,
};
use jalga_core::interchange::{self, Watch};
use jalga_core::{CoreError, Store};
use jalga_sign::testpki::{p12, Ca, Person, Usage};
use jalga_testkit::demo::demo_bundle;

const PASSWORD: &str = "Qwerty12";

struct Pki {
    root: Ca,
    nca: Ca,
}

fn pki() -> &'static Pki {
    static PKI: std::sync::OnceLock<Pki> = std::sync::OnceLock::new();
    PKI.get_or_init(|| {
        let root = Ca::root("TEST ROOT (RSA)");
        let nca = root.intermediate("TEST NCA (RSA)");
        Pki { root, nca }
    })
}

fn trust() -> Trust {
    Trust {
        roots: vec![pki().root.cert.clone()],
        crls: Vec::new(),
    }
}

fn key(iin: &str, usage: Usage) -> Vec<u8> {
    let p = pki();
    let who = Person {
        surname: "ТЕСТОВ",
        name: "ТЕСТ",
        patronymic: "ТЕСТОВИЧ",
        iin,
    };
    let (cert, key) = p.nca.issue(
        &who,
        usage,
        Utc::now() - Duration::days(10),
        Utc::now() + Duration::days(300),
    );
    p12(&cert, &key, &[&p.nca.cert, &p.root.cert], PASSWORD)
}

fn agreement() -> (Store, tempfile::TempDir, DocumentData, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let data = document_data(&store, DocKind::Agreement, "l-abay-2026").unwrap();
    let pdf = documents::render(DocKind::Agreement, &data, DocLang::Ru).unwrap();
    (store, dir, data, pdf)
}

fn iins(data: &DocumentData) -> (String, String) {
    (
        data.landlord.iin.clone().expect("the landlord has an IIN"),
        data.tenant.iin.clone().expect("the tenant has an IIN"),
    )
}

#[test]
fn signed_by_both_parties_is_authentic() {
    let (_s, _d, data, pdf) = agreement();
    let (landlord, tenant) = iins(&data);
    let t = trust();
    let v = documents::verify_with(&pdf, &t);
    assert_eq!(v.status, DocStatus::Consistent);
    assert!(v.signatures.is_empty(), "unsigned");

    let once = sign_document(
        &pdf,
        &key(&landlord, Usage::Signing),
        PASSWORD,
        &t,
        Utc::now(),
    )
    .expect("the landlord signs");
    assert_eq!(once.signer.party.as_deref(), Some("landlord"));
    assert!(!once.cms.is_empty());
    let v = documents::verify_with(&once.pdf, &t);
    assert_eq!(v.status, DocStatus::Consistent, "one party is not enough");
    assert!(v.intact && v.signatures.len() == 1 && v.signatures[0].holds);

    let twice = sign_document(
        &once.pdf,
        &key(&tenant, Usage::Signing),
        PASSWORD,
        &t,
        Utc::now(),
    )
    .expect("the tenant signs");
    let v = documents::verify_with(&twice.pdf, &t);
    assert_eq!(v.status, DocStatus::Authentic, "{v:#?}");
    let who: Vec<_> = v
        .signatures
        .iter()
        .map(|s| {
            (
                s.party.clone().unwrap(),
                s.iin.clone().unwrap(),
                s.revocation.clone(),
            )
        })
        .collect();
    assert_eq!(
        who,
        [
            ("landlord".into(), landlord, "not-checked".into()),
            ("tenant".into(), tenant, "not-checked".into())
        ]
    );
    // Without the test root nothing is authentic.
    let v = documents::verify_with(&twice.pdf, &Trust::nca());
    assert_eq!(v.status, DocStatus::Consistent);
    assert!(v
        .signatures
        .iter()
        .all(|s| s.reasons == ["untrusted-chain"]));
}

#[test]
fn one_changed_byte_after_signing_is_altered() {
    let (_s, _d, data, pdf) = agreement();
    let (landlord, _) = iins(&data);
    let signed = sign_document(
        &pdf,
        &key(&landlord, Usage::Signing),
        PASSWORD,
        &trust(),
        Utc::now(),
    )
    .unwrap();
    let mut bytes = signed.pdf;
    // A byte the document's own check does not read: the info key's name.
    let at = bytes.windows(9).position(|w| w == b"JalgaCode").unwrap();
    bytes[at + 8] = b'f';
    let v = documents::verify_with(&bytes, &trust());
    assert_eq!(v.status, DocStatus::Altered);
    assert_eq!(
        v.failure.as_ref().map(|f| f.code()),
        Some("signature-broken")
    );
}

#[test]
fn refusals_name_their_reason() {
    let (_s, _d, data, pdf) = agreement();
    let (landlord, _) = iins(&data);
    let cases = [
        (
            key(&landlord, Usage::Signing),
            "wrong",
            "sign-wrong-password",
        ),
        (
            key(&landlord, Usage::Authentication),
            PASSWORD,
            "sign-authentication-key",
        ),
        (
            key("770707300789", Usage::Signing),
            PASSWORD,
            "sign-not-a-party",
        ),
    ];
    for (p12, password, id) in cases {
        match sign_document(&pdf, &p12, password, &trust(), Utc::now()) {
            Err(CoreError::Invalid { message, .. }) => assert_eq!(message.id, id),
            other => panic!("{id}: {other:?}"),
        }
    }
}

#[test]
fn the_clerks_import_says_which() {
    let (_s, dir, data, pdf) = agreement();
    let (landlord, tenant) = iins(&data);
    let t = trust();
    let once = sign_document(
        &pdf,
        &key(&landlord, Usage::Signing),
        PASSWORD,
        &t,
        Utc::now(),
    )
    .unwrap();
    let twice = sign_document(
        &once.pdf,
        &key(&tenant, Usage::Signing),
        PASSWORD,
        &t,
        Utc::now(),
    )
    .unwrap();
    let cases = [
        (&once.pdf, true, "doc-import-not-authentic"),
        (&twice.pdf, false, "doc-import-authentic"),
    ];
    for (i, (bytes, unsigned, note)) in cases.into_iter().enumerate() {
        let mut clerk = Store::open(&dir.path().join(format!("clerk{i}.sqlite"))).unwrap();
        let got =
            documents::import_document_trusting(&mut clerk, bytes, &t, &mut Watch::unwatched())
                .unwrap();
        assert_eq!((got.unsigned, got.note.id.as_str()), (unsigned, note));
    }
}
