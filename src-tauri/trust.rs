//! The trust commands: unlock, backups, restore, passphrase. Thin: each
//! converts, calls the core through `AppStore`, and converts back.

use jalga_core::privacy::mask_text;
use jalga_core::store::backup::{self, BackupInfo};
use jalga_core::store::{change_passphrase, is_encrypted, OpenOptions, Passphrase};
use jalga_core::{Lang, Problem, Store};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};

use crate::{
    db_path, off_main, on_store, AppStore, DailyBackup, ShellError, WriteGate, WRITE_WAIT,
};

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

/// Backs up on the first open of a day, on a connection of its own (the
/// app's store may be busy meanwhile). A failed backup must not keep the
/// app from working; it is reported on stderr (masked) and tried again at
/// the next start.
pub(crate) fn daily_backup(path: &std::path::Path, options: &OpenOptions) {
    let made = Store::open_with(path, options).and_then(|store| {
        backup::daily_backup_if_due(&store, jalga_core::dates::today(), backup::DEFAULT_KEEP)
    });
    if let Err(e) = made {
        eprintln!("jalga-app: daily backup: {}", mask_text(&e.to_string()));
    }
}

#[tauri::command]
pub async fn store_status<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Result<StoreStatus, Problem> {
    let p = move |e: ShellError| e.to_problem(lang);
    let status = off_main(move || {
        let store = app.state::<AppStore>();
        let opened = store.get(&app).map(|s| s.encrypted());
        match opened {
            Ok(encrypted) => Ok(StoreStatus {
                encrypted,
                locked: false,
            }),
            Err(ShellError::Core(jalga_core::CoreError::Locked { .. })) => {
                // An office server that wants its password is locked too.
                let encrypted = match crate::office::configured(&app)? {
                    Some(_) => true,
                    None => is_encrypted(&db_path(&app)?)?,
                };
                Ok(StoreStatus {
                    encrypted,
                    locked: true,
                })
            }
            Err(e) => Err(e),
        }
    });
    status.await.map_err(p)
}

#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
    lang: Lang,
) -> Result<(), Problem> {
    let key = self::passphrase(Some(passphrase)).map_err(|e| e.to_problem(lang))?;
    off_main(move || app.state::<AppStore>().unlock(&app, key))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Result<BackupInfo, Problem> {
    on_store(&app, |s| {
        Ok(backup::backup_now(
            s,
            jalga_core::dates::today(),
            backup::DEFAULT_KEEP,
        )?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn list_backups<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Result<Vec<BackupInfo>, Problem> {
    off_main(move || {
        // Today's backup, if it is being made, is listed too.
        app.state::<DailyBackup>().settle();
        let path = db_path(&app)?;
        Ok(backup::list_backups(&path)?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

/// Replaces the database with the backup at `path` (readable with
/// `passphrase`, which the database then has).
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    passphrase: Option<String>,
    lang: Lang,
) -> Result<(), Problem> {
    let key = self::passphrase(passphrase).map_err(|e| e.to_problem(lang))?;
    off_main(move || {
        app.state::<DailyBackup>().settle();
        let gate = app.state::<WriteGate>();
        let _turn = gate.enter(Some(WRITE_WAIT))?;
        app.state::<AppStore>().with_closed(&app, |db, live| {
            // A log left by an unclean exit is replayed under the key the
            // database has now, before the restore looks for other users.
            backup::recover_left_log(db, live);
            backup::restore(db, std::path::Path::new(&path), key.as_ref())?;
            Ok(((), key))
        })
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

/// Sets, changes (`current` and `new`) or removes (`new` empty) the
/// database passphrase. `current` must match the one the database has.
#[tauri::command]
pub async fn set_passphrase<R: Runtime>(
    app: AppHandle<R>,
    current: Option<String>,
    new: Option<String>,
    lang: Lang,
) -> Result<StoreStatus, Problem> {
    let current = passphrase(current).map_err(|e| e.to_problem(lang))?;
    let new = passphrase(new).map_err(|e| e.to_problem(lang))?;
    let encrypted = new.is_some();
    off_main(move || {
        app.state::<DailyBackup>().settle();
        let gate = app.state::<WriteGate>();
        let _turn = gate.enter(Some(WRITE_WAIT))?;
        app.state::<AppStore>().with_closed(&app, |db, _| {
            change_passphrase(db, current.as_ref(), new.as_ref())?;
            Ok(((), new.clone()))
        })
    })
    .await
    .map_err(|e| e.to_problem(lang))?;
    Ok(StoreStatus {
        encrypted,
        locked: false,
    })
}
