//! A lease's occupants and its readiness as the app recorded it.

use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};

use crate::{CoreError, Store, Unit};

/// The `lease_state` row: the app's readiness and norm verdict codes, and a
/// recorded norm override.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseStateRow {
    pub state: String,
    pub norm_verdict: String,
    pub override_by: Option<String>,
    pub override_at: Option<NaiveDateTime>,
    pub override_reason: Option<String>,
}

const AT: &str = "%Y-%m-%dT%H:%M:%S";

impl Unit<'_> {
    /// Forgets a lease's occupants (before its current ones are saved).
    pub fn clear_occupants(&self, lease_id: &str) -> Result<(), CoreError> {
        self.tx
            .execute("DELETE FROM occupant WHERE lease_id = ?1", [lease_id])
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Records a lease's readiness (the caller logs it).
    pub fn put_lease_state(&self, lease_id: &str, row: &LeaseStateRow) -> Result<(), CoreError> {
        self.tx
            .execute(
                "INSERT INTO lease_state (lease_id, state, norm_verdict, override_by, override_at, override_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (lease_id) DO UPDATE SET state = excluded.state,
                   norm_verdict = excluded.norm_verdict, override_by = excluded.override_by,
                   override_at = excluded.override_at, override_reason = excluded.override_reason",
                params![
                    lease_id,
                    row.state,
                    row.norm_verdict,
                    row.override_by,
                    row.override_at.map(|t| t.format(AT).to_string()),
                    row.override_reason,
                ],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }
}

impl Store {
    /// The readiness the app recorded for a lease, if any.
    pub fn lease_state(&self, lease_id: &str) -> Result<Option<LeaseStateRow>, CoreError> {
        self.conn()
            .query_row(
                "SELECT state, norm_verdict, override_by, override_at, override_reason
                 FROM lease_state WHERE lease_id = ?1",
                [lease_id],
                |r| {
                    Ok(LeaseStateRow {
                        state: r.get(0)?,
                        norm_verdict: r.get(1)?,
                        override_by: r.get(2)?,
                        override_at: r
                            .get::<_, Option<String>>(3)?
                            .and_then(|t| NaiveDateTime::parse_from_str(&t, AT).ok()),
                        override_reason: r.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}
