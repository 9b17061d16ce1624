//! One suite, two backends: what the embedded SQLite store does, the office
//! server's PostgreSQL store does the same way on the same data. Each test
//! runs on SQLite always, and on PostgreSQL when the test server is up
//! (`JALGA_TEST_PG_URL`, set by scripts/pg-cluster.sh and scripts/test.sh);
//! without it the PostgreSQL half says it was skipped, unless
//! `JALGA_REQUIRE_TOOLS` is set, which makes it a failure.
#![cfg(feature = "postgres")]

use jalga_core::domain::{Person, Property, Registration};
use jalga_core::interchange::{self, Bundle, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::pg::{self, PgStore};
use jalga_core::store::{change_log, forget, OpenOptions, SCHEMA_VERSION};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

/// A fresh PostgreSQL store in its own database, or `None` (skipped).
fn server(test: &str) -> Option<(ScratchDb, PgStore)> {
    let url = test_server(test)?;
    let db = ScratchDb::create(&url).expect("a scratch database on the test server");
    let store = PgStore::open(db.url(), &options()).expect("the store opens on the server");
    Some((db, store))
}

fn options() -> OpenOptions {
    OpenOptions {
        actor: Some("clerk-1".into()),
        ..OpenOptions::default()
    }
}

fn local() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(&dir.path().join("local.sqlite3"), &options()).unwrap();
    (dir, store)
}

/// Puts a bundle's records on the server in one unit, as an import does.
fn put_bundle(store: &mut PgStore, b: &Bundle) {
    store
        .transact("import", |u| {
            b.properties.iter().try_for_each(|r| u.put(r))?;
            b.owners.iter().try_for_each(|r| u.put(r))?;
            b.persons.iter().try_for_each(|r| u.put(r))?;
            b.leases.iter().try_for_each(|r| u.put(r))?;
            b.occupants.iter().try_for_each(|r| u.put(r))?;
            b.registrations.iter().try_for_each(|r| u.put(r))?;
            b.foreigner_notices.iter().try_for_each(|r| u.put(r))?;
            b.handovers.iter().try_for_each(|r| u.put(r))
        })
        .unwrap();
}

/// The server's records as a bundle, every list ordered by key.
fn pg_bundle(store: &mut PgStore) -> Bundle {
    Bundle {
        properties: store.list().unwrap(),
        owners: store.list().unwrap(),
        persons: store.list().unwrap(),
        leases: store.list().unwrap(),
        occupants: store.list().unwrap(),
        registrations: store.list().unwrap(),
        foreigner_notices: store.list().unwrap(),
        handovers: store.list().unwrap(),
        ..Bundle::default()
    }
}

fn json(b: &Bundle) -> String {
    serde_json::to_string_pretty(b).unwrap()
}

#[test]
fn both_backends_are_at_the_same_schema_version() {
    assert_eq!(pg::schema::SCHEMA_VERSION, SCHEMA_VERSION);
    let Some((_db, mut store)) = server("both_backends_are_at_the_same_schema_version") else {
        return;
    };
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn records_saved_read_back_the_same_on_both() {
    let demo = demo_bundle();
    let (_dir, mut local) = local();
    interchange::write_bundle(&mut local, &demo).unwrap();
    let local_json = {
        let mut out = Vec::new();
        interchange::export(&local, Format::Json, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let Some((_db, mut server)) = server("records_saved_read_back_the_same_on_both") else {
        return;
    };
    put_bundle(&mut server, &demo);
    let back = pg_bundle(&mut server);
    // Byte for byte the export SQLite gives.
    assert_eq!(format!("{}\n", json(&back)), local_json);
    assert_eq!(server.summary().unwrap(), local.summary().unwrap());
    // One record by id and by column, as the SQLite store answers them.
    let person = &demo.persons[0];
    assert_eq!(
        server.get::<Person>(&person.id).unwrap(),
        local.get::<Person>(&person.id).unwrap()
    );
    assert_eq!(server.get::<Person>("no-such-person").unwrap(), None);
    let at = &demo.registrations[0].property_id;
    assert_eq!(
        server
            .list_where::<Registration>("property_id", at)
            .unwrap(),
        local.list_where::<Registration>("property_id", at).unwrap()
    );
}

#[test]
fn saving_again_updates_in_place_and_areas_keep_every_digit() {
    let demo = demo_bundle();
    let Some((_db, mut server)) =
        server("saving_again_updates_in_place_and_areas_keep_every_digit")
    else {
        return;
    };
    put_bundle(&mut server, &demo);
    let mut flat: Property = demo.properties[0].clone();
    // Areas no binary fraction holds exactly, and one written in full.
    flat.total_area = 72.35;
    flat.useful_area = 61.1;
    flat.living_area = 40.000_000_000_000_01;
    server.transact("save", |u| u.save(&flat)).unwrap();
    let back: Property = server.get(&flat.id).unwrap().unwrap();
    assert_eq!(back, flat);
    assert_eq!(
        server.count::<Property>().unwrap(),
        demo.properties.len() as u64
    );
}

#[test]
fn the_schema_refuses_what_sqlite_refuses() {
    let Some((_db, mut server)) = server("the_schema_refuses_what_sqlite_refuses") else {
        return;
    };
    let (_dir, mut local) = local();
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
    // Each bad record alone, in its own unit, on both backends.
    for (what, on_local, on_server) in [
        (
            "area 0",
            local.write("save").and_then(|u| u.save(&no_area)).is_err(),
            server.transact("save", |u| u.save(&no_area)).is_err(),
        ),
        (
            "living over useful",
            local
                .write("save")
                .and_then(|u| u.save(&living_over_useful))
                .is_err(),
            server
                .transact("save", |u| u.save(&living_over_useful))
                .is_err(),
        ),
        (
            "born 1899",
            local
                .write("save")
                .and_then(|u| u.save(&born_too_early))
                .is_err(),
            server
                .transact("save", |u| u.save(&born_too_early))
                .is_err(),
        ),
        (
            "unknown person",
            local.write("save").and_then(|u| u.save(&orphan)).is_err(),
            server.transact("save", |u| u.save(&orphan)).is_err(),
        ),
    ] {
        assert!(on_local, "SQLite took {what}");
        assert!(on_server, "PostgreSQL took {what}");
    }
    assert_eq!(server.count::<Property>().unwrap(), 0);
    assert_eq!(pg::log_verify(&mut server).unwrap().entries, 0);
}

#[test]
fn the_change_log_chains_and_an_edit_is_detected_on_both() {
    let demo = demo_bundle();
    let (_dir, mut local) = local();
    interchange::write_bundle(&mut local, &demo).unwrap();
    {
        let u = local.write("save").unwrap();
        u.save(&demo.persons[0]).unwrap();
        u.commit().unwrap();
    }
    let local_log = change_log::list(&local, 100).unwrap();
    let Some((db, mut server)) = server("the_change_log_chains_and_an_edit_is_detected_on_both")
    else {
        return;
    };
    put_bundle(&mut server, &demo);
    server
        .transact("save", |u| u.save(&demo.persons[0]))
        .unwrap();
    let verdict = pg::log_verify(&mut server).unwrap();
    assert_eq!(verdict.first_broken, None);
    let server_log = pg::log_list(&mut server, 100).unwrap();
    // The same rows in the same order: what, about which kind, by whom.
    let shape = |log: &[change_log::LogEntry]| -> Vec<(i64, String, String, String, String)> {
        log.iter()
            .map(|e| {
                (
                    e.seq,
                    e.actor.clone(),
                    e.action.clone(),
                    e.entity.clone(),
                    e.summary.clone(),
                )
            })
            .collect()
    };
    assert_eq!(shape(&server_log), shape(&local_log));
    assert_eq!(verdict.entries, local_log.len() as u64);
    // Someone edits a row on the server behind Jalga's back.
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    admin
        .execute(
            "UPDATE change_log SET summary = 'nothing happened' WHERE seq = 2",
            &[],
        )
        .unwrap();
    assert_eq!(pg::log_verify(&mut server).unwrap().first_broken, Some(2));
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
    let blocked = demo
        .leases
        .first()
        .map(|l| l.tenant_id.clone())
        .expect("the demo has a lease");
    let (_dir, mut local) = local();
    interchange::write_bundle(&mut local, &demo).unwrap();
    let local_report = forget::forget_person(&mut local, &target).unwrap();
    let local_refusal = forget::forget_person(&mut local, &blocked).unwrap_err();
    let Some((_db, mut server)) = server("forgetting_a_person_keeps_the_same_facts_on_both") else {
        return;
    };
    put_bundle(&mut server, &demo);
    let report = pg::forget_person(&mut server, &target).unwrap();
    assert_eq!(report.registrations_kept, local_report.registrations_kept);
    assert_eq!(report.notices_kept, local_report.notices_kept);
    assert_eq!(report.occupancies_removed, local_report.occupancies_removed);
    assert!(report.tombstone_id.starts_with("t-") && report.tombstone_id.len() == 18);
    assert_eq!(server.get::<Person>(&target).unwrap(), None);
    assert!(server
        .list_where::<Registration>("person_id", &target)
        .unwrap()
        .is_empty());
    let refusal = pg::forget_person(&mut server, &blocked).unwrap_err();
    assert_eq!(refusal.to_string(), local_refusal.to_string());
    // The rest reads as SQLite's does after the same forgetting, and the
    // log, with its keys blanked, still verifies.
    let mut local_out = Vec::new();
    interchange::export(&local, Format::Json, &mut local_out).unwrap();
    assert_eq!(
        format!("{}\n", json(&pg_bundle(&mut server))),
        String::from_utf8(local_out).unwrap()
    );
    let verdict = pg::log_verify(&mut server).unwrap();
    assert_eq!(verdict.first_broken, None);
    assert!(pg::log_list(&mut server, 1000)
        .unwrap()
        .iter()
        .all(|e| e.entity_id != target));
}

#[test]
fn a_server_at_a_newer_schema_is_refused_and_left_untouched() {
    let Some((db, server)) = server("a_server_at_a_newer_schema_is_refused_and_left_untouched")
    else {
        return;
    };
    drop(server);
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    admin
        .batch_execute("UPDATE jalga_schema SET version = 99; CREATE TABLE future (x int)")
        .unwrap();
    let err = PgStore::open(db.url(), &options()).err().expect("refused");
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
