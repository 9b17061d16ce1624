//! The CSV import's bulk load: the indexes it defers are all back after
//! the commit and after a refusal, the change log gets one row, and the
//! checks that span batches (duplicate ids) still see the whole file.

use std::path::Path;

use jalga_core::domain::{Person, Property, Registration};
use jalga_core::interchange::{self, Format};
use jalga_core::store::change_log;
use jalga_core::{CoreError, Store};
use jalga_testkit::synthetic;

fn memory() -> Store {
    Store::open(Path::new(":memory:")).unwrap()
}

/// Every index of the schema, by name, with its SQL.
fn indexes(store: &Store) -> Vec<(String, String)> {
    let mut stmt = store
        .raw_connection()
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0).unwrap(), r.get(1).unwrap())))
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

fn city(rows: u64) -> Vec<u8> {
    let mut out = Vec::new();
    synthetic::write_registrations_csv(rows, &mut out).unwrap();
    out
}

#[test]
fn a_bulk_load_into_an_empty_store_keeps_every_index_and_logs_once() {
    let mut store = memory();
    let before = indexes(&store);
    assert!(before.iter().any(|(n, _)| n == "registration_status"));
    let csv = city(5_000);
    let summary = interchange::import(&mut store, Format::Csv, &mut &csv[..]).unwrap();
    assert_eq!(summary.records, 5_000);
    assert_eq!(indexes(&store), before);
    assert_eq!(store.count::<Registration>().unwrap(), 5_000);
    assert_eq!(store.count::<Person>().unwrap(), 5_000);
    assert_eq!(store.count::<Property>().unwrap(), 1_000);
    // The rebuilt indexes answer: the planner uses one and finds the rows.
    let drafts: i64 = store
        .raw_connection()
        .query_row(
            "SELECT count(*) FROM registration INDEXED BY registration_status WHERE status = 'draft'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(drafts, 1_250);
    let log = change_log::list(&store, 10).unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(log[0].summary, "5000 registration import");
    assert_eq!(change_log::verify(&store).unwrap().first_broken, None);
    // The same file again changes nothing (the tables are not empty now:
    // the indexes stay in place throughout).
    let again = interchange::import(&mut store, Format::Csv, &mut &csv[..]).unwrap();
    assert_eq!(again.records, 5_000);
    assert_eq!(store.count::<Registration>().unwrap(), 5_000);
    assert_eq!(indexes(&store), before);
}

#[test]
fn a_refused_bulk_load_leaves_the_schema_and_the_store_as_they_were() {
    let mut store = memory();
    let before = indexes(&store);
    let mut csv = city(3_000);
    // The last row's date cannot exist: found after thousands were written.
    let text = String::from_utf8(csv.clone()).unwrap();
    let last = text.trim_end().rsplit('\n').next().unwrap().to_owned();
    let at = last.find(",2026-").unwrap() + 1;
    let bad = format!("{}2026-02-30{}", &last[..at], &last[at + 10..]);
    assert_ne!(bad, last);
    csv = text.replace(&last, &bad).into_bytes();
    let e = interchange::import(&mut store, Format::Csv, &mut &csv[..]).unwrap_err();
    let CoreError::ImportRejected(problems) = e else {
        panic!("{e:?}")
    };
    assert!(
        problems.iter().all(|p| p.path.starts_with("line 3001")),
        "{problems:?}"
    );
    assert_eq!(indexes(&store), before);
    assert_eq!(store.count::<Registration>().unwrap(), 0);
    assert_eq!(store.count::<Person>().unwrap(), 0);
    assert!(change_log::list(&store, 10).unwrap().is_empty());
}

#[test]
fn a_duplicate_id_batches_apart_names_both_lines() {
    let mut store = memory();
    let text = String::from_utf8(city(4_000)).unwrap();
    // Line 3500 gets the id of line 2 (the first row).
    let lines: Vec<&str> = text.lines().collect();
    let first_id = lines[1].split(',').next().unwrap();
    let mut changed: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let cells: Vec<&str> = lines[3499].splitn(2, ',').collect();
    changed[3499] = format!("{first_id},{}", cells[1]);
    let csv = changed.join("\n") + "\n";
    let e = interchange::import(&mut store, Format::Csv, &mut csv.as_bytes()).unwrap_err();
    let CoreError::ImportRejected(problems) = e else {
        panic!("{e:?}")
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].code, "duplicate-id");
    assert_eq!(problems[0].path, "line 3500: id");
    let args = format!("{:?}", problems[0].message.args);
    assert!(
        args.contains("\"2\"") && args.contains("\"3500\""),
        "{args}"
    );
    assert_eq!(store.count::<Registration>().unwrap(), 0);
}
