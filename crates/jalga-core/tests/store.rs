//! The store: opening, migrations, refusing a newer database, repositories.

use jalga_core::domain::{Person, Property, Registration};
use jalga_core::interchange::{self, Format};
use jalga_core::store::SCHEMA_VERSION;
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

fn export_json(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, Format::Json, &mut out).unwrap();
    out
}

#[test]
fn open_sets_wal_foreign_keys_and_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    let c = store.raw_connection();
    let mode: String = c
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = c
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // Reopening an up-to-date file changes nothing.
    drop(store);
    let again = Store::open(&dir.path().join("j.sqlite")).unwrap();
    assert_eq!(again.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn the_indexes_an_audit_needs_exist() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    let plan = |sql: &str| -> String {
        let mut stmt = store
            .raw_connection()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    };
    for (sql, index) in [
        ("SELECT * FROM person WHERE iin = '900101300017'", "person_iin"),
        ("SELECT * FROM registration WHERE property_id = 'x'", "registration_audit_property"),
        // A person's registrations over dates (the audit's); by person and
        // dwelling, newest first (the deadlines').
        ("SELECT * FROM registration WHERE person_id = 'x' AND date_from <= '2026-01-01'", "registration_audit_person"),
        ("SELECT id FROM registration WHERE person_id = 'x' AND property_id = 'y' ORDER BY date_from DESC, id LIMIT 1", "registration_place_newest"),
        ("SELECT id FROM foreigner_notice WHERE person_id = 'x' AND property_id = 'y' ORDER BY arrival_date DESC, id LIMIT 1", "notice_place_newest"),
        ("SELECT * FROM registration WHERE date_from <= '2026-01-01' AND date_from > '2025-01-01'", "registration_dates"),
    ] {
        let p = plan(sql);
        assert!(p.contains(index), "{sql}: {p}");
    }
}

#[test]
fn a_database_from_a_newer_jalga_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(
        err,
        CoreError::DatabaseTooNew { found: 99, supported, .. } if supported == SCHEMA_VERSION
    ));
    assert_eq!(err.code(), "database-too-new");
    let msg = err.to_problem(jalga_core::Lang::Ru).message;
    assert!(msg.contains("99") && msg.contains("не изменён"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file changed");
    assert!(!dir.path().join("new.sqlite-wal").exists());
}

/// Copies every row of `from` into the same tables of `to`, in the columns
/// both have (foreign keys off while copying, as the order is by table).
fn copy_common_columns(to: &Store, from: &std::path::Path) {
    let c = to.raw_connection();
    c.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    c.execute("ATTACH DATABASE ?1 AS src", [from.to_str().unwrap()])
        .unwrap();
    let columns = |schema: &str, table: &str| -> Vec<String> {
        let mut stmt = c
            .prepare(&format!("SELECT name FROM {schema}.pragma_table_info(?1)"))
            .unwrap();
        stmt.query_map([table], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let tables: Vec<String> = {
        let mut stmt = c
            .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for table in tables {
        let theirs = columns("src", &table);
        let common: Vec<String> = columns("main", &table)
            .into_iter()
            .filter(|col| theirs.contains(col))
            .collect();
        if common.is_empty() {
            continue;
        }
        let cols = common.join(", ");
        c.execute_batch(&format!(
            "INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}"
        ))
        .unwrap();
    }
    c.execute_batch("DETACH DATABASE src; PRAGMA foreign_keys = ON")
        .unwrap();
}

/// Sets to NULL every column of `store` that the file at `old` lacks.
fn blank_columns_missing_in(store: &Store, old: &std::path::Path) {
    let c = store.raw_connection();
    c.execute("ATTACH DATABASE ?1 AS old", [old.to_str().unwrap()])
        .unwrap();
    let names = |sql: &str, arg: &str| -> Vec<String> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([arg], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let tables = names(
        "SELECT name FROM old.sqlite_master WHERE type = 'table' AND name <> ?1",
        "sqlite_sequence",
    );
    // Whole tables the old file lacks come back empty.
    let all = names(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name <> ?1",
        "sqlite_sequence",
    );
    let absent: Vec<String> = all.into_iter().filter(|t| !tables.contains(t)).collect();
    let mut missing = Vec::new();
    for table in tables {
        // The schema is the pragma's second argument (a prefix would not
        // choose it).
        let theirs = names("SELECT name FROM pragma_table_info(?1, 'old')", &table);
        for col in names("SELECT name FROM pragma_table_info(?1, 'main')", &table) {
            if !theirs.contains(&col) {
                missing.push((table.clone(), col));
            }
        }
    }
    c.execute_batch("DETACH DATABASE old").unwrap();
    for table in absent {
        c.execute_batch(&format!("DELETE FROM {table}")).unwrap();
    }
    for (table, column) in missing {
        c.execute_batch(&format!("UPDATE {table} SET {column} = NULL"))
            .unwrap();
    }
}

#[test]
fn every_earlier_schema_version_upgrades_with_its_data() {
    // For each version that ever shipped before this one: build the file as
    // that version left it, fill it, upgrade, and check the data survived.
    for version in 0..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        let expected = {
            let old = Store::open_at_version(&path, version).unwrap();
            assert_eq!(old.schema_version().unwrap(), version);
            if version >= 1 {
                // Today's code writes today's columns: fill the old file
                // with the columns it has, copied from a current one.
                let fresh_path = dir.path().join("fresh.sqlite");
                let mut fresh = Store::open(&fresh_path).unwrap();
                interchange::write_bundle(&mut fresh, &demo_bundle()).unwrap();
                copy_common_columns(&old, &fresh_path);
                // What the old file could not hold comes back unknown.
                blank_columns_missing_in(&fresh, &path);
                Some(export_json(&fresh))
            } else {
                None
            }
        };
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            SCHEMA_VERSION,
            "from v{version}"
        );
        if let Some(expected) = expected {
            assert_eq!(
                String::from_utf8(export_json(&store)).unwrap(),
                String::from_utf8(expected).unwrap(),
                "data lost upgrading from v{version}"
            );
        }
        // The upgraded file takes the demo data as a fresh one does.
        let mut store = store;
        interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
        assert_eq!(
            store.count::<Person>().unwrap(),
            demo_bundle().persons.len() as u64
        );
    }
}

#[test]
fn repositories_get_list_and_upsert_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    let b = demo_bundle();
    interchange::write_bundle(&mut store, &b).unwrap();
    let flat: Property = store.get("ast-kabanbay-53-112").unwrap().unwrap();
    assert_eq!(flat.total_area, 35.7);
    assert!(store.get::<Property>("nope").unwrap().is_none());
    let regs: Vec<Registration> = store.list().unwrap();
    assert_eq!(regs.len(), b.registrations.len());
    assert!(regs.windows(2).all(|w| w[0].id < w[1].id));
    let at_flat: Vec<Registration> = store.list_where("property_id", &flat.id).unwrap();
    assert!(at_flat.len() > 10 && at_flat.iter().all(|r| r.property_id == flat.id));
    let kim: Vec<Registration> = store.list_where("person_id", "p-kim-elena").unwrap();
    assert_eq!(kim.len(), 2);
    let iin = b.persons[0].iin.clone().unwrap();
    let found: Vec<Person> = store.list_where("iin", &iin).unwrap();
    assert_eq!(found[0].id, b.persons[0].id);
    assert!(store
        .list_where::<Person>("1; DROP TABLE person", "x")
        .is_err());
    let mut changed = flat.clone();
    changed.rooms = 2;
    store.put_all(&[changed]).unwrap();
    assert_eq!(store.get::<Property>(&flat.id).unwrap().unwrap().rooms, 2);
    assert_eq!(
        store.count::<Property>().unwrap(),
        b.properties.len() as u64
    );
}

#[test]
fn the_schema_refuses_what_validation_refuses() {
    // Defence in depth: even a write that skipped validation cannot store
    // an impossible area.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    let mut p = demo_bundle().properties[0].clone();
    p.useful_area = p.total_area + 1.0;
    assert!(store.put_all(&[p]).is_err());
    assert_eq!(store.count::<Property>().unwrap(), 0);
}

#[test]
fn the_documents_migration_turns_free_text_purposes_into_categories() {
    // A file as version 5 left it, with purposes typed as free text.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.sqlite");
    // Version 5 is the last before `0006-documents.sql`.
    let documents_step = 5;
    {
        let old = Store::open_at_version(&path, documents_step).unwrap();
        let c = old.raw_connection();
        let cases = [
            ("f1", Some("работа")),
            ("f2", Some("Учёба")),
            ("f3", Some("частная поездка")),
            ("f4", Some("деловая поездка")),
            ("f5", Some("жұмыс")),
            ("f6", Some("Tourism")),
            ("f7", Some("паломничество")),
            ("f8", None),
        ];
        for (i, (id, purpose)) in cases.iter().enumerate() {
            c.execute(
                "INSERT INTO person (id, kind, surname, given_name, birth_date, sex, \
                 passport_number, citizenship, purpose_of_stay) \
                 VALUES (?1, 'foreigner', 'Иванов', 'Сергей', '1987-06-09', 'male', ?2, 'RUS', ?3)",
                rusqlite::params![id, format!("AB{:07}", 1_000_000 + i), purpose],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).unwrap();
    let got: Vec<(String, Option<String>)> = store
        .list::<Person>()
        .unwrap()
        .into_iter()
        .map(|p| {
            (
                p.id,
                p.purpose_of_stay
                    .map(|c| jalga_core::domain::Code::code(c).to_owned()),
            )
        })
        .collect();
    let want = [
        ("f1", Some("work")),
        ("f2", Some("study")),
        ("f3", Some("private")),
        ("f4", Some("business")),
        ("f5", Some("work")),
        ("f6", Some("tourism")),
        ("f7", Some("other")),
        ("f8", None),
    ];
    let want: Vec<(String, Option<String>)> = want
        .iter()
        .map(|(id, c)| (id.to_string(), c.map(str::to_owned)))
        .collect();
    assert_eq!(got, want);
    // The bundle reader maps the same words the same way.
    for (text, code) in [
        ("работа", "work"),
        ("Учёба", "study"),
        ("частная поездка", "private"),
        ("деловая поездка", "business"),
        ("жұмыс", "work"),
        ("Tourism", "tourism"),
        ("паломничество", "other"),
    ] {
        let p = jalga_core::domain::StayPurpose::from_legacy(text);
        assert_eq!(jalga_core::domain::Code::code(p), code, "{text}");
    }
    // The new columns of an upgraded person are unknown, not guessed.
    let p: Person = store.get("f1").unwrap().unwrap();
    assert_eq!(
        (
            p.address,
            p.phone,
            p.visa_type,
            p.visa_valid_from,
            p.entry_point
        ),
        (None, None, None, None, None)
    );
}
