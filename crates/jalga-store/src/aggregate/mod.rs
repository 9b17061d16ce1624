//! The SQL of each aggregate beyond plain records (which the repository
//! writes from [`crate::Entity`]): a dwelling's owners, a lease's occupants
//! and readiness, the form drafts, the documents issued. Each operation is
//! one statement with bound parameters; writes run inside a [`crate::Unit`]
//! or their own logged transaction.

pub mod drafts;
pub mod issued;
pub mod lease;

use crate::CoreError;
use crate::Unit;

impl Unit<'_> {
    /// Forgets a dwelling's owners (before its current owners are saved).
    pub fn clear_owners(&self, property_id: &str) -> Result<(), CoreError> {
        self.run(
            crate::own::Sql::both("DELETE FROM owner WHERE property_id = :property"),
            &[(":property", property_id.into())],
        )
        .map(drop)
    }
}

impl crate::Store {
    /// Folds the write-ahead log into the file and refreshes the query
    /// planner's statistics: after a bulk write, before timing reads.
    pub fn checkpoint_and_analyze(&self) -> Result<(), CoreError> {
        self.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
            .map_err(|e| self.err(e))
    }
}
