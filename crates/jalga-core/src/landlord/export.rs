//! Exporting a lease's documents from the app: only a lease that is ready
//! (the norm allows it, or an override was recorded) is exported; the data
//! is gathered under the store, the PDF rendered without it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::documents::from_store::document_data;
use crate::documents::{render, DocKind, DocLang, DocumentData};
use crate::error::CoreError;
use crate::store::Store;

/// The data of one document of a ready lease (`id` is the lease's, or a
/// foreigner notice's for [`DocKind::ForeignerNotice`]): the app and the CLI
/// issue documents from the store only through here.
pub fn export_data(store: &Store, id: &str, kind: DocKind) -> Result<DocumentData, CoreError> {
    super::export_policy::check(store, id, kind)?;
    document_data(store, kind, id)
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

pub use super::export_policy::file_name;

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
    crate::portable::write_replacing(&path, &bytes)?;
    Ok(path)
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
        if !super::export_policy::permits(&row.readiness) {
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
