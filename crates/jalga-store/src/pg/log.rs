//! The change log on the office server: the same rows, hashes and verdict
//! as [`crate::change_log`] on SQLite (the hash functions are that
//! module's), read from the server.

use super::PgStore;
use crate::change_log::{key_digest, row_hash, LogEntry, LogVerdict, GENESIS};
use crate::CoreError;

/// The last `limit` rows, newest first.
pub fn list(store: &mut PgStore, limit: u32) -> Result<Vec<LogEntry>, CoreError> {
    let rows = store
        .client()
        .query(
            "SELECT seq, at, actor, action, entity, entity_id, summary, hash FROM change_log \
             ORDER BY seq DESC LIMIT $1",
            &[&i64::from(limit)],
        )
        .map_err(|e| store.err(e))?;
    Ok(rows
        .iter()
        .map(|r| LogEntry {
            seq: r.get(0),
            at: r.get(1),
            actor: r.get(2),
            action: r.get(3),
            entity: r.get(4),
            entity_id: r.get(5),
            summary: r.get(6),
            hash: r.get(7),
        })
        .collect())
}

/// Walks the chain from the first row, as [`crate::change_log::verify`]
/// does; the head row must name the last row too.
pub fn verify(store: &mut PgStore) -> Result<LogVerdict, CoreError> {
    let rows = store
        .client()
        .query(
            "SELECT seq, at, actor, action, entity, entity_id, entity_salt, entity_digest, \
             summary, prev_hash, hash FROM change_log ORDER BY seq",
            &[],
        )
        .map_err(|e| store.err(e))?;
    let (mut expected_seq, mut prev) = (1i64, GENESIS.to_owned());
    let mut entries = 0u64;
    for r in &rows {
        let seq: i64 = r.get(0);
        let text = |i| r.get::<_, String>(i);
        let (at, actor, action, entity) = (text(1), text(2), text(3), text(4));
        let (id, salt, digest, summary) = (text(5), text(6), text(7), text(8));
        let (prev_hash, hash) = (text(9), text(10));
        entries += 1;
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
    // The head is where the next writer chains on: it must be the last row.
    let head = store
        .client()
        .query_one("SELECT seq, hash FROM change_log_head", &[])
        .map_err(|e| store.err(e))?;
    let (head_seq, head_hash): (i64, String) = (head.get(0), head.get(1));
    if head_seq != expected_seq - 1 || head_hash != prev {
        return Ok(LogVerdict {
            entries,
            first_broken: Some(expected_seq),
        });
    }
    Ok(LogVerdict {
        entries,
        first_broken: None,
    })
}
