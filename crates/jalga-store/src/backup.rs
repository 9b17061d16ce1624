//! Backups and restore.
//!
//! A backup is a complete copy made with SQLite's online backup API (it
//! sees committed data only, also what still sits in the WAL), under the
//! same key as the live file, in `<data folder>/backups/` as
//! `jalga-YYYY-MM-DD[-n].sqlite3`. Each copy is written under a temporary
//! name, passes `integrity_check`, is flushed to disk, and only then gets
//! its real name; the oldest beyond the last N are removed.
//!
//! Restore checks the candidate first (a SQLite file Jalga wrote, not from
//! a newer Jalga, intact, readable with the given passphrase), copies it
//! beside the live file, and renames the copy over the live file. The old
//! file stays as `<db>.before-restore` until the restored one has opened.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use super::cipher::{self, Passphrase};
use super::{OpenOptions, Store, APPLICATION_ID, SCHEMA_VERSION};
use crate::error::CoreError;
use crate::i18n::Message;

/// How many backups are kept unless configured otherwise.
pub const DEFAULT_KEEP: usize = 7;

/// The folder of backups, beside the database.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub file_name: String,
    pub path: String,
    #[ts(type = "string")]
    pub date: NaiveDate,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The day and the sequence number within the day of a backup file name.
fn parse_name(name: &str) -> Option<(NaiveDate, u32)> {
    let stem = name.strip_prefix("jalga-")?.strip_suffix(".sqlite3")?;
    let (day, n) = match stem.get(10..) {
        Some("") => (stem, 1),
        Some(rest) => (&stem[..10], rest.strip_prefix('-')?.parse().ok()?),
        None => return None,
    };
    Some((NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?, n))
}

/// The backups of the database at `db`, oldest first.
pub fn list_backups(db: &Path) -> Result<Vec<BackupInfo>, CoreError> {
    let dir = backups_dir(db);
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(CoreError::io(&dir, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| CoreError::io(&dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((date, n)) = parse_name(&name) {
            let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
            found.push((
                (date, n),
                BackupInfo {
                    path: entry.path().display().to_string(),
                    file_name: name,
                    date,
                    bytes,
                },
            ));
        }
    }
    found.sort_by_key(|(k, _)| *k);
    Ok(found.into_iter().map(|(_, b)| b).collect())
}

/// What a backup of an office server says instead: the server is backed
/// up on the server, by its own tools (`server` as messages name it).
pub fn backed_up_on_the_server(server: &Path) -> Message {
    Message::new("server-backup-elsewhere").arg("server", server.display().to_string())
}

/// Backs up now, then keeps only the last `keep` backups (at least one).
pub fn backup_now(store: &Store, today: NaiveDate, keep: usize) -> Result<BackupInfo, CoreError> {
    // A copy made here of an office server would be of nothing the clerk
    // works on.
    if store.backend() != crate::BackendKind::Sqlite {
        return Err(CoreError::Invalid {
            field: "backup".into(),
            message: backed_up_on_the_server(store.path()),
        });
    }
    let dir = backups_dir(store.path());
    fs::create_dir_all(&dir).map_err(|e| CoreError::io(&dir, e))?;
    let existing = list_backups(store.path())?;
    let n = existing
        .iter()
        .filter(|b| b.date == today)
        .filter_map(|b| parse_name(&b.file_name).map(|(_, n)| n))
        .max()
        .map_or(1, |n| n + 1);
    let name = if n == 1 {
        format!("jalga-{today}.sqlite3")
    } else {
        format!("jalga-{today}-{n}.sqlite3")
    };
    let target = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    remove_if_present(&partial)?;
    let made = copy_database(store.conn(), &partial, store.key())
        .and_then(|()| check_file(&partial, store.key(), Some(store.schema_version()?)))
        .and_then(|_| sync_file(&partial))
        .and_then(|()| jalga_domain::portable::replace_file(&partial, &target))
        .and_then(|()| sync_dir(&dir));
    if let Err(e) = made {
        let _ = fs::remove_file(&partial);
        return Err(e);
    }
    prune(store.path(), keep.max(1))?;
    let bytes = fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo {
        file_name: name,
        path: target.display().to_string(),
        date: today,
        bytes,
    })
}

/// The first start of a day backs up; later starts that day do nothing.
pub fn daily_backup_if_due(
    store: &Store,
    today: NaiveDate,
    keep: usize,
) -> Result<Option<BackupInfo>, CoreError> {
    if list_backups(store.path())?.iter().any(|b| b.date == today) {
        return Ok(None);
    }
    backup_now(store, today, keep).map(Some)
}

fn prune(db: &Path, keep: usize) -> Result<(), CoreError> {
    let all = list_backups(db)?;
    let surplus = all.len().saturating_sub(keep);
    for old in &all[..surplus] {
        fs::remove_file(&old.path).map_err(|e| CoreError::io(Path::new(&old.path), e))?;
    }
    Ok(())
}

/// Copies the database behind `source` into a new file at `target`, under
/// the same key, as a rollback-journal file (a lone file, no -wal).
fn copy_database(
    source: &Connection,
    target: &Path,
    key: Option<&Passphrase>,
) -> Result<(), CoreError> {
    let err = |e| crate::db_error(target, e);
    let mut dst = Connection::open(target).map_err(err)?;
    cipher::unlock(&dst, target, key)?;
    {
        let backup = rusqlite::backup::Backup::new(source, &mut dst).map_err(err)?;
        backup
            .run_to_completion(1024, Duration::ZERO, None)
            .map_err(err)?;
    }
    dst.pragma_update(None, "journal_mode", "DELETE")
        .map_err(err)?;
    dst.close().map_err(|(_, e)| err(e))
}

/// Checks that `path` is an intact Jalga database readable with `key`, not
/// from a newer Jalga (and of `version`, if given); returns its version.
/// Only reads.
pub fn check_file(
    path: &Path,
    key: Option<&Passphrase>,
    version: Option<u32>,
) -> Result<u32, CoreError> {
    let meta = fs::metadata(path).map_err(|e| CoreError::io(path, e))?;
    let not_jalga = || CoreError::NotJalgaDatabase {
        path: path.display().to_string(),
    };
    if !meta.is_file() {
        return Err(not_jalga());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| crate::db_error(path, e))?;
    match cipher::unlock(&conn, path, key) {
        Ok(()) => {}
        // Without a key, unreadable means "not a database" unless it merely
        // lacks the passphrase; both are refused, the message says which
        // it may be.
        Err(e @ (CoreError::Locked { .. } | CoreError::WrongPassphrase { .. }))
            if cipher::could_be_encrypted(path) =>
        {
            return Err(e)
        }
        Err(_) => return Err(not_jalga()),
    }
    let err = |e| crate::db_error(path, e);
    let found: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(err)?;
    if found > SCHEMA_VERSION {
        return Err(CoreError::DatabaseTooNew {
            path: path.display().to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(err)?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' \
             AND name IN ('property', 'person', 'lease', 'registration')",
            [],
            |r| r.get(0),
        )
        .map_err(err)?;
    // Files from before the application id was set are recognised by
    // their tables.
    if found == 0 || tables != 4 || (app_id != APPLICATION_ID && app_id != 0) {
        return Err(not_jalga());
    }
    // A page damaged badly enough stops the check itself: that is a
    // verdict too.
    let verdict: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => CoreError::Corrupt {
                path: path.display().to_string(),
                detail: e.to_string(),
            },
            _ => err(e),
        })?;
    if verdict != ["ok"] {
        return Err(CoreError::Corrupt {
            path: path.display().to_string(),
            detail: verdict.join("; "),
        });
    }
    if let Some(expected) = version {
        if expected != found {
            return Err(CoreError::Corrupt {
                path: path.display().to_string(),
                detail: format!("schema version {found}, expected {expected}"),
            });
        }
    }
    Ok(found)
}

/// Replaces the database at `db` with the backup (or any Jalga database)
/// at `from`, readable with `key`; afterwards the database has that key.
/// Nobody may have `db` open. On any failure `db` is as it was.
pub fn restore(db: &Path, from: &Path, key: Option<&Passphrase>) -> Result<u32, CoreError> {
    let version = check_file(from, key, None)?;
    let staged = sibling(db, "restoring");
    remove_if_present(&staged)?;
    let stage = || -> Result<(), CoreError> {
        let source = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| crate::db_error(from, e))?;
        cipher::unlock(&source, from, key)?;
        copy_database(&source, &staged, key)?;
        check_file(&staged, key, Some(version))?;
        Ok(())
    };
    if let Err(e) = stage() {
        let _ = fs::remove_file(&staged);
        return Err(e);
    }
    let kept = sibling(db, "before-restore");
    if db.exists() {
        // A log left by a program that ended without closing (a crash, a
        // kill, a power cut) is replayed first; the backup is most often
        // under the database's own key.
        recover_left_log(db, key);
        refuse_if_in_use(db)?;
        fs::copy(db, &kept).map_err(|e| CoreError::io(&kept, e))?;
        sync_file(&kept)?;
    }
    if let Err(e) = replace_live(db, &staged) {
        let _ = fs::remove_file(&staged);
        return Err(e);
    }
    // The restored file must open (and migrate) before the old one goes.
    let opened = Store::open_with(
        db,
        &OpenOptions {
            passphrase: key.cloned(),
            actor: None,
        },
    );
    match opened {
        Ok(store) => {
            drop(store);
            remove_if_present(&kept)?;
            Ok(version)
        }
        Err(e) => {
            if kept.exists() {
                let _ = replace_live(db, &kept);
            }
            Err(e)
        }
    }
}

/// `<db file name>.<suffix>` beside the database.
pub(crate) fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    db.with_file_name(name)
}

pub(crate) fn remove_if_present(path: &Path) -> Result<(), CoreError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::io(path, e)),
        _ => Ok(()),
    }
}

/// Replays into `db` a -wal left with content by a program that ended
/// without closing the database, so that it no longer looks in use; `key`
/// is the database's passphrase. Returns whether the log is now empty.
///
/// SQLite replays a left log when a connection first reads the file, and a
/// `TRUNCATE` checkpoint empties it only when no other connection is in a
/// transaction: a log that another program is writing stays, and
/// [`restore`] still refuses. A wrong or missing key leaves the log as it
/// is, too.
pub fn recover_left_log(db: &Path, key: Option<&Passphrase>) -> bool {
    let wal = sibling_raw(db, "-wal");
    if !has_content(&wal) {
        return true;
    }
    let settled = || -> Result<bool, CoreError> {
        let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|e| crate::db_error(db, e))?;
        cipher::unlock(&conn, db, key)?;
        let (busy, log, done): (i64, i64, i64) = conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map_err(|e| crate::db_error(db, e))?;
        conn.close().map_err(|(_, e)| crate::db_error(db, e))?;
        Ok(busy == 0 && log == done)
    };
    settled().unwrap_or(false) && !has_content(&wal)
}

fn has_content(file: &Path) -> bool {
    fs::metadata(file).map(|m| m.len() > 0).unwrap_or(false)
}

/// A -wal with content after our connection closed (and after
/// [`recover_left_log`]) belongs to another program that still has the
/// database open.
fn refuse_if_in_use(db: &Path) -> Result<(), CoreError> {
    let wal = sibling_raw(db, "-wal");
    if has_content(&wal) {
        return Err(CoreError::InUse {
            path: db.display().to_string(),
        });
    }
    Ok(())
}

fn sibling_raw(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Atomically puts the checked file `new` in place of `db`: flushes it,
/// removes the old file's empty -wal/-shm (a stale WAL would otherwise be
/// replayed into the new file), renames, and flushes the folder.
pub(crate) fn replace_live(db: &Path, new: &Path) -> Result<(), CoreError> {
    sync_file(new)?;
    refuse_if_in_use(db)?;
    remove_if_present(&sibling_raw(db, "-wal"))?;
    remove_if_present(&sibling_raw(db, "-shm"))?;
    jalga_domain::portable::replace_file(new, db)?;
    sync_dir(db.parent().unwrap_or(Path::new(".")))
}

fn sync_file(path: &Path) -> Result<(), CoreError> {
    // Opened for writing: Windows flushes a file only through a handle
    // that may write to it (a read-only one gets "access denied").
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| CoreError::io(path, e))
}

fn sync_dir(dir: &Path) -> Result<(), CoreError> {
    // Windows cannot open a folder to flush it; its renames are durable
    // once they return.
    #[cfg(unix)]
    {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(|e| CoreError::io(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_parse_in_order() {
        let cases = [
            ("jalga-2026-01-02.sqlite3", Some((2026, 1, 2, 1))),
            ("jalga-2026-01-02-3.sqlite3", Some((2026, 1, 2, 3))),
            ("jalga-2026-01-02-x.sqlite3", None),
            ("jalga-2026-13-02.sqlite3", None),
            ("jalga-2026-01-02.sqlite3.partial", None),
            ("other.sqlite3", None),
        ];
        for (name, want) in cases {
            let want = want.map(|(y, m, d, n)| (NaiveDate::from_ymd_opt(y, m, d).unwrap(), n));
            assert_eq!(parse_name(name), want, "{name}");
        }
    }
}
