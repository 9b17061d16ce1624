//! Where the app keeps its database. Injectable so that tests and demos
//! never touch a user's data: `--data-dir DIR` wins over `JALGA_DATA_DIR`,
//! which wins over the platform's app-data folder.

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
            None => app
                .path()
                .app_data_dir()
                .map_err(|e| ShellError::NoDataDir(e.to_string())),
        }
    }
}
