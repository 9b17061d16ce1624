//! `0011-date-checks.sql`: the date bounds of `person` and `registration`
//! move from triggers into CHECK constraints. The rows, their rowids, the
//! indexes and the foreign keys come through; the bounds hold on insert and
//! on update as before; rows stored before the bounds existed are kept.

use jalga_core::domain::{Person, Registration};
use jalga_core::{interchange, Store};
use jalga_testkit::demo::demo_bundle;

/// Version 10: the last before the constraints.
const BEFORE: u32 = 10;

const BAD: &[&str] = &[
    "+262142-12-30",
    "2026-02-30",
    "2026-1-5",
    "1899-12-31",
    "2101-01-01",
    "soon",
];

/// (table, date column) for every bounded column of the two tables.
const COLUMNS: &[(&str, &str)] = &[
    ("person", "birth_date"),
    ("person", "entry_date"),
    ("person", "labour_contract_end"),
    ("person", "visa_valid_from"),
    ("person", "visa_valid_to"),
    ("person", "id_document_expires"),
    ("person", "passport_expires"),
    ("registration", "date_from"),
    ("registration", "date_to"),
    ("registration", "consent_date"),
    ("registration", "submitted_on"),
];

fn rows(store: &Store, sql: &str) -> Vec<String> {
    let c = store.raw_connection();
    let mut stmt = c.prepare(sql).unwrap();
    let got = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    got
}

const SNAPSHOT: &[&str] = &[
    "SELECT rowid || ' ' || id || ' ' || birth_date || ' ' || coalesce(search, '') \
     FROM person ORDER BY rowid",
    "SELECT rowid || ' ' || id || ' ' || person_id || ' ' || date_from || ' ' || status \
     FROM registration ORDER BY rowid",
    "SELECT name || ' ' || tbl_name FROM sqlite_master WHERE type = 'index' \
     AND tbl_name IN ('person', 'registration') ORDER BY name",
];

#[test]
fn the_rebuilt_tables_keep_their_rows_rowids_and_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v10.sqlite");
    let before: Vec<Vec<String>> = {
        let mut old = Store::open_at_version(&path, BEFORE).unwrap();
        interchange::write_bundle(&mut old, &demo_bundle()).unwrap();
        // A gap in the rowids, which the copy must keep.
        old.raw_connection()
            .execute_batch(
                "DELETE FROM registration WHERE rowid = 2; \
                 UPDATE person SET search = NULL WHERE rowid = 3;",
            )
            .unwrap();
        SNAPSHOT.iter().map(|q| rows(&old, q)).collect()
    };
    // The step itself (later steps may add indexes of their own).
    let store = Store::open_at_version(&path, BEFORE + 1).unwrap();
    let after: Vec<Vec<String>> = SNAPSHOT.iter().map(|q| rows(&store, q)).collect();
    assert!(before[0].len() > 5 && before[1].len() > 5);
    // The search text the open fills again is the only change.
    assert_eq!(before[1], after[1]);
    assert_eq!(before[2], after[2]);
    assert_eq!(before[0].len(), after[0].len());
    let c = store.raw_connection();
    let triggers: i64 = c
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' \
             AND tbl_name IN ('person', 'registration')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(triggers, 0, "the constraints replace the triggers");
    // The foreign keys are on again and still refer to the rebuilt tables.
    let fk: bool = c
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert!(fk);
    let ignored: bool = c
        .query_row("PRAGMA ignore_check_constraints", [], |r| r.get(0))
        .unwrap();
    assert!(
        !ignored,
        "every constraint judges writes after the migration"
    );
    let e = c
        .execute(
            "UPDATE registration SET person_id = 'nobody' WHERE rowid = 1",
            [],
        )
        .unwrap_err();
    assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
    let e = c
        .execute(
            "DELETE FROM person WHERE id = (SELECT person_id FROM registration LIMIT 1)",
            [],
        )
        .unwrap_err();
    assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
    assert_eq!(
        store.count::<Registration>().unwrap(),
        before[1].len() as u64
    );
}

#[test]
fn every_date_column_refuses_an_out_of_range_day_on_insert_and_update() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let c = store.raw_connection();
    for (table, column) in COLUMNS {
        for bad in BAD {
            let e = c
                .execute(
                    &format!("UPDATE {table} SET {column} = ?1 WHERE rowid = 1"),
                    [bad],
                )
                .unwrap_err();
            assert!(
                e.to_string().contains("CHECK"),
                "{table}.{column} = {bad}: {e}"
            );
            // An insert of a copy of row 1 with the bad day.
            let e = c
                .execute_batch(&format!(
                    "CREATE TEMP TABLE copy AS SELECT * FROM {table} WHERE rowid = 1; \
                     UPDATE copy SET id = 'copy', {column} = '{bad}'; \
                     INSERT INTO {table} SELECT * FROM copy;"
                ))
                .unwrap_err();
            c.execute_batch("DROP TABLE temp.copy").unwrap();
            assert!(
                e.to_string().contains("CHECK"),
                "{table}.{column} = {bad}: {e}"
            );
        }
        for good in ["1900-01-01", "2026-02-28", "2100-12-31"] {
            let n = c
                .execute(
                    &format!("UPDATE {table} SET {column} = ?1 WHERE rowid = 1"),
                    [good],
                )
                .unwrap_or_else(|e| panic!("{table}.{column} = {good}: {e}"));
            assert_eq!(n, 1);
        }
    }
}

#[test]
fn a_row_stored_before_the_bounds_is_kept_and_judged_when_changed() {
    // Version 6 had no bounds in the schema: a birth date of 1899 could be
    // stored. The rebuild copies it as it is; a write of it is judged.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.sqlite");
    {
        let old = Store::open_at_version(&path, 6).unwrap();
        old.raw_connection()
            .execute(
                "INSERT INTO person (id, kind, surname, given_name, birth_date, sex) \
                 VALUES ('old', 'citizen', 'Ахметов', 'Нурлан', '1899-05-01', 'male')",
                [],
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let p: Person = store.get("old").unwrap().unwrap();
    assert_eq!(p.birth_date.to_string(), "1899-05-01");
    let c = store.raw_connection();
    // Other columns change as they did: only the columns written are judged.
    c.execute(
        "UPDATE person SET surname = 'Омаров', entry_date = '2026-01-05' WHERE id = 'old'",
        [],
    )
    .unwrap();
    let e = c
        .execute(
            "UPDATE person SET birth_date = '1899-05-02' WHERE id = 'old'",
            [],
        )
        .unwrap_err();
    assert!(e.to_string().contains("CHECK"), "{e}");
    c.execute(
        "UPDATE person SET birth_date = '1901-05-01' WHERE id = 'old'",
        [],
    )
    .unwrap();
}
