//! `bench audit --server postgres://…`: the audit benchmark on an office
//! server. A generated city is loaded into a scratch database of that
//! server through the store's bulk path (binary `COPY`), the full audit
//! runs on it (checked against the planted violations), and in the same
//! run `psql` runs the same candidate queries with the same parameters, so
//! the figures stand next to the server's own speed. The server's CPU time
//! is read from its processes (`/proc`), since on a server the work is the
//! server's, not this process's.
//!
//! With `--dir`, the loaded city's database is kept on the server and named
//! in `DIR/server-city.json` (with its manifest), and `--reuse` audits it
//! again without loading it; the `psql` script is written next to it
//! (`DIR/core-queries.sql`), to run by hand (under `EXPLAIN`, say).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use jalga_core::audit::core_queries::core_queries;
use jalga_core::audit::{self, AuditOptions, FindingKind};
use jalga_core::rules::norm::{NormRegistry, DEFAULT_PRESET};
use jalga_core::store::pg::scratch::ScratchDb;
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::city::{generate_bulk_into, CityManifest, CityParams};
use serde::{Deserialize, Serialize};

use super::audit::AuditBench;
use super::process_cpu_seconds as cpu_seconds;
use crate::{CliError, Outcome};

#[derive(Serialize)]
struct Query {
    name: &'static str,
    rows: usize,
    psql_ms: f64,
}

#[derive(Serialize)]
struct Report {
    server: String,
    server_version: Option<String>,
    people: u64,
    registrations: u64,
    records: u64,
    /// Generating the city and writing it by `COPY` in one transaction
    /// (`None`: a kept city was reused).
    load_seconds: Option<f64>,
    vacuum_analyze_seconds: Option<f64>,
    /// The database the city is in, when it is kept.
    kept_database: Option<String>,
    db_bytes: Option<u64>,
    audit_seconds: f64,
    audit_seconds_warm: f64,
    /// CPU time of the warm run: this process, and the server's processes.
    audit_cpu_seconds_jalga: Option<f64>,
    audit_cpu_seconds_server: Option<f64>,
    load_average: Option<String>,
    findings: usize,
    planted: u64,
    missed: usize,
    false_alarms: usize,
    overcrowded_jalga_seconds: f64,
    /// The ten candidate queries run one after the other in one `psql`.
    psql_seconds: Option<f64>,
    psql_server_cpu_seconds: Option<f64>,
    psql_queries: Vec<Query>,
}

fn psql(url: &str) -> Command {
    let mut c = Command::new("psql");
    c.args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url]);
    c
}

/// One value `sql` gives in `psql`.
fn psql_value(url: &str, sql: &str) -> Option<String> {
    let out = psql(url).args(["-c", sql]).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// VACUUM ANALYZE of `url`'s database, until every page of its tables is
/// marked visible to everyone (as an office's autovacuum leaves them), at
/// most ten times. A VACUUM run the moment a load has committed may mark
/// none (the loading connection's server process is still ending, and it
/// holds back what counts as visible to all); a city left so is read with
/// every index-only walk going to the table too, and the planner hashes
/// whole tables instead of walking an index. True when all are marked.
fn vacuum_until_all_visible(url: &str) -> Option<bool> {
    const HIDDEN: &str = "SELECT count(*) FROM pg_class \
                          WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace \
                          AND relpages > 0 AND relallvisible < relpages";
    for _ in 0..10 {
        psql_value(url, "VACUUM ANALYZE")?;
        if psql_value(url, HIDDEN)? == "0" {
            return Some(true);
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    Some(false)
}

/// CPU seconds (user + system) of the server whose data directory is
/// `data`: the postmaster, its live children, and the children it has
/// reaped (a closed connection's time lands there). A live connection to
/// another database than `db` (its process title says `postgres: USER DB
/// HOST(PORT) …`) is left out: another run's work on the same server is
/// not this one's. Linux only.
fn server_cpu(data: &std::path::Path, db: &str) -> Option<f64> {
    let pid: u32 = std::fs::read_to_string(data.join("postmaster.pid"))
        .ok()?
        .lines()
        .next()?
        .trim()
        .parse()
        .ok()?;
    let fields = |p: u32| super::stat_fields(&format!("/proc/{p}/stat"));
    let ticks = |f: &[String], at: &[usize]| super::tick_seconds(f, at).unwrap_or(0.0);
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    let own = fields(pid)?;
    let mut total = ticks(&own, &[11, 12, 13, 14]);
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(child) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some(f) = fields(child) {
            let title = std::fs::read(format!("/proc/{child}/cmdline")).unwrap_or_default();
            let title = String::from_utf8_lossy(&title);
            let words: Vec<&str> = title.split([' ', '\0']).collect();
            let elsewhere = words.len() > 3
                && words[0] == "postgres:"
                && words[3].contains('(')
                && words[2] != db;
            if !elsewhere && f.get(1).map(String::as_str) == Some(&pid.to_string()) {
                total += ticks(&f, &[11, 12]);
            }
        }
    }
    Some(total)
}

/// [`server_cpu`] once the connections just closed have ended and been
/// reaped (their time moves to the postmaster's children's then): a
/// second's wait.
fn settled_cpu(data: Option<&std::path::Path>, db: &str) -> Option<f64> {
    std::thread::sleep(std::time::Duration::from_secs(1));
    server_cpu(data?, db)
}

/// A city kept on the server for later runs (`DIR/server-city.json`).
#[derive(Serialize, Deserialize)]
struct Kept {
    database: String,
    manifest: CityManifest,
}

/// The kept city matching `args`, if `--reuse` asks for it and the server
/// still has it.
fn kept_city(args: &AuditBench, url: &str) -> Result<Option<(ScratchDb, CityManifest)>, CliError> {
    let Some(dir) = args.dir.as_ref().filter(|_| args.reuse) else {
        return Ok(None);
    };
    let Some(kept) = std::fs::read(dir.join(KEPT))
        .ok()
        .and_then(|b| serde_json::from_slice::<Kept>(&b).ok())
        .filter(|k| {
            let m = &k.manifest;
            m.seed == args.seed && m.today == args.today && m.people >= args.people
        })
    else {
        return Ok(None);
    };
    Ok(ScratchDb::reopen(url, &kept.database)?.map(|db| (db, kept.manifest)))
}

const KEPT: &str = "server-city.json";

pub fn run(args: &AuditBench, url: &str) -> Result<Outcome, CliError> {
    let params = CityParams {
        people: args.people,
        seed: args.seed,
        today: args.today,
    };
    let (scratch, manifest, load, vacuum) = match kept_city(args, url)? {
        Some((scratch, manifest)) => (scratch, manifest, None, None),
        None => {
            let scratch = ScratchDb::create(url)?;
            let start = Instant::now();
            let mut store = Store::open_server(scratch.url(), &OpenOptions::default())?;
            let manifest = generate_bulk_into(&mut store, &params)?;
            drop(store);
            let load = start.elapsed().as_secs_f64();
            let start = Instant::now();
            let all_visible = vacuum_until_all_visible(scratch.url())
                .ok_or_else(|| CliError::Bench("psql could not VACUUM ANALYZE the city".into()))?;
            if !all_visible {
                eprintln!("some pages of the city are not marked all-visible after VACUUM");
            }
            let vacuum = start.elapsed().as_secs_f64();
            (scratch, manifest, Some(load), Some(vacuum))
        }
    };
    if args.load_only {
        if let (Some(dir), Some(load)) = (&args.dir, load) {
            let database = scratch.keep();
            let kept = Kept { database, manifest };
            std::fs::write(dir.join(KEPT), serde_json::to_vec_pretty(&kept)?)?;
            println!(
                "loaded {} records in {load:.2} s, VACUUM ANALYZE {:.2} s; kept as database {}",
                kept.manifest.records,
                vacuum.unwrap_or(0.0),
                kept.database
            );
        }
        return Ok(Outcome::Clean);
    }
    let db = scratch.url().to_owned();
    let db_name = scratch.name().to_owned();
    let store = Store::open_server(&db, &OpenOptions::default())?;
    let data: Option<PathBuf> = psql_value(&db, "SHOW data_directory").map(PathBuf::from);
    let db_bytes =
        psql_value(&db, "SELECT pg_database_size(current_database())").and_then(|s| s.parse().ok());

    let no = AtomicBool::new(false);
    let opts = AuditOptions::new(args.today);
    let start = Instant::now();
    let report = audit::run(&store, &opts, &no)?;
    let audit_cold = start.elapsed().as_secs_f64();
    let server_before = settled_cpu(data.as_deref(), &db_name);
    let own_before = cpu_seconds();
    let start = Instant::now();
    let again = audit::run(&store, &opts, &no)?;
    let audit_warm = start.elapsed().as_secs_f64();
    let own = cpu_seconds().zip(own_before).map(|(a, b)| a - b);
    let server = settled_cpu(data.as_deref(), &db_name)
        .zip(server_before)
        .map(|(a, b)| a - b);
    if again != report {
        return Err(CliError::Bench("two runs disagree".into()));
    }
    let (missed, false_alarms) = super::audit::recall(&manifest, &report);
    let only = AuditOptions {
        kinds: vec![FindingKind::Overcrowded],
        ..AuditOptions::new(args.today)
    };
    let start = Instant::now();
    audit::run(&store, &only, &no)?;
    let overcrowded_jalga = start.elapsed().as_secs_f64();
    drop(store);

    // The same candidate queries in psql, one session, timed per query.
    let preset = NormRegistry::builtin().get(DEFAULT_PRESET)?.clone();
    let queries = core_queries(&preset, args.today);
    // The settings the audit's readers make, made here too.
    let mut script: Vec<String> = jalga_core::store::pg::AUDIT_SETTINGS
        .iter()
        .map(|(name, value)| format!("SET {name} = '{value}';"))
        .collect();
    script.push("\\timing on".to_owned());
    for q in &queries {
        script.extend(
            q.psql_lines()
                .ok_or_else(|| CliError::Bench(format!("{} has no PostgreSQL text", q.name)))?,
        );
    }
    if let Some(dir) = &args.dir {
        std::fs::write(dir.join("core-queries.sql"), script.join("\n") + "\n")?;
    }
    let server_before = settled_cpu(data.as_deref(), &db_name);
    let start = Instant::now();
    let child = psql(&db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut psql_queries = Vec::new();
    let mut psql_seconds = None;
    if let Ok(mut child) = child {
        // Written from a thread of its own: psql answers the first queries
        // while the script is still being written, and a script longer than
        // the pipe would wait for its rows to be read, and they for it.
        let writer = child.stdin.take().map(|mut stdin| {
            let text = script.join("\n");
            std::thread::spawn(move || writeln!(stdin, "{text}"))
        });
        let out = child.wait_with_output()?;
        if let Some(writer) = writer {
            writer
                .join()
                .map_err(|_| CliError::Bench("the psql script's writer failed".into()))??;
        }
        let secs = start.elapsed().as_secs_f64();
        if !out.status.success() {
            return Err(CliError::Bench(format!(
                "psql failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        psql_seconds = Some(secs);
        // Each query's rows, then its "Time: … ms" line.
        let mut rows = 0;
        let mut names = queries.iter().map(|q| q.name);
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            match line.strip_prefix("Time: ") {
                Some(t) => {
                    let ms = t
                        .split_whitespace()
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(f64::NAN);
                    psql_queries.push(Query {
                        name: names.next().unwrap_or("?"),
                        rows,
                        psql_ms: ms,
                    });
                    rows = 0;
                }
                None => rows += 1,
            }
        }
    }
    let psql_cpu = settled_cpu(data.as_deref(), &db_name)
        .zip(server_before)
        .map(|(a, b)| a - b);

    let server_version = psql_value(&db, "SHOW server_version");
    let kept_database = match &args.dir {
        Some(dir) => {
            let database = scratch.keep();
            let kept = Kept {
                database: database.clone(),
                manifest: manifest.clone(),
            };
            std::fs::write(dir.join(KEPT), serde_json::to_vec_pretty(&kept)?)?;
            Some(database)
        }
        None => None,
    };
    let r = Report {
        server: jalga_core::store::pg::server_label(url),
        server_version,
        people: manifest.people,
        registrations: manifest.registrations,
        records: manifest.records,
        load_seconds: load,
        vacuum_analyze_seconds: vacuum,
        kept_database,
        db_bytes,
        audit_seconds: audit_cold,
        audit_seconds_warm: audit_warm,
        audit_cpu_seconds_jalga: own,
        audit_cpu_seconds_server: server,
        load_average: std::fs::read_to_string("/proc/loadavg")
            .ok()
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" ")),
        findings: report.findings.len(),
        planted: manifest.planted_total(),
        missed,
        false_alarms,
        overcrowded_jalga_seconds: overcrowded_jalga,
        psql_seconds,
        psql_server_cpu_seconds: psql_cpu,
        psql_queries,
    };
    print(args.json, &r)?;
    Ok(if missed == 0 && false_alarms == 0 {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}

fn print(json: bool, r: &Report) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(r)?)?;
        return Ok(());
    }
    let secs = |x: Option<f64>| x.map_or("?".to_owned(), |s| format!("{s:.3}"));
    writeln!(
        out,
        "server {} (PostgreSQL {}); city: {} people, {} registrations, {} records, {} MB",
        r.server,
        r.server_version.as_deref().unwrap_or("?"),
        r.people,
        r.registrations,
        r.records,
        r.db_bytes.map_or(0, |b| b / 1_000_000)
    )?;
    match (r.load_seconds, r.vacuum_analyze_seconds) {
        (Some(load), Some(vacuum)) => writeln!(
            out,
            "generate + bulk load by COPY (one transaction, indexes built at the end): {load:.2} s, {:.0} records/s; VACUUM ANALYZE {vacuum:.2} s",
            r.records as f64 / load,
        )?,
        _ => writeln!(out, "the city kept by an earlier run, reused")?,
    }
    if let Some(db) = &r.kept_database {
        writeln!(
            out,
            "kept on the server as database {db} (DROP DATABASE it when done)"
        )?;
    }
    writeln!(
        out,
        "full audit (10 checks, one snapshot): {:.3} s (again: {:.3} s); {} findings, {} planted, {} missed, {} false alarms",
        r.audit_seconds, r.audit_seconds_warm, r.findings, r.planted, r.missed, r.false_alarms
    )?;
    writeln!(
        out,
        "  CPU time of the second run: jalga {} s, server {} s; load average {}",
        secs(r.audit_cpu_seconds_jalga),
        secs(r.audit_cpu_seconds_server),
        r.load_average.as_deref().unwrap_or("?")
    )?;
    writeln!(
        out,
        "overcrowding alone in jalga: {:.3} s",
        r.overcrowded_jalga_seconds
    )?;
    match r.psql_seconds {
        Some(s) => {
            writeln!(
                out,
                "the same 10 candidate queries in psql, one after the other: {s:.3} s (server CPU {} s)",
                secs(r.psql_server_cpu_seconds)
            )?;
            for q in &r.psql_queries {
                writeln!(
                    out,
                    "  {:<20} {:>10.1} ms {:>8} rows",
                    q.name, q.psql_ms, q.rows
                )?;
            }
        }
        None => writeln!(
            out,
            "psql not found: no baseline (apt-get install postgresql-client)"
        )?,
    }
    Ok(())
}
