//! One suite, two backends: the same calls of the one store API
//! ([`Store`], its units, the core's import and export, the change log,
//! forgetting) on the embedded SQLite file and on the office server's
//! PostgreSQL, and the same answers. Each test runs on SQLite always, and
//! on PostgreSQL when the test server is up (`JALGA_TEST_PG_URL`, set by
//! scripts/pg-cluster.sh and scripts/test.sh); without it the PostgreSQL
//! half says it was skipped, unless `JALGA_REQUIRE_TOOLS` is set, which
//! makes it a failure.
#![cfg(feature = "postgres")]

use jalga_core::domain::{Person, Property, Registration};
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::pg::{self, PgStore};
use jalga_core::store::{change_log, forget, BackendKind, OpenOptions, SCHEMA_VERSION};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

/// What keeps a backend's database alive for the test.
pub(crate) enum Keep {
    File(#[allow(dead_code)] tempfile::TempDir),
    Server(ScratchDb),
}

impl Keep {
    fn url(&self) -> &str {
        match self {
            Keep::Server(db) => db.url(),
            Keep::File(_) => unreachable!("only a server has a URL"),
        }
    }
}

fn options() -> OpenOptions {
    OpenOptions {
        actor: Some("clerk-1".into()),
        ..OpenOptions::default()
    }
}

/// A fresh store on each backend: SQLite first, then PostgreSQL when the
/// test server is up.
pub(crate) fn backends(test: &str) -> Vec<(Store, Keep)> {
    let dir = tempfile::tempdir().unwrap();
    let file = Store::open_with(&dir.path().join("local.sqlite3"), &options()).unwrap();
    let mut all = vec![(file, Keep::File(dir))];
    if let Some(url) = test_server(test) {
        let db = ScratchDb::create(&url).expect("a scratch database on the test server");
        let server = Store::open_server(db.url(), &options()).expect("the store opens");
        assert_eq!(server.backend(), BackendKind::Postgres);
        all.push((server, Keep::Server(db)));
    }
    all
}

pub(crate) fn export_json(store: &Store) -> String {
    let mut out = Vec::new();
    interchange::export(store, Format::Json, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn save<T: jalga_core::store::Entity>(store: &mut Store, r: &T) -> Result<(), CoreError> {
    let u = store.write("save")?;
    u.save(r)?;
    u.commit()
}

#[test]
fn both_backends_are_at_the_same_schema_version() {
    assert_eq!(pg::schema::SCHEMA_VERSION, SCHEMA_VERSION);
    for (store, _keep) in backends("both_backends_are_at_the_same_schema_version") {
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }
}

#[test]
fn an_import_exports_byte_for_byte_the_same_on_both() {
    let demo = demo_bundle();
    let bytes = serde_json::to_vec(&demo).unwrap();
    let mut answers = Vec::new();
    for (mut store, _keep) in backends("an_import_exports_byte_for_byte_the_same_on_both") {
        let done = interchange::import(&mut store, Format::Json, &mut bytes.as_slice()).unwrap();
        let person = &demo.persons[0];
        let at = &demo.registrations[0].property_id;
        answers.push((
            done,
            export_json(&store),
            store.summary().unwrap(),
            store.get::<Person>(&person.id).unwrap(),
            store.get::<Person>("no-such-person").unwrap(),
            store.list_where::<Registration>("property_id", at).unwrap(),
            store.exists::<Property>(at).unwrap(),
        ));
    }
    for other in &answers[1..] {
        assert!(other == &answers[0], "the backends answer differently");
    }
}

#[test]
fn a_bundle_with_a_bad_reference_is_refused_the_same_way_and_writes_nothing() {
    let demo = demo_bundle();
    let mut bad = demo.clone();
    bad.registrations[0].person_id = "nobody-here".into();
    let bytes = serde_json::to_vec(&bad).unwrap();
    let mut refusals = Vec::new();
    for (mut store, _keep) in backends("a_bundle_with_a_bad_reference_is_refused_the_same_way") {
        let Err(CoreError::ImportRejected(problems)) =
            interchange::import(&mut store, Format::Json, &mut bytes.as_slice())
        else {
            panic!("the bundle was taken");
        };
        assert_eq!(store.count::<Property>().unwrap(), 0);
        assert_eq!(change_log::verify(&store).unwrap().entries, 0);
        refusals.push(
            problems
                .iter()
                .map(|p| (p.path.clone(), p.code.clone()))
                .collect::<Vec<_>>(),
        );
    }
    assert!(refusals[0]
        .iter()
        .any(|(path, code)| { path == "registrations[0].person_id" && code == "unknown-ref" }));
    for other in &refusals[1..] {
        assert_eq!(other, &refusals[0]);
    }
}

#[test]
fn saving_again_updates_in_place_and_areas_keep_every_digit() {
    let demo = demo_bundle();
    for (mut store, _keep) in backends("saving_again_updates_in_place_and_areas_keep_every_digit") {
        interchange::write_bundle(&mut store, &demo).unwrap();
        let mut flat: Property = demo.properties[0].clone();
        // Areas no binary fraction holds exactly, and one written in full.
        flat.total_area = 72.35;
        flat.useful_area = 61.1;
        flat.living_area = 40.000_000_000_000_01;
        save(&mut store, &flat).unwrap();
        assert_eq!(store.get::<Property>(&flat.id).unwrap(), Some(flat.clone()));
        assert_eq!(
            store.count::<Property>().unwrap(),
            demo.properties.len() as u64
        );
    }
}

#[test]
fn the_schema_refuses_the_same_records_on_both() {
    let demo = demo_bundle();
    let good = demo.properties[0].clone();
    let mut no_area = good.clone();
    no_area.total_area = 0.0;
    let mut living_over_useful = good.clone();
    living_over_useful.living_area = good.useful_area + 1.0;
    let mut born_too_early = demo.persons[0].clone();
    born_too_early.birth_date = chrono::NaiveDate::from_ymd_opt(1899, 12, 31).unwrap();
    let mut orphan = demo.registrations[0].clone();
    orphan.person_id = "nobody".into();
    for (mut store, _keep) in backends("the_schema_refuses_the_same_records_on_both") {
        // Each bad record alone, in its own unit: refused by the schema.
        assert!(save(&mut store, &no_area).is_err(), "area 0");
        assert!(
            save(&mut store, &living_over_useful).is_err(),
            "living > useful"
        );
        assert!(save(&mut store, &born_too_early).is_err(), "born 1899");
        assert!(save(&mut store, &orphan).is_err(), "unknown person");
        assert_eq!(store.count::<Property>().unwrap(), 0);
        assert_eq!(change_log::verify(&store).unwrap().entries, 0);
    }
}

#[test]
fn the_change_log_chains_the_same_rows_on_both_and_an_edit_is_detected() {
    let demo = demo_bundle();
    let mut logs = Vec::new();
    for (mut store, keep) in backends("the_change_log_chains_the_same_rows_on_both") {
        interchange::write_bundle(&mut store, &demo).unwrap();
        save(&mut store, &demo.persons[0]).unwrap();
        let verdict = change_log::verify(&store).unwrap();
        assert_eq!(verdict.first_broken, None);
        let log = change_log::list(&store, 100).unwrap();
        assert_eq!(verdict.entries, log.len() as u64);
        // The same rows in the same order: what, about which kind, by whom.
        logs.push(
            log.iter()
                .map(|e| {
                    (
                        e.seq,
                        e.actor.clone(),
                        e.action.clone(),
                        e.entity.clone(),
                        e.entity_id.clone(),
                        e.summary.clone(),
                    )
                })
                .collect::<Vec<_>>(),
        );
        if let Keep::Server(_) = keep {
            // Someone edits a row on the server behind Jalga's back.
            let mut admin = Client::connect(keep.url(), NoTls).unwrap();
            admin
                .execute(
                    "UPDATE change_log SET summary = 'nothing happened' WHERE seq = 2",
                    &[],
                )
                .unwrap();
            assert_eq!(change_log::verify(&store).unwrap().first_broken, Some(2));
        }
    }
    for other in &logs[1..] {
        assert_eq!(other, &logs[0]);
    }
}

#[test]
fn forgetting_a_person_keeps_the_same_facts_on_both() {
    let demo = demo_bundle();
    // Someone who is no party to a lease and hosts no one: forgettable.
    let party = |id: &str| {
        demo.leases
            .iter()
            .any(|l| l.landlord_id == id || l.tenant_id == id)
            || demo
                .foreigner_notices
                .iter()
                .any(|n| n.host_id == id && n.person_id != id)
    };
    let target = demo
        .persons
        .iter()
        .find(|p| !party(&p.id) && demo.registrations.iter().any(|r| r.person_id == p.id))
        .expect("the demo has a forgettable registrant")
        .id
        .clone();
    let blocked = demo.leases[0].tenant_id.clone();
    let mut answers = Vec::new();
    for (mut store, _keep) in backends("forgetting_a_person_keeps_the_same_facts_on_both") {
        interchange::write_bundle(&mut store, &demo).unwrap();
        let report = forget::forget_person(&mut store, &target).unwrap();
        assert!(report.tombstone_id.starts_with("t-") && report.tombstone_id.len() == 18);
        let refusal = forget::forget_person(&mut store, &blocked).unwrap_err();
        assert_eq!(store.get::<Person>(&target).unwrap(), None);
        // The log, its keys about them blanked, still verifies.
        assert_eq!(change_log::verify(&store).unwrap().first_broken, None);
        assert!(change_log::list(&store, 1000)
            .unwrap()
            .iter()
            .all(|e| e.entity_id != target));
        answers.push((
            report.registrations_kept,
            report.notices_kept,
            report.occupancies_removed,
            refusal.to_string(),
            export_json(&store),
        ));
    }
    for other in &answers[1..] {
        assert!(other == &answers[0], "the backends forget differently");
    }
}

#[test]
fn a_server_at_a_newer_schema_is_refused_and_left_untouched() {
    let Some(url) = test_server("a_server_at_a_newer_schema_is_refused_and_left_untouched") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    drop(Store::open_server(db.url(), &options()).unwrap());
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    admin
        .batch_execute("UPDATE jalga_schema SET version = 99; CREATE TABLE future (x int)")
        .unwrap();
    let err = Store::open_server(db.url(), &options())
        .err()
        .expect("refused");
    assert!(matches!(
        err,
        CoreError::DatabaseTooNew { found: 99, supported, .. } if supported == SCHEMA_VERSION
    ));
    assert_eq!(err.code(), "database-too-new");
    let v: i32 = admin
        .query_one("SELECT version FROM jalga_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(v, 99);
}

#[test]
fn a_wrong_server_is_a_store_error_naming_no_password() {
    // A port nothing listens on (the discard port), with a password in it.
    let err = PgStore::open("postgres://clerk:s3cret@127.0.0.1:9/jalga", &options())
        .err()
        .expect("no server there");
    assert_eq!(err.code(), "store");
    let text = err.to_string();
    assert!(
        text.contains("postgres://clerk@127.0.0.1:9/jalga"),
        "{text}"
    );
    assert!(!text.contains("s3cret"), "{text}");
}

#[test]
fn puts_of_one_key_keep_the_last_and_the_unit_sees_its_puts() {
    let demo = demo_bundle();
    let mut answers = Vec::new();
    for (mut store, _keep) in backends("puts_of_one_key_keep_the_last_and_the_unit_sees_its_puts") {
        let mut flat = demo.properties[0].clone();
        let mut u = store.write("import").unwrap();
        for rooms in 1..=3 {
            flat.rooms = rooms;
            u.put(&flat).unwrap();
        }
        // A put is there for what the unit does next.
        assert!(u.exists::<Property>(&flat.id).unwrap());
        flat.rooms = 4;
        u.put(&flat).unwrap();
        u.commit().unwrap();
        let back: Property = store.get(&flat.id).unwrap().unwrap();
        assert_eq!(back.rooms, 4);
        answers.push((
            export_json(&store),
            change_log::list(&store, 10)
                .unwrap()
                .into_iter()
                .map(|e| e.summary)
                .collect::<Vec<_>>(),
        ));
    }
    for other in &answers[1..] {
        assert_eq!(other, &answers[0]);
    }
}
