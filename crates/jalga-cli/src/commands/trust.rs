//! `backup`, `restore`, `passphrase`, `log`, `forget`, and the hidden
//! `crash-writer` the crash-safety test kills.
//!
//! A passphrase never travels as a command-line argument (anyone can read
//! those in the process list): it comes from `JALGA_PASSPHRASE` (and
//! `JALGA_NEW_PASSPHRASE` for a new one) or from a prompt on the terminal.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use jalga_core::i18n::Message;
use jalga_core::store::{backup, change_log, forget, OpenOptions, Passphrase};
use jalga_core::{CoreError, Store};

use crate::{CliError, Context, Outcome};

pub(crate) fn db_path(ctx: &Context) -> Result<&Path, CliError> {
    ctx.db
        .as_deref()
        .ok_or_else(|| CliError::Usage(Message::new("cli-needs-db")))
}

/// A passphrase from `var`, else asked for on the terminal; `None` when
/// neither is possible.
fn passphrase(ctx: &Context, var: &str, prompt: &str) -> Result<Option<Passphrase>, CliError> {
    if let Ok(text) = std::env::var(var) {
        return Ok(Some(Passphrase::new(text)?));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let text = rpassword::prompt_password(Message::new(prompt).render(ctx.lang))?;
    Ok(Some(Passphrase::new(text)?))
}

fn required(found: Option<Passphrase>) -> Result<Passphrase, CliError> {
    found.ok_or_else(|| CliError::Message(Message::new("trust-passphrase-needed")))
}

/// Opens the `--db` file: with `JALGA_PASSPHRASE` if set, else asking for
/// the passphrase on the terminal when the file turns out to be locked.
pub fn open_store(ctx: &Context, path: &Path) -> Result<Store, CliError> {
    #[cfg(feature = "postgres")]
    if super::server::names_server(ctx) {
        let url = path.to_str().unwrap_or_default();
        return Ok(Store::open_server(url, &OpenOptions::default())?);
    }
    let given = match std::env::var("JALGA_PASSPHRASE") {
        Ok(text) => Some(Passphrase::new(text)?),
        Err(_) => None,
    };
    let options = OpenOptions {
        passphrase: given.clone(),
        actor: None,
    };
    match Store::open_with(path, &options) {
        Err(CoreError::Locked { .. }) if given.is_none() && std::io::stdin().is_terminal() => {
            let asked = required(passphrase(
                ctx,
                "JALGA_PASSPHRASE",
                "trust-passphrase-prompt",
            )?)?;
            Ok(Store::open_with(
                path,
                &OpenOptions {
                    passphrase: Some(asked),
                    actor: None,
                },
            )?)
        }
        other => Ok(other?),
    }
}

#[derive(Args)]
pub struct BackupArgs {
    /// List the backups instead of making one.
    #[arg(long)]
    list: bool,
    /// How many backups to keep (the oldest beyond are removed).
    #[arg(long, env = "JALGA_BACKUP_KEEP", default_value_t = backup::DEFAULT_KEEP)]
    keep: usize,
}

pub fn backup(ctx: &Context, args: &BackupArgs) -> Result<Outcome, CliError> {
    let path = db_path(ctx)?;
    if args.list {
        let all = backup::list_backups(path)?;
        if all.is_empty() {
            println!("{}", Message::new("trust-backup-none").render(ctx.lang));
        }
        for b in all {
            println!("{}\t{}\t{}", b.date, b.bytes, b.path);
        }
        return Ok(Outcome::Clean);
    }
    let store = open_store(ctx, path)?;
    let today = jalga_core::dates::today();
    let made = backup::backup_now(&store, today, args.keep)?;
    println!(
        "{}",
        Message::new("trust-backup-done")
            .arg("path", made.path)
            .arg("bytes", made.bytes as f64)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup to restore (its passphrase, if any, from JALGA_PASSPHRASE
    /// or the prompt).
    file: PathBuf,
}

pub fn restore(ctx: &Context, args: &RestoreArgs) -> Result<Outcome, CliError> {
    let path = db_path(ctx)?;
    let key = if jalga_core::store::is_encrypted(&args.file)? {
        Some(required(passphrase(
            ctx,
            "JALGA_PASSPHRASE",
            "trust-passphrase-prompt",
        )?)?)
    } else {
        None
    };
    let version = backup::restore(path, &args.file, key.as_ref())?;
    println!(
        "{}",
        Message::new("trust-restore-done")
            .arg("from", args.file.display().to_string())
            .arg("path", path.display().to_string())
            .arg("version", version)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

#[derive(Subcommand)]
pub enum PassphraseCommand {
    /// Protect an unprotected database with a passphrase.
    Set,
    /// Change the passphrase.
    Change,
    /// Remove the passphrase (the file is stored unencrypted).
    Remove,
}

/// The new passphrase: from JALGA_NEW_PASSPHRASE, or typed twice.
fn new_passphrase(ctx: &Context) -> Result<Passphrase, CliError> {
    if std::env::var_os("JALGA_NEW_PASSPHRASE").is_some() {
        return required(passphrase(ctx, "JALGA_NEW_PASSPHRASE", "")?);
    }
    let first = required(passphrase(
        ctx,
        "JALGA_NEW_PASSPHRASE",
        "trust-passphrase-new-prompt",
    )?)?;
    let second = required(passphrase(
        ctx,
        "JALGA_NEW_PASSPHRASE",
        "trust-passphrase-repeat-prompt",
    )?)?;
    if first.matches(&second) {
        Ok(first)
    } else {
        Err(CliError::Message(Message::new("trust-passphrase-mismatch")))
    }
}

pub fn passphrase_cmd(ctx: &Context, cmd: &PassphraseCommand) -> Result<Outcome, CliError> {
    let path = db_path(ctx)?;
    let current = || -> Result<Passphrase, CliError> {
        required(passphrase(
            ctx,
            "JALGA_PASSPHRASE",
            "trust-passphrase-prompt",
        )?)
    };
    let done = match cmd {
        PassphraseCommand::Set => {
            let new = new_passphrase(ctx)?;
            jalga_core::store::change_passphrase(path, None, Some(&new))?;
            "trust-passphrase-set-done"
        }
        PassphraseCommand::Change => {
            let old = current()?;
            let new = new_passphrase(ctx)?;
            jalga_core::store::change_passphrase(path, Some(&old), Some(&new))?;
            "trust-passphrase-changed"
        }
        PassphraseCommand::Remove => {
            let old = current()?;
            jalga_core::store::change_passphrase(path, Some(&old), None)?;
            "trust-passphrase-removed"
        }
    };
    println!(
        "{}",
        Message::new(done)
            .arg("path", path.display().to_string())
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

#[derive(Subcommand)]
pub enum LogCommand {
    /// Check the hash chain: exit 1 naming the first altered entry.
    Verify,
    /// Show the latest entries, newest first.
    List {
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

pub fn log(ctx: &Context, cmd: &LogCommand) -> Result<Outcome, CliError> {
    let store = open_store(ctx, db_path(ctx)?)?;
    match cmd {
        LogCommand::Verify => {
            let verdict = change_log::verify(&store)?;
            match verdict.first_broken {
                None => {
                    println!(
                        "{}",
                        Message::new("trust-log-ok")
                            .arg("count", verdict.entries as f64)
                            .render(ctx.lang)
                    );
                    Ok(Outcome::Clean)
                }
                Some(seq) => {
                    println!(
                        "{}",
                        Message::new("trust-log-broken")
                            .arg("seq", seq as f64)
                            .render(ctx.lang)
                    );
                    Ok(Outcome::Reported)
                }
            }
        }
        LogCommand::List { limit, json } => {
            let entries = change_log::list(&store, *limit)?;
            let mut out = std::io::stdout().lock();
            if *json {
                serde_json::to_writer_pretty(&mut out, &entries)?;
                writeln!(out)?;
            } else {
                for e in entries {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.summary
                    )?;
                }
            }
            Ok(Outcome::Clean)
        }
    }
}

#[derive(Args)]
pub struct ForgetArgs {
    /// The id of the person to forget.
    person_id: String,
}

pub fn forget(ctx: &Context, args: &ForgetArgs) -> Result<Outcome, CliError> {
    let mut store = open_store(ctx, db_path(ctx)?)?;
    let done = forget::forget_person(&mut store, &args.person_id)?;
    println!(
        "{}",
        Message::new("trust-forget-done")
            .arg("tombstone", done.tombstone_id)
            .arg("registrations", done.registrations_kept as f64)
            .arg("notices", done.notices_kept as f64)
            .arg("occupancies", done.occupancies_removed as f64)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}
