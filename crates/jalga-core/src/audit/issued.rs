//! Documents Jalga issued, and checking a paper or a file against the
//! store: a typed verification code, or a PDF. Intact means the store's
//! current data still gives the document's code; altered means the
//! document (or the store's data since) differs, and says where; unknown
//! means the store never issued it or holds no such record.

use crate::store::aggregate::issued::IssuedRow;
use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use crate::documents::{self, DocKind, DocLang, DocumentData, Envelope};
use crate::error::CoreError;
use crate::Store;

/// A document recorded when it was produced.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IssuedDocument {
    pub code: String,
    pub kind: DocKind,
    pub subject_id: String,
    pub language: DocLang,
    pub data_hash: String,
    #[ts(type = "string")]
    pub issued_at: NaiveDateTime,
}

/// What checking a document against the store found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum StoreCheck {
    Intact {
        kind: DocKind,
        subject_id: String,
        code: String,
    },
    /// `what`: the data fields that differ (e.g. `tenant.name`), or the
    /// part of the PDF that was changed (`page-altered`…).
    Altered {
        kind: DocKind,
        subject_id: String,
        code: String,
        what: Vec<String>,
    },
    /// `reason`: `code-unknown`, `not-jalga`, `subject-unknown`.
    Unknown { reason: String },
}

impl StoreCheck {
    pub fn is_intact(&self) -> bool {
        matches!(self, StoreCheck::Intact { .. })
    }

    /// The verdict word: a document found with the same data in this
    /// store's register was issued here.
    pub fn status(&self) -> documents::DocStatus {
        match self {
            StoreCheck::Intact { .. } => documents::DocStatus::IssuedHere,
            StoreCheck::Altered { .. } => documents::DocStatus::Altered,
            StoreCheck::Unknown { .. } => documents::DocStatus::Unknown,
        }
    }
}

fn hex(b: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(b)
}

/// A code as typed: any case, spaces or dashes anywhere.
pub fn normalize_code(typed: &str) -> String {
    let c: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if c.len() == 12 {
        format!("{}-{}-{}", &c[..4], &c[4..8], &c[8..])
    } else {
        c
    }
}

/// Records that the document of `kind` for `subject_id` in `lang` was
/// issued at `issued_at` with `data` (gathered from the store by the
/// caller, who prints it); returns its code.
pub fn record_issued(
    store: &Store,
    kind: DocKind,
    subject_id: &str,
    lang: DocLang,
    data: &DocumentData,
    issued_at: NaiveDateTime,
) -> Result<IssuedDocument, CoreError> {
    let env = Envelope::new(kind, lang, data.clone());
    let sha = env.sha256();
    let doc = IssuedDocument {
        code: documents::short_code(&sha),
        kind,
        subject_id: subject_id.to_owned(),
        language: lang,
        data_hash: hex(&sha),
        issued_at,
    };
    store.record_issued(&IssuedRow {
        code: doc.code.clone(),
        kind: kind.code().to_owned(),
        subject_id: doc.subject_id.clone(),
        language: lang.code().to_owned(),
        data_hash: doc.data_hash.clone(),
        data: String::from_utf8_lossy(&env.canonical()).into_owned(),
        issued_at,
    })?;
    Ok(doc)
}

/// The data fields (up to two levels deep) where `a` and `b` differ.
fn differences(a: &Value, b: &Value, prefix: &str, depth: u32, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if depth < 2 => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                differences(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &path,
                    depth + 1,
                    out,
                );
            }
        }
        _ if a != b => out.push(prefix.to_owned()),
        _ => {}
    }
}

/// Compares a document's envelope with what the store gives now.
fn against_store(store: &Store, env: &Envelope, subject_id: &str) -> Result<StoreCheck, CoreError> {
    let current = match documents::from_store::document_data(store, env.kind, subject_id) {
        Ok(d) => Envelope::new(env.kind, env.lang, d),
        Err(CoreError::NotFound { .. }) => {
            return Ok(StoreCheck::Unknown {
                reason: "subject-unknown".into(),
            })
        }
        Err(e) => return Err(e),
    };
    let code = documents::short_code(&env.sha256());
    if current.sha256() == env.sha256() {
        return Ok(StoreCheck::Intact {
            kind: env.kind,
            subject_id: subject_id.to_owned(),
            code,
        });
    }
    let mut what = Vec::new();
    let old = serde_json::to_value(&env.data).unwrap_or(Value::Null);
    let new = serde_json::to_value(&current.data).unwrap_or(Value::Null);
    differences(&old, &new, "", 0, &mut what);
    Ok(StoreCheck::Altered {
        kind: env.kind,
        subject_id: subject_id.to_owned(),
        code,
        what,
    })
}

/// Checks a typed verification code against the documents the store issued.
pub fn verify_code(store: &Store, typed: &str) -> Result<StoreCheck, CoreError> {
    let code = normalize_code(typed);
    let row = store.issued(&code)?;
    let Some((subject_id, data)) = row else {
        return Ok(StoreCheck::Unknown {
            reason: "code-unknown".into(),
        });
    };
    let env: Envelope = serde_json::from_str(&data).map_err(|e| CoreError::Invalid {
        field: "issued_document.data".into(),
        message: crate::i18n::Message::new("rules-bad-json")
            .arg("line", e.line() as u32)
            .arg("column", e.column() as u32)
            .arg("detail", e.to_string()),
    })?;
    against_store(store, &env, &subject_id)
}

/// Checks a PDF: first that it is an intact Jalga document, then that its
/// data is what the store holds now.
pub fn verify_pdf_against_store(store: &Store, bytes: &[u8]) -> Result<StoreCheck, CoreError> {
    let verdict = documents::verify(bytes);
    let Some(env) = documents::attached_envelope(bytes) else {
        return Ok(StoreCheck::Unknown {
            reason: "not-jalga".into(),
        });
    };
    let subject_id = env.data.number.clone();
    if let Some(f) = &verdict.failure {
        return Ok(super::verdict::failed_own_check(
            f,
            Some(env.kind),
            subject_id,
            verdict.code,
        ));
    }
    against_store(store, &env, &subject_id)
}
