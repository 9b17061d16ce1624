//! Watched imports: progress is reported while a file loads, and a cancel
//! at any point leaves the store exactly as it was.

use std::sync::atomic::{AtomicBool, Ordering};

use jalga_core::domain::{Person, Registration};
use jalga_core::interchange::{self, Format, ImportPhase, ImportProgress, Watch};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;
use jalga_testkit::synthetic;

fn synthetic_csv(rows: u64) -> Vec<u8> {
    let mut out = Vec::new();
    synthetic::write_registrations_csv(rows, &mut out).unwrap();
    out
}

fn big_bundle_json(rows: u64) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("src.sqlite")).unwrap();
    interchange::import(&mut store, Format::Csv, &mut &synthetic_csv(rows)[..]).unwrap();
    let mut out = Vec::new();
    interchange::export(&store, Format::Json, &mut out).unwrap();
    out
}

/// Imports `bytes`, setting the cancel flag when the `cancel_at`-th report
/// arrives (never if `None`); returns the outcome and every report.
fn run(
    store: &mut Store,
    format: Format,
    bytes: &[u8],
    cancel_at: Option<usize>,
) -> (Result<u64, CoreError>, Vec<ImportProgress>) {
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let mut report = |p: ImportProgress| {
        seen.push(p);
        if Some(seen.len()) == cancel_at {
            cancel.store(true, Ordering::Relaxed);
        }
    };
    let r = {
        let mut watch = Watch::new(&cancel, bytes.len() as u64, &mut report);
        interchange::import_watched(store, format, &mut &bytes[..], &mut watch).map(|s| s.records)
    };
    (r, seen)
}

fn counts(store: &Store) -> (u64, u64) {
    (
        store.count::<Person>().unwrap(),
        store.count::<Registration>().unwrap(),
    )
}

#[test]
fn progress_runs_from_the_first_bytes_to_done_for_both_formats() {
    let csv = synthetic_csv(10_000);
    let json = big_bundle_json(3_000);
    for (format, bytes) in [(Format::Csv, &csv), (Format::Json, &json)] {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("a.sqlite")).unwrap();
        let (r, seen) = run(&mut store, format, bytes, None);
        let records = r.unwrap();
        assert!(
            seen.len() >= 3,
            "{format:?}: a long import reports as it goes"
        );
        let last = seen.last().unwrap();
        assert_eq!(last.phase, ImportPhase::Done, "{format:?}");
        assert_eq!(last.records, records, "{format:?}");
        assert_eq!(last.bytes_done, bytes.len() as u64, "{format:?}");
        assert!(
            seen.windows(2).all(|w| w[0].bytes_done <= w[1].bytes_done),
            "{format:?}: progress never goes back"
        );
        assert!(seen.iter().all(|p| p.bytes_total == bytes.len() as u64));
    }
}

#[test]
fn a_cancel_at_any_report_leaves_the_store_as_it_was() {
    let csv = synthetic_csv(10_000);
    let json = big_bundle_json(3_000);
    for (format, bytes) in [(Format::Csv, &csv), (Format::Json, &json)] {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("a.sqlite")).unwrap();
        // Something already there must survive untouched.
        interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
        let before_counts = counts(&store);
        let mut before = Vec::new();
        interchange::export(&store, Format::Json, &mut before).unwrap();

        let (_, all) = run(&mut store, format, bytes, None);
        // A fresh store for each cancel point, so each run starts alike.
        let reports_before_done = all.iter().filter(|p| p.phase != ImportPhase::Done).count();
        assert!(reports_before_done >= 2, "{format:?}");
        for at in [1, reports_before_done / 2, reports_before_done] {
            let dir = tempfile::tempdir().unwrap();
            let mut store = Store::open(&dir.path().join("b.sqlite")).unwrap();
            interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
            let (r, seen) = run(&mut store, format, bytes, Some(at));
            assert!(
                matches!(r, Err(CoreError::Cancelled)),
                "{format:?} cancelled at report {at}: {r:?}"
            );
            assert!(seen.iter().all(|p| p.phase != ImportPhase::Done));
            assert_eq!(counts(&store), before_counts, "{format:?} at {at}");
            let mut after = Vec::new();
            interchange::export(&store, Format::Json, &mut after).unwrap();
            assert!(after == before, "{format:?} at {at}: the store changed");
        }
    }
}

#[test]
fn a_rejected_file_still_lists_every_problem_and_writes_nothing() {
    let mut csv = String::from_utf8(synthetic_csv(5_000)).unwrap();
    // Break the 10th and the last row's IIN.
    let lines: Vec<&str> = csv.lines().collect();
    let broken: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 10 || i == lines.len() - 1 {
                let mut cells: Vec<&str> = l.split(',').collect();
                cells[11] = "123";
                cells.join(",")
            } else {
                (*l).to_owned()
            }
        })
        .collect();
    csv = broken.join("\n") + "\n";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("a.sqlite")).unwrap();
    let (r, _) = run(&mut store, Format::Csv, csv.as_bytes(), None);
    match r {
        Err(CoreError::ImportRejected(v)) => {
            let paths: Vec<&str> = v.iter().map(|v| v.path.as_str()).collect();
            assert_eq!(v.len(), 2, "{paths:?}");
            assert!(paths[0].starts_with("line 11:"), "{paths:?}");
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert_eq!(counts(&store), (0, 0));
}
