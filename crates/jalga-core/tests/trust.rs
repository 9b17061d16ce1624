//! Trust: encryption at rest, backups and restore, the change log,
//! forgetting a person.

use std::path::Path;

use chrono::NaiveDate;
use jalga_core::domain::{Person, Property};
use jalga_core::interchange::{self, Format};
use jalga_core::store::backup::{self, backup_now, daily_backup_if_due, list_backups};
use jalga_core::store::{change_log, change_passphrase, forget, OpenOptions, Passphrase};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

fn export_json(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, Format::Json, &mut out).unwrap();
    out
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn key(text: &str) -> Passphrase {
    Passphrase::new(text).unwrap()
}

fn with_key(text: &str) -> OpenOptions {
    OpenOptions {
        passphrase: Some(key(text)),
        actor: None,
    }
}

fn demo_store(path: &Path, options: &OpenOptions) -> Store {
    let mut store = Store::open_with(path, options).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    store
}

/// The file and its -wal, byte for byte.
fn snapshot(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let wal = std::fs::read(format!("{}-wal", path.display())).ok();
    (std::fs::read(path).unwrap(), wal)
}

fn a_changed_flat(store: &mut Store) {
    let mut flat: Property = store.list().unwrap().remove(0);
    flat.rooms += 1;
    store.put_all(&[flat]).unwrap();
}

// ---- encryption --------------------------------------------------------

#[test]
fn an_encrypted_file_holds_no_plain_text_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite3");
    let store = demo_store(&path, &with_key("correct horse"));
    let expected = export_json(&store);
    // A checkpoint puts everything into the main file.
    store
        .raw_connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    drop(store);
    let raw = std::fs::read(&path).unwrap();
    assert!(!raw.starts_with(b"SQLite format 3"));
    let iin = demo_bundle().persons[0].iin.clone().unwrap();
    for needle in [iin.as_bytes(), b"Kabanbay".as_slice()] {
        assert!(!raw.windows(needle.len()).any(|w| w == needle));
    }
    assert!(jalga_core::store::is_encrypted(&path).unwrap());

    let before = snapshot(&path);
    let locked = Store::open(&path).err().expect("no passphrase");
    assert!(matches!(locked, CoreError::Locked { .. }), "{locked:?}");
    assert_eq!(locked.code(), "store-locked");
    let wrong = Store::open_with(&path, &with_key("wrong horse"))
        .err()
        .expect("wrong passphrase");
    assert!(
        matches!(wrong, CoreError::WrongPassphrase { .. }),
        "{wrong:?}"
    );
    let msg = wrong.to_problem(jalga_core::Lang::Kk).message;
    assert!(msg.contains("өзгертілген жоқ"), "{msg}");
    assert_eq!(snapshot(&path), before, "a refused open changed the file");

    let store = Store::open_with(&path, &with_key("correct horse")).unwrap();
    assert_eq!(export_json(&store), expected);
}

#[test]
fn a_passphrase_is_set_changed_and_removed_without_losing_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite3");
    let store = demo_store(&path, &OpenOptions::default());
    let expected = export_json(&store);
    drop(store);

    change_passphrase(&path, None, Some(&key("first"))).unwrap();
    assert!(matches!(Store::open(&path), Err(CoreError::Locked { .. })));
    assert_eq!(
        export_json(&Store::open_with(&path, &with_key("first")).unwrap()),
        expected
    );

    // The wrong current passphrase changes nothing.
    let before = snapshot(&path);
    let err = change_passphrase(&path, Some(&key("nope")), Some(&key("second"))).unwrap_err();
    assert!(matches!(err, CoreError::WrongPassphrase { .. }));
    assert_eq!(snapshot(&path), before);

    change_passphrase(&path, Some(&key("first")), Some(&key("second"))).unwrap();
    assert!(matches!(
        Store::open_with(&path, &with_key("first")),
        Err(CoreError::WrongPassphrase { .. })
    ));
    let store = Store::open_with(&path, &with_key("second")).unwrap();
    assert_eq!(export_json(&store), expected);
    assert_eq!(change_log::verify(&store).unwrap().first_broken, None);
    drop(store);

    change_passphrase(&path, Some(&key("second")), None).unwrap();
    assert!(std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3"));
    assert_eq!(export_json(&Store::open(&path).unwrap()), expected);
    assert!(!dir.path().join("j.sqlite3.rekey").exists());
}

#[test]
fn an_empty_passphrase_is_refused() {
    let err = Passphrase::new("").unwrap_err();
    assert_eq!(err.field(), Some("passphrase"));
}

// ---- backups and restore ----------------------------------------------

#[test]
fn restoring_a_backup_gives_back_exactly_what_was_backed_up() {
    for options in [OpenOptions::default(), with_key("s3cret")] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jalga.sqlite3");
        let mut store = demo_store(&path, &options);
        let made = backup_now(&store, day(1), 7).unwrap();
        let at_backup = export_json(&store);
        a_changed_flat(&mut store);
        assert_ne!(export_json(&store), at_backup);
        drop(store);

        let version =
            backup::restore(&path, Path::new(&made.path), options.passphrase.as_ref()).unwrap();
        assert_eq!(version, jalga_core::store::SCHEMA_VERSION);
        let store = Store::open_with(&path, &options).unwrap();
        assert_eq!(export_json(&store), at_backup, "restored != backed up");
        assert!(!dir.path().join("jalga.sqlite3.before-restore").exists());
        assert!(!dir.path().join("jalga.sqlite3.restoring").exists());
    }
}

/// The files a program left when it died with `store` open: the database
/// and its -wal and -shm as they were, copied into `into`.
fn left_by_a_crash(path: &Path, into: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(into).unwrap();
    let left = into.join("jalga.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let from = format!("{}{suffix}", path.display());
        if Path::new(&from).exists() {
            std::fs::copy(&from, format!("{}{suffix}", left.display())).unwrap();
        }
    }
    left
}

#[test]
fn a_database_left_by_an_unclean_exit_is_restored_not_refused_as_in_use() {
    for options in [OpenOptions::default(), with_key("s3cret")] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jalga.sqlite3");
        let mut store = demo_store(&path, &options);
        let made = backup_now(&store, day(1), 7).unwrap();
        let at_backup = export_json(&store);
        a_changed_flat(&mut store);
        let left = left_by_a_crash(&path, &dir.path().join("crashed"));
        drop(store);
        let wal = std::fs::metadata(format!("{}-wal", left.display())).unwrap();
        assert!(wal.len() > 0, "the crash left no log to recover");

        let version =
            backup::restore(&left, Path::new(&made.path), options.passphrase.as_ref()).unwrap();
        assert_eq!(version, jalga_core::store::SCHEMA_VERSION);
        let store = Store::open_with(&left, &options).unwrap();
        assert_eq!(export_json(&store), at_backup, "restored != backed up");
    }
}

#[test]
fn a_database_another_connection_is_writing_is_not_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jalga.sqlite3");
    let store = demo_store(&path, &OpenOptions::default());
    let made = backup_now(&store, day(1), 7).unwrap();
    let writer = rusqlite::Connection::open(&path).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE property SET rooms = rooms + 1;")
        .unwrap();
    let live = export_json(&store);
    drop(store);
    let err = backup::restore(&path, Path::new(&made.path), None).unwrap_err();
    assert_eq!(err.code(), "database-in-use", "{err}");
    writer.execute_batch("ROLLBACK").unwrap();
    drop(writer);
    let store = Store::open(&path).unwrap();
    assert!(export_json(&store) == live, "the database changed");
}

#[test]
fn a_backup_is_made_once_a_day_and_only_the_last_n_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jalga.sqlite3");
    let store = demo_store(&path, &OpenOptions::default());
    assert!(daily_backup_if_due(&store, day(1), 3).unwrap().is_some());
    assert!(daily_backup_if_due(&store, day(1), 3).unwrap().is_none());
    let second = backup_now(&store, day(1), 3).unwrap();
    assert_eq!(second.file_name, "jalga-2026-03-01-2.sqlite3");
    for d in 2..=4 {
        assert!(daily_backup_if_due(&store, day(d), 3).unwrap().is_some());
    }
    let names: Vec<String> = list_backups(&path)
        .unwrap()
        .into_iter()
        .map(|b| b.file_name)
        .collect();
    assert_eq!(
        names,
        [
            "jalga-2026-03-02.sqlite3",
            "jalga-2026-03-03.sqlite3",
            "jalga-2026-03-04.sqlite3"
        ]
    );
    for b in list_backups(&path).unwrap() {
        backup::check_file(Path::new(&b.path), None, None).unwrap();
    }
}

/// Each refused restore leaves the live database byte for byte as it was.
#[test]
fn restore_refuses_what_is_not_a_good_jalga_backup_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jalga.sqlite3");
    let store = demo_store(&path, &OpenOptions::default());
    let good = backup_now(&store, day(1), 7).unwrap();
    drop(store);
    let live = snapshot(&path);

    let text = dir.path().join("notes.sqlite3");
    std::fs::write(&text, "not a database at all, just some text ".repeat(200)).unwrap();

    let other = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();

    let newer = dir.path().join("newer.sqlite3");
    std::fs::copy(&good.path, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();

    // Damage the first page of the person table: the schema still reads
    // as Jalga's, the data does not.
    let corrupt = dir.path().join("corrupt.sqlite3");
    let (page, root) = {
        let c = rusqlite::Connection::open(&good.path).unwrap();
        let size: i64 = c
            .pragma_query_value(None, "page_size", |r| r.get(0))
            .unwrap();
        let root: i64 = c
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'person'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        (size as usize, root as usize)
    };
    let mut bytes = std::fs::read(&good.path).unwrap();
    assert!(root > 1, "the person table lies past the header page");
    for b in &mut bytes[(root - 1) * page + 8..root * page] {
        *b = 0x5A;
    }
    std::fs::write(&corrupt, bytes).unwrap();

    let encrypted_db = dir.path().join("enc").join("jalga.sqlite3");
    std::fs::create_dir_all(encrypted_db.parent().unwrap()).unwrap();
    let enc = backup_now(&demo_store(&encrypted_db, &with_key("right")), day(1), 7).unwrap();

    let cases: [(&Path, Option<&str>, &str); 7] = [
        (&text, None, "not-jalga-database"),
        (&other, None, "not-jalga-database"),
        (&newer, None, "database-too-new"),
        (&corrupt, None, "corrupt"),
        (Path::new(&enc.path), Some("wrong"), "wrong-passphrase"),
        (Path::new(&enc.path), None, "store-locked"),
        (&dir.path().join("missing.sqlite3"), None, "io"),
    ];
    for (candidate, pass, code) in cases {
        let pass = pass.map(key);
        let err = backup::restore(&path, candidate, pass.as_ref())
            .err()
            .unwrap_or_else(|| panic!("{} was restored", candidate.display()));
        assert_eq!(err.code(), code, "{}: {err}", candidate.display());
        assert_eq!(
            snapshot(&path),
            live,
            "{} changed the database",
            candidate.display()
        );
    }
    // And the good one is taken.
    backup::restore(&path, Path::new(&good.path), None).unwrap();
}

// ---- change log -----------------------------------------------------------

#[test]
fn every_write_is_logged_and_an_edited_log_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite3");
    let mut store = Store::open_with(
        &path,
        &OpenOptions {
            passphrase: None,
            actor: Some("clerk-1".into()),
        },
    )
    .unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    a_changed_flat(&mut store);
    a_changed_flat(&mut store);
    let entries = change_log::list(&store, 100).unwrap();
    // Eight kinds imported (the handover acts too), then two single saves.
    assert_eq!(entries.len(), 10);
    assert_eq!(entries[0].action, "save");
    assert_eq!(entries[0].entity, "property");
    assert!(entries.iter().all(|e| e.actor == "clerk-1"));
    // No identity number in any summary or key.
    let iin = demo_bundle().persons[0].iin.clone().unwrap();
    assert!(entries
        .iter()
        .all(|e| !e.summary.contains(&iin) && !e.entity_id.contains(&iin)));
    assert_eq!(
        change_log::verify(&store).unwrap(),
        change_log::LogVerdict {
            entries: 10,
            first_broken: None
        }
    );

    // Each kind of tampering, on a fresh copy of the log.
    let tamper = [
        (
            "UPDATE change_log SET summary = 'nothing happened' WHERE seq = 4",
            4,
        ),
        (
            "UPDATE change_log SET actor = 'someone-else' WHERE seq = 8",
            8,
        ),
        (
            "UPDATE change_log SET entity_id = 'other-flat' WHERE seq = 9",
            9,
        ),
        ("DELETE FROM change_log WHERE seq = 5", 6),
        (
            "UPDATE change_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1",
            1,
        ),
    ];
    for (sql, broken) in tamper {
        store.raw_connection().execute_batch("SAVEPOINT t").unwrap();
        store.raw_connection().execute_batch(sql).unwrap();
        assert_eq!(
            change_log::verify(&store).unwrap().first_broken,
            Some(broken),
            "{sql}"
        );
        store
            .raw_connection()
            .execute_batch("ROLLBACK TO t; RELEASE t")
            .unwrap();
    }
    assert_eq!(change_log::verify(&store).unwrap().first_broken, None);
}

// ---- forgetting -------------------------------------------------------------

/// Every text value in every table, for looking for what must be gone.
fn all_text(store: &Store) -> String {
    let tables: Vec<String> = {
        let mut s = store
            .raw_connection()
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap();
        let rows = s.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    let mut all = String::new();
    for t in tables {
        let mut s = store
            .raw_connection()
            .prepare(&format!("SELECT * FROM \"{t}\""))
            .unwrap();
        let n = s.column_count();
        let mut rows = s.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                if let Ok(text) = r.get::<_, String>(i) {
                    all.push_str(&text);
                    all.push('\n');
                }
            }
        }
    }
    all
}

#[test]
fn forgetting_a_person_removes_them_everywhere_and_keeps_the_registration_facts() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir.path().join("j.sqlite3"), &OpenOptions::default());
    let b = demo_bundle();
    let is_party = |id: &str| {
        b.leases
            .iter()
            .any(|l| l.tenant_id == id || l.landlord_id == id)
            || b.foreigner_notices
                .iter()
                .any(|n| n.host_id == id && n.person_id != id)
    };
    // Someone with registrations and an occupancy but no lease of their own.
    let person: Person = b
        .persons
        .iter()
        .find(|p| {
            !is_party(&p.id)
                && b.registrations.iter().any(|r| r.person_id == p.id)
                && b.occupants.iter().any(|o| o.person_id == p.id)
        })
        .expect("the demo has such a person")
        .clone();
    let registrations = b
        .registrations
        .iter()
        .filter(|r| r.person_id == person.id)
        .count();
    let notices = b
        .foreigner_notices
        .iter()
        .filter(|n| n.person_id == person.id)
        .count();

    // A party to a lease is refused, and nothing changes.
    let party = b.persons.iter().find(|p| is_party(&p.id)).unwrap();
    let before = export_json(&store);
    let err = forget::forget_person(&mut store, &party.id).unwrap_err();
    assert_eq!(err.code(), "forget-blocked");
    assert_eq!(export_json(&store), before);
    assert_eq!(
        forget::forget_person(&mut store, "p-nobody")
            .unwrap_err()
            .code(),
        "not-found"
    );

    // The store issued the documents of a lease the person lives under, and
    // a form typed about them was kept as a draft.
    use jalga_core::audit::issued::record_issued;
    use jalga_core::documents::{from_store::document_data, DocKind, DocLang};
    let issued_at = day(1).and_hms_opt(10, 0, 0).unwrap();
    let mut issued = 0;
    for o in b.occupants.iter().filter(|o| o.person_id == person.id) {
        for kind in [
            DocKind::Agreement,
            DocKind::Consent,
            DocKind::RegistrationSheet,
            DocKind::ForeignerNotice,
        ] {
            if let Ok(data) = document_data(&store, kind, &o.lease_id) {
                record_issued(&store, kind, &o.lease_id, DocLang::Ru, &data, issued_at).unwrap();
                issued += 1;
            }
        }
    }
    assert!(issued > 0, "no document could be issued");
    let draft = serde_json::json!({
        "tenant": { "surname": person.surname, "given_name": person.given_name,
                    "iin": person.iin, "passport": person.passport_number }
    });
    jalga_core::landlord::drafts::save_form(
        &mut store,
        "lease-wizard",
        &draft.to_string(),
        issued_at,
    )
    .unwrap();
    let other_draft = r#"{"street":"Абай даңғылы"}"#;
    jalga_core::landlord::drafts::save_form(&mut store, "dwelling", other_draft, issued_at)
        .unwrap();
    assert!(all_text(&store).contains(&person.full_name()));

    let report = forget::forget_person(&mut store, &person.id).unwrap();
    assert_eq!(report.registrations_kept as usize, registrations);
    assert_eq!(report.notices_kept as usize, notices);
    assert!(report.occupancies_removed >= 1);
    assert!(store.get::<Person>(&person.id).unwrap().is_none());

    let everything = all_text(&store);
    let mut traces = vec![
        person.id.clone(),
        person.surname.clone(),
        person.given_name.clone(),
    ];
    traces.extend(person.iin.clone());
    traces.extend(person.passport_number.clone());
    traces.push(person.full_name());
    for trace in traces {
        assert!(
            !everything.contains(&trace),
            "{trace} is still in the database"
        );
    }
    let kept: i64 = store
        .raw_connection()
        .query_row(
            "SELECT count(*) FROM forgotten_fact WHERE tombstone_id = ?1",
            [&report.tombstone_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept as usize, registrations + notices);
    // The documents of the others are kept, and so is a draft about no one.
    let left: i64 = store
        .raw_connection()
        .query_row("SELECT count(*) FROM issued_document", [], |r| r.get(0))
        .unwrap();
    assert!(left > 0, "the lease's documents were all dropped");
    assert_eq!(
        jalga_core::landlord::drafts::load_form(&store, "dwelling")
            .unwrap()
            .as_deref(),
        Some(other_draft)
    );
    assert_eq!(
        jalga_core::landlord::drafts::load_form(&store, "lease-wizard").unwrap(),
        None
    );
    // The log still verifies after the person's keys were blanked, and
    // records the act without the person.
    assert_eq!(change_log::verify(&store).unwrap().first_broken, None);
    let last = &change_log::list(&store, 1).unwrap()[0];
    assert_eq!(
        (last.action.as_str(), last.entity_id.as_str()),
        ("forget", report.tombstone_id.as_str())
    );
    // What remains is still a valid bundle.
    let export = export_json(&store);
    let fresh = Store::open(&dir.path().join("fresh.sqlite3")).unwrap();
    interchange::check_bundle(&fresh, &export).expect("the export imports");
}
