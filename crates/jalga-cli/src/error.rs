use jalga_core::i18n::Message;
use jalga_core::privacy::mask_text;
use jalga_core::{CoreError, Lang};

/// Findings, or invalid input, were reported.
pub const EXIT_REPORTED: u8 = 1;
/// The command line was wrong (clap's own errors exit 2 as well).
pub const EXIT_USAGE: u8 = 2;
/// The command could not run: store, file system, passphrase.
pub const EXIT_FAILURE: u8 = 3;

fn core_exit_code(e: &CoreError) -> u8 {
    match e {
        CoreError::Invalid { .. }
        | CoreError::UnknownLang(_)
        | CoreError::ImportRejected(_)
        | CoreError::NotFound { .. }
        | CoreError::ForgetBlocked { .. }
        | CoreError::TooLarge { .. }
        | CoreError::Inflated { .. }
        | CoreError::UnsafePath { .. }
        | CoreError::UnsafeName { .. }
        | CoreError::NotJalgaDatabase { .. } => EXIT_REPORTED,
        CoreError::Store { .. }
        | CoreError::DatabaseTooNew { .. }
        | CoreError::Migration { .. }
        | CoreError::Io { .. }
        | CoreError::Pdf(_)
        | CoreError::Locked { .. }
        | CoreError::WrongPassphrase { .. }
        | CoreError::Corrupt { .. }
        | CoreError::InUse { .. }
        | CoreError::Cancelled => EXIT_FAILURE,
    }
}

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
    /// 1 when the input was looked at and found wanting (a bad file, an
    /// unknown record, a refused import), 2 for wrong use of the command
    /// line, 3 when the command could not do its work at all (the database
    /// could not be opened or read, a file could not be written): a
    /// scheduled `jalga audit` tells findings (1) from a failure (3).
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => EXIT_USAGE,
            CliError::Core(e) => core_exit_code(e),
            CliError::Json(_) | CliError::File(..) | CliError::Message(_) => EXIT_REPORTED,
            CliError::Io(_) | CliError::Bench(_) => EXIT_FAILURE,
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
