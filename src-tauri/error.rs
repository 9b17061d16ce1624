use jalga_core::i18n::Message;
use jalga_core::privacy::mask_text;
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
    /// A clerk's import kept the database for longer than a save waits.
    #[error("the database is busy with an import")]
    Busy,
    /// A command's worker thread failed.
    #[error("unexpected: {0}")]
    Task(String),
}

impl ShellError {
    /// The structured error the UI gets.
    pub fn to_problem(&self, lang: Lang) -> Problem {
        match self {
            ShellError::Core(e) => e.to_problem(lang),
            ShellError::Busy => Problem {
                field: Some("db".to_owned()),
                ..Problem::new(
                    "store-busy",
                    Message::new("shell-store-busy-import").render(lang),
                )
            },
            ShellError::Task(detail) => Problem::new("unexpected", mask_text(detail)),
            other => Problem::new(
                match other {
                    ShellError::MissingDataDir => "missing-data-dir",
                    ShellError::DataDirUnusable(..) => "data-dir-unusable",
                    _ => "no-data-dir",
                },
                mask_text(&other.to_string()),
            ),
        }
    }
}
