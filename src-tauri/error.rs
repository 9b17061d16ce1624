use jalga_core::{CoreError, Lang, Problem};

#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("--data-dir needs a folder")]
    MissingDataDir,
    #[error("no data folder: {0}")]
    NoDataDir(String),
    #[error("cannot use the data folder {0}: {1}")]
    DataDirUnusable(String, String),
    #[error(transparent)]
    Core(#[from] CoreError),
}

impl ShellError {
    /// The structured error the UI gets.
    pub fn to_problem(&self, lang: Lang) -> Problem {
        match self {
            ShellError::Core(e) => e.to_problem(lang),
            other => Problem {
                code: match other {
                    ShellError::MissingDataDir => "missing-data-dir",
                    ShellError::DataDirUnusable(..) => "data-dir-unusable",
                    _ => "no-data-dir",
                }
                .to_owned(),
                field: None,
                message: other.to_string(),
            },
        }
    }
}
