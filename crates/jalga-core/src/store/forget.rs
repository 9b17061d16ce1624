//! "Forget this person": removes a person's personal data everywhere, in
//! one transaction, keeping only what the law still requires.
//!
//! What is kept: that a dwelling had a registration (or a foreigner's
//! arrival notice) of some kind, status and dates, under a random tombstone
//! id in `forgotten_fact` that leads back to no one. What goes: the person
//! record (names, IIN, documents, birth date), their occupancies, their
//! registrations and notices as records about them, and their keys in the
//! change log. A person who is a party to a lease or the host on someone
//! else's arrival notice is not forgotten: those documents name them and
//! must be kept for their retention period; the refusal lists them.

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::change_log::NewEntry;
use super::Store;
use crate::error::CoreError;

/// What forgetting did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ForgetReport {
    pub tombstone_id: String,
    #[ts(type = "number")]
    pub registrations_kept: u64,
    #[ts(type = "number")]
    pub notices_kept: u64,
    #[ts(type = "number")]
    pub occupancies_removed: u64,
}

fn ids(conn: &Connection, sql: &str, id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

/// Forgets the person `person_id`; see the module documentation.
pub fn forget_person(store: &mut Store, person_id: &str) -> Result<ForgetReport, CoreError> {
    let log = store.log_writer();
    let path = store.path().to_owned();
    let err = |e| CoreError::store(&path, e);
    let tx = store.transaction()?;
    if !super::exists::<crate::domain::Person>(&tx, person_id).map_err(err)? {
        return Err(CoreError::NotFound {
            kind: "person".into(),
            id: person_id.into(),
        });
    }
    let mut kept_documents = ids(
        &tx,
        "SELECT id FROM lease WHERE landlord_id = ?1 OR tenant_id = ?1 ORDER BY id",
        person_id,
    )
    .map_err(err)?;
    kept_documents.extend(
        ids(
            &tx,
            "SELECT id FROM foreigner_notice WHERE host_id = ?1 AND person_id <> ?1 ORDER BY id",
            person_id,
        )
        .map_err(err)?,
    );
    if !kept_documents.is_empty() {
        return Err(CoreError::ForgetBlocked {
            id: person_id.into(),
            documents: kept_documents.join(", "),
        });
    }
    let tombstone: String = tx
        .query_row("SELECT 't-' || lower(hex(randomblob(8)))", [], |r| r.get(0))
        .map_err(err)?;
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let registrations = tx
        .execute(
            "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, lease_id, \
             kind, status, date_from, date_to) SELECT ?1, ?2, 'registration', property_id, \
             lease_id, kind, status, date_from, date_to FROM registration WHERE person_id = ?3",
            params![tombstone, at, person_id],
        )
        .map_err(err)? as u64;
    let notices = tx
        .execute(
            "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, lease_id, \
             kind, status, date_from, date_to) SELECT ?1, ?2, 'foreigner-notice', property_id, \
             NULL, NULL, status, arrival_date, NULL FROM foreigner_notice WHERE person_id = ?3",
            params![tombstone, at, person_id],
        )
        .map_err(err)? as u64;
    // The change log keeps that records changed, not whose they were.
    let redact = |entity: &str, sql: &str| -> rusqlite::Result<()> {
        for key in ids(&tx, sql, person_id)? {
            super::change_log::redact(&tx, entity, &key)?;
        }
        Ok(())
    };
    redact(
        "registration",
        "SELECT id FROM registration WHERE person_id = ?1",
    )
    .map_err(err)?;
    redact(
        "foreigner_notice",
        "SELECT id FROM foreigner_notice WHERE person_id = ?1",
    )
    .map_err(err)?;
    redact(
        "occupant",
        "SELECT lease_id || '/' || person_id FROM occupant WHERE person_id = ?1",
    )
    .map_err(err)?;
    super::change_log::redact(&tx, "person", person_id).map_err(err)?;
    let occupancies = tx
        .execute("DELETE FROM occupant WHERE person_id = ?1", [person_id])
        .map_err(err)? as u64;
    tx.execute("DELETE FROM registration WHERE person_id = ?1", [person_id])
        .map_err(err)?;
    tx.execute(
        "DELETE FROM foreigner_notice WHERE person_id = ?1",
        [person_id],
    )
    .map_err(err)?;
    tx.execute("DELETE FROM person WHERE id = ?1", [person_id])
        .map_err(err)?;
    log.append(
        &tx,
        NewEntry {
            action: "forget",
            entity: "person",
            entity_id: &tombstone,
            summary: format!(
                "person forgotten: {registrations} registration(s) and {notices} notice(s) kept as facts, {occupancies} occupancy(ies) removed"
            ),
        },
    )
    .map_err(err)?;
    tx.commit().map_err(err)?;
    Ok(ForgetReport {
        tombstone_id: tombstone,
        registrations_kept: registrations,
        notices_kept: notices,
        occupancies_removed: occupancies,
    })
}
