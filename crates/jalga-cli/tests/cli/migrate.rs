//! `jalga migrate --from FILE --to postgres://…`: a clerk's encrypted file
//! lifted into a scratch database of the test server (skipped without it;
//! see `jalga_core::store::pg::scratch::test_server`).

use jalga_core::store::pg::scratch::{test_server, ScratchDb};

use super::jalga;

const PASS: &str = "the clerk's passphrase";

/// The demo in an encrypted file.
fn clerk_file(dir: &std::path::Path) -> String {
    let file = dir.join("clerk.sqlite3").display().to_string();
    jalga().args(["--db", &file, "demo"]).assert().success();
    jalga()
        .env("JALGA_NEW_PASSPHRASE", PASS)
        .args(["--db", &file, "passphrase", "set"])
        .assert()
        .success();
    file
}

fn export_json(db: &str) -> Vec<u8> {
    jalga()
        .env("JALGA_PASSPHRASE", PASS)
        .args(["--db", db, "export", "--format", "json", "-"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn an_encrypted_file_migrates_once_and_exports_the_same_then_a_second_is_refused() {
    let Some(url) = test_server(
        "an_encrypted_file_migrates_once_and_exports_the_same_then_a_second_is_refused",
    ) else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = clerk_file(dir.path());
    // Without the passphrase the locked file is not read.
    let locked = jalga()
        .args(["migrate", "--from", &file, "--to", db.url()])
        .assert()
        .code(3);
    assert!(
        stderr(&locked).contains("passphrase"),
        "{}",
        stderr(&locked)
    );
    let done = jalga()
        .env("JALGA_PASSPHRASE", PASS)
        .args(["--lang", "ru", "migrate", "--from", &file, "--to", db.url()])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&done.get_output().stdout).into_owned();
    assert!(said.contains("Перенесено записей"), "{said}");
    assert_eq!(export_json(db.url()), export_json(&file));
    let log = jalga()
        .args(["--db", db.url(), "log", "list"])
        .assert()
        .success();
    let log = String::from_utf8_lossy(&log.get_output().stdout).into_owned();
    assert!(log.contains("records from clerk.sqlite3"), "{log}");
    // Again: refused, in the language asked for, and nothing written.
    let again = jalga()
        .env("JALGA_PASSPHRASE", PASS)
        .args(["--lang", "kk", "migrate", "--from", &file, "--to", db.url()])
        .assert()
        .code(1);
    assert!(
        stderr(&again).contains("ештеңе көшірілмеді"),
        "{}",
        stderr(&again)
    );
    let log_after = jalga()
        .args(["--db", db.url(), "log", "list"])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&log_after.get_output().stdout), log);
    // With --merge: the same records.
    jalga()
        .env("JALGA_PASSPHRASE", PASS)
        .args(["migrate", "--merge", "--from", &file, "--to", db.url()])
        .assert()
        .success();
    assert_eq!(export_json(db.url()), export_json(&file));
}

#[test]
fn a_source_that_is_no_database_or_is_missing_writes_nothing() {
    let Some(url) = test_server("a_source_that_is_no_database_or_is_missing_writes_nothing") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, vec![7u8; 8192]).unwrap();
    let missing = dir.path().join("missing.sqlite3");
    for source in [&junk, &missing] {
        jalga()
            .arg("migrate")
            .arg("--from")
            .arg(source)
            .args(["--to", db.url()])
            .assert()
            .code(3);
    }
    assert!(!missing.exists(), "a missing source was created");
    let log = jalga()
        .args(["--db", db.url(), "log", "list"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&log.get_output().stdout).into_owned();
    assert!(!text.contains("migrate"), "{text}");
}
