//! The change log: who changed what and when, written in the same
//! transaction as the change itself, and hash-chained so that editing,
//! inserting or removing a row is detected by [`verify`].
//!
//! Each row's hash is SHA-256 over the previous row's hash and the row's
//! canonical form (a JSON array of its fields). The record key enters the
//! hash only through a salted digest, so that forgetting a person can
//! blank the key and salt of their rows and the chain still verifies.
//! Summaries never hold personal data: they name the kind of record and
//! counts, never names or identity numbers.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::{Entity, Store};
use crate::error::CoreError;

/// The `prev_hash` of the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One row of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LogEntry {
    #[ts(type = "number")]
    pub seq: i64,
    /// UTC, RFC 3339.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    /// The record's key; empty once the person it concerns was forgotten.
    pub entity_id: String,
    pub summary: String,
    pub hash: String,
}

/// What a write adds to the log.
pub struct NewEntry<'a> {
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub summary: String,
}

impl<'a> NewEntry<'a> {
    pub fn saved<T: Entity>(key: &'a str) -> Self {
        NewEntry {
            action: "save",
            entity: T::TABLE,
            entity_id: key,
            summary: format!("{} saved", T::TABLE),
        }
    }
}

/// Appends a session's rows; does nothing on a schema without the log.
#[derive(Debug, Clone)]
pub(crate) struct Writer {
    pub actor: String,
    pub enabled: bool,
}

impl Writer {
    pub(crate) fn append(&self, conn: &Connection, e: NewEntry<'_>) -> rusqlite::Result<()> {
        if self.enabled {
            append(conn, &self.actor, e)?;
        }
        Ok(())
    }
}

/// The log's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LogVerdict {
    #[ts(type = "number")]
    pub entries: u64,
    /// The first row whose hash, link or key digest does not hold.
    #[ts(type = "number | null")]
    pub first_broken: Option<i64>,
}

pub(crate) fn present(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log')",
        [],
        |r| r.get(0),
    )
}

/// The operating-system user, or `JALGA_ACTOR` if set.
pub fn default_actor() -> String {
    ["JALGA_ACTOR", "USER", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "unknown".to_owned())
}

fn hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

pub(crate) fn key_digest(salt: &str, entity_id: &str) -> String {
    hex(&Sha256::new()
        .chain_update(salt)
        .chain_update([0u8])
        .chain_update(entity_id)
        .finalize())
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn row_hash(
    prev: &str,
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    entity: &str,
    digest: &str,
    summary: &str,
) -> String {
    let canonical = serde_json::json!([seq, at, actor, action, entity, digest, summary]);
    hex(&Sha256::new()
        .chain_update(prev)
        .chain_update(b"\n")
        .chain_update(canonical.to_string())
        .finalize())
}

/// Appends one row; call inside the write's transaction.
fn append(conn: &Connection, actor: &str, e: NewEntry<'_>) -> rusqlite::Result<()> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = last.map_or((1, GENESIS.to_owned()), |(s, h)| (s + 1, h));
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let salt: String = conn
        .prepare_cached("SELECT lower(hex(randomblob(16)))")?
        .query_row([], |r| r.get(0))?;
    let digest = key_digest(&salt, e.entity_id);
    let hash = row_hash(
        &prev, seq, &at, actor, e.action, e.entity, &digest, &e.summary,
    );
    conn.prepare_cached(
        "INSERT INTO change_log (seq, at, actor, action, entity, entity_id, entity_salt, \
         entity_digest, summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        seq, at, actor, e.action, e.entity, e.entity_id, salt, digest, e.summary, prev, hash
    ])?;
    Ok(())
}

/// Blanks the key (and its salt) of every row about `entity`/`entity_id`;
/// the chain still verifies.
pub(crate) fn redact(conn: &Connection, entity: &str, entity_id: &str) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "UPDATE change_log SET entity_id = '', entity_salt = '' WHERE entity = ?1 AND entity_id = ?2",
    )?
    .execute([entity, entity_id])
}

/// The last `limit` rows, newest first.
pub fn list(store: &Store, limit: u32) -> Result<Vec<LogEntry>, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return crate::pg::log_list(&mut server, limit);
    }
    let conn = store.conn();
    let mut stmt = conn
        .prepare(
            "SELECT seq, at, actor, action, entity, entity_id, summary, hash FROM change_log \
             ORDER BY seq DESC LIMIT ?1",
        )
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map([limit], |r| {
            Ok(LogEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                entity_id: r.get(5)?,
                summary: r.get(6)?,
                hash: r.get(7)?,
            })
        })
        .map_err(|e| store.err(e))?;
    rows.collect::<Result<_, _>>().map_err(|e| store.err(e))
}

/// Walks the chain from the first row: each row must follow the previous
/// one's seq and hash, hash to its stored hash, and (unless redacted) have
/// a key matching its digest.
pub fn verify(store: &Store) -> Result<LogVerdict, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return crate::pg::log_verify(&mut server);
    }
    let conn = store.conn();
    let mut stmt = conn
        .prepare(
            "SELECT seq, at, actor, action, entity, entity_id, entity_salt, entity_digest, \
             summary, prev_hash, hash FROM change_log ORDER BY seq",
        )
        .map_err(|e| store.err(e))?;
    let mut rows = stmt.query([]).map_err(|e| store.err(e))?;
    let (mut expected_seq, mut prev) = (1i64, GENESIS.to_owned());
    let mut entries = 0u64;
    while let Some(r) = rows.next().map_err(|e| store.err(e))? {
        let get = |i| r.get::<_, String>(i);
        let seq: i64 = r.get(0).map_err(|e| store.err(e))?;
        let fields = (|| {
            Ok::<_, rusqlite::Error>((
                get(1)?,
                get(2)?,
                get(3)?,
                get(4)?,
                get(5)?,
                get(6)?,
                get(7)?,
                get(8)?,
                get(9)?,
                get(10)?,
            ))
        })();
        entries += 1;
        let Ok((at, actor, action, entity, id, salt, digest, summary, prev_hash, hash)) = fields
        else {
            return Ok(LogVerdict {
                entries,
                first_broken: Some(seq),
            });
        };
        let key_ok = (id.is_empty() && salt.is_empty()) || key_digest(&salt, &id) == digest;
        let ok = seq == expected_seq
            && prev_hash == prev
            && key_ok
            && row_hash(&prev, seq, &at, &actor, &action, &entity, &digest, &summary) == hash;
        if !ok {
            return Ok(LogVerdict {
                entries,
                first_broken: Some(seq),
            });
        }
        expected_seq = seq + 1;
        prev = hash;
    }
    Ok(LogVerdict {
        entries,
        first_broken: None,
    })
}
