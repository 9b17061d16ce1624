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
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The fields after the command's name: utime and stime are the 12th and 13th.
    let mut fields = s.get(s.rfind(')')? + 1..)?.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some((user + system) as f64 / 100.0)
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
