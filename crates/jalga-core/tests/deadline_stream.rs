//! The streamed deadlines (one query ordered by person, each person's
//! deadlines worked out and handed on) are exactly the deadlines of the
//! whole-table path (`deadline_input` then the engine over everyone), on a
//! generated city and on the demo's data.

use chrono::{Days, NaiveDate};
use jalga_core::domain::{ForeignerNotice, NoticeStatus, Registration, RegistrationStatus};
use jalga_core::interchange::write_bundle;
use jalga_core::rules::deadlines::{deadlines_builtin, Deadline};
use jalga_core::rules::from_store::deadline_input;
use jalga_core::store::rule_facts_stream::{stream_deadline_facts, stream_deadlines, Candidates};
use jalga_core::Store;
use jalga_testkit::city::{generate_into, CityParams};
use jalga_testkit::demo::demo_bundle;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 15).unwrap()
}

fn stores(dir: &std::path::Path) -> Vec<(&'static str, Store)> {
    let mut demo = Store::open(&dir.join("demo.sqlite")).unwrap();
    write_bundle(&mut demo, &demo_bundle()).unwrap();
    let mut city = Store::open(&dir.join("city.sqlite")).unwrap();
    generate_into(
        &mut city,
        &CityParams {
            people: 2_000,
            seed: 17,
            today: today(),
        },
    )
    .unwrap();
    // The demo again, each registration and notice with an older one at
    // the same dwelling and one of the same day under a later id: the
    // newest (the first by id on a tie) must be the one chosen.
    let mut history = Store::open(&dir.join("history.sqlite")).unwrap();
    write_bundle(&mut history, &demo_bundle()).unwrap();
    let back = |d: NaiveDate| d.checked_sub_days(Days::new(30)).unwrap();
    let mut regs = Vec::new();
    for r in history.list::<Registration>().unwrap() {
        regs.push(Registration {
            id: format!("{}-older", r.id),
            date_from: back(r.date_from),
            status: RegistrationStatus::Ended,
            ..r.clone()
        });
        regs.push(Registration {
            id: format!("{}~same-day", r.id),
            status: RegistrationStatus::Draft,
            ..r
        });
    }
    history.put_all(&regs).unwrap();
    let mut notices = Vec::new();
    for n in history.list::<ForeignerNotice>().unwrap() {
        notices.push(ForeignerNotice {
            id: format!("{}-older", n.id),
            arrival_date: back(n.arrival_date),
            status: NoticeStatus::Draft,
            ..n.clone()
        });
        notices.push(ForeignerNotice {
            id: format!("{}~same-day", n.id),
            status: NoticeStatus::Draft,
            ..n
        });
    }
    assert!(!regs.is_empty() && !notices.is_empty());
    history.put_all(&notices).unwrap();
    vec![("demo", demo), ("history", history), ("city", city)]
}

/// A list in a fixed order, each item as its JSON (everything it says:
/// explanation, notes, fines, sources), so that two lists compare as
/// multisets.
fn canonical<T: serde::Serialize>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    let mut out: Vec<String> = items
        .into_iter()
        .map(|d| serde_json::to_string(&d).unwrap())
        .collect();
    out.sort();
    out
}

fn streamed(store: &Store, on: NaiveDate, candidates: Candidates) -> Vec<Deadline> {
    let mut out = Vec::new();
    stream_deadlines(store, on, candidates, |d| {
        out.push(d);
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn the_streamed_facts_are_the_whole_table_facts() {
    let dir = tempfile::tempdir().unwrap();
    for (name, store) in stores(dir.path()) {
        let whole = deadline_input(&store).unwrap().people;
        let mut streamed = Vec::new();
        let mut groups = 0;
        stream_deadline_facts(&store, Candidates::All, |person| {
            assert!(!person.is_empty(), "{name}: an empty group");
            groups += 1;
            streamed.extend_from_slice(person);
            Ok(())
        })
        .unwrap();
        assert!(!whole.is_empty(), "{name}: no facts to compare");
        assert!(
            groups < streamed.len(),
            "{name}: every place came alone; no person's places were grouped"
        );
        assert_eq!(streamed.len(), whole.len(), "{name}");
        assert!(canonical(&streamed) == canonical(&whole), "{name}");
    }
}

#[test]
fn the_streamed_deadlines_are_the_whole_table_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    for (name, store) in stores(dir.path()) {
        let mut kinds = std::collections::BTreeSet::new();
        for days in [-400i64, -20, 0, 45, 800] {
            let on = if days < 0 {
                today().checked_sub_days(Days::new(days.unsigned_abs()))
            } else {
                today().checked_add_days(Days::new(days as u64))
            }
            .unwrap();
            let whole = deadlines_builtin(&deadline_input(&store).unwrap(), on);
            let got = streamed(&store, on, Candidates::All);
            assert!(!whole.is_empty(), "{name} {on}: nothing to compare");
            assert_eq!(got.len(), whole.len(), "{name} {on}");
            assert!(canonical(&got) == canonical(&whole), "{name} {on}");
            kinds.extend(got.iter().map(|d| (d.kind, d.status.code())));
        }
        // The city's deadlines cover the rules and the states: the
        // comparison is not between two empty corners.
        if name == "city" {
            assert!(kinds.len() >= 6, "only {kinds:?}");
        }
    }
}

#[test]
fn the_open_candidates_stream_every_open_deadline_and_fewer_places() {
    let dir = tempfile::tempdir().unwrap();
    let (_, city) = stores(dir.path()).pop().unwrap();
    let on = today();
    let whole = deadlines_builtin(&deadline_input(&city).unwrap(), on);
    let want = canonical(whole.iter().filter(|d| d.status.is_open()));
    let mut open = Vec::new();
    let places = stream_deadlines(&city, on, Candidates::Open, |d| {
        if d.status.is_open() {
            open.push(d);
        }
        Ok(())
    })
    .unwrap();
    assert!(!want.is_empty(), "no open deadline to compare");
    assert!(canonical(&open) == want);
    let everyone = stream_deadlines(&city, on, Candidates::All, |_| Ok(())).unwrap();
    assert!(
        places < everyone,
        "{places} candidate places of {everyone}: the whole store was read"
    );
}

/// The places as the stream's query lists them: (person, dwelling).
fn places(store: &Store, candidates: Candidates) -> Vec<(String, String)> {
    let conn = store.raw_connection();
    let mut stmt = conn.prepare(candidates.sql()).unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn the_places_come_ordered_by_person_and_dwelling_each_once() {
    let dir = tempfile::tempdir().unwrap();
    for (name, store) in stores(dir.path()) {
        for candidates in [Candidates::All, Candidates::Open] {
            let got = places(&store, candidates);
            assert!(got.len() > 1, "{name} {candidates:?}: too few places");
            // Strictly increasing: in order, and no place twice (a person's
            // facts arrive together, one entry per dwelling).
            if let Some(w) = got.windows(2).find(|w| w[0] >= w[1]) {
                panic!("{name} {candidates:?}: {:?} before {:?}", w[0], w[1]);
            }
        }
    }
}

#[test]
fn the_places_without_a_lease_are_read_in_index_order_with_no_sort() {
    let dir = tempfile::tempdir().unwrap();
    let (_, city) = stores(dir.path()).pop().unwrap();
    for candidates in [Candidates::All, Candidates::Open] {
        let conn = city.raw_connection();
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", candidates.sql()))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let plan = plan.join("\n");
        assert!(
            plan.contains("SCAN r USING INDEX registration_place_newest"),
            "{candidates:?}: {plan}"
        );
        // The occupants' arm may sort its own rows (by dwelling within a
        // person); nothing gathers or sorts the whole result.
        for whole in [
            "MATERIALIZE",
            "USE TEMP B-TREE FOR ORDER BY",
            "FOR DISTINCT",
        ] {
            assert!(!plan.contains(whole), "{candidates:?} {whole}: {plan}");
        }
    }
}
