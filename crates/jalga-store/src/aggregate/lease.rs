//! A lease's occupants and its readiness as the app recorded it.

use crate::own::Sql;
use crate::{CoreError, Store, Unit};
use chrono::NaiveDateTime;

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
        self.run(
            Sql::both("DELETE FROM occupant WHERE lease_id = :lease"),
            &[(":lease", lease_id.into())],
        )
        .map(drop)
    }

    /// Records a lease's readiness (the caller logs it).
    pub fn put_lease_state(&self, lease_id: &str, row: &LeaseStateRow) -> Result<(), CoreError> {
        let at = row.override_at.map(|t| t.format(AT).to_string());
        self.run(
            Sql::both(
                "INSERT INTO lease_state (lease_id, state, norm_verdict, override_by, override_at, override_reason)
                 VALUES (:lease, :state, :verdict, :by, :at, :reason)
                 ON CONFLICT (lease_id) DO UPDATE SET state = excluded.state,
                   norm_verdict = excluded.norm_verdict, override_by = excluded.override_by,
                   override_at = excluded.override_at, override_reason = excluded.override_reason",
            ),
            &[
                (":lease", lease_id.into()),
                (":state", row.state.as_str().into()),
                (":verdict", row.norm_verdict.as_str().into()),
                (":by", row.override_by.as_deref().into()),
                (":at", at.as_deref().into()),
                (":reason", row.override_reason.as_deref().into()),
            ],
        )
        .map(drop)
    }
}

impl Store {
    /// The readiness the app recorded for a lease, if any.
    pub fn lease_state(&self, lease_id: &str) -> Result<Option<LeaseStateRow>, CoreError> {
        self.first(
            Sql::both(
                "SELECT state, norm_verdict, override_by, override_at, override_reason
                 FROM lease_state WHERE lease_id = :lease",
            ),
            &[(":lease", lease_id.into())],
            |r| {
                Ok(LeaseStateRow {
                    state: r.get(0)?,
                    norm_verdict: r.get(1)?,
                    override_by: r.get(2)?,
                    override_at: r
                        .opt_text(3)?
                        .and_then(|t| NaiveDateTime::parse_from_str(t, AT).ok()),
                    override_reason: r.get(4)?,
                })
            },
        )
    }
}
