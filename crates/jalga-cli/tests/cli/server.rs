//! `jalga --db postgres://…`: the office server's commands, on a scratch
//! database of the test server (skipped without it; see
//! `jalga_core::store::pg::scratch::test_server`).

use jalga_core::store::pg::scratch::{test_server, ScratchDb};

use super::jalga;

fn scratch(test: &str) -> Option<ScratchDb> {
    let url = test_server(test)?;
    Some(ScratchDb::create(&url).expect("a scratch database"))
}

/// The demo exported from a database file, as JSON.
fn demo_export(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("local.sqlite3");
    let out = dir.join("local.json");
    jalga()
        .args(["--db"])
        .arg(&file)
        .arg("demo")
        .assert()
        .success();
    jalga()
        .args(["--db"])
        .arg(&file)
        .args(["export", "--format", "json"])
        .arg(&out)
        .assert()
        .success();
    out
}

#[test]
fn a_bundle_imported_into_a_server_exports_byte_for_byte_as_from_a_file() {
    let Some(db) = scratch("a_bundle_imported_into_a_server_exports_byte_for_byte_as_from_a_file")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_export(dir.path());
    let init = jalga().args(["--db", db.url(), "init"]).assert().success();
    let said = String::from_utf8_lossy(&init.get_output().stdout).to_string();
    // The server is made at the file store's version, every step included.
    let version = format!("schema version {}", jalga_core::store::SCHEMA_VERSION);
    assert!(said.contains(&version), "{said}");
    jalga()
        .args(["--db", db.url(), "import"])
        .arg(&bundle)
        .assert()
        .success();
    let exported = jalga()
        .args(["--db", db.url(), "export", "--format", "json", "-"])
        .assert()
        .success();
    assert_eq!(
        exported.get_output().stdout,
        std::fs::read(&bundle).unwrap(),
        "the server's export differs from the file's"
    );
    let verify = jalga()
        .args(["--db", db.url(), "log", "verify"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&verify.get_output().stdout).contains("intact"));
}

#[test]
fn a_bundle_may_refer_to_what_the_server_holds_but_not_to_what_it_lacks() {
    let Some(db) = scratch("a_bundle_may_refer_to_what_the_server_holds_but_not_to_what_it_lacks")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_export(dir.path());
    jalga()
        .args(["--db", db.url(), "import"])
        .arg(&bundle)
        .assert()
        .success();
    let full: serde_json::Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    let one = |id: &str, person: Option<&str>| {
        let mut r = full["registrations"][0].clone();
        r["id"] = id.into();
        if let Some(p) = person {
            r["person_id"] = p.into();
        }
        let path = dir.path().join(format!("{id}.json"));
        let b = serde_json::json!({
            "format": full["format"], "version": full["version"], "registrations": [r]
        });
        std::fs::write(&path, b.to_string()).unwrap();
        path
    };
    // The person and the dwelling are on the server only: accepted.
    jalga()
        .args(["--db", db.url(), "import"])
        .arg(one("reg-on-server", None))
        .assert()
        .success();
    // Nobody has this person: refused, naming the reference, nothing written.
    let refused = jalga()
        .args(["--db", db.url(), "import"])
        .arg(one("reg-nobody", Some("nobody-here")))
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&refused.get_output().stdout).to_string();
    assert!(
        out.contains("registrations[0].person_id") && out.contains("nobody-here"),
        "{out}"
    );
    let exported = jalga()
        .args(["--db", db.url(), "export", "--format", "json", "-"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&exported.get_output().stdout).to_string();
    assert!(text.contains("reg-on-server"));
    assert!(!text.contains("reg-nobody"));
}

#[test]
fn backup_on_a_server_names_what_backs_it_up_and_file_commands_are_refused() {
    let Some(db) =
        scratch("backup_on_a_server_names_what_backs_it_up_and_file_commands_are_refused")
    else {
        return;
    };
    let backup = jalga().args(["--db", db.url(), "backup"]).assert().code(2);
    let said = String::from_utf8_lossy(&backup.get_output().stderr).to_string();
    assert!(
        said.contains("pg_dump") && said.contains("pgBackRest"),
        "{said}"
    );
    let listed = jalga()
        .args(["--lang", "ru", "--db", db.url(), "passphrase", "set"])
        .assert()
        .code(2);
    let said = String::from_utf8_lossy(&listed.get_output().stderr).to_string();
    assert!(said.contains("сервер"), "{said}");
}

#[test]
fn an_unreachable_server_is_a_failure_naming_no_password() {
    // The discard port: nothing listens there.
    let failed = jalga()
        .args(["--db", "postgres://clerk:s3cret@127.0.0.1:9/jalga", "init"])
        .assert()
        .code(3);
    let said = String::from_utf8_lossy(&failed.get_output().stderr).to_string();
    assert!(
        said.contains("postgres://clerk@127.0.0.1:9/jalga"),
        "{said}"
    );
    assert!(!said.contains("s3cret"), "{said}");
}

#[test]
fn init_roles_needs_a_server_and_a_csv_imports_into_one() {
    let dir = tempfile::tempdir().unwrap();
    jalga()
        .args(["--db"])
        .arg(dir.path().join("f.sqlite3"))
        .args(["init", "--roles"])
        .assert()
        .code(2);
    let Some(db) = scratch("init_roles_needs_a_server_and_a_csv_imports_into_one") else {
        return;
    };
    let roles = jalga()
        .args(["--db", db.url(), "init", "--roles"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&roles.get_output().stdout).to_string();
    assert!(
        said.contains("jalga_clerk") && said.contains("jalga_supervisor"),
        "{said}"
    );
    // The registrations CSV of a file goes into the server through the same
    // import, and the server then exports what the file does.
    let file = dir.path().join("local.sqlite3");
    jalga()
        .args(["--db"])
        .arg(&file)
        .arg("demo")
        .assert()
        .success();
    let csv = dir.path().join("r.csv");
    jalga()
        .args(["--db"])
        .arg(&file)
        .args(["export", "--format", "csv"])
        .arg(&csv)
        .assert()
        .success();
    let again = dir.path().join("again.sqlite3");
    jalga()
        .args(["--db"])
        .arg(&again)
        .arg("import")
        .arg(&csv)
        .assert()
        .success();
    jalga()
        .args(["--db", db.url(), "import"])
        .arg(&csv)
        .assert()
        .success();
    let from_file = jalga()
        .args(["--db"])
        .arg(&again)
        .args(["export", "--format", "json", "-"])
        .assert()
        .success();
    let from_server = jalga()
        .args(["--db", db.url(), "export", "--format", "json", "-"])
        .assert()
        .success();
    assert_eq!(
        from_server.get_output().stdout,
        from_file.get_output().stdout
    );
}
