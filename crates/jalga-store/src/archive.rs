//! Archiving and deleting a record (`0009-archive.sql`), inside a [`Unit`]
//! so that each is one logged transaction. Which records may be deleted,
//! and what a deletion takes with it, is the caller's rule
//! (`jalga_core::landlord::archive`); these are the writes it makes.

use crate::change_log::NewEntry;
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
        let sql = format!(
            "UPDATE {} SET archived_at = ?2 WHERE {} = ?1",
            T::TABLE,
            T::COLUMNS[0]
        );
        let n = self
            .tx
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute(rusqlite::params![id, at]))
            .map_err(|e| self.err(e))?;
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
            "SELECT archived_at FROM {} WHERE {} = ?1",
            T::TABLE,
            T::COLUMNS[0]
        );
        use rusqlite::OptionalExtension;
        self.tx
            .prepare_cached(&sql)
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .map(Option::flatten)
            .map_err(|e| self.err(e))
    }

    /// Deletes the records of `T` whose `column` (one of `T::COLUMNS`) is
    /// `value`, each logged as "delete"; how many.
    pub fn delete_where<T: Entity>(&self, column: &str, value: &str) -> Result<u64, CoreError> {
        let keys: Vec<T> =
            crate::repo::list_where(&self.tx, column, value).map_err(|e| self.err(e))?;
        let sql = format!("DELETE FROM {} WHERE {column} = ?1", T::TABLE);
        let n = self
            .tx
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute([value]))
            .map_err(|e| self.err(e))?;
        for r in &keys {
            self.log(NewEntry {
                action: "delete",
                entity: T::TABLE,
                entity_id: &r.key(),
                summary: format!("delete {} {}", T::TABLE, r.key()),
            })?;
        }
        Ok(n as u64)
    }

    /// Deletes a lease's `lease_state` row (the lease itself is deleted
    /// with [`Unit::delete_where`]).
    pub fn delete_lease_state(&self, lease_id: &str) -> Result<(), CoreError> {
        self.tx
            .execute("DELETE FROM lease_state WHERE lease_id = ?1", [lease_id])
            .map(drop)
            .map_err(|e| self.err(e))
    }
}
