//! The desktop shell: thin Tauri commands over `jalga-core`. No business
//! logic lives here; a command converts, calls the core, and converts back.

pub mod commands;
mod data_dir;
mod error;

pub use data_dir::DataDir;
pub use error::ShellError;

use tauri::{Manager, Runtime};

/// Registers the app's commands and state on a builder of any runtime, so
/// tests can pass `tauri::test::mock_builder()` and get the real app.
pub fn with_commands<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: DataDir,
) -> tauri::Builder<R> {
    builder
        .manage(data_dir)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::check_iin,
        ])
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
        .setup(|app| {
            let dir = app.state::<DataDir>().resolve(app.handle())?;
            std::fs::create_dir_all(&dir)?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("jalga-app: {e}");
            std::process::exit(1);
        });
}
