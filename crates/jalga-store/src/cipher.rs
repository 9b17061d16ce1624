//! Encryption at rest with SQLCipher (built into the binary with its own
//! OpenSSL, so nothing is needed from the system).
//!
//! A passphrase is set, changed or removed by exporting the whole database
//! into a new file with the new key (`sqlcipher_export`), checking that
//! file, and renaming it over the old one. `PRAGMA rekey` would rewrite the
//! live file page by page: it cannot turn a plain file into an encrypted
//! one at all, and in WAL mode a crash part-way would leave a file whose
//! pages are under two keys. The export leaves the old file untouched
//! until one atomic rename.

use std::fmt;
use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

use super::{OpenOptions, Store};
use crate::error::CoreError;
use crate::i18n::Message;

/// A database passphrase, wiped from memory when dropped and never printed.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// A passphrase; an empty one is refused (it would mean "no encryption").
    pub fn new(text: impl Into<String>) -> Result<Passphrase, CoreError> {
        let text = Zeroizing::new(text.into());
        if text.is_empty() {
            return Err(CoreError::Invalid {
                field: "passphrase".into(),
                message: Message::new("trust-passphrase-empty"),
            });
        }
        Ok(Passphrase(text))
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Whether two passphrases are the same (for "type it twice").
    pub fn matches(&self, other: &Passphrase) -> bool {
        *self.0 == *other.0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

fn not_a_database(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::NotADatabase)
}

/// Applies the key (if any) and proves it by reading the schema. A wrong
/// key, a missing one, or a file that is no database at all is reported
/// before anything could write to the file.
pub(crate) fn unlock(
    conn: &Connection,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<(), CoreError> {
    // SQLCipher would print its own lines on stderr for a wrong key; the
    // error we return says it better.
    conn.pragma_update(None, "cipher_log_level", "NONE")
        .map_err(|e| crate::db_error(path, e))?;
    if let Some(p) = passphrase {
        conn.pragma_update(None, "key", p.expose())
            .map_err(|e| crate::db_error(path, e))?;
    }
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if not_a_database(&e) => Err(match passphrase {
            Some(_) => CoreError::WrongPassphrase {
                path: path.display().to_string(),
            },
            None => CoreError::Locked {
                path: path.display().to_string(),
            },
        }),
        Err(e) => Err(crate::db_error(path, e)),
    }
}

/// Whether the file could be an encrypted database: SQLCipher files are at
/// least one 4 KiB page and begin with 16 random bytes of salt, which are
/// practically never all printable text.
pub(crate) fn could_be_encrypted(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path).map(|b| b.into_iter().take(4096).collect::<Vec<u8>>())
    else {
        return false;
    };
    bytes.len() == 4096
        && !bytes[..16]
            .iter()
            .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace())
}

/// Whether the file at `path` is present and looks encrypted: unreadable
/// without a key, yet not plainly something else. A missing file is not.
pub fn is_encrypted(path: &Path) -> Result<bool, CoreError> {
    if !path.exists() || !could_be_encrypted(path) {
        return Ok(false);
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| crate::db_error(path, e))?;
    match unlock(&conn, path, None) {
        Ok(()) => Ok(false),
        Err(CoreError::Locked { .. }) => Ok(true),
        Err(e) => Err(e),
    }
}

/// Sets (`current` None), changes, or removes (`new` None) the passphrase
/// of the database at `path`. Nobody may have the database open. On any
/// failure the database is left as it was.
pub fn change_passphrase(
    path: &Path,
    current: Option<&Passphrase>,
    new: Option<&Passphrase>,
) -> Result<(), CoreError> {
    let store = Store::open_with(
        path,
        &OpenOptions {
            passphrase: current.cloned(),
            actor: None,
        },
    )?;
    let tmp = super::backup::sibling(path, "rekey");
    super::backup::remove_if_present(&tmp)?;
    let result = export_with_key(&store, &tmp, new).and_then(|()| {
        let version = store.schema_version()?;
        drop(store);
        super::backup::check_file(&tmp, new, Some(version))?;
        super::backup::replace_live(path, &tmp)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes a copy of the open store into `target` under `key` (plain if
/// None), with the same schema version and application id.
fn export_with_key(
    store: &Store,
    target: &Path,
    key: Option<&Passphrase>,
) -> Result<(), CoreError> {
    let conn = store.conn();
    let err = |e| store.err(e);
    let target_name = target.to_str().ok_or_else(|| CoreError::Io {
        path: target.display().to_string(),
        source: std::io::Error::other("the path is not valid UTF-8"),
    })?;
    conn.execute(
        "ATTACH DATABASE ?1 AS rekey_target KEY ?2",
        [target_name, key.map_or("", Passphrase::expose)],
    )
    .map_err(err)?;
    let copied = (|| {
        conn.query_row("SELECT sqlcipher_export('rekey_target')", [], |_| Ok(()))?;
        // sqlcipher_export copies the schema and rows, not the header fields.
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        conn.pragma_update(Some("rekey_target"), "user_version", version)?;
        conn.pragma_update(Some("rekey_target"), "application_id", app_id)?;
        Ok(())
    })();
    let detached = conn.execute("DETACH DATABASE rekey_target", []);
    copied.map_err(err)?;
    detached.map_err(err)?;
    Ok(())
}
