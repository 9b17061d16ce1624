//! `bench deadlines`: every deadline of a generated city's people, from
//! the store as `jalga deadlines` reads it: the time and the peak memory.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::time::Instant;

use clap::Args;
use jalga_core::interchange::{self, Format};
use jalga_core::rules::deadlines::deadlines_builtin;
use jalga_core::rules::from_store::deadline_input;
use jalga_core::{CoreError, Store};
use jalga_testkit::synthetic;
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct DeadlinesBench {
    /// How many people (one registration each).
    #[arg(long, default_value_t = 200_000)]
    people: u64,
    /// Where to put the store (default: a temporary folder).
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Report {
    people: u64,
    deadlines: usize,
    /// Reading the people's facts from the store.
    read_seconds: f64,
    /// Working out every deadline.
    deadlines_seconds: f64,
    /// Peak resident memory while reading and working out (`VmHWM`,
    /// reset before they start where the system allows).
    peak_memory_bytes: Option<u64>,
    /// The peak while reading the facts.
    read_peak_memory_bytes: Option<u64>,
    /// The peak while working out the deadlines, the facts still held
    /// (reset after reading where the system allows).
    deadlines_peak_memory_bytes: Option<u64>,
}

pub fn run(_ctx: &Context, args: &DeadlinesBench) -> Result<Outcome, CliError> {
    let (_tmp, dir) = super::work_dir(&args.dir)?;
    let csv = dir.join("people.csv");
    let db = dir.join("deadlines.sqlite");
    let io = |e: std::io::Error| {
        CliError::Core(CoreError::Io {
            path: csv.display().to_string(),
            source: e,
        })
    };
    {
        let mut w = BufWriter::new(File::create(&csv).map_err(io)?);
        synthetic::write_registrations_csv(args.people, &mut w).map_err(io)?;
        w.flush().map_err(io)?;
    }
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db)?;
    let mut input = BufReader::with_capacity(1 << 20, File::open(&csv).map_err(io)?);
    interchange::import(&mut store, Format::Csv, &mut input)?;
    drop(store);
    let _ = std::fs::remove_file(&csv);

    let store = Store::open(&db)?;
    super::reset_peak_memory();
    let start = Instant::now();
    let facts = deadline_input(&store)?;
    let read = start.elapsed().as_secs_f64();
    let read_peak = super::peak_memory();
    super::reset_peak_memory();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date");
    let start = Instant::now();
    let list = deadlines_builtin(&facts, on);
    let work = start.elapsed().as_secs_f64();
    let work_peak = super::peak_memory();
    let report = Report {
        people: args.people,
        deadlines: list.len(),
        read_seconds: read,
        deadlines_seconds: work,
        peak_memory_bytes: read_peak.max(work_peak),
        read_peak_memory_bytes: read_peak,
        deadlines_peak_memory_bytes: work_peak,
    };
    drop(list);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("people: {}; deadlines: {}", report.people, report.deadlines);
        println!("reading the facts from the store: {read:.2} s");
        println!("working out the deadlines: {work:.2} s");
        match report.peak_memory_bytes {
            Some(p) => println!(
                "peak memory: {} MB (reading {} MB, working out {} MB)",
                p / 1_000_000,
                read_peak.unwrap_or(0) / 1_000_000,
                work_peak.unwrap_or(0) / 1_000_000
            ),
            None => println!("peak memory: not reported by this system"),
        }
    }
    Ok(Outcome::Clean)
}
