use jalga_core::i18n::Message;
use jalga_core::privacy::mask_text;
use jalga_core::{CoreError, Lang};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// A file that could not be read or parsed: its path and why.
    #[error("{0}: {1}")]
    File(String, String),
    /// A failure explained by a catalogue message.
    #[error("{0:?}")]
    Message(Message),
    /// Wrong use of the command line that clap cannot see, in words from
    /// the catalogue so that it reads in the user's language.
    #[error("{0:?}")]
    Usage(Message),
    /// A benchmark could not run (a developer's tool: English only).
    #[error("benchmark: {0}")]
    Bench(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }

    /// The one line a user sees, personal numbers masked.
    pub fn localized(&self, lang: Lang) -> String {
        let text = match self {
            CliError::Core(e) => e.to_problem(lang).message,
            CliError::Message(m) | CliError::Usage(m) => m.render(lang),
            other => other.to_string(),
        };
        mask_text(&text)
    }
}

/// A panic is a bug and its report may be pasted anywhere: it goes out
/// with personal numbers masked, like every other error.
pub fn mask_panics() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("jalga: internal error: {}", mask_text(&info.to_string()));
    }));
}
