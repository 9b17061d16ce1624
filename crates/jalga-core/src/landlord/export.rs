//! Exporting a lease's documents from the app: only a lease that is ready
//! (the norm allows it, or an override was recorded) is exported; the data
//! is gathered under the store, the PDF rendered without it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::documents::from_store::document_data;
use crate::documents::{paragraphs, render, DocKind, DocLang, DocumentData, Paragraph};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::Store;

use super::lease::{readiness, LeaseState};

/// The data of one document of a ready lease. A handover act may be named
/// by its own id (the return act of a lease that has both).
pub fn export_data(
    store: &Store,
    lease_id: &str,
    kind: DocKind,
) -> Result<DocumentData, CoreError> {
    let act = match kind {
        DocKind::HandoverAct => crate::documents::handover_act(store, lease_id)?,
        _ => None,
    };
    let ready = readiness(
        store,
        act.as_ref().map_or(lease_id, |h| h.lease_id.as_str()),
    )?;
    if ready.state != LeaseState::Ready {
        return Err(CoreError::Invalid {
            field: "lease_id".into(),
            message: Message::new("landlord-export-not-ready").arg("id", lease_id),
        });
    }
    document_data(store, kind, lease_id)
}

/// The data of one document of a ready lease, recorded as issued at
/// `issued_at` so that its printed code can later be checked against the
/// store.
pub fn issue(
    store: &Store,
    lease_id: &str,
    kind: DocKind,
    lang: DocLang,
    issued_at: chrono::NaiveDateTime,
) -> Result<DocumentData, CoreError> {
    let data = export_data(store, lease_id, kind)?;
    crate::audit::issued::record_issued(store, kind, lease_id, lang, &data, issued_at)?;
    Ok(data)
}

/// The file name a document of a lease gets: `<lease>-<kind>-<lang>.pdf`.
pub fn file_name(lease_id: &str, kind: DocKind, lang: DocLang) -> String {
    let lang = lang.code().replace('+', "-");
    format!("{lease_id}-{}-{lang}.pdf", kind.code())
}

/// Renders and writes the PDF into `dir`; returns its path.
pub fn write_pdf(
    lease_id: &str,
    kind: DocKind,
    lang: DocLang,
    data: &DocumentData,
    dir: &Path,
) -> Result<PathBuf, CoreError> {
    let bytes = render(kind, data, lang)?;
    std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
    // The lease id may come from an imported file: it must stay one name.
    let path = crate::limits::file_in(dir, &file_name(lease_id, kind, lang))?;
    std::fs::write(&path, bytes).map_err(|e| CoreError::io(&path, e))?;
    Ok(path)
}

/// A paragraph of the in-app preview.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", content = "text", rename_all = "kebab-case")]
#[ts(export)]
pub enum PreviewBlock {
    Title(String),
    Heading(String),
    Text(String),
    Row(Vec<String>),
    PageBreak,
}

/// The document's text, paragraph by paragraph, from the same data and
/// templates as the PDF.
pub fn preview(
    data: &DocumentData,
    kind: DocKind,
    lang: DocLang,
) -> Result<Vec<PreviewBlock>, CoreError> {
    Ok(paragraphs(kind, data, lang)?
        .into_iter()
        .map(|p| match p {
            Paragraph::Title(t) => PreviewBlock::Title(t),
            Paragraph::Heading(t) => PreviewBlock::Heading(t),
            Paragraph::Text(t) => PreviewBlock::Text(t),
            Paragraph::Row(r) => PreviewBlock::Row(r),
            Paragraph::PageBreak => PreviewBlock::PageBreak,
        })
        .collect())
}

/// One document to write in a batch.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExportJob {
    pub lease_id: String,
    pub kind: DocKind,
}

/// Every document a batch export writes: the agreement of each ready
/// lease, and the arrival notice where a foreigner lives under it.
pub fn batch_plan(store: &Store) -> Result<Vec<ExportJob>, CoreError> {
    let mut jobs = Vec::new();
    for row in super::lease::list_leases(store, "", 2000)? {
        if row.readiness.state != LeaseState::Ready {
            continue;
        }
        jobs.push(ExportJob {
            lease_id: row.id.clone(),
            kind: DocKind::Agreement,
        });
        if row.has_foreigner {
            jobs.push(ExportJob {
                lease_id: row.id,
                kind: DocKind::ForeignerNotice,
            });
        }
    }
    Ok(jobs)
}
