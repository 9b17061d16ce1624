//! Forms typed but not saved yet, kept as JSON under a key. A draft's text
//! may name people, so the change log says only which key was kept.

use crate::change_log::NewEntry;
use crate::own::Sql;
use crate::{CoreError, Store};
use chrono::NaiveDateTime;

impl Store {
    /// Keeps `json` under `key`, replacing what was there.
    pub fn save_draft(
        &mut self,
        key: &str,
        json: &str,
        now: NaiveDateTime,
    ) -> Result<(), CoreError> {
        let unit = self.write("save")?;
        let at = now.format("%Y-%m-%dT%H:%M:%S").to_string();
        unit.run(
            Sql::both(
                "INSERT INTO form_draft (key, json, saved_at) VALUES (:key, :json, :at)
                 ON CONFLICT (key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
            ),
            &[(":key", key.into()), (":json", json.into()), (":at", at.as_str().into())],
        )?;
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
        self.first(
            Sql::both("SELECT json FROM form_draft WHERE key = :key"),
            &[(":key", key.into())],
            |r| r.get(0),
        )
    }

    /// Forgets the draft under `key`.
    pub fn delete_draft(&mut self, key: &str) -> Result<(), CoreError> {
        let unit = self.write("delete")?;
        let n = unit.run(
            Sql::both("DELETE FROM form_draft WHERE key = :key"),
            &[(":key", key.into())],
        )?;
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
