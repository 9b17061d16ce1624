//! `gen-city` and `audit` as a clerk's scripts use them.

use serde_json::Value;

use crate::jalga;

const TODAY: &str = "2026-11-20";

fn city(dir: &tempfile::TempDir) -> (String, Value) {
    let db = dir.path().join("city.sqlite").display().to_string();
    let out = jalga()
        .args(["--db", &db, "gen-city", "--people", "3000", "--seed", "3"])
        .args(["--today", TODAY, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The manifest is also written next to the database.
    let beside: Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("city.sqlite.manifest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest, beside);
    (db, manifest)
}

#[test]
fn audit_finds_the_planted_violations_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (db, manifest) = city(&dir);
    let out = jalga()
        .args(["--db", &db, "audit", "--today", TODAY, "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let planted: usize = manifest["planted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["subjects"].as_array().unwrap().len())
        .sum();
    assert_eq!(findings.len(), planted);
    assert_eq!(findings[0]["subject"]["id"], manifest["rubber_flat"]);
    assert!(findings[0]["summary"].as_str().unwrap().contains("937"));
}

#[test]
fn audit_by_kind_in_russian_and_kazakh_and_clean_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = city(&dir);
    let ru = jalga()
        .args(["--db", &db, "--lang", "ru", "audit", "--today", TODAY])
        .args(["--kind", "overstay"])
        .output()
        .unwrap();
    assert_eq!(ru.status.code(), Some(1));
    let text = String::from_utf8(ru.stdout).unwrap();
    assert!(text.contains("Превышен срок пребывания"), "{text}");
    assert!(text.lines().filter(|l| l.starts_with("overstay ")).count() >= 3);
    assert!(!text.contains("no-lease "));
    let kk = jalga()
        .args(["--db", &db, "--lang", "kk", "audit", "--today", TODAY])
        .args(["--kind", "invalid-iin"])
        .output()
        .unwrap();
    assert!(String::from_utf8(kk.stdout)
        .unwrap()
        .contains("Жарамсыз ЖСН"));
    // A district with nothing in it: clean, exit 0.
    let clean = jalga()
        .args([
            "--db",
            &db,
            "audit",
            "--today",
            TODAY,
            "--district",
            "Нигде",
        ])
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0));
    assert!(String::from_utf8(clean.stdout)
        .unwrap()
        .contains("No findings"));
}

#[test]
fn audit_writes_csv() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = city(&dir);
    let csv = dir.path().join("f.csv");
    jalga()
        .args([
            "--db",
            &db,
            "audit",
            "--today",
            TODAY,
            "--min-severity",
            "critical",
        ])
        .args(["--csv", csv.to_str().unwrap()])
        .assert()
        .code(1);
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("kind,severity,subject_kind,subject_id"));
    assert!(text.lines().skip(1).all(|l| l.is_empty()
        || l.contains(",critical,")
        || !l.starts_with(|c: char| c.is_ascii_lowercase())));
    assert!(text.contains("overcrowded,critical,property"));
}

#[test]
fn bad_audit_options_are_usage_errors_that_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite").display().to_string();
    jalga().args(["--db", &db, "demo"]).assert().success();
    for (args, needle) in [
        (vec!["--kind", "rubber"], "rubber"),
        (vec!["--min-severity", "dire"], "dire"),
    ] {
        let out = jalga()
            .args(["--db", &db, "--lang", "ru", "audit"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(needle) && err.contains("Неизвестн"), "{err}");
    }
    let out = jalga()
        .args(["--db", &db, "audit", "--preset", "mars"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("mars"));
    jalga().args(["audit"]).assert().code(2);
}

#[test]
fn gen_city_is_deterministic_and_writes_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    for out in [&a, &b] {
        jalga()
            .args([
                "gen-city", "--people", "300", "--seed", "9", "--today", TODAY,
            ])
            .args(["--out", out.to_str().unwrap()])
            .assert()
            .success();
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    // Import checks IINs with the same rule as the audit: it refuses the
    // bundle, naming exactly the people planted with bad IINs (and the
    // registrations that refer to them), nothing else.
    let db = dir.path().join("c.sqlite").display().to_string();
    let out = jalga()
        .args(["--db", &db, "import", a.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("a.json.manifest.json")).unwrap())
            .unwrap();
    let bad_ids = manifest["planted"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "invalid-iin" || p["kind"] == "iin-mismatch")
        .map(|p| p["subjects"].as_array().unwrap().len())
        .sum::<usize>();
    let person_problems = text.lines().filter(|l| l.starts_with("persons[")).count();
    assert_eq!(person_problems, bad_ids, "{text}");
    assert!(
        text.lines()
            .all(|l| l.starts_with("persons[") || l.contains("unknown-ref")),
        "{text}"
    );
}

#[test]
fn pdf_records_what_it_issued_and_verify_checks_it_against_the_db() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite").display().to_string();
    let pdf = dir.path().join("a.pdf").display().to_string();
    jalga().args(["--db", &db, "demo"]).assert().success();
    jalga()
        .args([
            "--db",
            &db,
            "--lang",
            "ru",
            "pdf",
            "agreement",
            "l-abay-2026",
        ])
        .args(["--out", &pdf])
        .assert()
        .success();
    let plain = jalga().args(["verify", &pdf]).output().unwrap();
    let line = String::from_utf8(plain.stdout).unwrap();
    let code = line.split_whitespace().nth(2).unwrap().to_owned();
    let check = |args: &[&str]| {
        let out = jalga()
            .args(["--db", &db, "verify"])
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let typed = code.to_lowercase();
    let (status, text) = check(&["--code", &typed, &pdf]);
    assert_eq!(status, Some(0), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.contains(" issued-here ")).count(),
        2,
        "{text}"
    );
    let (status, text) = check(&["--code", "ZZZZ-ZZZZ-ZZZZ"]);
    assert_eq!(status, Some(1));
    assert!(text.contains("unknown code-unknown"), "{text}");
    // The lease changes after the document was printed.
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute(
        "UPDATE lease SET rent = rent + 1 WHERE id = 'l-abay-2026'",
        [],
    )
    .unwrap();
    drop(c);
    let (status, text) = check(&["--code", &code, "--json"]);
    assert_eq!(status, Some(1));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v[0]["state"], "altered");
    assert_eq!(v[0]["what"][0], "terms.rent");
}

#[test]
fn audit_writes_a_pdf_report() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = city(&dir);
    let pdf = dir.path().join("r.pdf");
    jalga()
        .args(["--db", &db, "--lang", "kk", "audit", "--today", TODAY])
        .args(["--pdf", pdf.to_str().unwrap()])
        .assert()
        .code(1);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!(doc.get_pages().len() >= 3);
}

/// A scheduled audit tells its outcomes apart by the exit code alone:
/// 0 clean, 1 findings, 2 a wrong command line, 3 could not run.
#[test]
fn exit_codes_tell_findings_from_usage_from_failure() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = city(&dir);
    let audit = |db: &str, pass: Option<&str>| {
        let mut cmd = jalga();
        if let Some(p) = pass {
            cmd.env("JALGA_PASSPHRASE", p);
        }
        let out = cmd
            .args(["--db", db, "audit", "--today", TODAY, "--json"])
            .output()
            .unwrap();
        let report: Option<Value> = serde_json::from_slice(&out.stdout).ok();
        (out.status.code(), report)
    };
    let (code, plain) = audit(&db, None);
    assert_eq!(code, Some(1));
    // Encrypted, the same city audits the same (with its passphrase) and
    // cannot be audited without it.
    let secret = dir.path().join("secret.sqlite").display().to_string();
    std::fs::copy(&db, &secret).unwrap();
    let set = jalga()
        .env("JALGA_NEW_PASSPHRASE", "city key")
        .args(["--db", &secret, "passphrase", "set"])
        .output()
        .unwrap();
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let (code, encrypted) = audit(&secret, Some("city key"));
    assert_eq!(code, Some(1));
    assert_eq!(encrypted, plain);
    assert_eq!(audit(&secret, Some("wrong key")).0, Some(3));
    // Not a database at all, or nowhere to be opened: could not run.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "just some text ".repeat(400)).unwrap();
    assert_eq!(audit(&text.display().to_string(), None).0, Some(3));
    let nowhere = dir.path().join("no/such/folder/j.sqlite");
    assert_eq!(audit(&nowhere.display().to_string(), None).0, Some(3));
    // Usage errors.
    jalga().args(["audit", "--today", TODAY]).assert().code(2);
    jalga()
        .args(["--db", &db, "audit", "--bogus"])
        .assert()
        .code(2);
    // Invalid input reported: an unknown kind of finding is a usage error
    // of clap's, a refused file is 1.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"persons\": [{\"id\": 1}]}").unwrap();
    jalga()
        .args(["--db", &db, "import"])
        .arg(&bad)
        .assert()
        .code(1);
    // The codes are listed in the help.
    let help = jalga().arg("--help").output().unwrap();
    assert_eq!(help.status.code(), Some(0));
    let help = String::from_utf8(help.stdout).unwrap();
    for line in [
        "Exit codes:",
        "0  done",
        "1  findings",
        "2  usage",
        "3  failure",
    ] {
        assert!(help.contains(line), "{line} missing from --help:\n{help}");
    }
}
