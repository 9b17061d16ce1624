//! `jalga --db postgres://USER@HOST:PORT/DB …`: the commands that make
//! sense on a migration office's server (init, import, export of the JSON
//! bundle or the registrations CSV, the change log, forget, the audit and
//! its reports, deadlines, list and show, a document issued from a lease
//! and its verification) run as they do on a file, on the store
//! the server gives ([`jalga_core::Store::open_server`]). The password
//! comes from the URL or from `JALGA_PG_PASSWORD`, never from a file Jalga
//! writes. The other commands say they work on a database file; `backup`
//! says what backs a server up instead.

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

/// Sets up the server's roles (`init --roles`).
#[cfg(not(feature = "postgres"))]
pub fn install_roles(
    _ctx: &Context,
    _store: &mut jalga_core::Store,
) -> Result<(), crate::CliError> {
    Err(crate::CliError::Usage(jalga_core::i18n::Message::new(
        "server-not-built",
    )))
}

#[cfg(feature = "postgres")]
pub use on_server::{install_roles, run};

#[cfg(feature = "postgres")]
mod on_server {
    use jalga_core::i18n::Message;
    use jalga_core::interchange::Format;

    use crate::{CliError, Command, Context, Outcome};

    pub fn run(ctx: &Context, command: Command) -> Result<Outcome, CliError> {
        match command {
            Command::Init(_)
            | Command::Import(_)
            | Command::Log(_)
            | Command::Forget(_)
            | Command::Audit(_)
            | Command::Deadlines(_)
            | Command::List(_)
            | Command::Show(_)
            | Command::Pdf(_)
            | Command::Verify(_)
            | Command::Migrate(_) => crate::run(ctx, command),
            // The import benchmark's server side (bench import --db postgres://…).
            #[cfg(feature = "dev-tools")]
            Command::Bench(_) => crate::run(ctx, command),
            Command::Export(ref args)
                if matches!(args.format.plain(), Some(Format::Json | Format::Csv)) =>
            {
                crate::run(ctx, command)
            }
            Command::Backup(_) => {
                let store = super::super::trust::open_store(ctx, ctx_db(ctx))?;
                Err(CliError::Usage(
                    jalga_core::store::backup::backed_up_on_the_server(store.path()),
                ))
            }
            _ => Err(CliError::Usage(
                Message::new("server-not-here").arg("server", server_name(ctx)),
            )),
        }
    }

    pub fn install_roles(ctx: &Context, store: &mut jalga_core::Store) -> Result<(), CliError> {
        store.install_roles()?;
        println!(
            "{}",
            Message::new("server-roles-done")
                .arg("server", store.path().display().to_string())
                .render(ctx.lang)
        );
        Ok(())
    }

    fn ctx_db(ctx: &Context) -> &std::path::Path {
        ctx.db.as_deref().unwrap_or(std::path::Path::new(""))
    }

    /// The server as a message names it: no password.
    fn server_name(ctx: &Context) -> String {
        jalga_core::store::pg::server_label(&ctx_db(ctx).display().to_string())
    }
}
