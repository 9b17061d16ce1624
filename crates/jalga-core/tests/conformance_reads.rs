//! The screens' and exports' reads on both backends: the same generated
//! city on the SQLite file and on the office server gives the same lists
//! (offset and key paging, search, order), reference counts, charts, rule
//! facts and registrations CSV. The PostgreSQL half is skipped without the
//! test server, as in `conformance.rs`.
#![cfg(feature = "postgres")]

use chrono::NaiveDate;
use jalga_core::domain::{Lease, Person, Property};
use jalga_core::interchange::{self, Format};
use jalga_core::rules::from_store::deadline_input;
use jalga_core::stats::{self, StatsFilter};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::rule_facts_stream::{stream_deadline_facts, Candidates};
use jalga_core::store::today_facts::keyed_facts;
use jalga_core::store::{OpenOptions, PageFrom};
use jalga_core::Store;
use jalga_testkit::city::{generate_into, CityParams};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// Everything the reads answer on one store, as comparable text.
fn answers(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    let mut say = |what: &str, v: String| out.push(format!("{what}: {v}"));
    for query in ["", "а", "ов", "KZ", "no such text%_"] {
        for offset in [0, 7, 40] {
            say(
                "people",
                format!(
                    "{:?}",
                    store.people_page(query, PageFrom::Offset(offset), 25)
                ),
            );
            say(
                "dwellings",
                format!(
                    "{:?}",
                    store.dwellings_page(query, PageFrom::Offset(offset), 25)
                ),
            );
        }
        say("leases", format!("{:?}", store.leases_list(query, 30)));
    }
    // Paging by key walks the whole list in the same pages as by offset.
    let mut key: Option<Vec<String>> = None;
    let mut walked = Vec::new();
    loop {
        let parts: Option<Vec<&str>> = key.as_ref().map(|k| k.iter().map(String::as_str).collect());
        let page = store
            .people_page("", PageFrom::After(parts.as_deref()), 100)
            .unwrap();
        let Some(last) = page.rows.last() else { break };
        key = Some(vec![
            last.surname.clone(),
            last.given_name.clone(),
            last.id.clone(),
        ]);
        walked.extend(page.rows.iter().map(|r| r.id.clone()));
    }
    let mut dkey: Option<Vec<String>> = None;
    let mut dwalked = Vec::new();
    loop {
        let parts: Option<Vec<&str>> = dkey
            .as_ref()
            .map(|k| k.iter().map(String::as_str).collect());
        let page = store
            .dwellings_page("", PageFrom::After(parts.as_deref()), 100)
            .unwrap();
        let Some(last) = page.rows.last() else { break };
        dkey = Some(vec![
            last.city.clone(),
            last.street.clone(),
            last.building.clone(),
            last.flat.clone().unwrap_or_default(),
            last.id.clone(),
        ]);
        dwalked.extend(page.rows.iter().map(|r| r.id.clone()));
    }
    assert!(!walked.is_empty() && !dwalked.is_empty());
    say("people by key", format!("{walked:?}"));
    say("dwellings by key", format!("{dwalked:?}"));
    say(
        "a wrong key",
        format!(
            "{:?}",
            store.people_page("", PageFrom::After(Some(&["x"])), 5)
        ),
    );
    for p in store.list::<Property>().unwrap().iter().step_by(37) {
        say(
            "dwelling refs",
            format!("{:?}", store.dwelling_references(&p.id)),
        );
    }
    for p in store.list::<Person>().unwrap().iter().step_by(53) {
        say(
            "person refs",
            format!("{:?}", store.person_references(&p.id)),
        );
    }
    for l in store.list::<Lease>().unwrap().iter().step_by(11) {
        say("lease refs", format!("{:?}", store.lease_references(&l.id)));
    }
    let districts = stats::districts(store).unwrap();
    say("districts", format!("{districts:?}"));
    let mut filters = vec![StatsFilter::default()];
    filters.push(StatsFilter {
        district: districts.first().cloned(),
        from: NaiveDate::from_ymd_opt(2024, 3, 1),
        to: NaiveDate::from_ymd_opt(2026, 6, 30),
    });
    for f in &filters {
        say(
            "per month",
            format!("{:?}", stats::registrations_per_month(store, f)),
        );
        say(
            "densest",
            format!(
                "{:?}",
                stats::densest_dwellings(store, today(), f.district.as_deref(), 15)
            ),
        );
    }
    say("deadline input", format!("{:?}", deadline_input(store)));
    for candidates in [Candidates::All, Candidates::Open] {
        let mut streamed = Vec::new();
        stream_deadline_facts(store, candidates, |person| {
            streamed.push(person.to_vec());
            Ok(())
        })
        .unwrap();
        say(
            "streamed deadline facts",
            format!("{candidates:?} {streamed:?}"),
        );
    }
    say("today facts", format!("{:?}", keyed_facts(store)));
    let mut csv = Vec::new();
    interchange::export(store, Format::Csv, &mut csv).unwrap();
    say("registrations csv", String::from_utf8(csv).unwrap());
    out
}

#[test]
fn lists_counts_charts_facts_and_the_csv_read_the_same_on_both_backends() {
    let params = CityParams {
        people: 1_200,
        seed: 5,
        today: today(),
    };
    let dir = tempfile::tempdir().unwrap();
    let mut file = Store::open(&dir.path().join("city.sqlite3")).unwrap();
    generate_into(&mut file, &params).unwrap();
    // A lease and what refers to it, from the demo: leases and occupants.
    let demo = jalga_testkit::demo::demo_bundle();
    interchange::write_bundle(&mut file, &demo).unwrap();
    let expected = answers(&file);
    assert!(expected
        .iter()
        .any(|a| a.starts_with("leases: Ok([LeaseListRow")));
    let Some(url) = test_server("lists_counts_charts_facts_and_the_csv_read_the_same") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    generate_into(&mut server, &params).unwrap();
    interchange::write_bundle(&mut server, &demo).unwrap();
    let got = answers(&server);
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e);
    }
}
