//! `jalga sign` and the signatures `jalga verify` shows, with a test PKI
//! shaped like NCA RK's (never the roots in assets/).

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use jalga_sign::testpki::{p12, Ca, Person, Usage};

use crate::jalga;

const PASSWORD: &str = "Qwerty12";
const LANDLORD: &str = "850312410006";
const TENANT: &str = "900723310006";

struct Pki {
    root: Ca,
    nca: Ca,
    other: Ca,
}

fn pki() -> &'static Pki {
    static PKI: std::sync::OnceLock<Pki> = std::sync::OnceLock::new();
    PKI.get_or_init(|| {
        let root = Ca::root("TEST ROOT (RSA)");
        let nca = root.intermediate("TEST NCA (RSA)");
        let other = Ca::root("OTHER ROOT");
        Pki { root, nca, other }
    })
}

/// A key store file for `iin` in `dir`.
fn key(
    dir: &Path,
    name: &str,
    ca: &Ca,
    root: &Ca,
    iin: &str,
    usage: Usage,
    expired: bool,
) -> PathBuf {
    let who = Person {
        surname: name,
        name: "ТЕСТ",
        patronymic: "ТЕСТҰЛЫ",
        iin,
    };
    let (from, to) = if expired {
        (
            Utc::now() - Duration::days(400),
            Utc::now() - Duration::days(1),
        )
    } else {
        (
            Utc::now() - Duration::days(1),
            Utc::now() + Duration::days(300),
        )
    };
    let (cert, k) = ca.issue(&who, usage, from, to);
    let path = dir.join(format!("{name}.p12"));
    std::fs::write(&path, p12(&cert, &k, &[&ca.cert, &root.cert], PASSWORD)).unwrap();
    path
}

fn root_pem(dir: &Path) -> PathBuf {
    let path = dir.join("root.pem");
    std::fs::write(&path, pki().root.cert.to_pem().unwrap()).unwrap();
    path
}

fn agreement(dir: &Path) -> PathBuf {
    let out = dir.join("agreement.pdf");
    jalga()
        .args(["pdf", "agreement", "--data"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples/lease-astana.json"))
        .args(["--lang", "ru", "--out"])
        .arg(&out)
        .assert()
        .success();
    out
}

fn sign(
    pdf: &Path,
    p12: &Path,
    out: &Path,
    root: &Path,
    password: &str,
) -> assert_cmd::assert::Assert {
    jalga()
        .env("JALGA_P12_PASSWORD", password)
        .env_remove("JALGA_TRUST")
        .arg("sign")
        .arg(pdf)
        .arg("--p12")
        .arg(p12)
        .arg("--out")
        .arg(out)
        .arg("--trust")
        .arg(root)
        .assert()
}

fn verify(pdf: &Path, root: &Path) -> (bool, String) {
    let out = jalga()
        .env_remove("JALGA_TRUST")
        .arg("verify")
        .arg(pdf)
        .arg("--trust")
        .arg(root)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn landlord_then_tenant_sign_and_verify_says_authentic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = pki();
    let root = root_pem(d);
    let pdf = agreement(d);
    let (ok, text) = verify(&pdf, &root);
    assert!(
        ok && text.contains(" consistent ") && text.trim_end().ends_with("unsigned"),
        "{text}"
    );

    let landlord = key(
        d,
        "СЕЙІТҚАЛИ",
        &p.nca,
        &p.root,
        LANDLORD,
        Usage::Signing,
        false,
    );
    let tenant = key(
        d,
        "ҚҰРМАНОВ",
        &p.nca,
        &p.root,
        TENANT,
        Usage::Signing,
        false,
    );
    let once = d.join("once.pdf");
    let out = sign(&pdf, &landlord, &once, &root, PASSWORD).success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        said.contains("СЕЙІТҚАЛИ") && !said.contains(PASSWORD),
        "{said}"
    );
    let twice = d.join("twice.pdf");
    jalga()
        .env("JALGA_P12_PASSWORD", PASSWORD)
        .arg("sign")
        .arg(&once)
        .arg("--p12")
        .arg(&tenant)
        .arg("--out")
        .arg(&twice)
        .arg("--cms")
        .arg("--trust")
        .arg(&root)
        .assert()
        .success();
    assert!(
        d.join("once.cms").exists(),
        "the detached CMS beside the input"
    );

    let (ok, text) = verify(&twice, &root);
    assert!(ok, "{text}");
    assert!(text.contains(" authentic "), "{text}");
    assert_eq!(text.matches("✓ Signed by").count(), 2, "{text}");
    assert!(text.contains(LANDLORD) && text.contains(TENANT), "{text}");
    assert!(text.contains("Revocation not checked (offline)"), "{text}");

    // Against a database (a clerk's, which did not issue it): the
    // signatures are listed all the same.
    let db = d.join("clerk.sqlite");
    jalga().arg("--db").arg(&db).arg("init").assert().success();
    let out = jalga()
        .env_remove("JALGA_TRUST")
        .arg("--db")
        .arg(&db)
        .arg("verify")
        .arg(&twice)
        .arg("--trust")
        .arg(&root)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("✓ Signed by").count(), 2, "{text}");
}

#[test]
fn one_changed_byte_after_signing_fails_verify() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = pki();
    let root = root_pem(d);
    let pdf = agreement(d);
    let landlord = key(
        d,
        "СЕЙІТҚАЛИ",
        &p.nca,
        &p.root,
        LANDLORD,
        Usage::Signing,
        false,
    );
    let signed = d.join("signed.pdf");
    sign(&pdf, &landlord, &signed, &root, PASSWORD).success();
    let mut bytes = std::fs::read(&signed).unwrap();
    let at = bytes.windows(9).position(|w| w == b"JalgaCode").unwrap();
    bytes[at + 8] = b'f';
    std::fs::write(&signed, &bytes).unwrap();
    let (ok, text) = verify(&signed, &root);
    assert!(!ok, "{text}");
    assert!(text.contains(" altered signature-broken"), "{text}");
}

#[test]
fn every_refusal_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = pki();
    let root = root_pem(d);
    let pdf = agreement(d);
    let other_ca = p.other.intermediate("OTHER CA");
    let cases = [
        (
            "wrong password",
            key(d, "A", &p.nca, &p.root, LANDLORD, Usage::Signing, false),
            "nope",
            "Wrong password",
        ),
        (
            "authentication key",
            key(
                d,
                "B",
                &p.nca,
                &p.root,
                LANDLORD,
                Usage::Authentication,
                false,
            ),
            PASSWORD,
            "authentication key",
        ),
        (
            "another root",
            key(d, "C", &other_ca, &p.other, LANDLORD, Usage::Signing, false),
            PASSWORD,
            "NCA RK root",
        ),
        (
            "expired",
            key(d, "D", &p.nca, &p.root, LANDLORD, Usage::Signing, true),
            PASSWORD,
            "not valid today",
        ),
        (
            "not a party",
            key(
                d,
                "E",
                &p.nca,
                &p.root,
                "770707300789",
                Usage::Signing,
                false,
            ),
            PASSWORD,
            "neither the landlord nor the tenant",
        ),
    ];
    for (what, p12, password, says) in cases {
        let out = d.join(format!("{what}.pdf"));
        let run = sign(&pdf, &p12, &out, &root, password).code(1);
        let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
        assert!(err.contains(says), "{what}: {err}");
        assert!(!out.exists(), "{what}: nothing written");
    }
    let leftovers: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "cms"))
        .collect();
    assert!(leftovers.is_empty());
}
