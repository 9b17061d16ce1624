//! `jalga --db postgres://USER@HOST:PORT/DB …`: the commands that make
//! sense on a migration office's server (init, import, export, the change
//! log, forget), run on the PostgreSQL store. The password comes from the
//! URL or from `JALGA_PG_PASSWORD`, never from a file Jalga writes. The
//! rest say they work on a database file; `backup` says what backs a
//! server up instead.

use crate::Context;

/// Whether `--db` names an office server rather than a file.
pub fn names_server(ctx: &Context) -> bool {
    ctx.db
        .as_deref()
        .and_then(|p| p.to_str())
        .is_some_and(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

/// Runs `command` on the server `--db` names.
#[cfg(not(feature = "postgres"))]
pub fn run(_ctx: &Context, _command: crate::Command) -> Result<crate::Outcome, crate::CliError> {
    Err(crate::CliError::Usage(jalga_core::i18n::Message::new(
        "server-not-built",
    )))
}

#[cfg(feature = "postgres")]
pub use on_server::run;

#[cfg(feature = "postgres")]
mod on_server {
    use std::io::{BufWriter, Read, Write};

    use jalga_core::i18n::Message;
    use jalga_core::interchange::{self, Format};
    use jalga_core::limits;
    use jalga_core::store::pg::{self, PgStore};
    use jalga_core::store::OpenOptions;
    use jalga_core::CoreError;

    use super::super::{data, trust};
    use crate::{CliError, Command, Context, Outcome};

    fn open(ctx: &Context) -> Result<PgStore, CliError> {
        let url = ctx
            .db
            .as_deref()
            .and_then(|p| p.to_str())
            .unwrap_or_default();
        Ok(PgStore::open(url, &OpenOptions::default())?)
    }

    pub fn run(ctx: &Context, command: Command) -> Result<Outcome, CliError> {
        match command {
            Command::Init => {
                let mut store = open(ctx)?;
                let version = store.schema_version()?;
                println!(
                    "{}",
                    Message::new("cli-init-done")
                        .arg("path", store.name().to_owned())
                        .arg("version", version)
                        .render(ctx.lang)
                );
                Ok(Outcome::Clean)
            }
            Command::Export(args) => export(ctx, &args),
            Command::Import(args) => import(ctx, &args),
            Command::Log(cmd) => log(ctx, &cmd),
            Command::Forget(args) => {
                let mut store = open(ctx)?;
                let done = pg::forget_person(&mut store, &args.person_id)?;
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
            Command::Backup(_) => {
                let store = open(ctx)?;
                Err(CliError::Usage(
                    Message::new("server-backup-elsewhere").arg("server", store.name().to_owned()),
                ))
            }
            _ => Err(CliError::Usage(
                Message::new("server-not-here").arg("server", server_name(ctx)),
            )),
        }
    }

    /// The server as a message names it: without its password.
    fn server_name(ctx: &Context) -> String {
        let url = ctx
            .db
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        match url.parse::<pg::postgres::Config>() {
            Ok(c) => format!(
                "{}@{}",
                c.get_user().unwrap_or(""),
                c.get_dbname().unwrap_or("")
            ),
            Err(_) => "postgres://…".to_owned(),
        }
    }

    fn export(ctx: &Context, args: &data::ExportArgs) -> Result<Outcome, CliError> {
        let mut store = open(ctx)?;
        if args.format.plain() != Some(Format::Json) {
            return Err(CliError::Usage(
                Message::new("server-not-here").arg("server", server_name(ctx)),
            ));
        }
        if args.out.as_os_str() == "-" {
            let mut out = BufWriter::new(std::io::stdout().lock());
            interchange::server::export_json(&mut store, &mut out)?;
            return Ok(Outcome::Clean);
        }
        data::write_file(&args.out, |out| {
            interchange::server::export_json(&mut store, out)
        })?;
        eprintln!(
            "{}",
            Message::new("cli-export-done")
                .arg("path", args.out.display().to_string())
                .render(ctx.lang)
        );
        Ok(Outcome::Clean)
    }

    fn import(ctx: &Context, args: &data::ImportArgs) -> Result<Outcome, CliError> {
        let format = data::format_of(&args.file, args.format)?;
        if format != Format::Json {
            return Err(CliError::Usage(
                Message::new("server-not-here").arg("server", server_name(ctx)),
            ));
        }
        limits::check_size(&args.file, limits::MAX_IMPORT_BYTES)?;
        let mut store = open(ctx)?;
        let io = |e| CoreError::Io {
            path: args.file.display().to_string(),
            source: e,
        };
        let mut file = std::fs::File::open(&args.file).map_err(io)?;
        let mut bytes = Vec::new();
        limits::decoded(&mut file, limits::MAX_IMPORT_BYTES)
            .map_err(io)?
            .read_to_end(&mut bytes)
            .map_err(io)?;
        match interchange::server::import_json(&mut store, &bytes) {
            Ok(summary) => {
                println!(
                    "{}",
                    Message::new("cli-import-done")
                        .arg("records", summary.records as f64)
                        .render(ctx.lang)
                );
                Ok(Outcome::Clean)
            }
            Err(CoreError::ImportRejected(problems)) => {
                let mut out = std::io::stdout().lock();
                for p in &problems {
                    writeln!(out, "{}", p.render(ctx.lang))?;
                }
                Err(CoreError::ImportRejected(problems).into())
            }
            Err(e) => Err(e.into()),
        }
    }

    fn log(ctx: &Context, cmd: &trust::LogCommand) -> Result<Outcome, CliError> {
        let mut store = open(ctx)?;
        match cmd {
            trust::LogCommand::Verify => {
                let verdict = pg::log_verify(&mut store)?;
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
            trust::LogCommand::List { limit, json } => {
                let entries = pg::log_list(&mut store, *limit)?;
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
}
