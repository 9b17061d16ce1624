//! `jalga migrate --from FILE --to postgres://…`: a clerk's local store
//! (encrypted or not: its passphrase from `JALGA_PASSPHRASE` or asked, as
//! every command takes it) lifted into the office server in one
//! transaction, with the import's checks; see
//! [`jalga_core::interchange::migrate`]. A target that already holds
//! records is refused unless `--merge` is given.

use std::path::{Path, PathBuf};

use clap::Args;
use jalga_core::i18n::Message;
use jalga_core::interchange::migrate::{self, Mode};
use jalga_core::{CoreError, Store};

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct MigrateArgs {
    /// The database file to lift (its passphrase, if it has one, from
    /// JALGA_PASSPHRASE or a prompt).
    #[arg(long, value_name = "FILE")]
    from: PathBuf,
    /// Where to: an office server, postgres://USER@HOST:PORT/DB (the
    /// password from JALGA_PG_PASSWORD), or another database file.
    #[arg(long, value_name = "URL")]
    to: PathBuf,
    /// Also into a database that already holds records: a record whose id
    /// is there already is replaced by the file's (without it, such a
    /// target is refused and nothing is written).
    #[arg(long)]
    merge: bool,
}

/// Opens `path` as the store of a command whose `--db` it were.
fn open(ctx: &Context, path: &Path) -> Result<Store, CliError> {
    let as_db = Context {
        db: Some(path.to_owned()),
        lang: ctx.lang,
        doc_lang: ctx.doc_lang,
    };
    if super::server::names_server(&as_db) && !cfg!(feature = "postgres") {
        return Err(CliError::Usage(Message::new("server-not-built")));
    }
    super::trust::open_store(&as_db, path)
}

pub fn run(ctx: &Context, args: &MigrateArgs) -> Result<Outcome, CliError> {
    // Opening a missing file would make an empty one: say it is missing.
    if !args.from.is_file() {
        return Err(CliError::Core(CoreError::io(
            &args.from,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        )));
    }
    let source = open(ctx, &args.from)?;
    let mut target = open(ctx, &args.to)?;
    let name = args.from.file_name().map_or_else(
        || args.from.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mode = if args.merge { Mode::Merge } else { Mode::Empty };
    let summary = migrate::migrate(&source, &mut target, &name, mode)?;
    println!(
        "{}",
        Message::new("migrate-done")
            .arg("records", summary.records as f64)
            .arg("source", name)
            .arg("target", target.path().display().to_string())
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}
