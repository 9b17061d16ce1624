//! The audit on both backends: the same generated city, with its planted
//! violations, audited on the SQLite file and on the office server gives
//! the same report (kinds, subjects, severities, numbers, explanations) and
//! finds every planted violation; the server's readers share one snapshot.
//! The PostgreSQL half is skipped without the test server, as in
//! `conformance.rs`.
#![cfg(feature = "postgres")]

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use jalga_core::audit::{self, AuditOptions, AuditReport, FindingKind};
use jalga_core::domain::Property;
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::{BackendKind, OpenOptions};
use jalga_core::{Lang, Store};
use jalga_testkit::city::{generate_into, CityManifest, CityParams};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn params() -> CityParams {
    CityParams {
        people: 3_000,
        seed: 7,
        today: today(),
    }
}

fn audit_of(store: &Store) -> AuditReport {
    audit::run(store, &AuditOptions::new(today()), &AtomicBool::new(false)).unwrap()
}

/// Every planted subject found, per kind, and nothing else.
fn assert_full_recall(backend: &str, manifest: &CityManifest, report: &AuditReport) {
    for kind in FindingKind::ALL {
        let planted: BTreeSet<&str> = manifest
            .planted
            .iter()
            .filter(|p| p.kind == kind)
            .flat_map(|p| p.subjects.iter().map(String::as_str))
            .collect();
        let found: BTreeSet<&str> = report
            .findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.subject.id.as_str())
            .collect();
        assert!(!planted.is_empty(), "{backend} {kind:?}: nothing planted");
        assert_eq!(found, planted, "{backend} {kind:?}");
    }
}

#[test]
fn the_audit_finds_the_same_on_both_backends_and_every_planted_violation() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = Store::open(&dir.path().join("city.sqlite3")).unwrap();
    let manifest = generate_into(&mut file, &params()).unwrap();
    let expected = audit_of(&file);
    assert_full_recall("sqlite", &manifest, &expected);
    let Some(url) = test_server("the_audit_finds_the_same_on_both_backends") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    assert_eq!(server.backend(), BackendKind::Postgres);
    let on_server = generate_into(&mut server, &params()).unwrap();
    assert_eq!(on_server, manifest, "the generator is deterministic");
    let got = audit_of(&server);
    assert_full_recall("postgres", &manifest, &got);
    assert_eq!(got.checked, expected.checked);
    assert_eq!(got.counts, expected.counts);
    assert_eq!(got.findings.len(), expected.findings.len());
    for (g, e) in got.findings.iter().zip(&expected.findings) {
        assert_eq!(
            g,
            e,
            "\nserver: {}\nfile:   {}",
            g.summary.render(Lang::En),
            e.summary.render(Lang::En)
        );
    }
    assert_eq!(got, expected);
    // One kind alone: the same on both too.
    let mut one = AuditOptions::new(today());
    one.kinds = vec![FindingKind::Overcrowded];
    let run = |s: &Store| audit::run(s, &one, &AtomicBool::new(false)).unwrap();
    assert_eq!(run(&server), run(&file));
}

/// The server's readers from one call see one state: a commit made after
/// they were handed out is seen by none of them, on any connection.
#[test]
fn the_servers_readers_share_one_snapshot_while_clerks_write() {
    let Some(url) = test_server("the_servers_readers_share_one_snapshot_while_clerks_write") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    jalga_core::interchange::write_bundle(&mut store, &jalga_testkit::demo::demo_bundle()).unwrap();
    let before = store.count::<Property>().unwrap();
    let readers = store.snapshots(3).unwrap();
    assert_eq!(readers.len(), 3);
    let mut extra: Property = store.list::<Property>().unwrap().remove(0);
    extra.id = "snapshot-extra".into();
    let mut clerk = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    let unit = clerk.write("save").unwrap();
    unit.save(&extra).unwrap();
    unit.commit().unwrap();
    assert_eq!(clerk.count::<Property>().unwrap(), before + 1);
    for r in &readers {
        assert_eq!(r.counts().unwrap().dwellings, before);
    }
    // A snapshot taken now sees it.
    assert_eq!(
        store.snapshots(1).unwrap()[0].counts().unwrap().dwellings,
        before + 1
    );
}
