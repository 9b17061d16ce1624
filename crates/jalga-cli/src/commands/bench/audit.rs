//! `bench audit`: a generated city written through the import's path, the
//! full audit on it (checked against the planted violations), and the
//! overcrowding core query run by the `sqlite3` shell on the same file in
//! the same run, next to Jalga running that check alone.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use chrono::NaiveDate;
use clap::Args;
use jalga_core::audit::sql::{self, OvercrowdedParams};
use jalga_core::audit::{self, AuditOptions, FindingKind};
use jalga_core::interchange::city::{generate_into, CityParams};
use jalga_core::rules::norm::{NormRegistry, DEFAULT_PRESET};
use jalga_core::Store;
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct AuditBench {
    /// How many people the generated city has.
    #[arg(long, default_value_t = 1_000_000)]
    people: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The day to generate and audit as of.
    #[arg(long, default_value = "2026-11-20")]
    today: NaiveDate,
    /// Where to put the database (default: a temporary folder).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Report {
    people: u64,
    registrations: u64,
    records: u64,
    import_seconds: f64,
    import_records_per_second: f64,
    db_bytes: u64,
    audit_seconds: f64,
    audit_seconds_warm: f64,
    /// CPU time (user + system, all threads) of the warm run: the machine
    /// may be shared, so wall time alone can mislead.
    audit_cpu_seconds_warm: Option<f64>,
    load_average: Option<String>,
    findings: usize,
    planted: u64,
    missed: usize,
    false_alarms: usize,
    overcrowded_jalga_seconds: f64,
    overcrowded_candidate_rows: usize,
    sqlite3_core_query_seconds: Option<f64>,
    sqlite3_core_query_rows: Option<usize>,
    sqlite3_version: Option<String>,
}

pub fn run(_ctx: &Context, args: &AuditBench) -> Result<Outcome, CliError> {
    let tmp;
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_owned()
        }
    };
    let db = dir.join("city.sqlite");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let params = CityParams {
        people: args.people,
        seed: args.seed,
        today: args.today,
    };
    let start = Instant::now();
    let mut store = Store::open(&db)?;
    let manifest = generate_into(&mut store, &params)?;
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .map_err(|e| store.err(e))?;
    let import = start.elapsed().as_secs_f64();
    let db_bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);

    let no = AtomicBool::new(false);
    let opts = AuditOptions::new(args.today);
    let start = Instant::now();
    let report = audit::run(&store, &opts, &no)?;
    let audit_cold = start.elapsed().as_secs_f64();
    let cpu_before = cpu_seconds();
    let start = Instant::now();
    let again = audit::run(&store, &opts, &no)?;
    let audit_warm = start.elapsed().as_secs_f64();
    let audit_cpu = cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    if again.findings.len() != report.findings.len() {
        return Err(CliError::Bench("two runs disagree".into()));
    }

    // Recall and precision against the manifest.
    let expected: BTreeSet<(FindingKind, &str)> = manifest
        .planted
        .iter()
        .flat_map(|p| p.subjects.iter().map(move |s| (p.kind, s.as_str())))
        .collect();
    let found: BTreeSet<(FindingKind, &str)> = report
        .findings
        .iter()
        .map(|f| (f.kind, f.subject.id.as_str()))
        .collect();
    let missed = expected.difference(&found).count();
    let false_alarms = found.difference(&expected).count();

    // The overcrowding check alone, and its core query by sqlite3.
    let only = AuditOptions {
        kinds: vec![FindingKind::Overcrowded],
        ..AuditOptions::new(args.today)
    };
    let start = Instant::now();
    audit::run(&store, &only, &no)?;
    let overcrowded_jalga = start.elapsed().as_secs_f64();
    let preset = NormRegistry::builtin().get(DEFAULT_PRESET)?.clone();
    let params = OvercrowdedParams::new(&preset, args.today)
        .ok_or_else(|| CliError::Bench("the default preset is not in force that day".into()))?;
    let candidate_rows = params.count_rows(&store)?;
    drop(store);
    let version = Command::new("sqlite3")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    let mut baseline = None;
    if version.is_some() {
        let start = Instant::now();
        let mut child = Command::new("sqlite3")
            .arg(&db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            for line in params.shell_lines() {
                writeln!(stdin, "{line}")?;
            }
            writeln!(stdin, "PRAGMA cache_size = -65536;")?;
            writeln!(stdin, "{};", sql::OVERCROWDED)?;
        }
        let out = child.wait_with_output()?;
        let secs = start.elapsed().as_secs_f64();
        if out.status.success() {
            let rows = String::from_utf8_lossy(&out.stdout).lines().count();
            baseline = Some((secs, rows));
        }
    }

    let r = Report {
        people: manifest.people,
        registrations: manifest.registrations,
        records: manifest.records,
        import_seconds: import,
        import_records_per_second: manifest.records as f64 / import,
        db_bytes,
        audit_seconds: audit_cold,
        audit_seconds_warm: audit_warm,
        audit_cpu_seconds_warm: audit_cpu,
        load_average: std::fs::read_to_string("/proc/loadavg")
            .ok()
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" ")),
        findings: report.findings.len(),
        planted: manifest.planted_total(),
        missed,
        false_alarms,
        overcrowded_jalga_seconds: overcrowded_jalga,
        overcrowded_candidate_rows: candidate_rows,
        sqlite3_core_query_seconds: baseline.map(|b| b.0),
        sqlite3_core_query_rows: baseline.map(|b| b.1),
        sqlite3_version: version,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        println!(
            "city: {} people, {} registrations, {} records, {} MB",
            r.people,
            r.registrations,
            r.records,
            r.db_bytes / 1_000_000
        );
        println!(
            "generate + write through the import's upsert (one transaction, indexed): {:.2} s, {:.0} records/s",
            r.import_seconds, r.import_records_per_second
        );
        println!(
            "full audit (10 checks): {:.3} s (again: {:.3} s); {} findings, {} planted, {} missed, {} false alarms",
            r.audit_seconds, r.audit_seconds_warm, r.findings, r.planted, r.missed, r.false_alarms
        );
        if let Some(cpu) = r.audit_cpu_seconds_warm {
            println!(
                "  CPU time of the second run: {cpu:.3} s (user + system, all threads); load average {}",
                r.load_average.as_deref().unwrap_or("?")
            );
        }
        println!(
            "overcrowding alone in jalga: {:.3} s ({} candidate rows from the core query)",
            r.overcrowded_jalga_seconds, r.overcrowded_candidate_rows
        );
        match (baseline, &r.sqlite3_version) {
            (Some((s, rows)), Some(v)) => println!(
                "overcrowding core query in the sqlite3 shell ({v}), same file: {s:.3} s, {rows} rows"
            ),
            _ => println!("sqlite3 shell not found: no baseline (apt-get install sqlite3)"),
        }
    }
    Ok(if missed == 0 && false_alarms == 0 {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}

/// This process's CPU time so far (Linux: /proc/self/stat, in clock ticks
/// of 1/100 s); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
