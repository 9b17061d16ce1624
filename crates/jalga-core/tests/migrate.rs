//! `interchange::migrate`: a local (encrypted) store lifted into another
//! in one unit. The target is the office server when the test server is up
//! (`JALGA_TEST_PG_URL`), and always a second database file, so the rules
//! (refused when not empty, merge, nothing written from a broken source)
//! are checked on both backends.
#![cfg(feature = "postgres")]

use std::path::Path;

use jalga_core::domain::Person;
use jalga_core::interchange::migrate::{self, Mode};
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::{change_log, OpenOptions, Passphrase};
use jalga_core::{CoreError, Store};
use jalga_testkit::city::{generate_into, CityParams};
use jalga_testkit::demo::make_iin;

/// What keeps a target alive for the test.
#[allow(dead_code)]
enum Keep {
    File(tempfile::TempDir),
    Server(ScratchDb),
}

/// An empty target on each backend: a file, then the server if it is up.
fn targets(test: &str) -> Vec<(Store, Keep)> {
    let dir = tempfile::tempdir().unwrap();
    let file = Store::open(&dir.path().join("target.sqlite3")).unwrap();
    let mut all = vec![(file, Keep::File(dir))];
    if let Some(url) = test_server(test) {
        let db = ScratchDb::create(&url).expect("a scratch database on the test server");
        let server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
        all.push((server, Keep::Server(db)));
    }
    all
}

fn locked() -> OpenOptions {
    OpenOptions {
        passphrase: Some(Passphrase::new("clerk's own secret").unwrap()),
        actor: Some("clerk-7".into()),
    }
}

/// A clerk's local encrypted store holding a generated city.
fn clerk_file(dir: &Path) -> Store {
    let mut store = Store::open_with(&dir.join("clerk.sqlite3"), &locked()).unwrap();
    generate_into(
        &mut store,
        &CityParams {
            people: 1_500,
            seed: 16,
            today: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        },
    )
    .unwrap();
    mend_planted_identities(&store);
    store
}

/// The city plants identities the audit must find (a wrong check digit, a
/// birth date or sex the IIN contradicts), which the import's checks, and
/// so a migration, refuse: such people get a valid IIN here.
fn mend_planted_identities(store: &Store) {
    let whole = interchange::bundle(store).unwrap();
    let bytes = serde_json::to_vec(&whole).unwrap();
    let Err(bad) = interchange::check_bundle(store, &bytes) else {
        return;
    };
    let mut mended = 0;
    for v in bad {
        let Some(i) = v
            .path
            .strip_prefix("persons[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        let p = &whole.persons[i];
        let iin = make_iin(p.birth_date, p.sex, 7_000 + i as u32);
        mended += store
            .raw_connection()
            .execute("UPDATE person SET iin = ?1 WHERE id = ?2", [&iin, &p.id])
            .unwrap();
    }
    assert!(mended > 0, "the city planted no identities to mend");
    let again = serde_json::to_vec(&interchange::bundle(store).unwrap()).unwrap();
    assert!(interchange::check_bundle(store, &again).is_ok());
}

fn export(store: &Store, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, format, &mut out).unwrap();
    out
}

#[test]
fn a_migrated_city_exports_byte_for_byte_as_its_file_and_the_log_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let source = clerk_file(dir.path());
    let json = export(&source, Format::Json);
    let csv = export(&source, Format::Csv);
    let records = migrate::records_in(&source).unwrap();
    assert!(records > 3_000, "{records}");
    for (mut target, _keep) in
        targets("a_migrated_city_exports_byte_for_byte_as_its_file_and_the_log_says_so")
    {
        let done = migrate::migrate(&source, &mut target, "clerk.sqlite3", Mode::Empty).unwrap();
        assert_eq!(done.records, records);
        assert!(export(&target, Format::Json) == json, "the bundles differ");
        // The CSV: read back through a migration into a new file (the
        // registrations export is a file's read).
        let back_dir = tempfile::tempdir().unwrap();
        let mut back = Store::open(&back_dir.path().join("back.sqlite3")).unwrap();
        migrate::migrate(&target, &mut back, "target", Mode::Empty).unwrap();
        assert!(export(&back, Format::Csv) == csv, "the CSVs differ");
        // The log: one row per kind and one naming the source and the head
        // of its own log.
        let head = &change_log::list(&source, 1).unwrap()[0];
        let log = change_log::list(&target, 100).unwrap();
        let named: Vec<_> = log.iter().filter(|e| e.entity == "store").collect();
        assert_eq!(named.len(), 1, "{log:?}");
        assert_eq!(named[0].action, "migrate");
        assert_eq!(
            named[0].summary,
            format!(
                "{records} records from clerk.sqlite3, its log head {} {}",
                head.seq, head.hash
            )
        );
        let people = log
            .iter()
            .find(|e| e.entity == "person")
            .expect("the people's row");
        assert_eq!(
            people.summary,
            format!("{} person migrate", source.count::<Person>().unwrap())
        );
        assert_eq!(change_log::verify(&target).unwrap().first_broken, None);
    }
}

#[test]
fn a_second_migration_is_refused_and_a_merge_changes_no_record() {
    let dir = tempfile::tempdir().unwrap();
    let source = clerk_file(dir.path());
    for (mut target, _keep) in
        targets("a_second_migration_is_refused_and_a_merge_changes_no_record")
    {
        migrate::migrate(&source, &mut target, "clerk.sqlite3", Mode::Empty).unwrap();
        let before = export(&target, Format::Json);
        let log_rows = change_log::verify(&target).unwrap().entries;
        let err = migrate::migrate(&source, &mut target, "clerk.sqlite3", Mode::Empty).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert_eq!(err.field(), Some("to"));
        let said = err.to_problem(jalga_core::Lang::Kk).message;
        assert!(said.contains("--merge"), "{said}");
        assert_eq!(change_log::verify(&target).unwrap().entries, log_rows);
        // Merged again: the same records, only the log grows.
        migrate::migrate(&source, &mut target, "clerk.sqlite3", Mode::Merge).unwrap();
        assert!(export(&target, Format::Json) == before);
        assert!(change_log::verify(&target).unwrap().entries > log_rows);
    }
}

#[test]
fn a_broken_source_writes_nothing_on_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let source = clerk_file(dir.path());
    // A person whose IIN's check digit is wrong, written behind the
    // store's back.
    let changed = source
        .raw_connection()
        .execute(
            "UPDATE person SET iin = substr(iin, 1, 11) || ((substr(iin, 12, 1) + 1) % 10) \
             WHERE id = (SELECT min(id) FROM person WHERE iin IS NOT NULL)",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    for (mut target, _keep) in targets("a_broken_source_writes_nothing_on_the_target") {
        let err = migrate::migrate(&source, &mut target, "clerk.sqlite3", Mode::Empty).unwrap_err();
        assert!(
            matches!(&err, CoreError::ImportRejected(v) if v.iter().any(|v| v.path.contains("iin"))),
            "{err:?}"
        );
        assert_eq!(migrate::records_in(&target).unwrap(), 0);
        assert_eq!(change_log::verify(&target).unwrap().entries, 0);
    }
}
