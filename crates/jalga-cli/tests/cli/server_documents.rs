//! Documents on an office server: `pdf` records what it issued on the
//! server, and `verify` checks a code or a PDF against the server's records
//! as it does against a file's. Skipped without the test server (see
//! `jalga_core::store::pg::scratch::test_server`).

use jalga_core::store::pg::scratch::{test_server, ScratchDb};

use super::jalga;

#[test]
fn a_document_issued_on_the_server_verifies_against_it() {
    let Some(url) = test_server("a_document_issued_on_the_server_verifies_against_it") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("a.pdf").display().to_string();
    // A sample is a file's business: the server refuses it and says so.
    let refused = jalga()
        .args(["--db", db.url(), "--lang", "en", "demo"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not on an office server"));
    // The demo's records, lifted from a file into the server.
    let file = dir.path().join("local.sqlite3").display().to_string();
    jalga().args(["--db", &file, "demo"]).assert().success();
    jalga()
        .args(["migrate", "--from", &file, "--to", db.url()])
        .assert()
        .success();
    jalga()
        .args([
            "--db",
            db.url(),
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
            .args(["--db", db.url(), "verify"])
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let (status, text) = check(&["--code", &code.to_lowercase(), &pdf]);
    assert_eq!(status, Some(0), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.contains(" issued-here ")).count(),
        2,
        "{text}"
    );
    let (status, text) = check(&["--code", "ZZZZ-ZZZZ-ZZZZ"]);
    assert_eq!(status, Some(1), "{text}");
    assert!(text.contains("unknown code-unknown"), "{text}");
    // The issue is in the server's change log, and the chain holds.
    let log = jalga()
        .args(["--db", db.url(), "log", "verify"])
        .output()
        .unwrap();
    assert_eq!(log.status.code(), Some(0), "{log:?}");
}
