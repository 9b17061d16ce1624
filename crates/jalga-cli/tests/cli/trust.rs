//! `backup`, `restore`, `passphrase`, `log`, `forget` as scripts use them.

use serde_json::Value;

use crate::jalga;

fn run_ok(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn export(db: &str, passphrase: Option<&str>) -> String {
    let mut cmd = jalga();
    if let Some(p) = passphrase {
        cmd.env("JALGA_PASSPHRASE", p);
    }
    run_ok(cmd.args(["--db", db, "export", "--format", "json", "-"]))
}

fn seeded(dir: &tempfile::TempDir) -> String {
    let db = dir.path().join("jalga.sqlite3").display().to_string();
    jalga().args(["--db", &db, "demo"]).assert().success();
    db
}

/// A demo person who is no party to a lease and hosts no one.
fn forgettable(bundle: &Value) -> String {
    let ids = |list: &str, fields: &[&str]| -> Vec<String> {
        bundle[list]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                fields
                    .iter()
                    .map(|f| r[*f].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let parties = [
        ids("leases", &["tenant_id", "landlord_id"]),
        ids("foreigner_notices", &["host_id"]),
    ]
    .concat();
    let registered = ids("registrations", &["person_id"]);
    bundle["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .find(|id| !parties.contains(id) && registered.contains(id))
        .unwrap()
}

#[test]
fn backup_then_restore_gives_back_the_export_of_backup_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(&dir);
    let out = run_ok(jalga().args(["--db", &db, "backup"]));
    let backups = run_ok(jalga().args(["--db", &db, "backup", "--list"]));
    let path = backups
        .lines()
        .last()
        .unwrap()
        .split('\t')
        .nth(2)
        .unwrap()
        .to_owned();
    assert!(out.contains(&path), "{out}");
    let at_backup = export(&db, None);

    let person = forgettable(&serde_json::from_str(&at_backup).unwrap());
    run_ok(jalga().args(["--db", &db, "forget", &person]));
    assert_ne!(export(&db, None), at_backup);

    let restored = run_ok(jalga().args(["--db", &db, "restore", &path]));
    assert!(restored.contains("Restored"), "{restored}");
    assert_eq!(export(&db, None), at_backup);

    // Not a database: refused, exit 1, the database unchanged.
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "hello ".repeat(1000)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let err = jalga()
        .args(["--db", &db, "restore", junk.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("not a Jalga database"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_passphrase_from_the_environment_protects_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(&dir);
    let plain = export(&db, None);
    run_ok(jalga().env("JALGA_NEW_PASSPHRASE", "first pass").args([
        "--db",
        &db,
        "passphrase",
        "set",
    ]));
    let locked = jalga()
        .args(["--db", &db, "list", "persons"])
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&locked).contains("protected by a passphrase"),
        "{}",
        String::from_utf8_lossy(&locked)
    );
    let wrong = jalga()
        .env("JALGA_PASSPHRASE", "nope")
        .args(["--lang", "ru", "--db", &db, "list", "persons"])
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&wrong).contains("Пароль не подходит"));
    assert_eq!(export(&db, Some("first pass")), plain);

    run_ok(
        jalga()
            .env("JALGA_PASSPHRASE", "first pass")
            .env("JALGA_NEW_PASSPHRASE", "second pass")
            .args(["--db", &db, "passphrase", "change"]),
    );
    assert_eq!(export(&db, Some("second pass")), plain);
    // An encrypted backup restores with its passphrase.
    run_ok(
        jalga()
            .env("JALGA_PASSPHRASE", "second pass")
            .args(["--db", &db, "backup"]),
    );
    run_ok(jalga().env("JALGA_PASSPHRASE", "second pass").args([
        "--db",
        &db,
        "passphrase",
        "remove",
    ]));
    assert_eq!(export(&db, None), plain);
    // Without a terminal and without the variable, nothing is asked.
    run_ok(jalga().args(["--db", &db, "log", "verify"]));
}

#[test]
fn log_verify_finds_an_edited_entry() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(&dir);
    let ok = run_ok(jalga().args(["--db", &db, "log", "verify"]));
    // One entry per kind of record the demo imported (the handover acts too).
    assert!(ok.contains("intact: 8 entries"), "{ok}");
    let list = run_ok(jalga().args(["--db", &db, "log", "list", "--json"]));
    let entries: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(entries.as_array().unwrap().len(), 8);

    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "UPDATE change_log SET summary = '0 person import' WHERE seq = 3",
            [],
        )
        .unwrap();
    let out = jalga()
        .args(["--db", &db, "log", "verify"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("entry 3"), "{out}");
}

#[test]
fn forget_removes_the_person_and_logs_the_act() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(&dir);
    let bundle: Value = serde_json::from_str(&export(&db, None)).unwrap();
    let person = forgettable(&bundle);
    let out = run_ok(jalga().args(["--db", &db, "forget", &person]));
    assert!(out.contains("Person forgotten"), "{out}");
    jalga()
        .args(["--db", &db, "show", "persons", &person])
        .assert()
        .code(1);
    let after = export(&db, None);
    assert!(!after.contains(&person));
    let log = run_ok(jalga().args(["--db", &db, "log", "list"]));
    assert!(log.lines().next().unwrap().contains("forget"), "{log}");
    assert!(!log.contains(&person));
    run_ok(jalga().args(["--db", &db, "log", "verify"]));
    // A second time there is no such person.
    jalga()
        .args(["--db", &db, "forget", &person])
        .assert()
        .code(1);
}
