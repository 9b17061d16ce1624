//! What still refers to a dwelling, a person or a lease: the counts a
//! deletion is refused with.

use rusqlite::params;

use crate::{CoreError, Store};

/// How many records of each kind refer to one record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferenceCounts {
    pub leases: u32,
    /// Occupancies of someone else's lease (a party of a lease is counted
    /// among the leases).
    pub occupancies: u32,
    pub registrations: u32,
    pub notices: u32,
    pub documents: u32,
}

impl Store {
    fn count_referring(&self, sql: &str, id: &str) -> Result<u32, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.count_referring(sql, id);
        }
        self.conn()
            .prepare_cached(sql)
            .and_then(|mut s| s.query_row(params![id], |r| r.get::<_, u32>(0)))
            .map_err(|e| self.err(e))
    }

    /// The leases, registrations and arrival notices of dwelling `id`.
    pub fn dwelling_references(&self, id: &str) -> Result<ReferenceCounts, CoreError> {
        Ok(ReferenceCounts {
            leases: self
                .count_referring("SELECT COUNT(*) FROM lease WHERE property_id = ?1", id)?,
            registrations: self.count_referring(
                "SELECT COUNT(*) FROM registration WHERE property_id = ?1",
                id,
            )?,
            notices: self.count_referring(
                "SELECT COUNT(*) FROM foreigner_notice WHERE property_id = ?1",
                id,
            )?,
            ..ReferenceCounts::default()
        })
    }

    /// The leases person `id` is a party to, the others' leases they live
    /// on, their registrations and the arrival notices naming them.
    pub fn person_references(&self, id: &str) -> Result<ReferenceCounts, CoreError> {
        Ok(ReferenceCounts {
            leases: self.count_referring(
                "SELECT COUNT(*) FROM lease WHERE landlord_id = ?1 OR tenant_id = ?1",
                id,
            )?,
            occupancies: self.count_referring(
                "SELECT COUNT(*) FROM occupant o JOIN lease l ON l.id = o.lease_id
                 WHERE o.person_id = ?1 AND l.tenant_id <> ?1 AND l.landlord_id <> ?1",
                id,
            )?,
            registrations: self
                .count_referring("SELECT COUNT(*) FROM registration WHERE person_id = ?1", id)?,
            notices: self.count_referring(
                "SELECT COUNT(*) FROM foreigner_notice WHERE person_id = ?1 OR host_id = ?1",
                id,
            )?,
            ..ReferenceCounts::default()
        })
    }

    /// The registrations and issued documents of lease `id`.
    pub fn lease_references(&self, id: &str) -> Result<ReferenceCounts, CoreError> {
        Ok(ReferenceCounts {
            registrations: self
                .count_referring("SELECT COUNT(*) FROM registration WHERE lease_id = ?1", id)?,
            documents: self.count_referring(
                "SELECT COUNT(*) FROM issued_document WHERE subject_id = ?1",
                id,
            )?,
            ..ReferenceCounts::default()
        })
    }
}
