//! `jalga --db postgres://…` for the commands that read: the same city on a
//! database file and on the test server prints byte for byte the same
//! audit (and writes the same CSV of findings), deadlines, lists, records
//! and registrations CSV. Skipped without the test server (see
//! `jalga_core::store::pg::scratch::test_server`).

use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::city::{generate_into, CityParams};

use super::jalga;

const TODAY: &str = "2026-11-20";

/// What `jalga --db DB ARGS…` prints and its exit code.
fn run(db: &str, args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let out = jalga().args(["--db", db]).args(args).output().unwrap();
    assert!(
        out.stderr.is_empty() || out.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), out.stdout)
}

#[test]
fn reading_commands_print_the_same_from_a_server_as_from_a_file() {
    let Some(url) = test_server("reading_commands_print_the_same_from_a_server_as_from_a_file")
    else {
        return;
    };
    let params = CityParams {
        people: 1_500,
        seed: 3,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("city.sqlite3");
    generate_into(&mut Store::open(&file).unwrap(), &params).unwrap();
    let db = ScratchDb::create(&url).unwrap();
    generate_into(
        &mut Store::open_server(db.url(), &OpenOptions::default()).unwrap(),
        &params,
    )
    .unwrap();
    let file = file.display().to_string();
    let some_person = {
        let (_, out) = run(&file, &["list", "persons"]);
        let text = String::from_utf8(out).unwrap();
        text.lines()
            .nth(17)
            .unwrap()
            .split('\t')
            .next()
            .unwrap()
            .to_owned()
    };
    let commands: Vec<Vec<&str>> = vec![
        vec!["audit", "--today", TODAY],
        vec!["audit", "--today", TODAY, "--json", "--kind", "overcrowded"],
        vec![
            "--lang",
            "kk",
            "audit",
            "--today",
            TODAY,
            "--min-severity",
            "high",
        ],
        vec!["deadlines", "--on", TODAY],
        vec!["deadlines", "--on", TODAY, "--json"],
        vec!["list", "persons"],
        vec!["list", "properties", "--json"],
        vec!["list", "registrations"],
        vec!["show", "persons", &some_person],
        vec!["export", "--format", "csv", "-"],
    ];
    for args in &commands {
        let from_file = run(&file, args);
        let from_server = run(db.url(), args);
        assert!(!from_file.1.is_empty(), "{args:?} printed nothing");
        assert!(
            from_server == from_file,
            "{args:?} differs:\nserver: {}\nfile:   {}",
            String::from_utf8_lossy(&from_server.1[..from_server.1.len().min(600)]),
            String::from_utf8_lossy(&from_file.1[..from_file.1.len().min(600)])
        );
    }
    // The audit's exit code says findings were found, and its CSV of them
    // is the same file.
    let (csv_file, csv_server) = (dir.path().join("f.csv"), dir.path().join("s.csv"));
    for (db, csv) in [(file.as_str(), &csv_file), (db.url(), &csv_server)] {
        let (code, _) = run(
            db,
            &[
                "audit",
                "--today",
                TODAY,
                "--csv",
                &csv.display().to_string(),
            ],
        );
        assert_eq!(code, Some(1));
    }
    assert_eq!(
        std::fs::read(&csv_file).unwrap(),
        std::fs::read(&csv_server).unwrap()
    );
}
