//! The documents Jalga issued: the code printed on them, what they were
//! about and the exact data they printed.

use crate::change_log::NewEntry;
use crate::own::Sql;
use crate::{CoreError, Store};
use chrono::NaiveDateTime;

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
        // `&self`: issuing happens while a screen reads; the write still
        // takes the store's write lock for its transaction.
        self.write_shared("issue", |unit| {
            let at = row.issued_at.format("%Y-%m-%dT%H:%M:%S").to_string();
            unit.run(
                Sql::both(
                    "INSERT INTO issued_document
                     (code, kind, subject_id, language, data_hash, data, issued_at)
                     VALUES (:code, :kind, :subject, :lang, :hash, :data, :at)
                     ON CONFLICT (code) DO UPDATE SET kind = excluded.kind,
                       subject_id = excluded.subject_id, language = excluded.language,
                       data_hash = excluded.data_hash, data = excluded.data,
                       issued_at = excluded.issued_at",
                ),
                &[
                    (":code", row.code.as_str().into()),
                    (":kind", row.kind.as_str().into()),
                    (":subject", row.subject_id.as_str().into()),
                    (":lang", row.language.as_str().into()),
                    (":hash", row.data_hash.as_str().into()),
                    (":data", row.data.as_str().into()),
                    (":at", at.as_str().into()),
                ],
            )?;
            unit.log(NewEntry {
                action: "issue",
                entity: "issued_document",
                entity_id: &row.code,
                summary: format!("{} issued", row.kind),
            })
        })
    }

    /// The subject and the data of the document issued with `code`.
    pub fn issued(&self, code: &str) -> Result<Option<(String, String)>, CoreError> {
        self.first(
            Sql::both("SELECT subject_id, data FROM issued_document WHERE code = :code"),
            &[(":code", code.into())],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }
}
