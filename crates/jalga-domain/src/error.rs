//! The core's one error type, and the structured form every front end
//! shows: a stable code, the field it concerns, a localized message.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Lang, Message, ToMessage};

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("invalid {field}: {message:?}")]
    Invalid { field: String, message: Message },
    #[error(transparent)]
    UnknownLang(#[from] crate::i18n::UnknownLang),
    /// The database failed on its file.
    #[error("database {path}: {source}")]
    Store {
        path: String,
        #[source]
        source: DbFailure,
    },
    /// The file was written by a newer Jalga; it was left untouched.
    #[error("database {path} has schema version {found}, this Jalga knows up to {supported}")]
    DatabaseTooNew {
        path: String,
        found: u32,
        supported: u32,
    },
    #[error("database {path}: migration failed: {detail}")]
    Migration { path: String, detail: String },
    /// An import found bad records and wrote nothing.
    #[error("import rejected: {} problem(s)", .0.len())]
    ImportRejected(Vec<crate::domain::Violation>),
    /// A record asked for by id does not exist.
    #[error("no {kind} {id}")]
    NotFound { kind: String, id: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The PDF writer or reader failed.
    #[error("pdf: {0}")]
    Pdf(String),
    /// The database is encrypted (or is no database) and no passphrase was
    /// given; nothing was written.
    #[error("database {path} is locked with a passphrase")]
    Locked { path: String },
    /// The passphrase does not open the file (or it is no database);
    /// nothing was written.
    #[error("database {path}: wrong passphrase")]
    WrongPassphrase { path: String },
    /// A file offered for restore that Jalga did not write.
    #[error("{path} is not a Jalga database")]
    NotJalgaDatabase { path: String },
    /// `integrity_check` found damage.
    #[error("database {path} is damaged: {detail}")]
    Corrupt { path: String, detail: String },
    /// Another program still has the database open.
    #[error("database {path} is in use by another program")]
    InUse { path: String },
    /// The person is named in documents that must be kept.
    #[error("person {id} is named in kept documents: {documents}")]
    ForgetBlocked { id: String, documents: String },
    /// The user stopped a long task; nothing it would have written was kept.
    #[error("cancelled")]
    Cancelled,
    /// A file over the size limit, refused before reading.
    #[error("{path}: {size} bytes, over the limit of {max}")]
    TooLarge { path: String, size: u64, max: u64 },
    /// A file that unpacked (or grew) past the size limit while read.
    #[error("{path}: more than {max} bytes once unpacked")]
    Inflated { path: String, max: u64 },
    /// An output path that climbs out with `..`.
    #[error("unsafe output path {path}")]
    UnsafePath { path: String },
    /// A file name from outside data that is not one plain name.
    #[error("unsafe file name {name:?}")]
    UnsafeName { name: String },
}

impl CoreError {
    pub fn store(path: &std::path::Path, source: DbFailure) -> Self {
        CoreError::Store {
            path: path.display().to_string(),
            source,
        }
    }

    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        CoreError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

impl CoreError {
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Invalid { .. } => "invalid",
            CoreError::UnknownLang(_) => "unknown-language",
            CoreError::Store { source, .. } if source.is_busy() => "store-busy",
            CoreError::Store { .. } => "store",
            CoreError::DatabaseTooNew { .. } => "database-too-new",
            CoreError::Migration { .. } => "migration",
            CoreError::ImportRejected(_) => "import-rejected",
            CoreError::NotFound { .. } => "not-found",
            CoreError::Io { .. } => "io",
            CoreError::Pdf(_) => "pdf",
            CoreError::Locked { .. } => "store-locked",
            CoreError::WrongPassphrase { .. } => "wrong-passphrase",
            CoreError::NotJalgaDatabase { .. } => "not-jalga-database",
            CoreError::Corrupt { .. } => "corrupt",
            CoreError::InUse { .. } => "database-in-use",
            CoreError::ForgetBlocked { .. } => "forget-blocked",
            CoreError::Cancelled => "cancelled",
            CoreError::TooLarge { .. } => "too-large",
            CoreError::Inflated { .. } => "inflated",
            CoreError::UnsafePath { .. } => "unsafe-path",
            CoreError::UnsafeName { .. } => "unsafe-name",
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            CoreError::Invalid { field, .. } => Some(field),
            CoreError::UnknownLang(_) => Some("lang"),
            CoreError::Store { .. }
            | CoreError::DatabaseTooNew { .. }
            | CoreError::Migration { .. }
            | CoreError::Io { .. }
            | CoreError::NotJalgaDatabase { .. }
            | CoreError::Corrupt { .. }
            | CoreError::InUse { .. } => Some("db"),
            CoreError::Locked { .. } | CoreError::WrongPassphrase { .. } => Some("passphrase"),
            CoreError::ForgetBlocked { .. } => Some("id"),
            CoreError::ImportRejected(_) => None,
            CoreError::NotFound { .. } => Some("id"),
            CoreError::Pdf(_) | CoreError::Cancelled => None,
            CoreError::TooLarge { .. } | CoreError::Inflated { .. } => Some("file"),
            CoreError::UnsafePath { .. } => Some("out"),
            CoreError::UnsafeName { .. } => Some("id"),
        }
    }

    /// The structured form, in `lang`, with personal numbers masked.
    pub fn to_problem(&self, lang: Lang) -> Problem {
        Problem {
            code: self.code().to_owned(),
            field: self.field().map(str::to_owned),
            message: crate::privacy::mask_text(&self.localize(lang)),
        }
    }
}

impl ToMessage for CoreError {
    fn to_message(&self) -> Message {
        match self {
            CoreError::Invalid { message, .. } => message.clone(),
            CoreError::UnknownLang(e) => {
                Message::new("error-unknown-language").arg("lang", e.0.as_str())
            }
            CoreError::Store { path, source } if source.is_busy() => {
                Message::new("error-store-busy").arg("path", path.as_str())
            }
            CoreError::Store { path, source } => Message::new("error-store")
                .arg("path", path.as_str())
                .arg("detail", source.to_string()),
            CoreError::DatabaseTooNew {
                path,
                found,
                supported,
            } => Message::new("error-database-too-new")
                .arg("path", path.as_str())
                .arg("found", *found)
                .arg("supported", *supported),
            CoreError::Migration { path, detail } => Message::new("error-migration")
                .arg("path", path.as_str())
                .arg("detail", detail.as_str()),
            CoreError::ImportRejected(v) => {
                Message::new("error-import-rejected").arg("count", v.len() as u32)
            }
            CoreError::NotFound { kind, id } => Message::new("error-not-found")
                .arg("kind", kind.as_str())
                .arg("id", id.as_str()),
            CoreError::Io { path, source } => Message::new("error-io")
                .arg("path", path.as_str())
                .arg("detail", source.to_string()),
            CoreError::Pdf(detail) => Message::new("doc-pdf-error").arg("detail", detail.as_str()),
            CoreError::Locked { path } => {
                Message::new("trust-error-locked").arg("path", path.as_str())
            }
            CoreError::WrongPassphrase { path } => {
                Message::new("trust-error-wrong-passphrase").arg("path", path.as_str())
            }
            CoreError::NotJalgaDatabase { path } => {
                Message::new("trust-error-not-jalga").arg("path", path.as_str())
            }
            CoreError::Corrupt { path, detail } => Message::new("trust-error-corrupt")
                .arg("path", path.as_str())
                .arg("detail", detail.as_str()),
            CoreError::InUse { path } => {
                Message::new("trust-error-in-use").arg("path", path.as_str())
            }
            CoreError::ForgetBlocked { id, documents } => {
                Message::new("trust-error-forget-blocked")
                    .arg("id", id.as_str())
                    .arg("documents", documents.as_str())
            }
            CoreError::Cancelled => Message::new("error-cancelled"),
            CoreError::TooLarge { path, size, max } => Message::new("hostile-too-large")
                .arg("path", path.as_str())
                .arg("size", megabytes(*size))
                .arg("max", megabytes(*max)),
            CoreError::Inflated { path, max } => Message::new("hostile-inflated")
                .arg("path", path.as_str())
                .arg("max", megabytes(*max)),
            CoreError::UnsafePath { path } => {
                Message::new("hostile-unsafe-path").arg("path", path.as_str())
            }
            CoreError::UnsafeName { name } => {
                Message::new("hostile-unsafe-name").arg("name", name.as_str())
            }
        }
    }
}

/// A database driver's failure without the driver's type, so that the
/// error type above the store names no database library.
#[derive(Debug)]
pub struct DbFailure {
    busy: bool,
    source: Box<dyn std::error::Error + Send + Sync + 'static>,
}

impl DbFailure {
    /// `busy`: another connection held the database past the busy timeout;
    /// the caller may try again, and nothing was written.
    pub fn new(busy: bool, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        DbFailure {
            busy,
            source: Box::new(source),
        }
    }

    pub fn is_busy(&self) -> bool {
        self.busy
    }
}

impl std::fmt::Display for DbFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.source.fmt(f)
    }
}

impl std::error::Error for DbFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.source()
    }
}

/// Sizes in messages are whole megabytes (rounded up, so a file just over
/// a limit never reads as equal to it).
fn megabytes(bytes: u64) -> f64 {
    bytes.div_ceil(1 << 20) as f64
}

/// What a front end receives instead of a bare string or a panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Problem {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
}
