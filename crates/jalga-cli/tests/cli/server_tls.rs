//! `jalga --db postgres://…?sslmode=…`: TLS to the office server (needs the
//! test server started with `scripts/pg-cluster.sh start --tls`; skipped
//! without it), and `backup` on a server in every language.

use jalga_core::store::pg::scratch::{test_server, ScratchDb};

use super::jalga;

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn verify_full_connects_and_a_wrong_root_is_refused_in_russian_writing_nothing() {
    let Some(url) =
        test_server("verify_full_connects_and_a_wrong_root_is_refused_in_russian_writing_nothing")
    else {
        return;
    };
    let (Ok(ca), Ok(other)) = (
        std::env::var("JALGA_TEST_PG_CA"),
        std::env::var("JALGA_TEST_PG_OTHER_CA"),
    ) else {
        assert!(
            std::env::var_os("JALGA_REQUIRE_TOOLS").is_none(),
            "JALGA_TEST_PG_CA is not set: scripts/pg-cluster.sh start --tls"
        );
        eprintln!("skipped: the test server has no TLS (JALGA_TEST_PG_CA)");
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let wrong = format!("{}?sslmode=verify-full&sslrootcert={other}", db.url());
    let refused = jalga()
        .args(["--lang", "ru", "--db", &wrong, "init"])
        .assert()
        .code(1);
    assert!(
        stderr(&refused).contains("Не удалось защитить подключение"),
        "{}",
        stderr(&refused)
    );
    // Nothing was written: the log of the same database, reached with the
    // right CA, is empty (opening it there makes the schema now).
    let right = format!("{}?sslmode=verify-full&sslrootcert={ca}", db.url());
    let log = jalga()
        .args(["--db", &right, "log", "list"])
        .assert()
        .success();
    assert!(log.get_output().stdout.is_empty());
    jalga().args(["--db", &right, "init"]).assert().success();
}

#[test]
fn backup_on_a_server_says_what_to_use_in_kazakh_and_russian() {
    let Some(url) = test_server("backup_on_a_server_says_what_to_use_in_kazakh_and_russian") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    for (lang, words) in [("kk", "сақтық көшірмелері"), ("ru", "Резервные копии")]
    {
        let said = jalga()
            .args(["--lang", lang, "--db", db.url(), "backup"])
            .assert()
            .code(2);
        let text = stderr(&said);
        assert!(
            text.contains(words) && text.contains("pg_dump") && text.contains("pgBackRest"),
            "{text}"
        );
    }
}
