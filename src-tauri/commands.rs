//! The Tauri commands. Each is generic over the runtime so that it runs
//! under `tauri::test` as well as in the real app.

use jalga_core::ident::IinCheck;
use jalga_core::store::{BackendKind, StoreSummary};
use jalga_core::{Lang, Problem};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};

use crate::{on_store, DataDir};

/// What the app tells the UI about itself.
#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub database: StoreSummary,
    /// The office server the app works on (named without its password);
    /// `None`: the database file in the data folder.
    pub server: Option<String>,
}

#[tauri::command]
pub async fn app_info<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Result<AppInfo, Problem> {
    let dir = app
        .state::<DataDir>()
        .resolve(&app)
        .map_err(|e| e.to_problem(lang))?;
    let (database, server) = on_store(&app, |s| {
        let server = (s.backend() == BackendKind::Postgres).then(|| s.path().display().to_string());
        Ok((s.summary()?, server))
    })
    .await
    .map_err(|e| e.to_problem(lang))?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: dir.display().to_string(),
        database,
        server,
    })
}

/// Validates an IIN as the user types it.
#[tauri::command]
pub fn check_iin(input: String, lang: Lang) -> IinCheck {
    IinCheck::run(&input, lang)
}
