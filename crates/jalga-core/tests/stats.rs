//! The charts' aggregates, checked against counts made independently from
//! the demo bundle, and against a hand-made table for the densest dwellings.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use jalga_core::domain::RegistrationStatus;
use jalga_core::interchange::{self};
use jalga_core::stats::{self, StatsFilter};
use jalga_core::Store;
use jalga_testkit::demo::demo_bundle;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn demo(dir: &tempfile::TempDir) -> Store {
    let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    store
}

#[test]
fn registrations_per_month_match_an_independent_count() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo(&dir);
    let b = demo_bundle();
    let district_of: BTreeMap<&str, Option<&str>> = b
        .properties
        .iter()
        .map(|p| (p.id.as_str(), p.district.as_deref()))
        .collect();
    let filters = [
        StatsFilter::default(),
        StatsFilter {
            district: Some("Есильский район".into()),
            ..StatsFilter::default()
        },
        StatsFilter {
            from: Some(day("2026-01-01")),
            to: Some(day("2026-06-30")),
            ..StatsFilter::default()
        },
        StatsFilter {
            district: Some("no such district".into()),
            ..StatsFilter::default()
        },
    ];
    for f in filters {
        let mut expected: BTreeMap<String, u64> = BTreeMap::new();
        for r in &b.registrations {
            let in_district = f
                .district
                .as_deref()
                .is_none_or(|d| district_of[r.property_id.as_str()] == Some(d));
            let in_range = f.from.is_none_or(|from| r.date_from >= from)
                && f.to.is_none_or(|to| r.date_from <= to);
            if in_district && in_range {
                *expected
                    .entry(r.date_from.format("%Y-%m").to_string())
                    .or_default() += 1;
            }
        }
        let got = stats::registrations_per_month(&store, &f).unwrap();
        let nonzero: BTreeMap<String, u64> = got
            .iter()
            .filter(|m| m.count > 0)
            .map(|m| (m.month.clone(), m.count))
            .collect();
        assert_eq!(nonzero, expected, "{f:?}");
        // No holes between the first and the last month.
        for w in got.windows(2) {
            let a = day(&format!("{}-01", w[0].month));
            let b = day(&format!("{}-01", w[1].month));
            assert_eq!(
                a.checked_add_months(chrono::Months::new(1)),
                Some(b),
                "{f:?}"
            );
        }
        assert_eq!(got.is_empty(), expected.is_empty(), "{f:?}");
    }
}

#[test]
fn densest_dwellings_rank_by_area_per_person_registered_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo(&dir);
    let b = demo_bundle();
    let on = day("2026-11-21");
    let got = stats::densest_dwellings(&store, on, None, 3).unwrap();
    assert!(!got.is_empty() && got.len() <= 3);
    // The demo's "rubber flat" is the most crowded.
    assert_eq!(got[0].property_id, "ast-kabanbay-53-112");
    for d in &got {
        let people: HashSet<&str> = b
            .registrations
            .iter()
            .filter(|r| {
                r.property_id == d.property_id
                    && matches!(
                        r.status,
                        RegistrationStatus::Submitted | RegistrationStatus::Registered
                    )
                    && r.date_from <= on
                    && r.date_to.is_none_or(|t| t >= on)
            })
            .map(|r| r.person_id.as_str())
            .collect();
        assert_eq!(d.people, people.len() as u64, "{}", d.property_id);
        let p = b.properties.iter().find(|p| p.id == d.property_id).unwrap();
        assert!((d.m2_per_person - p.useful_area / people.len() as f64).abs() < 1e-9);
    }
    assert!(got
        .windows(2)
        .all(|w| w[0].m2_per_person <= w[1].m2_per_person));
    // A district filter keeps only its dwellings; a day before anything
    // started finds none.
    let cases = [
        (Some("район Алматы"), on, "район Алматы"),
        (None, day("1990-01-01"), ""),
    ];
    for (district, when, want) in cases {
        let got = stats::densest_dwellings(&store, when, district, 50).unwrap();
        if want.is_empty() {
            assert!(got.is_empty(), "{got:?}");
        } else {
            assert!(!got.is_empty());
            assert!(got.iter().all(|d| d.district.as_deref() == Some(want)));
        }
    }
}

#[test]
fn districts_are_listed_once_sorted() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo(&dir);
    let got = stats::districts(&store).unwrap();
    let mut expected: Vec<String> = demo_bundle()
        .properties
        .iter()
        .filter_map(|p| p.district.clone())
        .collect();
    expected.sort();
    expected.dedup();
    assert_eq!(got, expected);
}
