//! The desktop shell: thin Tauri commands over `jalga-core`. No business
//! logic lives here; a command converts, calls the core, and converts back.

pub mod clerk;
pub mod close;
pub mod commands;
mod data_dir;
mod error;
pub mod handover;
pub mod home;
pub mod landlord;
pub mod office;
pub mod records;
pub mod sign;
pub mod trust;

use std::ops::{Deref, DerefMut};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

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

/// Runs `work` on the app's store on a blocking thread, so that the
/// window's (main) thread never waits for SQLite, a file or an fsync.
pub async fn on_store<R: Runtime, T: Send + 'static>(
    app: &tauri::AppHandle<R>,
    work: impl FnOnce(&mut Store) -> Result<T, ShellError> + Send + 'static,
) -> Result<T, ShellError> {
    let app = app.clone();
    off_main(move || {
        let state = app.state::<AppStore>();
        let mut store = state.get(&app)?;
        work(&mut store)
    })
    .await
}

/// Runs long reading `work` on a connection of its own on a blocking
/// thread, so that the app's store stays free for the screens meanwhile
/// (WAL lets the two read side by side).
pub async fn on_own_store<R: Runtime, T: Send + 'static>(
    app: &tauri::AppHandle<R>,
    work: impl FnOnce(&mut Store) -> Result<T, ShellError> + Send + 'static,
) -> Result<T, ShellError> {
    let app = app.clone();
    off_main(move || work(&mut own_store(&app)?)).await
}

/// A connection of its own to what the app works on: the office server
/// when the settings name one, else the database file. Opened (migrated,
/// unlocked) through the app's store first, so it finds it ready.
pub(crate) fn own_store<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<Store, ShellError> {
    let state = app.state::<AppStore>();
    drop(state.get(app)?);
    let options = OpenOptions {
        passphrase: state.passphrase(),
        actor: None,
    };
    Ok(
        match office::open_configured(app, options.passphrase.as_ref())? {
            Some(server) => server,
            None => Store::open_with(&db_path(app)?, &options)?,
        },
    )
}

/// [`on_store`] for a write: it first waits its turn at the [`WriteGate`]
/// (a clerk's import holds it for as long as it writes), so that it waits
/// without holding the store from the screens' reads.
pub async fn writing_store<R: Runtime, T: Send + 'static>(
    app: &tauri::AppHandle<R>,
    work: impl FnOnce(&mut Store) -> Result<T, ShellError> + Send + 'static,
) -> Result<T, ShellError> {
    let app = app.clone();
    off_main(move || {
        let gate = app.state::<WriteGate>();
        let _turn = gate.enter(Some(WRITE_WAIT))?;
        let state = app.state::<AppStore>();
        let mut store = state.get(&app)?;
        work(&mut store)
    })
    .await
}

/// Runs blocking `work` on a thread of the async runtime's blocking pool.
pub async fn off_main<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ShellError> + Send + 'static,
) -> Result<T, ShellError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| ShellError::Task(e.to_string()))?
}

/// How long a landlord's save waits for a clerk's import to finish writing
/// before it gives up with [`ShellError::Busy`].
pub const WRITE_WAIT: Duration = Duration::from_secs(180);

/// One writer at a time inside the app. SQLite lets one connection write
/// at a time and makes the others wait its busy timeout (5 s) and fail; a
/// clerk's import writes for far longer on its own connection. The app's
/// writers take turns here instead, and a save waits for the import.
#[derive(Default)]
pub struct WriteGate {
    taken: Mutex<bool>,
    freed: Condvar,
}

/// A turn at the [`WriteGate`], given back when dropped.
pub struct WriteTurn<'a>(&'a WriteGate);

impl WriteGate {
    /// Waits for the gate (at most `wait`, if given) and takes it.
    pub fn enter(&self, wait: Option<Duration>) -> Result<WriteTurn<'_>, ShellError> {
        let taken = self
            .taken
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut taken = match wait {
            None => self
                .freed
                .wait_while(taken, |t| *t)
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
            Some(wait) => {
                let (taken, waited) = self
                    .freed
                    .wait_timeout_while(taken, wait, |t| *t)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                if waited.timed_out() {
                    return Err(ShellError::Busy);
                }
                taken
            }
        };
        *taken = true;
        Ok(WriteTurn(self))
    }
}

impl Drop for WriteTurn<'_> {
    fn drop(&mut self) {
        *self
            .0
            .taken
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = false;
        self.0.freed.notify_one();
    }
}

/// The daily backup, made on its own connection and thread after the
/// store first opens, so that no command waits for it.
#[derive(Default)]
pub struct DailyBackup(Mutex<Option<std::thread::JoinHandle<()>>>);

impl DailyBackup {
    /// Waits for a backup under way (for the list of backups).
    pub fn settle(&self) {
        let running = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(running) = running {
            let _ = running.join();
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
        .plugin(tauri_plugin_opener::init())
        .manage(data_dir)
        .manage(AppStore::default())
        .manage(WriteGate::default())
        .manage(DailyBackup::default())
        .manage(clerk::ClerkState::default())
        .manage(close::Closing::default())
        .on_window_event(close::on_window_event)
        // Every `#[tauri::command]` of the command modules, listed by
        // build.rs from their source (src-tauri/surface.rs).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
}

/// The database file, creating the data folder if needed.
pub fn db_path<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<std::path::PathBuf, ShellError> {
    let dir = app.state::<DataDir>().resolve(app)?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| ShellError::DataDirUnusable(dir.display().to_string(), e.to_string()))?;
    Ok(dir.join(DB_FILE))
}

/// Opens (migrating) the database; the first open of a day starts its
/// backup beside it.
fn open_store<R: Runtime>(
    app: &tauri::AppHandle<R>,
    passphrase: Option<Passphrase>,
) -> Result<Store, ShellError> {
    // The office server, when the settings name one (no local backup).
    if let Some(server) = office::open_configured(app, passphrase.as_ref())? {
        return Ok(server);
    }
    let path = db_path(app)?;
    let options = OpenOptions {
        passphrase,
        actor: None,
    };
    let store = Store::open_with(&path, &options)?;
    let backup = app.state::<DailyBackup>();
    let mut running = backup
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if running.as_ref().is_none_or(|r| r.is_finished()) {
        *running = Some(std::thread::spawn(move || {
            trust::daily_backup(&path, &options)
        }));
    }
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
