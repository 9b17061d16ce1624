//! A CSV import into empty tables on the office server drops their
//! secondary indexes and builds them again before it commits: afterwards
//! the schema has exactly the indexes it had, a refused import leaves
//! the data and the indexes as they were, and a clerk (who does not own
//! the tables) imports through the normal path. PostgreSQL only; skipped
//! without a test server.
#![cfg(feature = "postgres")]

use jalga_core::domain::Property;
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::Entity;
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::synthetic;

use super::office_copy::flat;

const TABLES: [&str; 3] = ["property", "person", "registration"];

/// Every index of the schema: (table, name, definition, oid). The oid
/// tells an index built again from one left alone.
fn indexes(admin: &mut Client) -> Vec<(String, String, String, u32)> {
    admin
        .query(
            "SELECT x.tablename::text, x.indexname::text, x.indexdef, c.oid \
             FROM pg_indexes x JOIN pg_class c ON c.relname = x.indexname \
              AND c.relnamespace = x.schemaname::regnamespace \
             WHERE x.schemaname = 'public' ORDER BY 1, 2",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect()
}

/// Every constraint of the schema: (table, name, definition).
fn constraints(admin: &mut Client) -> Vec<(String, String, String)> {
    admin
        .query(
            "SELECT conrelid::regclass::text, conname::text, pg_get_constraintdef(oid) \
             FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect()
}

fn without_oids(ix: &[(String, String, String, u32)]) -> Vec<(String, String, String)> {
    ix.iter()
        .map(|(t, n, d, _)| (t.clone(), n.clone(), d.clone()))
        .collect()
}

/// The secondary indexes of the import's tables whose oid changed.
fn rebuilt(
    before: &[(String, String, String, u32)],
    after: &[(String, String, String, u32)],
) -> Vec<String> {
    before
        .iter()
        .zip(after)
        .filter(|(b, a)| TABLES.contains(&b.0.as_str()) && b.3 != a.3)
        .map(|(b, _)| b.1.clone())
        .collect()
}

fn counts(admin: &mut Client) -> Vec<i64> {
    TABLES
        .iter()
        .map(|t| {
            admin
                .query_one(&format!("SELECT count(*) FROM {t}"), &[])
                .unwrap()
                .get(0)
        })
        .collect()
}

fn imports_logged(admin: &mut Client) -> i64 {
    admin
        .query_one(
            "SELECT count(*) FROM change_log WHERE action = 'import'",
            &[],
        )
        .unwrap()
        .get(0)
}

fn csv(rows: u64) -> Vec<u8> {
    let mut out = Vec::new();
    synthetic::write_registrations_csv(rows, &mut out).unwrap();
    out
}

/// The same file with one bad row (an unknown kind of registration) in
/// the middle.
fn csv_with_a_bad_row(rows: u64) -> Vec<u8> {
    let text = String::from_utf8(csv(rows)).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let middle = lines.len() / 2;
    let bad = lines[middle].replacen(",temporary,", ",no-such-kind,", 1);
    assert_ne!(bad, lines[middle], "the fixture row has a kind to spoil");
    lines[middle] = bad;
    (lines.join("\n") + "\n").into_bytes()
}

#[test]
fn an_import_into_empty_tables_rebuilds_the_same_indexes_and_a_refused_one_changes_nothing() {
    let Some(url) = test_server(
        "an_import_into_empty_tables_rebuilds_the_same_indexes_and_a_refused_one_changes_nothing",
    ) else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    let before = indexes(&mut admin);
    let keys = constraints(&mut admin);
    assert!(keys
        .iter()
        .any(|k| k.0 == "registration" && k.2.starts_with("FOREIGN KEY")));
    assert!(
        before
            .iter()
            .any(|i| i.0 == "registration" && !i.1.ends_with("_pkey")),
        "the schema has secondary indexes on registrations: {before:?}"
    );

    // Refused: nothing written, the indexes as they were (the same ones).
    let bad = csv_with_a_bad_row(400);
    assert!(interchange::import(&mut store, Format::Csv, &mut &bad[..]).is_err());
    assert_eq!(counts(&mut admin), vec![0, 0, 0]);
    assert_eq!(indexes(&mut admin), before);
    assert_eq!(constraints(&mut admin), keys);

    // Accepted into empty tables: the secondary indexes were built again
    // (new oids), with the same names and definitions.
    let good = csv(400);
    let summary = interchange::import(&mut store, Format::Csv, &mut &good[..]).unwrap();
    assert_eq!(summary.records, 400);
    assert_eq!(counts(&mut admin), vec![80, 400, 400]);
    let after = indexes(&mut admin);
    assert_eq!(without_oids(&after), without_oids(&before));
    assert_eq!(constraints(&mut admin), keys);
    let again = rebuilt(&before, &after);
    assert!(
        again.iter().any(|n| n.starts_with("registration")),
        "the registrations' secondary indexes were built again: {again:?}"
    );
    assert!(
        !again.iter().any(|n| n.ends_with("_pkey")),
        "the primary keys stay: {again:?}"
    );
    // One log row for the import (the registrations put; the people and
    // dwellings they bring are only inserted), as before.
    assert_eq!(imports_logged(&mut admin), 1);

    // The tables are no longer empty: the next import leaves the indexes
    // alone.
    let more = csv(500);
    interchange::import(&mut store, Format::Csv, &mut &more[..]).unwrap();
    assert_eq!(counts(&mut admin), vec![100, 500, 500]);
    assert_eq!(indexes(&mut admin), after);
    assert_eq!(imports_logged(&mut admin), 2);
}

#[test]
fn a_clerk_who_does_not_own_the_tables_imports_without_touching_the_indexes() {
    let Some(url) =
        test_server("a_clerk_who_does_not_own_the_tables_imports_without_touching_the_indexes")
    else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut owner = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    owner.install_roles().unwrap();
    drop(owner);
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    let name = format!("clerk_city_{}", std::process::id());
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') \
             THEN CREATE ROLE {name} LOGIN; END IF; END $$; GRANT jalga_clerk TO {name};"
        ))
        .unwrap();
    // No district: the whole city.
    admin
        .execute(
            "INSERT INTO jalga_access (login, district) VALUES ($1, NULL)",
            &[&name],
        )
        .unwrap();
    let clerk_url = db.url().replacen("://postgres@", &format!("://{name}@"), 1);
    assert_ne!(
        clerk_url,
        db.url(),
        "the test server's URL names its user postgres"
    );
    let mut clerk = Store::open_server(&clerk_url, &OpenOptions::default()).unwrap();
    let before = indexes(&mut admin);
    let keys = constraints(&mut admin);

    let bad = csv_with_a_bad_row(300);
    assert!(interchange::import(&mut clerk, Format::Csv, &mut &bad[..]).is_err());
    assert_eq!(counts(&mut admin), vec![0, 0, 0]);
    assert_eq!(indexes(&mut admin), before);
    assert_eq!(constraints(&mut admin), keys);

    let good = csv(300);
    interchange::import(&mut clerk, Format::Csv, &mut &good[..]).unwrap();
    assert_eq!(counts(&mut admin), vec![60, 300, 300]);
    // The same indexes, none built again: the clerk took the normal path.
    assert_eq!(indexes(&mut admin), before);
    assert_eq!(constraints(&mut admin), keys);
}

/// A load into an empty table it owns copies the records with new keys
/// straight into it; a key an earlier batch of the same load wrote goes
/// through the upsert: the last put still wins and an insert-if-absent
/// still yields.
#[test]
fn a_load_into_an_empty_table_meets_its_own_earlier_batch() {
    let Some(url) = test_server("a_load_into_an_empty_table_meets_its_own_earlier_batch") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    let bulk = store
        .write("import")
        .unwrap()
        .bulk(&[Property::TABLE])
        .unwrap();
    let mut puts = bulk.writer::<Property>(true).unwrap();
    let mut inserts = bulk.writer::<Property>(false).unwrap();
    puts.write(&bulk, &flat("put", 1)).unwrap();
    inserts.write(&bulk, &flat("kept", 2)).unwrap();
    // Asking sends what is gathered: the next rows are a batch of their own.
    assert!(bulk.exists::<Property>("put").unwrap());
    puts.write(&bulk, &flat("put", 3)).unwrap();
    inserts.write(&bulk, &flat("kept", 4)).unwrap();
    inserts.write(&bulk, &flat("new", 5)).unwrap();
    drop((puts, inserts));
    let mut bulk = bulk;
    bulk.count(Property::TABLE, 2);
    bulk.commit().unwrap();
    let rooms = |id: &str| store.get::<Property>(id).unwrap().unwrap().rooms;
    assert_eq!((rooms("put"), rooms("kept"), rooms("new")), (3, 2, 5));
}
