//! `bench import`: how fast Jalga imports registrations, next to the
//! sqlite3 shell's `.import` of the same CSV into a bare table, measured in
//! the same run on the same machine.

use std::fs::File;
use std::io::{BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use clap::Args;
use jalga_core::interchange::{self, Format};
use jalga_core::Store;
use serde::Serialize;

use super::io;
use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct ImportBench {
    /// How many registrations.
    #[arg(long, default_value_t = 1_000_000)]
    pub(super) rows: u64,
    /// Where to put the CSV and the databases (default: a temporary folder).
    #[arg(long)]
    pub(super) dir: Option<std::path::PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub(super) json: bool,
    /// Skip the sqlite3 baseline (Jalga alone, e.g. to read its peak
    /// memory).
    #[arg(long)]
    pub(super) no_baseline: bool,
}

#[derive(Serialize)]
struct Report {
    rows: u64,
    csv_bytes: u64,
    jalga_seconds: f64,
    jalga_rows_per_second: f64,
    sqlite3_seconds: Option<f64>,
    sqlite3_rows_per_second: Option<f64>,
    sqlite3_version: Option<String>,
    /// This process's peak resident memory after the import (`VmHWM`).
    peak_memory_bytes: Option<u64>,
    /// CPU time (user + system, every thread) Jalga's import used.
    jalga_cpu_seconds: Option<f64>,
    /// CPU time (user + system) the sqlite3 shell used.
    sqlite3_cpu_seconds: Option<f64>,
}

pub fn run(_ctx: &Context, args: &ImportBench) -> Result<Outcome, CliError> {
    let (_tmp, dir) = super::work_dir(&args.dir)?;
    let csv = dir.join("registrations.csv");
    let csv_bytes = super::write_registrations(&csv, args.rows)?;

    // Jalga: open a fresh store, validate and write every row.
    let db = dir.join("jalga.sqlite");
    let _ = std::fs::remove_file(&db);
    super::reset_peak_memory();
    let cpu_before = cpu_seconds();
    let start = Instant::now();
    let mut store = Store::open(&db)?;
    let mut input = BufReader::with_capacity(1 << 20, File::open(&csv).map_err(io(&csv))?);
    let summary = interchange::import(&mut store, Format::Csv, &mut input)?;
    drop(store);
    let jalga = start.elapsed().as_secs_f64();
    let jalga_cpu = cpu_before
        .zip(cpu_seconds())
        .map(|(before, after)| after.own - before.own);
    let peak = super::peak_memory();
    if summary.records != args.rows {
        return Err(CliError::Bench(format!(
            "imported {} rows of {}",
            summary.records, args.rows
        )));
    }

    // Baseline: sqlite3's .import into a bare table (no checks, no indexes).
    let bare = dir.join("bare.sqlite");
    let _ = std::fs::remove_file(&bare);
    let version = if args.no_baseline {
        None
    } else {
        Command::new("sqlite3")
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let baseline = match &version {
        None => None,
        Some(_) => {
            let before = cpu_seconds();
            let start = Instant::now();
            let mut child = Command::new("sqlite3")
                .arg(&bare)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()?;
            if let Some(mut stdin) = child.stdin.take() {
                writeln!(stdin, ".mode csv")?;
                writeln!(stdin, ".import '{}' registration", csv.display())?;
            }
            let status = child.wait()?;
            let wall = start.elapsed().as_secs_f64();
            let cpu = before
                .zip(cpu_seconds())
                .map(|(before, after)| after.children - before.children);
            status.success().then_some((wall, cpu))
        }
    };
    let baseline_cpu = baseline.and_then(|(_, cpu)| cpu);
    let baseline = baseline.map(|(wall, _)| wall);
    let report = Report {
        rows: args.rows,
        csv_bytes,
        jalga_seconds: jalga,
        jalga_rows_per_second: args.rows as f64 / jalga,
        sqlite3_seconds: baseline,
        sqlite3_rows_per_second: baseline.map(|s| args.rows as f64 / s),
        sqlite3_version: version,
        peak_memory_bytes: peak,
        jalga_cpu_seconds: jalga_cpu,
        sqlite3_cpu_seconds: baseline_cpu,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "rows: {} ({} MB of CSV)",
            report.rows,
            csv_bytes / 1_000_000
        );
        println!(
            "jalga import (validated, indexed, one transaction): {:.2} s, {:.0} rows/s",
            jalga, report.jalga_rows_per_second
        );
        if let Some(cpu) = jalga_cpu {
            println!(
                "  CPU (user + system, both threads): {cpu:.2} s, {:.0} rows per CPU second",
                args.rows as f64 / cpu
            );
        }
        if let Some(p) = peak {
            println!("peak memory of this process: {} MB", p / 1_000_000);
        }
        match (baseline, &report.sqlite3_version) {
            (Some(s), Some(v)) => println!(
                "sqlite3 .import into a bare table ({v}): {s:.2} s, {:.0} rows/s",
                args.rows as f64 / s
            ),
            _ if args.no_baseline => println!("sqlite3 baseline skipped"),
            _ => println!("sqlite3 shell not found: no baseline (apt-get install sqlite3)"),
        }
        if let Some(cpu) = baseline_cpu {
            println!(
                "  CPU (user + system): {cpu:.2} s, {:.0} rows per CPU second",
                args.rows as f64 / cpu
            );
        }
        if let (Some(s), Some(cpu), Some(base_cpu)) = (baseline, jalga_cpu, baseline_cpu) {
            println!(
                "jalga / sqlite3: {:.2}x by wall-clock, {:.2}x by CPU time",
                s / jalga,
                base_cpu / cpu
            );
        }
    }
    Ok(Outcome::Clean)
}

/// CPU seconds (user + system) used so far by this process's threads
/// (`own`) and by its children it has waited for (`children`).
struct Cpu {
    own: f64,
    children: f64,
}

/// This process's CPU time and its finished children's (Linux; `None`
/// elsewhere).
fn cpu_seconds() -> Option<Cpu> {
    let fields = super::stat_fields("/proc/self/stat")?;
    Some(Cpu {
        own: super::tick_seconds(&fields, &[11, 12])?,
        children: super::tick_seconds(&fields, &[13, 14])?,
    })
}
