//! The deadline dashboard and the navigation's badge read only the people
//! who may have an open deadline (SQL candidates), not the whole store.
//! They must still give exactly what the engine gives over the whole store.

use chrono::{Days, NaiveDate};
use jalga_core::interchange::write_bundle;
use jalga_core::landlord::dashboard::{counts, dashboard, Dashboard, DeadlineCounts};
use jalga_core::rules::deadlines::{deadlines_builtin, DeadlineStatus};
use jalga_core::rules::from_store::deadline_input;
use jalga_core::store::rule_facts_stream::{stream_deadline_facts, Candidates};
use jalga_core::Store;
use jalga_testkit::city::{generate_into, CityParams};
use jalga_testkit::demo::demo_bundle;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 15).unwrap()
}

/// The dashboard as the whole store gives it: every person's facts.
fn from_everyone(store: &Store, on: NaiveDate) -> Dashboard {
    let open = |s: &DeadlineStatus| {
        matches!(
            s,
            DeadlineStatus::Due { .. } | DeadlineStatus::Overdue { .. }
        )
    };
    let overdue = |s: &DeadlineStatus| matches!(s, DeadlineStatus::Overdue { .. });
    let mut items: Vec<_> = deadlines_builtin(&deadline_input(store).unwrap(), on)
        .into_iter()
        .filter(|d| open(&d.status))
        .collect();
    items.sort_by_key(|d| (!overdue(&d.status), d.due));
    let late = items.iter().filter(|d| overdue(&d.status)).count() as u32;
    Dashboard {
        due: items.len() as u32 - late,
        overdue: late,
        items,
    }
}

fn stores(dir: &std::path::Path) -> Vec<Store> {
    let mut demo = Store::open(&dir.join("demo.sqlite")).unwrap();
    write_bundle(&mut demo, &demo_bundle()).unwrap();
    let mut city = Store::open(&dir.join("city.sqlite")).unwrap();
    generate_into(
        &mut city,
        &CityParams {
            people: 3_000,
            seed: 11,
            today: today(),
        },
    )
    .unwrap();
    vec![demo, city]
}

fn days_around() -> Vec<NaiveDate> {
    let t = today();
    vec![
        t.checked_sub_days(Days::new(400)).unwrap(),
        t.checked_sub_days(Days::new(20)).unwrap(),
        t,
        t.checked_add_days(Days::new(45)).unwrap(),
        t.checked_add_days(Days::new(800)).unwrap(),
    ]
}

#[test]
fn the_dashboard_from_candidates_lists_what_the_whole_store_gives() {
    let dir = tempfile::tempdir().unwrap();
    for store in stores(dir.path()) {
        let mut seen_open = 0;
        for on in days_around() {
            let want = from_everyone(&store, on);
            let got = dashboard(&store, on).unwrap();
            assert_eq!(got.items.len(), want.items.len(), "{on}");
            assert_eq!(got, want, "{on}");
            seen_open += want.items.len();
        }
        assert!(
            seen_open > 0,
            "no open deadline on any day: nothing compared"
        );
    }
}

#[test]
fn the_badge_counts_what_the_dashboard_lists() {
    let dir = tempfile::tempdir().unwrap();
    for store in stores(dir.path()) {
        for on in days_around() {
            let board = from_everyone(&store, on);
            assert_eq!(
                counts(&store, on).unwrap(),
                DeadlineCounts {
                    overdue: board.overdue,
                    due: board.due,
                },
                "{on}"
            );
        }
    }
}

#[test]
fn the_candidates_leave_out_people_whose_deadlines_are_all_done() {
    let dir = tempfile::tempdir().unwrap();
    let city = stores(dir.path()).pop().unwrap();
    let everyone = deadline_input(&city).unwrap().people.len();
    let mut candidates = 0;
    let mut people = 0;
    stream_deadline_facts(&city, Candidates::Open, |person| {
        candidates += person.len();
        people += 1;
        Ok(())
    })
    .unwrap();
    assert!(people > 1, "one person: the stream was not exercised");
    assert!(
        candidates < everyone,
        "{candidates} candidates of {everyone} people: the whole store was read"
    );
}
