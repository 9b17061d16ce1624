//! The "Office server" setting's commands: read it, set it, clear it. Thin:
//! the setting, its checks and opening the server are
//! `jalga_core::office_server`'s; here the app's store is closed so that
//! the next command opens what the setting now names.

use jalga_core::office_server::{self, OfficeServer};
use jalga_core::store::Passphrase;
use jalga_core::{Lang, Problem, Store};
use tauri::{AppHandle, Manager, Runtime};

use crate::{off_main, AppStore, DataDir, ShellError, WriteGate, WRITE_WAIT};

/// The office server the data folder's setting names, if any.
pub(crate) fn configured<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<Option<OfficeServer>, ShellError> {
    let dir = app.state::<DataDir>().resolve(app)?;
    Ok(office_server::load(&dir)?)
}

/// The server's store, when the setting names one: with the password given
/// at unlock (or `JALGA_PG_PASSWORD`).
pub(crate) fn open_configured<R: Runtime>(
    app: &AppHandle<R>,
    password: Option<&Passphrase>,
) -> Result<Option<Store>, ShellError> {
    match configured(app)? {
        Some(server) => Ok(Some(office_server::open(&server, password)?)),
        None => Ok(None),
    }
}

#[tauri::command]
pub async fn office_server<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Result<Option<OfficeServer>, Problem> {
    off_main(move || configured(&app))
        .await
        .map_err(|e| e.to_problem(lang))
}

/// Sets the office server (`url` and `role`), or clears it (`url` empty):
/// the app then works on the server, or on its file again. The store open
/// now is closed; the next command opens the other one (asking for the
/// password if the server wants one).
#[tauri::command]
pub async fn set_office_server<R: Runtime>(
    app: AppHandle<R>,
    url: String,
    role: String,
    lang: Lang,
) -> Result<Option<OfficeServer>, Problem> {
    off_main(move || {
        let server = if url.trim().is_empty() {
            None
        } else {
            Some(OfficeServer::checked(&url, &role)?)
        };
        let gate = app.state::<WriteGate>();
        let _turn = gate.enter(Some(WRITE_WAIT))?;
        let dir = app.state::<DataDir>().resolve(&app)?;
        office_server::save(&dir, server.as_ref())?;
        app.state::<AppStore>().close();
        Ok(server)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

impl AppStore {
    /// Closes the store and forgets its passphrase or password.
    pub fn close(&self) {
        let mut open = self.lock();
        open.store = None;
        open.passphrase = None;
    }
}
