//! The documents Jalga issued: the code printed on them, what they were
//! about and the exact data they printed.

use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};

use crate::change_log::NewEntry;
use crate::{db_error, CoreError, Store};

/// One `issued_document` row; `kind` and `language` are their codes,
/// `data` the canonical JSON of the envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedRow {
    pub code: String,
    pub kind: String,
    pub subject_id: String,
    pub language: String,
    pub data_hash: String,
    pub data: String,
    pub issued_at: NaiveDateTime,
}

impl Store {
    /// Records an issued document (replacing one with the same code) and
    /// logs it, in one transaction.
    pub fn record_issued(&self, row: &IssuedRow) -> Result<(), CoreError> {
        let err = |e| db_error(&self.path, e);
        // `&self`: issuing happens while a screen reads; SQLite still takes
        // the write lock for this transaction.
        let tx = self.conn().unchecked_transaction().map_err(err)?;
        tx.execute(
            "INSERT OR REPLACE INTO issued_document
             (code, kind, subject_id, language, data_hash, data, issued_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.code,
                row.kind,
                row.subject_id,
                row.language,
                row.data_hash,
                row.data,
                row.issued_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            ],
        )
        .map_err(err)?;
        self.log_writer()
            .append(
                &tx,
                NewEntry {
                    action: "issue",
                    entity: "issued_document",
                    entity_id: &row.code,
                    summary: format!("{} issued", row.kind),
                },
            )
            .map_err(err)?;
        tx.commit().map_err(err)
    }

    /// The subject and the data of the document issued with `code`.
    pub fn issued(&self, code: &str) -> Result<Option<(String, String)>, CoreError> {
        self.conn()
            .query_row(
                "SELECT subject_id, data FROM issued_document WHERE code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}
