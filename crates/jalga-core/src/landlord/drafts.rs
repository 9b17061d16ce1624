//! Forms typed but not saved yet (the lease wizard, a dwelling or person
//! being added), kept as JSON under a key so that closing the window loses
//! nothing.

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
    store.save_draft(key, json, now)
}

/// The draft kept under `key`, if any.
pub fn load_form(store: &Store, key: &str) -> Result<Option<String>, CoreError> {
    check_key(key)?;
    store.draft(key)
}

/// Forgets the draft under `key` (after the form was saved or discarded).
pub fn delete_form(store: &mut Store, key: &str) -> Result<(), CoreError> {
    check_key(key)?;
    store.delete_draft(key)
}
