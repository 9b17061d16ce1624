//! The desktop shell: thin Tauri commands over `jalga-core`. No business
//! logic lives here; a command converts, calls the core, and converts back.

pub mod clerk;
pub mod commands;
mod data_dir;
mod error;
pub mod landlord;
pub mod trust;

use std::ops::{Deref, DerefMut};
use std::sync::{Mutex, MutexGuard};

pub use data_dir::DataDir;
pub use error::ShellError;

use jalga_core::store::{OpenOptions, Passphrase};
use jalga_core::Store;
use tauri::{Manager, Runtime};

/// The database file inside the data folder.
pub const DB_FILE: &str = "jalga.sqlite3";

/// The database, opened on first use so that a problem with it (a file
/// from a newer Jalga, an unwritable folder, a passphrase not yet given)
/// reaches the UI as a structured error instead of stopping the app before
/// it shows. It can be closed and reopened (unlock, restore, passphrase).
#[derive(Default)]
pub struct AppStore(Mutex<OpenStore>);

#[derive(Default)]
pub struct OpenStore {
    store: Option<Store>,
    passphrase: Option<Passphrase>,
}

/// The open store, locked for one command.
pub struct StoreGuard<'a>(MutexGuard<'a, OpenStore>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0
            .store
            .as_ref()
            .expect("opened before the guard is made")
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.0
            .store
            .as_mut()
            .expect("opened before the guard is made")
    }
}

impl AppStore {
    fn lock(&self) -> MutexGuard<'_, OpenStore> {
        // A command that panicked mid-way held no transaction open past
        // its scope, so the store itself is still consistent.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn get<R: Runtime>(&self, app: &tauri::AppHandle<R>) -> Result<StoreGuard<'_>, ShellError> {
        let mut open = self.lock();
        if open.store.is_none() {
            let passphrase = open.passphrase.clone();
            open.store = Some(open_store(app, passphrase)?);
        }
        Ok(StoreGuard(open))
    }

    /// The passphrase the database was unlocked with, for a second
    /// connection that long work opens off the main one.
    pub fn passphrase(&self) -> Option<Passphrase> {
        self.lock().passphrase.clone()
    }

    /// Opens the database with `passphrase` (the unlock screen's answer).
    pub fn unlock<R: Runtime>(
        &self,
        app: &tauri::AppHandle<R>,
        passphrase: Option<Passphrase>,
    ) -> Result<(), ShellError> {
        let mut open = self.lock();
        open.store = None;
        open.store = Some(open_store(app, passphrase.clone())?);
        open.passphrase = passphrase;
        Ok(())
    }

    /// Closes the database, runs `change` on its file, and reopens it with
    /// the passphrase `change` returns (the old one if it failed).
    pub fn with_closed<R: Runtime, T>(
        &self,
        app: &tauri::AppHandle<R>,
        change: impl FnOnce(
            &std::path::Path,
            Option<&Passphrase>,
        ) -> Result<(T, Option<Passphrase>), ShellError>,
    ) -> Result<T, ShellError> {
        let mut open = self.lock();
        let path = db_path(app)?;
        open.store = None;
        match change(&path, open.passphrase.as_ref()) {
            Ok((value, passphrase)) => {
                open.passphrase = passphrase;
                open.store = Some(open_store(app, open.passphrase.clone())?);
                Ok(value)
            }
            Err(e) => {
                open.store = open_store(app, open.passphrase.clone()).ok();
                Err(e)
            }
        }
    }
}

/// Registers the app's commands and state on a builder of any runtime, so
/// tests can pass `tauri::test::mock_builder()` and get the real app.
pub fn with_commands<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: DataDir,
) -> tauri::Builder<R> {
    builder
        .manage(data_dir)
        .manage(AppStore::default())
        .manage(clerk::ClerkState::default())
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::check_iin,
            trust::store_status,
            trust::unlock,
            trust::backup_now,
            trust::list_backups,
            trust::restore_backup,
            trust::set_passphrase,
            clerk::clerk_import,
            clerk::clerk_cancel_import,
            clerk::clerk_audit,
            clerk::clerk_cancel_audit,
            clerk::clerk_findings,
            clerk::clerk_finding,
            clerk::clerk_choices,
            clerk::clerk_verify_pdf,
            clerk::clerk_verify_code,
            clerk::clerk_export_pdf,
            clerk::clerk_export_csv,
            clerk::clerk_charts,
            clerk::clerk_import_preview,
            clerk::clerk_import_profiles,
            clerk::clerk_save_import_profile,
            clerk::clerk_import_mapped,
            // The landlord's screens.
            landlord::list_dwellings,
            landlord::dwelling_status,
            landlord::check_dwelling,
            landlord::save_dwelling,
            landlord::list_people,
            landlord::get_person,
            landlord::check_person,
            landlord::save_person,
            landlord::transliterate,
            landlord::new_id,
            landlord::check_lease_draft,
            landlord::save_lease,
            landlord::list_leases,
            landlord::deadline_dashboard,
            landlord::save_form_draft,
            landlord::load_form_draft,
            landlord::delete_form_draft,
            landlord::export_document,
            landlord::preview_document,
            landlord::export_batch,
            landlord::open_documents_folder,
        ])
}

/// The database file, creating the data folder if needed.
pub fn db_path<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<std::path::PathBuf, ShellError> {
    let dir = app.state::<DataDir>().resolve(app)?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| ShellError::DataDirUnusable(dir.display().to_string(), e.to_string()))?;
    Ok(dir.join(DB_FILE))
}

/// Opens (migrating) the database; the first open of a day backs it up.
fn open_store<R: Runtime>(
    app: &tauri::AppHandle<R>,
    passphrase: Option<Passphrase>,
) -> Result<Store, ShellError> {
    let store = Store::open_with(
        &db_path(app)?,
        &OpenOptions {
            passphrase,
            actor: None,
        },
    )?;
    trust::daily_backup(&store);
    Ok(store)
}

pub fn run() {
    let data_dir = match DataDir::from_args_or_env(std::env::args()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("jalga-app: {e}");
            std::process::exit(2);
        }
    };
    with_commands(tauri::Builder::default(), data_dir)
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("jalga-app: {e}");
            std::process::exit(1);
        });
}
