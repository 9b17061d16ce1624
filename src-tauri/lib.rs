//! The desktop shell: thin Tauri commands over `jalga-core`. No business
//! logic lives here; a command converts, calls the core, and converts back.

pub mod commands;
mod data_dir;
mod error;
pub mod landlord;

use std::sync::{Mutex, MutexGuard, OnceLock};

pub use data_dir::DataDir;
pub use error::ShellError;

use jalga_core::Store;
use tauri::{Manager, Runtime};

/// The database file inside the data folder.
pub const DB_FILE: &str = "jalga.sqlite3";

/// The database, opened on first use so that a problem with it (a file
/// from a newer Jalga, an unwritable folder) reaches the UI as a
/// structured error instead of stopping the app before it shows.
#[derive(Default)]
pub struct AppStore(OnceLock<Mutex<Store>>);

impl AppStore {
    pub fn get<R: Runtime>(
        &self,
        app: &tauri::AppHandle<R>,
    ) -> Result<MutexGuard<'_, Store>, ShellError> {
        let cell = match self.0.get() {
            Some(cell) => cell,
            None => {
                let store = open_store(app)?;
                // Another command may have opened it meanwhile; either is fine.
                let _ = self.0.set(Mutex::new(store));
                self.0.get().expect("set above")
            }
        };
        // A command that panicked mid-way held no transaction open past
        // its scope, so the store itself is still consistent.
        Ok(cell.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
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
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::check_iin,
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
            // (clerk workspace and settings commands go here)
        ])
}

/// Creates the data folder if needed and opens (migrating) its database.
fn open_store<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<Store, ShellError> {
    let dir = app.state::<DataDir>().resolve(app)?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| ShellError::DataDirUnusable(dir.display().to_string(), e.to_string()))?;
    Ok(Store::open(&dir.join(DB_FILE))?)
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
