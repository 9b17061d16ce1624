//! Archiving and deleting a record (`0009-archive.sql`), inside a [`Unit`]
//! so that each is one logged transaction. Which records may be deleted,
//! and what a deletion takes with it, is the caller's rule
//! (`jalga_core::landlord::archive`); these are the writes it makes.

use serde::de::DeserializeOwned;

use crate::change_log::NewEntry;
use crate::own::Sql;
use crate::{CoreError, Entity, Unit};

/// The tables that have an `archived_at` column.
const ARCHIVABLE: &[&str] = &["property", "person", "lease"];

fn archivable<T: Entity>() -> Result<(), CoreError> {
    if ARCHIVABLE.contains(&T::TABLE) {
        Ok(())
    } else {
        Err(CoreError::Invalid {
            field: "kind".into(),
            message: jalga_domain::i18n::Message::new("error-not-found")
                .arg("kind", T::TABLE)
                .arg("id", ""),
        })
    }
}

impl Unit<'_> {
    /// Archives the record `id` of `T` at `at` (`None`: brings it back),
    /// logged as "archive" or "unarchive". False when there is no such
    /// record.
    pub fn set_archived<T: Entity>(&self, id: &str, at: Option<&str>) -> Result<bool, CoreError> {
        archivable::<T>()?;
        let (table, key) = (T::TABLE, T::COLUMNS[0]);
        let sqlite = format!("UPDATE {table} SET archived_at = :at WHERE {key} = :id");
        // The server's column is a `timestamp`; the text is sent as text.
        let postgres = format!("UPDATE {table} SET archived_at = :at::timestamp WHERE {key} = :id");
        let n = self.run(
            Sql::each(&sqlite, &postgres),
            &[(":id", id.into()), (":at", at.into())],
        )?;
        if n == 0 {
            return Ok(false);
        }
        let action = if at.is_some() { "archive" } else { "unarchive" };
        self.log(NewEntry {
            action,
            entity: T::TABLE,
            entity_id: id,
            summary: format!("{action} {} {id}", T::TABLE),
        })?;
        Ok(true)
    }

    /// When the record `id` of `T` was archived; `None` when it is not.
    pub fn archived_at<T: Entity>(&self, id: &str) -> Result<Option<String>, CoreError> {
        archivable::<T>()?;
        let sql = format!(
            "SELECT archived_at FROM {} WHERE {} = :id",
            T::TABLE,
            T::COLUMNS[0]
        );
        self.first(Sql::both(&sql), &[(":id", id.into())], |r| {
            r.get::<Option<String>>(0)
        })
        .map(Option::flatten)
    }

    /// Deletes the records of `T` whose `column` (one of `T::COLUMNS`) is
    /// `value`, each logged as "delete"; how many.
    pub fn delete_where<T: Entity + DeserializeOwned>(
        &self,
        column: &str,
        value: &str,
    ) -> Result<u64, CoreError> {
        let keys: Vec<T> = self.list_where(column, value)?;
        // `column` is one of `T::COLUMNS` (the listing refuses another).
        let sql = format!("DELETE FROM {} WHERE {column} = :value", T::TABLE);
        let n = self.run(Sql::both(&sql), &[(":value", value.into())])?;
        for r in &keys {
            self.log(NewEntry {
                action: "delete",
                entity: T::TABLE,
                entity_id: &r.key(),
                summary: format!("delete {} {}", T::TABLE, r.key()),
            })?;
        }
        Ok(n)
    }

    /// The records of `T` whose `column` is `value`, as this unit sees them.
    fn list_where<T: Entity + DeserializeOwned>(
        &self,
        column: &str,
        value: &str,
    ) -> Result<Vec<T>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(server) = &self.server {
            return server.borrow_mut().list_where(column, value);
        }
        crate::repo::list_where(&self.tx, column, value).map_err(|e| self.err(e))
    }

    /// Deletes a lease's `lease_state` row (the lease itself is deleted
    /// with [`Unit::delete_where`]).
    pub fn delete_lease_state(&self, lease_id: &str) -> Result<(), CoreError> {
        self.run(
            Sql::both("DELETE FROM lease_state WHERE lease_id = :lease"),
            &[(":lease", lease_id.into())],
        )
        .map(drop)
    }
}
