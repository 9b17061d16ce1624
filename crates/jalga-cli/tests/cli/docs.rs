//! `jalga pdf` and `jalga verify`.

use std::path::{Path, PathBuf};

use lopdf::{Document, Object};

use crate::jalga;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets/samples")
        .join(name)
}

fn make(dir: &Path, kind: &str, lang: &str) -> PathBuf {
    let out = dir.join(format!("{kind}.pdf"));
    jalga()
        .args(["pdf", kind, "--data"])
        .arg(sample("lease-astana.json"))
        .args(["--lang", lang, "--out"])
        .arg(&out)
        .assert()
        .success();
    out
}

#[test]
fn pdf_then_verify_passes() {
    let dir = tempfile::tempdir().unwrap();
    for kind in ["agreement", "consent", "registration-sheet"] {
        let pdf = make(dir.path(), kind, "kk+ru");
        let out = jalga().arg("verify").arg(&pdf).assert().success();
        let line = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(line.contains(" consistent "), "{line}");
    }
}

#[test]
fn verify_fails_a_tampered_file_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = make(dir.path(), "agreement", "ru");
    let mut doc = Document::load(&pdf).unwrap();
    doc.catalog_mut().unwrap().remove(b"Names");
    let stripped = dir.path().join("stripped.pdf");
    doc.save(&stripped).unwrap();
    let out = jalga()
        .args(["--lang", "ru", "verify"])
        .arg(&stripped)
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("unknown no-data: В PDF нет встроенных данных"),
        "{text}"
    );

    // A changed byte in the page text.
    let mut doc = Document::load(&pdf).unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let id = doc.get_page_contents(page)[0];
    let mut content = doc.get_page_content(page);
    let at = content.windows(2).position(|w| w == b"<0").unwrap() + 3;
    content[at] = if content[at] == b'5' { b'6' } else { b'5' };
    doc.objects.insert(
        id,
        Object::Stream(lopdf::Stream::new(lopdf::Dictionary::new(), content)),
    );
    let changed = dir.path().join("changed.pdf");
    doc.save(&changed).unwrap();
    let out = jalga()
        .args(["verify", "--json"])
        .arg(&changed)
        .arg(&pdf)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v[0]["intact"], false);
    assert_eq!(v[0]["failure"]["code"], "page-altered");
    assert_eq!(v[0]["failure"]["page"], 1);
    assert_eq!(v[1]["intact"], true);
}

#[test]
fn batch_writes_one_file_per_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for n in 0..3 {
        std::fs::copy(
            sample("foreigner-almaty.json"),
            data.join(format!("lease-{n}.json")),
        )
        .unwrap();
    }
    std::fs::write(data.join("notes.txt"), "not data").unwrap();
    let out = dir.path().join("pdf");
    jalga()
        .args(["pdf", "foreigner-notice", "--lang", "kk", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stdout("Жазылған құжаттар: 3\n");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "lease-0-foreigner-notice-kk.pdf",
            "lease-1-foreigner-notice-kk.pdf",
            "lease-2-foreigner-notice-kk.pdf"
        ]
    );
}

#[test]
fn a_batch_with_a_bad_file_reports_it_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"number\": 1}").unwrap();
    let out = jalga()
        .args(["pdf", "agreement", "--data"])
        .arg(sample("lease-astana.json"))
        .arg("--data")
        .arg(&bad)
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.json"), "{err}");
}

#[test]
fn usage_and_data_errors() {
    let dir = tempfile::tempdir().unwrap();
    // An unknown language is a usage error.
    jalga()
        .args(["pdf", "agreement", "--lang", "de", "--data"])
        .arg(sample("lease-astana.json"))
        .arg("--out")
        .arg(dir.path().join("x.pdf"))
        .assert()
        .code(2);
    // A foreigner notice without a foreigner: one line, exit 1.
    let out = jalga()
        .args(["--lang", "kk", "pdf", "foreigner-notice", "--data"])
        .arg(sample("lease-astana.json"))
        .arg("--out")
        .arg(dir.path().join("x.pdf"))
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("деректер жетпейді: foreigner"), "{err}");
    // Documents by id need the store: without --db that is a usage error.
    let out = jalga()
        .args(["pdf", "agreement", "7", "--out"])
        .arg(dir.path().join("x.pdf"))
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("--db FILE"), "{err}");
    // Verifying a file that is not there: it could not run.
    jalga()
        .args(["verify", "/nonexistent.pdf"])
        .assert()
        .code(3);
}

#[test]
fn every_document_of_a_demo_lease_comes_from_the_database_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite3");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    // The Almaty lease has a tenant, a foreign occupant and registrations.
    for kind in [
        "agreement",
        "consent",
        "registration-sheet",
        "foreigner-notice",
    ] {
        let out = dir.path().join(format!("{kind}.pdf"));
        let run = jalga()
            .arg("--db")
            .arg(&db)
            .args(["--lang", "kk+ru", "pdf", kind, "l-dostyk-2026", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let v = jalga().arg("verify").arg(&out).output().unwrap();
        assert_eq!(v.status.code(), Some(0), "{kind}");
        assert!(String::from_utf8(v.stdout)
            .unwrap()
            .contains(" consistent "));
    }
}

#[test]
fn a_document_by_id_needs_the_database_and_a_known_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let run = jalga()
        .args(["pdf", "agreement", "l-1", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(2),
        "a missing --db is a usage error"
    );
    assert!(String::from_utf8(run.stderr).unwrap().contains("--db"));

    let db = dir.path().join("demo.sqlite3");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    let run = jalga()
        .arg("--db")
        .arg(&db)
        .args(["pdf", "agreement", "no-such-lease", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no-such-lease"), "{stderr}");
    assert!(!out.exists(), "nothing is written for an unknown id");
}

#[test]
fn a_batch_from_the_database_writes_one_pdf_per_lease() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite3");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    let out = dir.path().join("out");
    jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "ru", "pdf", "agreement", "--all", "--out"])
        .arg(&out)
        .assert()
        .success();
    let leases = jalga()
        .arg("--db")
        .arg(&db)
        .args(["list", "leases", "--json"])
        .output()
        .unwrap();
    let leases: serde_json::Value = serde_json::from_slice(&leases.stdout).unwrap();
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut want: Vec<String> = leases
        .as_array()
        .unwrap()
        .iter()
        .map(|l| format!("{}-agreement-ru.pdf", l["id"].as_str().unwrap()))
        .collect();
    want.sort();
    assert_eq!(written, want);
}

/// `pdf registration-sheet LEASE` from the store: one PDF, one section per
/// registrant aged 14 or over. The demo's Tauelsizdik lease has a tenant, a
/// spouse and a child under 14: two sheets, neither an owner, the child on
/// the tenant's sheet as not registered.
#[test]
fn a_registration_sheet_from_the_store_has_one_section_per_registrant() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite").display().to_string();
    jalga().args(["--db", &db, "demo"]).assert().success();
    let out = dir.path().join("sheets.pdf");
    jalga()
        .args(["--db", &db, "--lang", "ru", "pdf", "registration-sheet"])
        .arg("l-tauelsizdik-2026")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let Ok(text) = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&out)
        .arg("-")
        .output()
    else {
        eprintln!("pdftotext is not installed: skipped");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("(1 из 2)") && text.contains("(2 из 2)"),
        "{text}"
    );
    assert!(!text.contains("(3 из"), "{text}");
    assert_eq!(text.matches("не собственник жилища").count(), 2, "{text}");
    assert_eq!(
        text.matches("не регистрируется (младше 14 лет)").count(),
        1,
        "{text}"
    );
}
