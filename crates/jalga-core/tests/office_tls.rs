//! The office server over TLS: `sslmode=verify-full` with the office's CA
//! connects (encrypted, as the server itself says), a wrong CA is refused
//! with a localized message and nothing written. Needs the test server
//! started with `scripts/pg-cluster.sh start --tls` (JALGA_TEST_PG_CA);
//! skipped without it, a failure under JALGA_REQUIRE_TOOLS.
#![cfg(feature = "postgres")]

use jalga_core::domain::Property;
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::{Lang, Store};
use jalga_testkit::demo::demo_bundle;

/// The test server, a scratch database on it and the two CA files.
fn tls_server(test: &str) -> Option<(ScratchDb, String, String)> {
    let url = test_server(test)?;
    let (Ok(ca), Ok(other)) = (
        std::env::var("JALGA_TEST_PG_CA"),
        std::env::var("JALGA_TEST_PG_OTHER_CA"),
    ) else {
        assert!(
            std::env::var_os("JALGA_REQUIRE_TOOLS").is_none(),
            "{test}: JALGA_TEST_PG_CA is not set: start the server with scripts/pg-cluster.sh start --tls"
        );
        eprintln!("{test}: skipped: the test server has no TLS (JALGA_TEST_PG_CA)");
        return None;
    };
    Some((ScratchDb::create(&url).unwrap(), ca, other))
}

fn with(url: &str, query: &str) -> String {
    format!("{url}?{query}")
}

#[test]
fn verify_full_with_the_office_ca_connects_encrypted() {
    let Some((db, ca, _)) = tls_server("verify_full_with_the_office_ca_connects_encrypted") else {
        return;
    };
    let url = with(db.url(), &format!("sslmode=verify-full&sslrootcert={ca}"));
    let mut store = Store::open_server(&url, &OpenOptions::default()).unwrap();
    let flat = demo_bundle().properties[0].clone();
    let unit = store.write("save").unwrap();
    unit.save(&flat).unwrap();
    unit.commit().unwrap();
    assert_eq!(store.count::<Property>().unwrap(), 1);
    // The server's own view of the sessions on this database.
    let name = db.url().rsplit('/').next().unwrap().to_owned();
    let mut admin = Client::connect(db.admin_url(), NoTls).unwrap();
    let row = admin
        .query_one(
            "SELECT count(*) FILTER (WHERE s.ssl), count(*) FROM pg_stat_activity a \
             JOIN pg_stat_ssl s USING (pid) WHERE a.datname = $1 AND a.application_name = 'jalga'",
            &[&name],
        )
        .unwrap();
    let (encrypted, all): (i64, i64) = (row.get(0), row.get(1));
    assert_eq!((encrypted, all), (1, 1));
    // The store names the server without the query's file paths.
    assert!(!store.path().display().to_string().contains("sslrootcert"));
}

#[test]
fn a_wrong_root_is_refused_in_the_users_language_and_nothing_is_written() {
    let Some((db, ca, other)) =
        tls_server("a_wrong_root_is_refused_in_the_users_language_and_nothing_is_written")
    else {
        return;
    };
    let url = with(
        db.url(),
        &format!("sslmode=verify-full&sslrootcert={other}"),
    );
    let Err(err) = Store::open_server(&url, &OpenOptions::default()) else {
        panic!("a server whose certificate the CA did not sign was accepted");
    };
    assert_eq!(err.code(), "invalid");
    assert_eq!(err.field(), Some("db"));
    let kk = err.to_problem(Lang::Kk).message;
    assert!(kk.contains("қосылымды қорғау мүмкін болмады"), "{kk}");
    assert!(kk.contains("verify-full"), "{kk}");
    let ru = err.to_problem(Lang::Ru).message;
    assert!(ru.contains("Не удалось защитить подключение"), "{ru}");
    // verify-ca too: the chain is what is checked.
    let url = with(db.url(), &format!("sslmode=verify-ca&sslrootcert={other}"));
    assert!(Store::open_server(&url, &OpenOptions::default()).is_err());
    // A CA file that is not there: said before connecting.
    let url = with(
        db.url(),
        "sslmode=verify-full&sslrootcert=/nonexistent/ca.crt",
    );
    let Err(err) = Store::open_server(&url, &OpenOptions::default()) else {
        panic!("a missing CA file was accepted");
    };
    assert!(err.to_problem(Lang::En).message.contains("sslrootcert"));
    // Nothing was written: not even the schema.
    let mut direct = Client::connect(db.url(), NoTls).unwrap();
    let schema: Option<String> = direct
        .query_one("SELECT to_regclass('jalga_schema')::text", &[])
        .unwrap()
        .get(0);
    assert_eq!(schema, None);
    // With the right CA the same database opens.
    let url = with(db.url(), &format!("sslmode=verify-ca&sslrootcert={ca}"));
    Store::open_server(&url, &OpenOptions::default()).unwrap();
}
