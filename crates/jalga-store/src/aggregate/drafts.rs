//! Forms typed but not saved yet, kept as JSON under a key. A draft's text
//! may name people, so the change log says only which key was kept.

use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};

use crate::change_log::NewEntry;
use crate::{CoreError, Store};

impl Store {
    /// Keeps `json` under `key`, replacing what was there.
    pub fn save_draft(
        &mut self,
        key: &str,
        json: &str,
        now: NaiveDateTime,
    ) -> Result<(), CoreError> {
        let unit = self.write("save")?;
        unit.tx
            .execute(
                "INSERT INTO form_draft (key, json, saved_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
                params![key, json, now.format("%Y-%m-%dT%H:%M:%S").to_string()],
            )
            .map_err(|e| unit.err(e))?;
        unit.log(NewEntry {
            action: "save",
            entity: "form_draft",
            entity_id: key,
            summary: "form_draft saved".into(),
        })?;
        unit.commit()
    }

    /// The draft kept under `key`, if any.
    pub fn draft(&self, key: &str) -> Result<Option<String>, CoreError> {
        self.conn()
            .query_row("SELECT json FROM form_draft WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Forgets the draft under `key`.
    pub fn delete_draft(&mut self, key: &str) -> Result<(), CoreError> {
        let unit = self.write("delete")?;
        let n = unit
            .tx
            .execute("DELETE FROM form_draft WHERE key = ?1", [key])
            .map_err(|e| unit.err(e))?;
        if n > 0 {
            unit.log(NewEntry {
                action: "delete",
                entity: "form_draft",
                entity_id: key,
                summary: "form_draft deleted".into(),
            })?;
        }
        unit.commit()
    }
}
