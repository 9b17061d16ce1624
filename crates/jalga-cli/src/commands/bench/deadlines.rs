//! `bench deadlines`: every deadline of a generated city's people, from
//! the store as `jalga deadlines` reads it (streamed), and as whole tables
//! in the same run: the time, the CPU time and the peak memory of each.

use std::fs::File;
use std::io::BufReader;
use std::time::Instant;

use clap::Args;
use jalga_core::interchange::{self, Format};
use jalga_core::rules::deadlines::deadlines_builtin;
use jalga_core::rules::from_store::deadline_input;
use jalga_core::store::rule_facts_stream::{stream_deadlines, Candidates};
use jalga_core::{CoreError, Store};
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
    /// Reuse the store a previous run left in --dir (same --people).
    #[arg(long)]
    keep: bool,
    /// Leave out the whole-table path (the baseline).
    #[arg(long)]
    skip_whole: bool,
}

#[derive(Serialize)]
struct Report {
    people: u64,
    deadlines: usize,
    /// The streamed path (`jalga deadlines` on a store): the facts read by
    /// one query ordered by person, each person's deadlines worked out and
    /// handed on as they come.
    streamed: Step,
    /// The whole-table path, measured in the same run (before the stream
    /// existed, this was the only one): every table read, then everyone's
    /// deadlines worked out at once.
    whole_tables: Option<WholeTables>,
}

#[derive(Serialize)]
struct Step {
    deadlines: usize,
    /// Open (due or overdue) deadlines among them.
    open: usize,
    seconds: f64,
    /// CPU time of the thread that did the work.
    cpu_seconds: Option<f64>,
    /// Peak resident memory of the process during the step (`VmHWM`,
    /// reset before it starts where the system allows).
    peak_memory_bytes: Option<u64>,
}

#[derive(Serialize)]
struct WholeTables {
    /// Reading the people's facts from the store.
    read: Step,
    /// Working out every deadline, the facts still held.
    work: Step,
}

/// Runs `f` and measures it.
fn measure<T>(f: impl FnOnce() -> Result<T, CliError>) -> Result<(T, Step), CliError> {
    super::reset_peak_memory();
    let cpu = super::cpu_seconds();
    let start = Instant::now();
    let out = f()?;
    let seconds = start.elapsed().as_secs_f64();
    let step = Step {
        deadlines: 0,
        open: 0,
        seconds,
        cpu_seconds: cpu.zip(super::cpu_seconds()).map(|(a, b)| b - a),
        peak_memory_bytes: super::peak_memory(),
    };
    Ok((out, step))
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
    if !(args.keep && db.exists()) {
        super::write_registrations(&csv, args.people)?;
        let _ = std::fs::remove_file(&db);
        let mut store = Store::open(&db)?;
        let mut input = BufReader::with_capacity(1 << 20, File::open(&csv).map_err(io)?);
        interchange::import(&mut store, Format::Csv, &mut input)?;
        drop(store);
        let _ = std::fs::remove_file(&csv);
    }

    let store = Store::open(&db)?;
    let on = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date");
    let (mut total, mut open) = (0, 0);
    let (_, mut streamed) = measure(|| {
        Ok(stream_deadlines(&store, on, Candidates::All, |d| {
            total += 1;
            open += usize::from(d.status.is_open());
            Ok(())
        })?)
    })?;
    streamed.deadlines = total;
    streamed.open = open;

    let whole_tables = if args.skip_whole {
        None
    } else {
        let (facts, read) = measure(|| Ok(deadline_input(&store)?))?;
        let (list, mut work) = measure(|| Ok(deadlines_builtin(&facts, on)))?;
        work.deadlines = list.len();
        work.open = list.iter().filter(|d| d.status.is_open()).count();
        drop(list);
        drop(facts);
        Some(WholeTables { read, work })
    };
    let report = Report {
        people: args.people,
        deadlines: total,
        streamed,
        whole_tables,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(Outcome::Clean);
    }
    let mb = |b: Option<u64>| {
        b.map_or("not reported".to_owned(), |b| {
            format!("{} MB", b / 1_000_000)
        })
    };
    let cpu = |c: Option<f64>| c.map_or(String::new(), |c| format!(", CPU {c:.2} s"));
    println!("people: {}; deadlines: {}", report.people, report.deadlines);
    let s = &report.streamed;
    println!(
        "streamed (read and worked out in one pass): {:.2} s{}; peak memory {}; {} open",
        s.seconds,
        cpu(s.cpu_seconds),
        mb(s.peak_memory_bytes),
        s.open
    );
    if let Some(w) = &report.whole_tables {
        println!(
            "whole tables, reading the facts: {:.2} s{}; peak memory {}",
            w.read.seconds,
            cpu(w.read.cpu_seconds),
            mb(w.read.peak_memory_bytes)
        );
        println!(
            "whole tables, working them out: {:.2} s{}; peak memory {}; {} deadlines, {} open",
            w.work.seconds,
            cpu(w.work.cpu_seconds),
            mb(w.work.peak_memory_bytes),
            w.work.deadlines,
            w.work.open
        );
    }
    Ok(Outcome::Clean)
}
