use jalga_core::{CoreError, Lang};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// Wrong use of the command line that clap cannot see.
    #[error("{0}")]
    Usage(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }

    pub fn localized(&self, lang: Lang) -> String {
        match self {
            CliError::Core(e) => e.to_problem(lang).message,
            other => other.to_string(),
        }
    }
}
