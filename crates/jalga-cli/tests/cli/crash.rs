//! Crash safety: the `crash-writer` is killed with SIGKILL at random
//! moments while it writes transactions; afterwards every transaction it
//! reported committed must be there in full, none may be there in part,
//! and the file must pass `integrity_check` and open (with its change log
//! intact).
//!
//! What this proves is survival of a killed process. The store also runs
//! with `synchronous = FULL`, so that a commit is on disk before it is
//! reported, which is what survival of a power cut needs; a test cannot
//! cut the power, so that half rests on SQLite's guarantee.
//!
//! `JALGA_CRASH_TRIALS` sets the number of trials (12 by default, for the
//! test command; a few hundred for a long run). `JALGA_CRASH_SEED` replays
//! a run: the seed is printed at the start of every run and in every
//! failure.
//!
//! Every other trial waits for the writer's first reported commit before
//! its random pause, so kills in the middle of writing happen whatever the
//! machine's speed, and the test asserts that they did.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rand::{Rng, SeedableRng};

use crate::jalga;

const BATCH_SIZE: u32 = 10;

#[derive(Default, Debug)]
struct Tally {
    trials: u32,
    before_first_commit: u32,
    mid_writing: u32,
    records_checked: u64,
}

/// Batch number → how many of its records the file holds.
fn batches_in(conn: &rusqlite::Connection) -> BTreeMap<u32, u32> {
    let has_table: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'property')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut found = BTreeMap::new();
    if !has_table {
        return found;
    }
    let mut stmt = conn.prepare("SELECT id FROM property").unwrap();
    let ids = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    for id in ids {
        let id = id.unwrap();
        let batch: u32 = id.split('-').nth(1).unwrap().parse().unwrap();
        *found.entry(batch).or_default() += 1;
    }
    found
}

#[test]
fn a_killed_writer_keeps_every_reported_commit_and_no_partial_one() {
    let trials: u32 = std::env::var("JALGA_CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let seed: u64 = std::env::var("JALGA_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(rand::random);
    eprintln!("crash harness: {trials} trials, JALGA_CRASH_SEED={seed}");
    let bin = assert_cmd::cargo::cargo_bin("jalga");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut tally = Tally::default();
    for trial in 0..trials {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("crash.sqlite3");
        let mut child = Command::new(&bin)
            .args(["--db", db.to_str().unwrap(), "crash-writer"])
            .args(["--batches", "100000", "--batch-size"])
            .arg(BATCH_SIZE.to_string())
            .env_remove("JALGA_PASSPHRASE")
            .env_remove("JALGA_DB")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines, reported) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let mut seen = Vec::new();
        if trial % 2 == 1 {
            // Into the middle of the writing: after its first commit.
            match reported.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => seen.push(line),
                Err(e) => {
                    let _ = child.kill();
                    panic!("trial {trial} (seed {seed}): no commit reported in 60 s: {e}");
                }
            }
            std::thread::sleep(Duration::from_millis(rng.random_range(0..500)));
        } else {
            // From before the file exists to a few thousand records in.
            std::thread::sleep(Duration::from_millis(rng.random_range(0..1500)));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        seen.extend(reported.try_iter());
        let committed: Vec<u32> = seen
            .iter()
            .map(|l| l.strip_prefix("committed ").unwrap().parse().unwrap())
            .collect();

        let conn = rusqlite::Connection::open(&db).unwrap();
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(verdict, "ok", "trial {trial} (seed {seed})");
        let found = batches_in(&conn);
        drop(conn);
        for b in &committed {
            assert_eq!(
                found.get(b),
                Some(&BATCH_SIZE),
                "trial {trial} (seed {seed}): batch {b} was reported committed"
            );
        }
        for (b, n) in &found {
            assert_eq!(
                *n, BATCH_SIZE,
                "trial {trial} (seed {seed}): batch {b} is partial"
            );
        }
        // The only batch that may be there unreported is the one whose
        // commit returned just as the process died.
        assert!(
            found.len() <= committed.len() + 1,
            "trial {trial} (seed {seed}): {} batches found, {} reported",
            found.len(),
            committed.len()
        );
        // The file opens (recovering its WAL) and its change log holds.
        jalga()
            .args(["--db", db.to_str().unwrap(), "log", "verify"])
            .assert()
            .success();
        tally.trials += 1;
        tally.records_checked += found.values().map(|&n| u64::from(n)).sum::<u64>();
        if committed.is_empty() {
            tally.before_first_commit += 1;
        } else {
            tally.mid_writing += 1;
        }
    }
    eprintln!("crash harness: {tally:?}, seed {seed}, failures: 0");
    assert_eq!(tally.trials, trials);
    // Half the trials kill after a reported commit, so a run in which no
    // kill came mid-writing tested only empty files.
    assert!(
        trials < 2 || tally.mid_writing >= trials / 2,
        "seed {seed}: only {} of {trials} kills came mid-writing",
        tally.mid_writing
    );
}
