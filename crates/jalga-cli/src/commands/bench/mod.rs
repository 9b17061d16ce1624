//! `bench`: measurements, each next to a baseline taken in the same run.

mod audit;
mod import;
mod pdf;

use clap::Subcommand;

use crate::{CliError, Context, Outcome};

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Import N generated registrations; compare with sqlite3's `.import`.
    Import(import::ImportBench),
    /// A generated city: write speed, the full audit's time and recall, and
    /// the overcrowding core query in the sqlite3 shell on the same file.
    Audit(audit::AuditBench),
    /// The bilingual agreement: time and size per document, batch throughput.
    Pdf(pdf::BenchPdfArgs),
}

pub fn run(ctx: &Context, cmd: &BenchCommand) -> Result<Outcome, CliError> {
    match cmd {
        BenchCommand::Import(a) => import::run(ctx, a),
        BenchCommand::Audit(a) => audit::run(ctx, a),
        BenchCommand::Pdf(a) => pdf::run(ctx, a),
    }
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
