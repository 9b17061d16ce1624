//! `jalga`: Jalga's core on the command line.
//!
//! Exit codes: 0 success, 1 findings or invalid input reported, 2 usage
//! error, 3 failure (the command could not run). Errors are one line on
//! stderr; a panic is a bug.

mod commands;
mod error;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jalga_core::documents::DocLang;
use jalga_core::Lang;

pub use error::CliError;

/// The exit codes, as `jalga --help` lists them.
const EXIT_CODES: &str = "Exit codes:
  0  done, nothing to report
  1  findings or invalid input reported (audit findings, invalid IINs, overdue deadlines, a refused file)
  2  usage error (unknown option, missing argument)
  3  failure: the command could not run (database or file could not be opened, read or written; wrong passphrase)";

#[derive(Parser)]
#[command(
    name = "jalga",
    version,
    about = "Jalga: lease agreements and residence registration in Kazakhstan",
    after_help = EXIT_CODES
)]
struct Cli {
    /// The database file, or an office server: postgres://USER@HOST:PORT/DB
    /// (the password from JALGA_PG_PASSWORD).
    #[arg(long, global = true, env = "JALGA_DB")]
    db: Option<PathBuf>,
    /// Language of messages: kk, ru or en (default en). For `pdf`, the
    /// document's language: kk, ru, en or kk+ru (default kk+ru).
    #[arg(long, global = true, env = "JALGA_LANG", value_name = "kk|ru|en|kk+ru")]
    lang: Option<DocLang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check IINs: one line each, `IIN valid` or `IIN invalid <reason>`.
    CheckIin(commands::ids::CheckArgs),
    /// Check BINs: one line each, `BIN valid` or `BIN invalid <reason>`.
    CheckBin(commands::ids::CheckArgs),
    /// Check the per-person area norm: allowed or not, how many the area
    /// allows, and why.
    Norm(commands::norm::NormArgs),
    /// List deadlines (registration, foreigner notice, registration and
    /// lease end, de-registration, stay limits): due, overdue, by how much.
    Deadlines(commands::deadlines::DeadlinesArgs),
    /// Create the database (or upgrade it to this version's schema).
    Init(commands::data::InitArgs),
    /// Seed the database with a realistic sample.
    Demo,
    /// Import a JSON bundle or a registrations CSV; nothing is written if any record is bad.
    Import(commands::data::ImportArgs),
    /// Export everything as a JSON bundle, or the registrations as CSV.
    Export(commands::data::ExportArgs),
    /// List the records of one kind.
    List(commands::browse::ListArgs),
    /// Show one record.
    Show(commands::browse::ShowArgs),
    /// Make a document as PDF: from --data FILE.json, or a batch from several files or a folder.
    Pdf(commands::docs::PdfArgs),
    /// Check PDFs: `FILE consistent CODE` (text and attached data agree; proves no author), `FILE altered REASON: why` or `FILE unknown`; with --db, `issued-here` when this database issued it.
    Verify(commands::docs::VerifyArgs),
    /// Sign a Jalga PDF with your EDS key (PKCS#12; password from
    /// JALGA_P12_PASSWORD or a prompt): PAdES, and a detached CMS with --cms.
    Sign(commands::sign::SignArgs),
    /// Back up the database now into the backups folder beside it (or --list them).
    Backup(commands::trust::BackupArgs),
    /// Replace the database with a backup, after checking the backup.
    Restore(commands::trust::RestoreArgs),
    /// Set, change or remove the database passphrase (from JALGA_PASSPHRASE /
    /// JALGA_NEW_PASSPHRASE or a prompt, never an argument).
    #[command(subcommand)]
    Passphrase(commands::trust::PassphraseCommand),
    /// The change log: `verify` its hash chain, `list` its entries.
    #[command(subcommand)]
    Log(commands::trust::LogCommand),
    /// Forget a person: remove their personal data, keep what the law requires.
    Forget(commands::trust::ForgetArgs),
    /// Lift a local database file into the office server (--from FILE --to
    /// postgres://…), in one transaction, with the import's checks.
    Migrate(commands::migrate::MigrateArgs),
    /// Write transactions until killed (for the crash-safety test).
    #[cfg(feature = "dev-tools")]
    #[command(hide = true)]
    CrashWriter(commands::crash_writer::CrashWriterArgs),
    /// Audit the database: overcrowding, double registrations, leases, IINs,
    /// late registrations and notices, overstays, consent. Exit 1 if found.
    Audit(commands::audit::AuditArgs),
    /// Generate a synthetic city with planted violations (and a manifest).
    #[cfg(feature = "dev-tools")]
    GenCity(commands::gen_city::GenCityArgs),
    /// Benchmarks, each next to a baseline measured in the same run.
    #[cfg(feature = "dev-tools")]
    #[command(subcommand)]
    Bench(commands::bench::BenchCommand),
}

/// What a command reports when it did its job.
pub enum Outcome {
    /// Nothing to report against the input.
    Clean,
    /// Findings or invalid input were reported (exit code 1).
    Reported,
}

fn main() -> ExitCode {
    error::mask_panics();
    let cli = Cli::parse();
    let ctx = Context {
        db: cli.db,
        // A bilingual document's messages are in its first language.
        lang: cli.lang.map_or(Lang::En, |l| l.parts()[0]),
        doc_lang: cli.lang,
    };
    let result = if commands::server::names_server(&ctx) {
        commands::server::run(&ctx, cli.command)
    } else {
        run(&ctx, cli.command)
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Reported) => ExitCode::from(error::EXIT_REPORTED),
        // A reader that stopped early (`| head`) is not an error.
        Err(CliError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(CliError::Json(e)) if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("jalga: {}", e.localized(ctx.lang));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs a command on a database file (or one that needs none).
fn run(ctx: &Context, command: Command) -> Result<Outcome, CliError> {
    match command {
        Command::CheckIin(args) => commands::ids::check_iin(ctx, &args),
        Command::CheckBin(args) => commands::ids::check_bin(ctx, &args),
        Command::Norm(args) => commands::norm::run(ctx, &args),
        Command::Deadlines(args) => commands::deadlines::run(ctx, &args),
        Command::Init(args) => commands::data::init(ctx, &args),
        Command::Demo => commands::data::demo(ctx),
        Command::Import(args) => commands::data::import(ctx, &args),
        Command::Export(args) => commands::data::export(ctx, &args),
        Command::List(args) => commands::browse::list(ctx, &args),
        Command::Show(args) => commands::browse::show(ctx, &args),
        Command::Pdf(args) => commands::docs::pdf(ctx, &args),
        Command::Verify(args) => commands::docs::verify(ctx, &args),
        Command::Sign(args) => commands::sign::sign(ctx, &args),
        Command::Audit(args) => commands::audit::run(ctx, &args),
        #[cfg(feature = "dev-tools")]
        Command::GenCity(args) => commands::gen_city::run(ctx, &args),
        #[cfg(feature = "dev-tools")]
        Command::Bench(cmd) => commands::bench::run(ctx, &cmd),
        Command::Backup(args) => commands::trust::backup(ctx, &args),
        Command::Restore(args) => commands::trust::restore(ctx, &args),
        Command::Passphrase(cmd) => commands::trust::passphrase_cmd(ctx, &cmd),
        Command::Log(cmd) => commands::trust::log(ctx, &cmd),
        Command::Forget(args) => commands::trust::forget(ctx, &args),
        Command::Migrate(args) => commands::migrate::run(ctx, &args),
        #[cfg(feature = "dev-tools")]
        Command::CrashWriter(args) => commands::crash_writer::run(ctx, &args),
    }
}

/// What every command may use: the global options.
pub struct Context {
    pub db: Option<PathBuf>,
    pub lang: Lang,
    /// The document language asked for with --lang, if any.
    pub doc_lang: Option<DocLang>,
}
