//! The office server behind [`Store`]: [`Store::open_server`] gives a store
//! whose records, units of work, change log and forgetting are the
//! server's, so the core's import, export and the CLI use one API for a
//! file and a server. Methods without a server side yet answer with a
//! store error (their SQL meets an empty in-memory database), never with
//! data from anywhere else.

use std::cell::{RefCell, RefMut};
use std::path::PathBuf;

use rusqlite::Connection;

use super::PgStore;
use crate::{Backend, CoreError, OpenOptions, Store};

impl Store {
    /// Connects to the office server at `url` (`postgres://USER@HOST:PORT/DB`,
    /// the password in the URL or in `JALGA_PG_PASSWORD`) and migrates it.
    pub fn open_server(url: &str, options: &OpenOptions) -> Result<Store, CoreError> {
        Store::open_server_as(url, None, options)
    }

    /// [`Store::open_server`] with the password given at unlock (in memory
    /// only); a server that wants one when none is given, in the URL or in
    /// `JALGA_PG_PASSWORD` either, is [`CoreError::Locked`].
    pub fn open_server_as(
        url: &str,
        password: Option<&crate::Passphrase>,
        options: &OpenOptions,
    ) -> Result<Store, CoreError> {
        let server = PgStore::open_as(url, options, password)?;
        let name = server.name().to_owned();
        let detached =
            Connection::open_in_memory().map_err(|e| crate::db_error(name.as_ref(), e))?;
        Ok(Store {
            path: PathBuf::from(&name),
            key: None,
            actor: server.actor().to_owned(),
            logged: true,
            db: Backend::Postgres {
                server: Box::new(RefCell::new(server)),
                detached,
            },
        })
    }

    /// Sets up an office server's roles (`jalga_clerk` reads and writes,
    /// `jalga_supervisor` reads) and per-district row-level security; see
    /// `assets/sql/postgres/roles/roles.sql`. A file has no roles: refused.
    pub fn install_roles(&mut self) -> Result<(), CoreError> {
        let path = self.path().display().to_string();
        match self.server_mut() {
            Some(server) => super::schema::install_roles(server.client(), &path),
            None => Err(CoreError::Store {
                path,
                source: crate::DbFailure::new(
                    false,
                    std::io::Error::other("roles are an office server's, not a file's"),
                ),
            }),
        }
    }

    /// The server, when this store is on one.
    pub(crate) fn server(&self) -> Option<RefMut<'_, PgStore>> {
        match &self.db {
            Backend::Postgres { server, .. } => Some(server.borrow_mut()),
            Backend::Sqlite(_) => None,
        }
    }

    pub(crate) fn server_mut(&mut self) -> Option<&mut PgStore> {
        match &mut self.db {
            Backend::Postgres { server, .. } => Some(server.get_mut()),
            Backend::Sqlite(_) => None,
        }
    }
}
