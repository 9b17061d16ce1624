//! `city::generate_bulk_into`, the benchmarks' load of a generated city
//! (one bulk load: the empty tables' indexes and, on a server, foreign keys
//! built once at the end), writes the same records as `generate_into` (a
//! put per record into indexed tables), on both backends, and on a server
//! leaves the same indexes and constraints behind.
#![cfg(feature = "postgres")]

use chrono::NaiveDate;
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::city::{generate_bulk_into, generate_into, CityParams};

fn params() -> CityParams {
    CityParams {
        people: 1_500,
        seed: 23,
        today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    }
}

fn export_json(store: &Store) -> String {
    let mut out = Vec::new();
    interchange::export(store, Format::Json, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The indexes and constraints of the server's tables, by name.
fn schema_of(url: &str) -> Vec<String> {
    let mut c = Client::connect(url, NoTls).unwrap();
    let mut rows: Vec<String> = c
        .query(
            "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() \
             UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint \
             WHERE connamespace = current_schema()::regnamespace",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    rows.sort();
    rows
}

#[test]
fn a_bulk_loaded_city_is_the_city_a_put_per_record_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut put = Store::open(&dir.path().join("put.sqlite")).unwrap();
    let want_manifest = generate_into(&mut put, &params()).unwrap();
    let want = export_json(&put);
    assert!(want_manifest.registrations > 0);

    let mut bulk = Store::open(&dir.path().join("bulk.sqlite")).unwrap();
    assert_eq!(
        generate_bulk_into(&mut bulk, &params()).unwrap(),
        want_manifest
    );
    assert_eq!(
        export_json(&bulk),
        want,
        "SQLite: the bulk load wrote another city"
    );

    let Some(url) = test_server("a_bulk_loaded_city_is_the_city_a_put_per_record_writes") else {
        return;
    };
    let fresh = ScratchDb::create(&url).unwrap();
    drop(Store::open_server(fresh.url(), &OpenOptions::default()).unwrap());
    let db = ScratchDb::create(&url).unwrap();
    let mut server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    assert_eq!(
        generate_bulk_into(&mut server, &params()).unwrap(),
        want_manifest
    );
    assert_eq!(
        export_json(&server),
        want,
        "the server: the bulk load wrote another city"
    );
    drop(server);
    assert_eq!(
        schema_of(db.url()),
        schema_of(fresh.url()),
        "the indexes and constraints dropped for the load are all back"
    );
}
