//! `init`, `demo`, `import`, `export`, `list`, `show` as scripts use them.

use serde_json::Value;

use crate::jalga;

fn db(dir: &tempfile::TempDir, name: &str) -> String {
    dir.path().join(name).display().to_string()
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn init_demo_list_show() {
    let dir = tempfile::tempdir().unwrap();
    let a = db(&dir, "a.sqlite");
    jalga().args(["--db", &a, "init"]).assert().success();
    jalga().args(["--db", &a, "demo"]).assert().success();
    let persons: Value = serde_json::from_str(&stdout(
        jalga().args(["--db", &a, "list", "persons", "--json"]),
    ))
    .unwrap();
    assert!(persons.as_array().unwrap().len() >= 20);
    for kind in [
        "properties",
        "owners",
        "leases",
        "occupants",
        "registrations",
        "notices",
    ] {
        let text = stdout(jalga().args(["--db", &a, "list", kind]));
        assert!(text.lines().count() >= 4, "{kind}: {text}");
    }
    let flat: Value = serde_json::from_str(&stdout(jalga().args([
        "--db",
        &a,
        "show",
        "properties",
        "ast-kabanbay-53-112",
        "--json",
    ])))
    .unwrap();
    assert_eq!(flat["total_area"], 35.7);
    let text = stdout(jalga().args(["--db", &a, "show", "persons", "p-wang-li"]));
    assert!(text.contains("citizenship: CHN"), "{text}");
    let out = jalga()
        .args(["--db", &a, "show", "persons", "p-nobody"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("p-nobody"));
}

#[test]
fn export_import_export_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        db(&dir, "a.sqlite"),
        db(&dir, "b.sqlite"),
        db(&dir, "c.sqlite"),
    );
    jalga().args(["--db", &a, "demo"]).assert().success();
    for (format, empty) in [("json", &b), ("csv", &c)] {
        let first = dir.path().join(format!("first.{format}"));
        let second = dir.path().join(format!("second.{format}"));
        let (f1, f2) = (first.display().to_string(), second.display().to_string());
        jalga()
            .args(["--db", &a, "export", "--format", format, &f1])
            .assert()
            .success();
        jalga()
            .args(["--db", empty, "import", &f1])
            .assert()
            .success();
        jalga()
            .args(["--db", empty, "import", &f1])
            .assert()
            .success();
        jalga()
            .args(["--db", empty, "export", "--format", format, &f2])
            .assert()
            .success();
        assert_eq!(
            std::fs::read(&first).unwrap(),
            std::fs::read(&second).unwrap(),
            "{format}"
        );
    }
}

#[test]
fn a_bad_import_lists_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let a = db(&dir, "a.sqlite");
    jalga().args(["--db", &a, "demo"]).assert().success();
    let csv = dir.path().join("out.csv");
    jalga()
        .args([
            "--db",
            &a,
            "export",
            "--format",
            "csv",
            &csv.display().to_string(),
        ])
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).unwrap();
    let bad = text.replace(",2026-03-05,2027-02-28,", ",2025-02-30,2027-02-28,");
    std::fs::write(&csv, bad).unwrap();
    let out = jalga()
        .args([
            "--lang",
            "ru",
            "--db",
            &a,
            "import",
            &csv.display().to_string(),
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.lines().count() >= 3, "{report}");
    assert!(
        report.contains("line 2: date_from: date: Не календарная дата"),
        "{report}"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("ничего не записано"), "{err}");
}

#[test]
fn usage_errors_exit_2_and_store_errors_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    jalga().args(["init"]).assert().code(2);
    let a = db(&dir, "a.sqlite");
    jalga()
        .args(["--db", &a, "import", "data.txt"])
        .assert()
        .code(2);
    jalga()
        .args(["--db", &a, "export", "--format", "xml", "x"])
        .assert()
        .code(2);
    let newer = db(&dir, "newer.sqlite");
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 42;")
        .unwrap();
    let before = std::fs::read(&newer).unwrap();
    let out = jalga()
        .args(["--db", &newer, "list", "persons"])
        .assert()
        .code(3)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("42") && err.lines().count() == 1, "{err}");
    assert_eq!(std::fs::read(&newer).unwrap(), before);
}
