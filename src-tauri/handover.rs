//! The handover form's commands: check the act as typed, list a lease's
//! acts, save one. Each calls one function of `jalga_core::landlord::handover`.

use jalga_core::domain::{Handover, Violation};
use jalga_core::landlord::handover;
use jalga_core::{Lang, Problem};
use tauri::{AppHandle, Runtime};

use crate::{on_store, writing_store};

#[tauri::command]
pub async fn check_handover<R: Runtime>(
    app: AppHandle<R>,
    act: Handover,
    lang: Lang,
) -> Result<Vec<Violation>, Problem> {
    on_store(&app, move |s| Ok(handover::check_handover(s, &act)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn list_handovers<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    lang: Lang,
) -> Result<Vec<Handover>, Problem> {
    on_store(&app, move |s| Ok(handover::handovers(s, &lease_id)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn save_handover<R: Runtime>(
    app: AppHandle<R>,
    act: Handover,
    lang: Lang,
) -> Result<Handover, Problem> {
    writing_store(&app, move |s| Ok(handover::save_handover(s, &act)?))
        .await
        .map_err(|e| e.to_problem(lang))
}
