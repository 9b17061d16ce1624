//! The office server with several clerks at once (PostgreSQL only; skipped
//! without the test server, see `conformance.rs`).
#![cfg(feature = "postgres")]

use std::sync::{Arc, Barrier};

use jalga_core::domain::Property;
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::pg::{self, PgStore};
use jalga_core::store::OpenOptions;
use jalga_testkit::demo::demo_bundle;

fn clerk(url: &str, n: usize) -> PgStore {
    PgStore::open(
        url,
        &OpenOptions {
            actor: Some(format!("clerk-{n}")),
            ..OpenOptions::default()
        },
    )
    .unwrap()
}

/// A dwelling of the demo under another id.
fn flat(template: &Property, id: String) -> Property {
    Property {
        id,
        ..template.clone()
    }
}

#[test]
fn eight_clerks_write_at_once_and_the_log_chains_every_write() {
    let Some(url) = test_server("eight_clerks_write_at_once_and_the_log_chains_every_write") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let template = demo_bundle().properties[0].clone();
    // The schema exists before the clerks come (each open would wait for
    // the first one's migration anyway).
    drop(clerk(db.url(), 0));
    const IMPORTS: usize = 4;
    const SAVERS: usize = 4;
    const PER_IMPORT: usize = 200;
    const SAVES: usize = 25;
    let start = Arc::new(Barrier::new(IMPORTS + SAVERS));
    let mut workers = Vec::new();
    for n in 0..IMPORTS + SAVERS {
        let (url, start, template) = (db.url().to_owned(), start.clone(), template.clone());
        workers.push(std::thread::spawn(move || {
            let mut store = clerk(&url, n + 1);
            start.wait();
            if n < IMPORTS {
                // An import: its own dwellings, one unit.
                store
                    .transact("import", |u| {
                        (0..PER_IMPORT)
                            .try_for_each(|i| u.put(&flat(&template, format!("imp-{n}-{i}"))))
                    })
                    .unwrap();
            } else {
                // A clerk saving one record at a time: its own dwellings,
                // and the same shared one as every other saving clerk.
                for i in 0..SAVES {
                    let own = flat(&template, format!("own-{n}-{i}"));
                    let mut shared = flat(&template, "shared".into());
                    shared.rooms = (n * 100 + i) as u32 % 9 + 1;
                    store
                        .transact("save", |u| {
                            u.save(&own)?;
                            u.save(&shared)
                        })
                        .unwrap();
                }
            }
        }));
    }
    for w in workers {
        w.join().expect("a clerk's thread failed");
    }
    let mut store = clerk(db.url(), 99);
    let expected_records = IMPORTS * PER_IMPORT + SAVERS * SAVES + 1;
    assert_eq!(store.count::<Property>().unwrap(), expected_records as u64);
    // Every unit is in the chain, unbroken: one row per import, two per save.
    let verdict = pg::log_verify(&mut store).unwrap();
    assert_eq!(verdict.first_broken, None);
    assert_eq!(verdict.entries, (IMPORTS + SAVERS * SAVES * 2) as u64);
    let log = pg::log_list(&mut store, 10_000).unwrap();
    for n in 1..=IMPORTS {
        let theirs: Vec<_> = log
            .iter()
            .filter(|e| e.actor == format!("clerk-{n}"))
            .collect();
        assert_eq!(theirs.len(), 1, "clerk-{n}'s import");
        assert_eq!(theirs[0].summary, format!("{PER_IMPORT} property import"));
    }
    for n in IMPORTS + 1..=IMPORTS + SAVERS {
        let theirs = log
            .iter()
            .filter(|e| e.actor == format!("clerk-{n}"))
            .count();
        assert_eq!(theirs, SAVES * 2, "clerk-{n}'s saves");
    }
    // A unit's rows are consecutive: no other clerk's row falls between a
    // save's two rows (the head was held from the unit's start).
    let mut chain = log.clone();
    chain.sort_by_key(|e| e.seq);
    for pair in chain.windows(2) {
        if pair[0].action == "save" && pair[0].entity_id.starts_with("own-") {
            assert_eq!(pair[1].actor, pair[0].actor, "seq {}", pair[1].seq);
            assert_eq!(pair[1].entity_id, "shared");
        }
    }
    // The shared dwelling holds the last saver's value, whoever that was.
    let last_shared = chain
        .iter()
        .rev()
        .find(|e| e.entity_id == "shared")
        .unwrap();
    let n: usize = last_shared.actor["clerk-".len()..]
        .parse::<usize>()
        .unwrap()
        - 1;
    let shared: Property = store.get("shared").unwrap().unwrap();
    assert_eq!(shared.rooms, ((n * 100 + SAVES - 1) as u32) % 9 + 1);
}
