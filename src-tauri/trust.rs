//! The trust commands: unlock, backups, restore, passphrase. Thin: each
//! converts, calls the core through `AppStore`, and converts back.

use jalga_core::store::backup::{self, BackupInfo};
use jalga_core::store::{change_passphrase, is_encrypted, Passphrase};
use jalga_core::{Lang, Problem, Store};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::{db_path, AppStore, ShellError};

/// Whether the database needs a passphrase, and whether it has been given.
#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct StoreStatus {
    pub encrypted: bool,
    pub locked: bool,
}

fn passphrase(text: Option<String>) -> Result<Option<Passphrase>, ShellError> {
    Ok(text
        .filter(|t| !t.is_empty())
        .map(Passphrase::new)
        .transpose()?)
}

/// Backs up on the first open of a day. A failed backup must not keep the
/// app from starting; it is reported on stderr and tried again next start.
pub(crate) fn daily_backup(store: &Store) {
    let today = chrono_today();
    if let Err(e) = backup::daily_backup_if_due(store, today, backup::DEFAULT_KEEP) {
        eprintln!("jalga-app: daily backup: {e}");
    }
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub fn store_status<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, AppStore>,
    lang: Lang,
) -> Result<StoreStatus, Problem> {
    let p = |e: ShellError| e.to_problem(lang);
    match store.get(&app) {
        Ok(s) => Ok(StoreStatus {
            encrypted: s.encrypted(),
            locked: false,
        }),
        Err(ShellError::Core(jalga_core::CoreError::Locked { .. })) => {
            let path = db_path(&app).map_err(p)?;
            Ok(StoreStatus {
                encrypted: is_encrypted(&path).map_err(|e| p(e.into()))?,
                locked: true,
            })
        }
        Err(e) => Err(p(e)),
    }
}

#[tauri::command]
pub fn unlock<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, AppStore>,
    passphrase: String,
    lang: Lang,
) -> Result<(), Problem> {
    let key = self::passphrase(Some(passphrase)).map_err(|e| e.to_problem(lang))?;
    store.unlock(&app, key).map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub fn backup_now<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, AppStore>,
    lang: Lang,
) -> Result<BackupInfo, Problem> {
    let s = store.get(&app).map_err(|e| e.to_problem(lang))?;
    backup::backup_now(&s, chrono_today(), backup::DEFAULT_KEEP).map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub fn list_backups<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Result<Vec<BackupInfo>, Problem> {
    let path = db_path(&app).map_err(|e| e.to_problem(lang))?;
    backup::list_backups(&path).map_err(|e| e.to_problem(lang))
}

/// Replaces the database with the backup at `path` (readable with
/// `passphrase`, which the database then has).
#[tauri::command]
pub fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, AppStore>,
    path: String,
    passphrase: Option<String>,
    lang: Lang,
) -> Result<(), Problem> {
    let key = self::passphrase(passphrase).map_err(|e| e.to_problem(lang))?;
    store
        .with_closed(&app, |db, _| {
            backup::restore(db, std::path::Path::new(&path), key.as_ref())?;
            Ok(((), key))
        })
        .map_err(|e| e.to_problem(lang))
}

/// Sets, changes (`current` and `new`) or removes (`new` empty) the
/// database passphrase. `current` must match the one the database has.
#[tauri::command]
pub fn set_passphrase<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, AppStore>,
    current: Option<String>,
    new: Option<String>,
    lang: Lang,
) -> Result<StoreStatus, Problem> {
    let current = passphrase(current).map_err(|e| e.to_problem(lang))?;
    let new = passphrase(new).map_err(|e| e.to_problem(lang))?;
    store
        .with_closed(&app, |db, _| {
            change_passphrase(db, current.as_ref(), new.as_ref())?;
            Ok(((), new.clone()))
        })
        .map_err(|e| e.to_problem(lang))?;
    Ok(StoreStatus {
        encrypted: new.is_some(),
        locked: false,
    })
}
