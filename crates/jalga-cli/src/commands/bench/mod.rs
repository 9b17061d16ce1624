//! `bench`: measurements, each next to a baseline taken in the same run.

mod import;
mod pdf;

use clap::Subcommand;

use crate::{CliError, Context, Outcome};

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Import N generated registrations; compare with sqlite3's `.import`.
    Import(import::ImportBench),
    /// The bilingual agreement: time and size per document, batch throughput.
    Pdf(pdf::BenchPdfArgs),
}

pub fn run(ctx: &Context, cmd: &BenchCommand) -> Result<Outcome, CliError> {
    match cmd {
        BenchCommand::Import(a) => import::run(ctx, a),
        BenchCommand::Pdf(a) => pdf::run(ctx, a),
    }
}
