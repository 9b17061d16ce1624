//! Closing the window keeps what was typed: the shell holds a close back,
//! asks the UI to save its form drafts at once (`CLOSE_EVENT`), and closes
//! when the UI says it has (`close_after_flush`), or after `CLOSE_BOUND`
//! whatever the UI does, so a stuck page never keeps the app open. A second
//! close while the first waits goes through at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{Emitter, Manager, Runtime, Window, WindowEvent};

/// What the UI hears when the window is asked to close.
pub const CLOSE_EVENT: &str = "jalga:close-requested";
/// The longest a close waits for the UI.
pub const CLOSE_BOUND: Duration = Duration::from_secs(3);

/// Whether a close is already waiting for the UI.
#[derive(Default)]
pub struct Closing(AtomicBool);

/// The window's close request: held back the first time, while the UI
/// saves.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if window.state::<Closing>().0.swap(true, Ordering::SeqCst) {
        return;
    }
    api.prevent_close();
    if window.emit(CLOSE_EVENT, ()).is_err() {
        let _ = window.destroy();
        return;
    }
    let w = window.clone();
    std::thread::spawn(move || {
        std::thread::sleep(CLOSE_BOUND);
        // Already gone when the UI answered in time.
        let _ = w.destroy();
    });
}

/// The UI has saved what was typed: the window closes.
#[tauri::command]
pub fn close_after_flush<R: Runtime>(window: Window<R>) {
    let _ = window.destroy();
}
