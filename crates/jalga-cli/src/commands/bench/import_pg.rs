//! `bench import --db postgres://…`: the same generated registrations CSV
//! imported by Jalga into the office server (checked, indexed, `COPY`,
//! one transaction) next to `psql`'s `\copy` of the same file into
//! a bare table of texts (no checks, no index), in the same run, each in a
//! throwaway database of that server (its user must be allowed to create
//! databases).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::process::Command;
use std::time::Instant;

use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::scratch::ScratchDb;
use jalga_core::store::pg::PASSWORD_VAR;
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use serde::Serialize;

use super::import::ImportBench;
use super::io;
use crate::{CliError, Context, Outcome};

#[derive(Serialize)]
struct Report {
    rows: u64,
    csv_bytes: u64,
    jalga_seconds: f64,
    jalga_rows_per_second: f64,
    /// This process's CPU time during Jalga's import (the server's is not
    /// counted).
    jalga_cpu_seconds: Option<f64>,
    /// The server backend's CPU time during it (a server on this machine).
    server_cpu_seconds: Option<f64>,
    psql_seconds: Option<f64>,
    psql_rows_per_second: Option<f64>,
    psql_version: Option<String>,
    /// Jalga's speed as a share of `\copy`'s.
    ratio: Option<f64>,
}

/// User plus system CPU time of this process so far.
fn cpu_seconds() -> Option<f64> {
    super::process_cpu_seconds()
}

/// User plus system CPU seconds of a process of this machine so far.
fn cpu_seconds_of(pid: u32) -> Option<f64> {
    super::cpu_in(&format!("/proc/{pid}/stat"))
}

/// The process id of the server's backend serving Jalga on `db` (when the
/// server runs on this machine), asked through psql.
fn backend_pid(admin_url: &str, db: &str) -> Option<u32> {
    let mut psql = Command::new("psql");
    psql.args(["-X", "-At", "-d", admin_url, "-c"]).arg(format!(
        "SELECT pid FROM pg_stat_activity WHERE datname = '{}' AND application_name = 'jalga'",
        db.replace('\'', "''")
    ));
    if let Ok(p) = std::env::var(PASSWORD_VAR) {
        psql.env("PGPASSWORD", p);
    }
    let out = psql.output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Runs `psql` on `url` with one command; its time when it succeeded.
fn psql(url: &str, command: &str) -> Result<Option<f64>, CliError> {
    let mut psql = Command::new("psql");
    psql.args([
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        url,
        "-c",
        command,
    ]);
    if let Ok(p) = std::env::var(PASSWORD_VAR) {
        psql.env("PGPASSWORD", p);
    }
    let start = Instant::now();
    let status = psql.status()?;
    Ok(status.success().then(|| start.elapsed().as_secs_f64()))
}

pub fn run(_ctx: &Context, server: &str, args: &ImportBench) -> Result<Outcome, CliError> {
    let (_tmp, dir) = super::work_dir(&args.dir)?;
    let csv = dir.join("registrations.csv");
    let csv_bytes = super::write_registrations(&csv, args.rows)?;
    let mut header = String::new();
    BufReader::new(File::open(&csv).map_err(io(&csv))?)
        .read_line(&mut header)
        .map_err(io(&csv))?;
    let columns = header.trim_end().split(',').count();

    // Jalga: a fresh database, every row checked and written.
    let jalga_db = ScratchDb::create(server)?;
    let mut store = Store::open_server(jalga_db.url(), &OpenOptions::default())?;
    let db_name = jalga_db
        .url()
        .rsplit('/')
        .next()
        .unwrap_or("")
        .split('?')
        .next()
        .unwrap_or("");
    let backend = backend_pid(jalga_db.admin_url(), db_name);
    let server_before = backend.and_then(cpu_seconds_of);
    let cpu_before = cpu_seconds();
    let start = Instant::now();
    let mut input = BufReader::with_capacity(1 << 20, File::open(&csv).map_err(io(&csv))?);
    let summary = interchange::import(&mut store, Format::Csv, &mut input)?;
    let jalga = start.elapsed().as_secs_f64();
    let jalga_cpu = cpu_before.zip(cpu_seconds()).map(|(a, b)| b - a);
    let server_cpu = server_before
        .zip(backend.and_then(cpu_seconds_of))
        .map(|(a, b)| b - a);
    drop(store);
    drop(jalga_db);
    if summary.records != args.rows {
        return Err(CliError::Bench(format!(
            "imported {} rows of {}",
            summary.records, args.rows
        )));
    }

    // Baseline: psql's \copy into a bare table of texts.
    let version = if args.no_baseline {
        None
    } else {
        Command::new("psql")
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let baseline = match version {
        None => None,
        Some(_) => {
            let bare_db = ScratchDb::create(server)?;
            let cols: Vec<String> = (1..=columns).map(|i| format!("c{i} text")).collect();
            psql(
                bare_db.url(),
                &format!("CREATE TABLE bare ({})", cols.join(", ")),
            )?;
            // The file name is ours (a temporary folder), quoted for psql.
            let path = csv.display().to_string().replace('\'', "''");
            psql(
                bare_db.url(),
                &format!("\\copy bare FROM '{path}' WITH (FORMAT csv, HEADER true)"),
            )?
        }
    };
    let report = Report {
        rows: args.rows,
        csv_bytes,
        jalga_seconds: jalga,
        jalga_rows_per_second: args.rows as f64 / jalga,
        jalga_cpu_seconds: jalga_cpu,
        server_cpu_seconds: server_cpu,
        psql_seconds: baseline,
        psql_rows_per_second: baseline.map(|s| args.rows as f64 / s),
        psql_version: version,
        ratio: baseline.map(|s| s / jalga),
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
            "jalga import into PostgreSQL (checked, indexed, COPY, one transaction): \
             {jalga:.2} s, {:.0} rows/s; CPU {:.2} s in jalga, {:.2} s in the server's backend",
            report.jalga_rows_per_second,
            jalga_cpu.unwrap_or(f64::NAN),
            server_cpu.unwrap_or(f64::NAN)
        );
        match (baseline, &report.psql_version, report.ratio) {
            (Some(s), Some(v), Some(r)) => println!(
                "psql \\copy into a bare table ({v}): {s:.2} s, {:.0} rows/s; jalga at {r:.2}× its speed",
                args.rows as f64 / s
            ),
            _ if args.no_baseline => println!("psql baseline skipped"),
            _ => println!("psql not found or failed: no baseline"),
        }
    }
    Ok(Outcome::Clean)
}
