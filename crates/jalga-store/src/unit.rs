//! The one way to write: a unit of work over one transaction.
//!
//! [`Store::write`] opens it; every record goes through [`Unit::save`]
//! (upserted and logged one by one: a screen's save) or [`Unit::put`]
//! (upserted and counted: an import or a generator, logged as one row per
//! kind when the unit commits). Dropping a unit without [`Unit::commit`]
//! rolls everything back. No caller outside this crate sees the
//! transaction, so every write is in one transaction and in the change log.

use std::path::PathBuf;

use rusqlite::Transaction;

use crate::change_log::{self, NewEntry};
use crate::{db_error, repo, CoreError, Entity, Store};

/// An open write; see the module documentation.
pub struct Unit<'s> {
    pub(crate) tx: Transaction<'s>,
    pub(crate) path: PathBuf,
    log: change_log::Writer,
    /// The bulk action `put` counts under, and the counts per table in the
    /// order first written.
    action: &'static str,
    counts: Vec<(&'static str, u64)>,
    /// On an office server, the server's unit; `tx` is then the detached
    /// in-memory database's and holds nothing.
    #[cfg(feature = "postgres")]
    pub(crate) server: Option<std::cell::RefCell<crate::pg::PgUnit<'s>>>,
}

impl Store {
    /// A unit of work whose `put`s are logged as `action` (e.g. "import").
    pub fn write(&mut self, action: &'static str) -> Result<Unit<'_>, CoreError> {
        let path = self.path().to_owned();
        #[cfg(feature = "postgres")]
        if matches!(self.db, crate::Backend::Postgres { .. }) {
            return self.write_on_server(action, path);
        }
        let log = self.log_writer();
        let tx = self
            .conn_mut()
            .transaction()
            .map_err(|e| db_error(&path, e))?;
        Ok(Unit {
            tx,
            path,
            log,
            action,
            counts: Vec::new(),
            #[cfg(feature = "postgres")]
            server: None,
        })
    }
}

impl Store {
    /// Runs `work` in a unit opened from a shared borrow (a write made
    /// while a screen reads, such as recording an issued document) and
    /// commits it; an error rolls it back.
    pub(crate) fn write_shared(
        &self,
        action: &'static str,
        work: impl FnOnce(&Unit<'_>) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        let path = self.path().to_owned();
        #[cfg(feature = "postgres")]
        if let crate::Backend::Postgres { server, detached } = &self.db {
            let mut server = server.borrow_mut();
            let tx = detached
                .unchecked_transaction()
                .map_err(|e| db_error(&path, e))?;
            let unit = Unit::serving(tx, path, action, server.write(action)?);
            work(&unit)?;
            return unit.commit();
        }
        let unit = Unit {
            tx: self
                .conn()
                .unchecked_transaction()
                .map_err(|e| db_error(&path, e))?,
            path,
            log: self.log_writer(),
            action,
            counts: Vec::new(),
            #[cfg(feature = "postgres")]
            server: None,
        };
        work(&unit)?;
        unit.commit()
    }
}

impl Store {
    /// A unit on the office server (see [`crate::pg`]).
    #[cfg(feature = "postgres")]
    fn write_on_server(
        &mut self,
        action: &'static str,
        path: PathBuf,
    ) -> Result<Unit<'_>, CoreError> {
        match &mut self.db {
            crate::Backend::Postgres { server, detached } => {
                let server = server.get_mut().write(action)?;
                let tx = detached.transaction().map_err(|e| db_error(&path, e))?;
                Ok(Unit::serving(tx, path, action, server))
            }
            crate::Backend::Sqlite(_) => Err(crate::CoreError::Store {
                path: path.display().to_string(),
                source: crate::DbFailure::new(false, std::io::Error::other("not an office server")),
            }),
        }
    }
}

impl<'s> Unit<'s> {
    /// A unit whose writes are the server's `server` unit; `tx` is the
    /// detached in-memory database's and holds nothing.
    #[cfg(feature = "postgres")]
    fn serving(
        tx: Transaction<'s>,
        path: PathBuf,
        action: &'static str,
        server: crate::pg::PgUnit<'s>,
    ) -> Unit<'s> {
        Unit {
            tx,
            path,
            log: change_log::Writer {
                actor: String::new(),
                enabled: false,
            },
            action,
            counts: Vec::new(),
            server: Some(std::cell::RefCell::new(server)),
        }
    }
}

impl Unit<'_> {
    pub(crate) fn err(&self, e: rusqlite::Error) -> CoreError {
        db_error(&self.path, e)
    }

    /// Upserts `r` and logs it: how a save from a screen writes.
    pub fn save<T: Entity + 'static>(&self, r: &T) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().save(r);
        }
        crate::save_logged(&self.tx, &self.log, r).map_err(|e| self.err(e))
    }

    /// Upserts `r`, counted for the one log row of its kind at commit.
    pub fn put<T: Entity + 'static>(&mut self, r: &T) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().put(r);
        }
        repo::upsert(&self.tx, r).map_err(|e| self.err(e))?;
        match self.counts.iter_mut().find(|(t, _)| *t == T::TABLE) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((T::TABLE, 1)),
        }
        Ok(())
    }

    /// Inserts `r` unless a record with its key exists; not logged (the
    /// record it refers to is what the caller logs).
    pub fn insert_if_absent<T: Entity + 'static>(&self, r: &T) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().insert_if_absent(r);
        }
        repo::insert_if_absent(&self.tx, r).map_err(|e| self.err(e))
    }

    /// Whether a record of `T` with `id` exists, as this unit sees it.
    pub fn exists<T: Entity>(&self, id: &str) -> Result<bool, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().exists::<T>(id);
        }
        repo::exists::<T>(&self.tx, id).map_err(|e| self.err(e))
    }

    /// Whether this unit writes on an office server.
    pub(crate) fn on_server(&self) -> bool {
        #[cfg(feature = "postgres")]
        if self.server.is_some() {
            return true;
        }
        false
    }

    /// A bulk load's record on an office server, as a line of `COPY`'s
    /// text format: upserted (`replace`) or inserted if absent.
    pub(crate) fn write_line<T: Entity + 'static>(
        &self,
        line: &[u8],
        replace: bool,
    ) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().write_line::<T>(line, replace);
        }
        let _ = (line, replace);
        unreachable!("write_line is for a unit on an office server")
    }

    /// Counts `n` records of `table` for the one log row of its kind.
    pub(crate) fn counted(&mut self, table: &'static str, n: u64) {
        match self.counts.iter_mut().find(|(t, _)| *t == table) {
            Some((_, c)) => *c += n,
            None => self.counts.push((table, n)),
        }
    }

    /// Appends one row to the change log.
    pub fn log(&self, e: NewEntry<'_>) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().log(e);
        }
        self.log.append(&self.tx, e).map_err(|e| self.err(e))
    }

    /// Logs the `put`s and makes the unit durable.
    pub fn commit(self) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = self.server {
            return server.into_inner().commit();
        }
        for (table, count) in &self.counts {
            self.log(NewEntry {
                action: self.action,
                entity: table,
                entity_id: "",
                summary: format!("{count} {table} {}", self.action),
            })?;
        }
        let path = self.path;
        self.tx.commit().map_err(|e| db_error(&path, e))
    }
}
