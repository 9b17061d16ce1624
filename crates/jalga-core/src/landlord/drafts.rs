//! Forms typed but not saved yet (the lease wizard, a dwelling or person
//! being added), kept as JSON under a key so that closing the window loses
//! nothing.

use rusqlite::{params, OptionalExtension};

use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::Store;

/// The longest form draft kept, in bytes: far above any real form.
const MAX_DRAFT: usize = 256 * 1024;

fn check_key(key: &str) -> Result<(), CoreError> {
    crate::domain::validate::id(key).map_err(|_| CoreError::Invalid {
        field: "key".into(),
        message: Message::new("v-id").arg("max", crate::domain::validate::MAX_ID as u32),
    })
}

/// Keeps `json` under `key`, replacing what was there.
pub fn save_form(
    store: &mut Store,
    key: &str,
    json: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), CoreError> {
    check_key(key)?;
    if json.len() > MAX_DRAFT || serde_json::from_str::<serde_json::Value>(json).is_err() {
        return Err(CoreError::Invalid {
            field: "json".into(),
            message: Message::new("landlord-bad-draft"),
        });
    }
    let path = store.path().to_owned();
    let tx = store.transaction()?;
    tx.execute(
        "INSERT INTO form_draft (key, json, saved_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
        params![key, json, now.format("%Y-%m-%dT%H:%M:%S").to_string()],
    )
    .map_err(|e| crate::store::db_error(&path, e))?;
    tx.commit().map_err(|e| crate::store::db_error(&path, e))
}

/// The draft kept under `key`, if any.
pub fn load_form(store: &Store, key: &str) -> Result<Option<String>, CoreError> {
    check_key(key)?;
    store
        .conn()
        .query_row("SELECT json FROM form_draft WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| store.err(e))
}

/// Forgets the draft under `key` (after the form was saved or discarded).
pub fn delete_form(store: &mut Store, key: &str) -> Result<(), CoreError> {
    check_key(key)?;
    let path = store.path().to_owned();
    let tx = store.transaction()?;
    tx.execute("DELETE FROM form_draft WHERE key = ?1", [key])
        .map_err(|e| crate::store::db_error(&path, e))?;
    tx.commit().map_err(|e| crate::store::db_error(&path, e))
}
