//! `jalga norm` and `jalga deadlines` as scripts and outside checks use them.

use serde_json::Value;

use crate::jalga;

#[test]
fn the_ministrys_937_people_in_35_7_m2() {
    let out = jalga()
        .args([
            "norm",
            "--area",
            "35.7",
            "--basis",
            "useful",
            "--occupants",
            "937",
            "--preset",
            "kz-astana",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first = stdout.lines().next().unwrap();
    assert!(first.starts_with("Not allowed"), "{stdout}");
    assert!(first.contains("the area allows 2"), "{stdout}");
    assert!(out.stderr.is_empty());
}

#[test]
fn norm_case_table() {
    let table = include_str!("../cases/norm-cli.tsv");
    let mut n = 0;
    for (i, line) in table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
    {
        let c: Vec<&str> = line.split('\t').collect();
        let out = jalga()
            .arg("norm")
            .args(c[0].split(' '))
            .arg("--json")
            .output()
            .unwrap();
        let ctx = format!("line {}: {}", i + 1, c[0]);
        assert_eq!(out.status.code().unwrap().to_string(), c[1], "{ctx}");
        let v: Value = serde_json::from_slice(&out.stdout).expect(&ctx);
        assert_eq!(v["verdict"], c[2], "{ctx}");
        let capacity = v["capacity"].as_u64().map(|n| n.to_string());
        assert_eq!(capacity.as_deref().unwrap_or("-"), c[3], "{ctx}");
        assert_eq!(v["counted"].to_string(), c[4], "{ctx}");
        assert_eq!(v["allowed"], c[1] == "0", "{ctx}");
        n += 1;
    }
    assert!(n >= 10);
}

#[test]
fn norm_speaks_every_language() {
    for (lang, want) in [
        ("kk", "Рұқсат етілмейді"),
        ("ru", "Не разрешено"),
        ("en", "Not allowed"),
    ] {
        let out = jalga()
            .args([
                "--lang", lang, "norm", "--area", "35.7", "--basis", "useful",
            ])
            .args(["--occupants", "937", "--date", "2026-09-01"])
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.starts_with(want), "{lang}: {stdout}");
        assert!(
            !stdout.contains('['),
            "{lang}: a message is missing: {stdout}"
        );
    }
}

#[test]
fn a_users_own_preset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.json");
    std::fs::write(
        &path,
        r#"{"id": "my-10", "status": "law", "jurisdiction": "Test", "basis": "useful",
            "m2_per_person": 10, "fallback_to_total": false, "exempt_relations": [],
            "new_registrations_only": false, "effective_from": null,
            "effective_from_confirmed": true, "effective_to": null, "source": "mine"}"#,
    )
    .unwrap();
    let out = jalga()
        .args([
            "norm",
            "--area",
            "35.7",
            "--basis",
            "useful",
            "--occupants",
            "3",
        ])
        .args(["--preset", "my-10", "--json", "--preset-file"])
        .arg(&path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["verdict"].as_str(), v["capacity"].as_u64()),
        (Some("allowed"), Some(3))
    );
}

#[test]
fn bad_norm_input_is_one_line() {
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--area", "-3", "--basis", "useful", "--occupants", "2"],
            1,
            "zero or more",
        ),
        (
            &[
                "--area",
                "30",
                "--basis",
                "useful",
                "--occupants",
                "2",
                "--exempt",
                "3",
            ],
            1,
            "cannot outnumber",
        ),
        (
            &[
                "--area",
                "30",
                "--basis",
                "useful",
                "--occupants",
                "2",
                "--preset",
                "zz",
            ],
            1,
            "Unknown norm preset",
        ),
        (
            &["--area", "30", "--basis", "cubic", "--occupants", "2"],
            2,
            "cubic",
        ),
    ];
    for (args, code, want) in cases {
        let out = jalga().arg("norm").args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(*code), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(want), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

const PEOPLE: &str = r#"{"people": [
  {"name": "Aigerim", "citizenship": "KAZ", "moved_in": "2026-11-01", "lease_end": "2027-10-31"},
  {"name": "Rustam", "citizenship": "UZB", "entered_country": "2026-11-10", "moved_in": "2026-11-12"},
  {"name": "Dana", "citizenship": "KAZ", "moved_in": "2025-05-01", "moved_out": "2026-11-05",
   "registration": {"kind": "permanent", "status": "registered", "submitted_on": "2025-05-04"}}
]}"#;

fn input_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.json");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn deadlines_list_what_is_due_and_overdue() {
    let (_dir, path) = input_file(PEOPLE);
    let out = jalga()
        .args(["deadlines", "--on", "2026-11-21", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "something is overdue");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let heads: Vec<String> = stdout
        .lines()
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        heads,
        [
            "2025-05-11 done:0 citizen-registration",
            "2026-11-11 overdue:10 citizen-registration",
            "2026-11-15 overdue:6 deregistration",
            "2026-12-10 due:19 foreigner-registration",
            "2027-10-31 due:344 lease-end",
        ]
    );
    assert!(stdout.contains("43250 tenge"), "{stdout}");

    let out = jalga()
        .args([
            "--lang",
            "kk",
            "deadlines",
            "--json",
            "--on",
            "2026-11-21",
            "--input",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[1]["status"]["state"], "overdue");
    assert_eq!(v[1]["status"]["days"], 10);
    // Twenty days unregistered: the resident's warning (art. 492), the
    // owner's 10 MRP (art. 493).
    assert_eq!(v[1]["fines"][0]["article"], "492");
    assert_eq!(v[1]["fines"][0]["penalty"]["kind"], "warning");
    assert_eq!(v[1]["fines"][0]["tenge"], Value::Null);
    assert_eq!(v[1]["fines"][1]["article"], "493");
    assert_eq!(v[1]["fines"][1]["tenge"], 43250);
    assert_eq!(v[1]["rule"], "kz.citizen-registration");
    assert!(v[1]["explanation"]
        .as_str()
        .unwrap()
        .contains("тіркелу керек"));

    // Nothing overdue a day after moving in.
    let out = jalga()
        .args(["deadlines", "--on", "2026-11-02", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn deadlines_name_who_is_fined_under_which_article() {
    // A citizen moved in on 1 March 2026 and registered on 20 April: 40
    // days after the 10-day period, more than a month unregistered.
    let (_dir, path) = input_file(
        r#"{"people": [
  {"name": "Aigerim", "citizenship": "KAZ", "moved_in": "2026-03-01",
   "registration": {"kind": "permanent", "status": "registered", "submitted_on": "2026-04-20"}},
  {"name": "Wang", "citizenship": "CHN", "moved_in": "2026-03-02", "notice_filed": "2026-03-16"}
]}"#,
    );
    let out = jalga()
        .args(["deadlines", "--on", "2026-05-01", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let citizen = lines[1];
    assert!(
        citizen.starts_with("2026-03-11 done:40 citizen-registration"),
        "{citizen}"
    );
    assert!(
        citizen.contains("The resident, CAO art. 492: 7 MRP = 30275 tenge"),
        "{citizen}"
    );
    assert!(
        citizen.contains("The owner, CAO art. 493: 10 MRP = 43250 tenge"),
        "{citizen}"
    );
    // Before 1 July 2026 the host notifies; an individual host's first
    // late notice is a warning under art. 518 part 1, not "0 tenge".
    let host = lines[0];
    assert!(
        host.starts_with("2026-03-05 done:11 foreigner-notice"),
        "{host}"
    );
    assert!(
        host.contains("The host, CAO art. 518, part 1: a warning"),
        "{host}"
    );
    assert!(!host.contains(" 0 tenge"), "{host}");

    let out = jalga()
        .args(["--lang", "ru", "deadlines", "--on", "2026-05-01", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("ст. 492 КоАП: 7 МРП = 30275 тенге"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ст. 493 КоАП: 10 МРП = 43250 тенге"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ст. 518, ч. 1 КоАП: предупреждение"),
        "{stdout}"
    );
}

#[test]
fn deadlines_need_an_input_and_a_valid_one() {
    let out = jalga().arg("deadlines").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--input"));

    let (_dir, path) = input_file(r#"{"people": [{"name": "X"}]}"#);
    let out = jalga()
        .args(["--lang", "ru", "deadlines", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("citizenship") && stderr.contains("Файл"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn deadlines_read_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite3");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    let out = jalga()
        .arg("--db")
        .arg(&db)
        .args(["deadlines", "--on", "2026-11-21", "--json"])
        .output()
        .unwrap();
    // The demo has overdue registrations, so the command reports them.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    let kinds: std::collections::BTreeSet<&str> =
        list.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    for kind in [
        "citizen-registration",
        "foreigner-notice",
        "temporary-registration-end",
        "lease-end",
    ] {
        assert!(kinds.contains(kind), "no {kind} in {kinds:?}");
    }
    let overdue = list
        .iter()
        .filter(|d| d["status"]["state"] == "overdue")
        .count();
    assert!(overdue > 0, "the demo has overdue deadlines");
    let uzbek_due = list.iter().find(|d| {
        d["kind"] == "foreigner-registration" && d["person"].as_str().unwrap().contains("Юсупова")
    });
    let uzbek_due = uzbek_due.expect("the Uzbek arrival of 2026-11-02 has a registration deadline");
    assert_eq!(uzbek_due["due"], "2026-12-02");
}

#[test]
fn far_dates_are_refused_not_a_panic() {
    let far = r#"{"people": [{"name": "X", "citizenship": "KAZ", "moved_in": "+262142-12-30"}]}"#;
    let (_dir, path) = input_file(far);
    let out = jalga()
        .args(["deadlines", "--on", "2026-11-21", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("people[0].moved_in") || stderr.contains("1900"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("internal error"),
        "{stderr}"
    );
    let (_dir, path) = input_file(PEOPLE);
    for on in ["+262142-12-30", "1899-12-31", "2101-01-01"] {
        let out = jalga()
            .args(["deadlines", "--on", on, "--input"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{on}");
    }
}
