//! The leases list: search over the lease id and the dwelling's and the
//! tenant's folded search texts, newest first.

use rusqlite::params;

use super::contains_pattern;
use crate::{CoreError, Store};

/// One line of the leases list as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseListRow {
    pub id: String,
    pub city: String,
    pub street: String,
    pub building: String,
    pub flat: Option<String>,
    /// Surname and given name.
    pub tenant: String,
    /// `YYYY-MM-DD`.
    pub start_date: String,
    pub end_date: Option<String>,
    /// Whether any occupant is a foreigner.
    pub has_foreigner: bool,
}

impl Store {
    /// Leases whose id, address or tenant contains `query` in any case and
    /// script, newest first, at most `limit` (up to 2000).
    pub fn leases_list(&self, query: &str, limit: u32) -> Result<Vec<LeaseListRow>, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.leases_list(query, limit);
        }
        let pattern = contains_pattern(query);
        self.conn()
            .prepare_cached(
                "SELECT l.id, p.city, p.street, p.building, p.flat,
                        t.surname || ' ' || t.given_name, l.start_date, l.end_date,
                        EXISTS (SELECT 1 FROM occupant o JOIN person f ON f.id = o.person_id
                                WHERE o.lease_id = l.id AND f.kind = 'foreigner')
                 FROM lease l JOIN property p ON p.id = l.property_id JOIN person t ON t.id = l.tenant_id
                 WHERE l.archived_at IS NULL
                   AND (l.id LIKE ?1 ESCAPE '\\'
                    OR coalesce(p.search, '') LIKE ?1 ESCAPE '\\'
                    OR coalesce(t.search, '') LIKE ?1 ESCAPE '\\')
                 ORDER BY l.start_date DESC, l.id LIMIT ?2",
            )
            .and_then(|mut s| {
                s.query_map(params![pattern, limit.min(2000)], |r| {
                    Ok(LeaseListRow {
                        id: r.get(0)?,
                        city: r.get(1)?,
                        street: r.get(2)?,
                        building: r.get(3)?,
                        flat: r.get(4)?,
                        tenant: r.get(5)?,
                        start_date: r.get(6)?,
                        end_date: r.get(7)?,
                        has_foreigner: r.get(8)?,
                    })
                })?
                .collect()
            })
            .map_err(|e| self.err(e))
    }
}
