//! What a document is (its kind) and the language(s) it is written in.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;
use crate::i18n::{Lang, Message};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
#[strum(serialize_all = "kebab-case")]
pub enum DocKind {
    Agreement,
    Consent,
    RegistrationSheet,
    ForeignerNotice,
    /// The handover act (template version 2 on).
    HandoverAct,
}

impl DocKind {
    pub const ALL: [DocKind; 5] = [
        DocKind::Agreement,
        DocKind::Consent,
        DocKind::RegistrationSheet,
        DocKind::ForeignerNotice,
        DocKind::HandoverAct,
    ];

    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for DocKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocKind::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| CoreError::Invalid {
                field: "kind".into(),
                message: Message::new("doc-unknown-kind").arg("kind", s),
            })
    }
}

/// The language(s) of a document: one, or Kazakh then Russian.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
#[strum(serialize_all = "kebab-case")]
pub enum DocLang {
    Kk,
    Ru,
    En,
    #[serde(rename = "kk+ru")]
    #[strum(serialize = "kk+ru")]
    KkRu,
}

impl DocLang {
    pub fn parts(self) -> &'static [Lang] {
        match self {
            DocLang::Kk => &[Lang::Kk],
            DocLang::Ru => &[Lang::Ru],
            DocLang::En => &[Lang::En],
            DocLang::KkRu => &[Lang::Kk, Lang::Ru],
        }
    }

    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for DocLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--lang` value that names no document language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use kk, ru, en or kk+ru")]
pub struct UnknownDocLang(pub String);

impl From<UnknownDocLang> for CoreError {
    fn from(e: UnknownDocLang) -> Self {
        CoreError::Invalid {
            field: "lang".into(),
            message: Message::new("doc-unknown-lang").arg("lang", e.0),
        }
    }
}

impl FromStr for DocLang {
    type Err = UnknownDocLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kk" | "kz" | "kaz" => Ok(DocLang::Kk),
            "ru" | "rus" => Ok(DocLang::Ru),
            "en" | "eng" => Ok(DocLang::En),
            "kk+ru" | "ru+kk" | "kk,ru" => Ok(DocLang::KkRu),
            _ => Err(UnknownDocLang(s.to_owned())),
        }
    }
}
