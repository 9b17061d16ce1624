//! Where the app keeps its database. Injectable so that tests and demos
//! never touch a user's data: `--data-dir DIR` wins over `JALGA_DATA_DIR`,
//! which wins over the platform's app-data folder (`%APPDATA%\Jalga` on
//! Windows).

use std::path::PathBuf;

use tauri::{Manager, Runtime};

use crate::ShellError;

pub const ENV_VAR: &str = "JALGA_DATA_DIR";

#[derive(Debug, Clone, Default)]
pub struct DataDir {
    explicit: Option<PathBuf>,
}

impl DataDir {
    pub fn new(explicit: Option<PathBuf>) -> Self {
        DataDir { explicit }
    }

    pub fn from_args_or_env(args: impl IntoIterator<Item = String>) -> Result<Self, ShellError> {
        let mut args = args.into_iter().skip(1);
        while let Some(a) = args.next() {
            if a == "--data-dir" {
                let dir = args.next().ok_or(ShellError::MissingDataDir)?;
                return Ok(DataDir::new(Some(dir.into())));
            }
            if let Some(dir) = a.strip_prefix("--data-dir=") {
                return Ok(DataDir::new(Some(dir.into())));
            }
        }
        Ok(DataDir::new(
            std::env::var_os(ENV_VAR)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
        ))
    }

    pub fn resolve<R: Runtime>(&self, app: &impl Manager<R>) -> Result<PathBuf, ShellError> {
        match &self.explicit {
            Some(p) => Ok(p.clone()),
            None => {
                let paths = app.path();
                let found = if cfg!(windows) {
                    paths.data_dir()
                } else {
                    paths.app_data_dir()
                };
                found
                    .map(platform_default)
                    .map_err(|e| ShellError::NoDataDir(e.to_string()))
            }
        }
    }
}

/// The folder Jalga's data goes in on Windows, under the roaming
/// application data (`%APPDATA%\Jalga`): the name people look for there,
/// not the app's reverse-domain identifier.
pub const WINDOWS_FOLDER: &str = "Jalga";

/// The default data folder from the platform's folder: on Windows
/// `%APPDATA%` plus [`WINDOWS_FOLDER`]; elsewhere the app's own data folder
/// (`~/.local/share/kz.jalga.app` on Linux) as it is.
fn platform_default(base: PathBuf) -> PathBuf {
    if cfg!(windows) {
        base.join(WINDOWS_FOLDER)
    } else {
        base
    }
}
