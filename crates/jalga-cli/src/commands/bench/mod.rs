//! `bench`: measurements, each next to a baseline taken in the same run.

mod audit;
#[cfg(feature = "postgres")]
mod audit_pg;
mod deadlines;
mod import;
#[cfg(feature = "postgres")]
mod import_pg;
mod pdf;

use clap::Subcommand;

use crate::{CliError, Context, Outcome};

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Import N generated registrations; compare with sqlite3's `.import`
    /// (with --db postgres://…: into the server, next to psql's `\copy`).
    Import(import::ImportBench),
    /// A generated city: write speed, the full audit's time and recall, and
    /// the overcrowding core query in the sqlite3 shell on the same file.
    Audit(audit::AuditBench),
    /// The bilingual agreement: time and size per document, batch throughput.
    Pdf(pdf::BenchPdfArgs),
    /// Every deadline of N generated people: time and peak memory.
    Deadlines(deadlines::DeadlinesBench),
}

pub fn run(ctx: &Context, cmd: &BenchCommand) -> Result<Outcome, CliError> {
    match cmd {
        #[cfg(feature = "postgres")]
        BenchCommand::Import(a) if super::server::names_server(ctx) => {
            let server = ctx.db.as_deref().and_then(|p| p.to_str()).unwrap_or("");
            import_pg::run(ctx, server, a)
        }
        BenchCommand::Import(a) => import::run(ctx, a),
        BenchCommand::Audit(a) => audit::run(ctx, a),
        BenchCommand::Pdf(a) => pdf::run(ctx, a),
        BenchCommand::Deadlines(a) => deadlines::run(ctx, a),
    }
}

/// This process's peak resident memory so far, in bytes (`VmHWM` in
/// `/proc/self/status`); `None` where the system does not say.
pub(crate) fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// CPU time (user and system) of this thread so far, from
/// `/proc/thread-self/stat` in the kernel's clock ticks (100 a second);
/// `None` where the system does not say. On a machine shared with other
/// work, it varies less than the time on the clock.
pub(crate) fn cpu_seconds() -> Option<f64> {
    cpu_in("/proc/thread-self/stat")
}

/// The same for the whole process, every thread's (`/proc/self/stat`).
pub(crate) fn process_cpu_seconds() -> Option<f64> {
    cpu_in("/proc/self/stat")
}

/// User plus system CPU seconds in the `/proc/…/stat` file at `path`.
pub(crate) fn cpu_in(path: &str) -> Option<f64> {
    tick_seconds(&stat_fields(path)?, &[11, 12])
}

/// The fields of a `/proc/…/stat` file after the command's name (which may
/// hold spaces): `state` is 0, `ppid` 1, `utime` 11, `stime` 12, `cutime`
/// 13 and `cstime` 14 (Linux; `None` elsewhere).
pub(crate) fn stat_fields(path: &str) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(path).ok()?;
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    Some(rest.split_whitespace().map(str::to_owned).collect())
}

/// The clock-tick fields `at` of `fields`, added up, in seconds (the
/// kernel's `USER_HZ`, 100 a second).
pub(crate) fn tick_seconds(fields: &[String], at: &[usize]) -> Option<f64> {
    let mut ticks = 0.0;
    for i in at {
        ticks += fields.get(*i)?.parse::<f64>().ok()?;
    }
    Some(ticks / 100.0)
}

/// A file error as the CLI reports it, naming `path`.
pub(crate) fn io(path: &std::path::Path) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Core(jalga_core::CoreError::io(path, e))
}

/// Writes `rows` generated registrations (`jalga_testkit::synthetic`) to
/// `path` as the import's CSV; returns the file's size in bytes.
pub(crate) fn write_registrations(path: &std::path::Path, rows: u64) -> Result<u64, CliError> {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).map_err(io(path))?);
    jalga_testkit::synthetic::write_registrations_csv(rows, &mut w).map_err(io(path))?;
    w.flush().map_err(io(path))?;
    Ok(std::fs::metadata(path).map_err(io(path))?.len())
}

/// Starts the peak (`VmHWM`) again from the memory in use now, so that
/// what comes next is measured alone (Linux; elsewhere nothing happens).
pub(crate) fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The folder a benchmark works in: the one asked for, or a temporary one
/// that lives as long as the returned guard.
fn work_dir(
    asked: &Option<std::path::PathBuf>,
) -> Result<(Option<tempfile::TempDir>, std::path::PathBuf), CliError> {
    Ok(match asked {
        Some(d) => (None, d.clone()),
        None => {
            let tmp = tempfile::tempdir()?;
            let dir = tmp.path().to_owned();
            (Some(tmp), dir)
        }
    })
}
