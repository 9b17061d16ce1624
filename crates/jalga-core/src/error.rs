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
    /// The PDF writer or reader failed.
    #[error("pdf: {0}")]
    Pdf(String),
}

impl CoreError {
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Invalid { .. } => "invalid",
            CoreError::UnknownLang(_) => "unknown-language",
            CoreError::Pdf(_) => "pdf",
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            CoreError::Invalid { field, .. } => Some(field),
            CoreError::UnknownLang(_) => Some("lang"),
            CoreError::Pdf(_) => None,
        }
    }

    /// The structured form, in `lang`.
    pub fn to_problem(&self, lang: Lang) -> Problem {
        Problem {
            code: self.code().to_owned(),
            field: self.field().map(str::to_owned),
            message: self.localize(lang),
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
            CoreError::Pdf(detail) => Message::new("doc-pdf-error").arg("detail", detail.as_str()),
        }
    }
}

/// What a front end receives instead of a bare string or a panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Problem {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
}
