use chrono::{Duration, Utc};
use jalga_sign::testpki::{p12, Ca, Person, Usage};
use jalga_sign::{open_key_store, KeyStore, SignOptions, X509};
use lopdf::{dictionary, Document, Object, Stream};

pub const PASSWORD: &str = "Qwerty12";

pub const LANDLORD: Person<'static> = Person {
    surname: "ЖҰМАБЕКОВ",
    name: "АСҚАР",
    patronymic: "НҰРЛАНҰЛЫ",
    iin: "850101300123",
};
pub const TENANT: Person<'static> = Person {
    surname: "ИВАНОВА",
    name: "МАРИЯ",
    patronymic: "ПЕТРОВНА",
    iin: "900215400456",
};
pub const STRANGER: Person<'static> = Person {
    surname: "СЕРІКОВ",
    name: "ДӘУЛЕТ",
    patronymic: "ҚАНАТҰЛЫ",
    iin: "770707300789",
};

/// The test PKI: a root and an intermediate like NCA RK's, and another root.
pub struct Pki {
    pub root: Ca,
    pub nca: Ca,
    pub other: Ca,
}

pub fn pki() -> &'static Pki {
    static PKI: std::sync::OnceLock<Pki> = std::sync::OnceLock::new();
    PKI.get_or_init(|| {
        let root = Ca::root("ТЕСТ НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)");
        let nca = root.intermediate("ТЕСТ ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)");
        let other = Ca::root("Some Other Root");
        Pki { root, nca, other }
    })
}

/// A p12 for `who` from `ca`, and its chain.
pub fn key_store_bytes(
    ca: &Ca,
    root: &Ca,
    who: &Person<'_>,
    usage: Usage,
    expired: bool,
) -> Vec<u8> {
    let (from, to) = if expired {
        (
            Utc::now() - Duration::days(400),
            Utc::now() - Duration::days(35),
        )
    } else {
        (
            Utc::now() - Duration::days(30),
            Utc::now() + Duration::days(335),
        )
    };
    let (cert, key) = ca.issue(who, usage, from, to);
    p12(&cert, &key, &[&ca.cert, &root.cert], PASSWORD)
}

pub fn key_store(who: &Person<'_>) -> KeyStore {
    let p = pki();
    open_key_store(
        &key_store_bytes(&p.nca, &p.root, who, Usage::Signing, false),
        PASSWORD,
    )
    .expect("the test key store opens")
}

pub fn roots() -> Vec<X509> {
    vec![pki().root.cert.clone()]
}

pub fn options() -> SignOptions {
    SignOptions {
        roots: roots(),
        parties: Some(vec![LANDLORD.iin.to_string(), TENANT.iin.to_string()]),
        now: Utc::now(),
        reason: Some("Rental agreement".into()),
    }
}

/// A small two-page PDF with an attached file, written by lopdf.
pub fn pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids = Vec::new();
    for text in ["Agreement 1/2026", "Signatures"] {
        let content = format!("BT /F1 14 Tf 72 720 Td ({text}) Tj ET");
        let c = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => c,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Count" => kids.len() as i64, "Kids" => kids,
        }),
    );
    let file = doc.add_object(Stream::new(
        dictionary! { "Type" => "EmbeddedFile" },
        br#"{"number":"1/2026"}"#.to_vec(),
    ));
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec", "F" => Object::string_literal("data.json"),
        "EF" => dictionary! { "F" => file },
    });
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id,
        "Names" => dictionary! { "EmbeddedFiles" => dictionary! {
            "Names" => vec![Object::string_literal("data.json"), spec.into()],
        }},
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("the test PDF saves");
    out
}
