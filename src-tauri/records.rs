//! Archive, delete and undo for the landlord's records, the document's
//! pages for the preview, and opening an exported file. Each command
//! converts, calls one function of the core, and converts back.

use jalga_core::documents::{svg, DocKind, DocLang};
use jalga_core::landlord::archive::{self, RecordKind, Trash};
use jalga_core::landlord::{export, record_label};
use jalga_core::{Lang, Problem};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_opener::OpenerExt;

use crate::{on_store, writing_store, DataDir};

type Answer<T> = Result<T, Problem>;

#[tauri::command]
pub async fn archive_record<R: Runtime>(
    app: AppHandle<R>,
    kind: RecordKind,
    id: String,
    lang: Lang,
) -> Answer<()> {
    writing_store(&app, move |s| Ok(archive::archive(s, kind, &id)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn unarchive_record<R: Runtime>(
    app: AppHandle<R>,
    kind: RecordKind,
    id: String,
    lang: Lang,
) -> Answer<()> {
    writing_store(&app, move |s| Ok(archive::unarchive(s, kind, &id)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

/// How a record is named in "archived"/"deleted" and its undo: a dwelling
/// by its address line, as the core writes it.
#[tauri::command]
pub async fn record_label<R: Runtime>(
    app: AppHandle<R>,
    kind: RecordKind,
    id: String,
    lang: Lang,
) -> Answer<String> {
    on_store(&app, move |s| Ok(record_label::record_label(s, kind, &id)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

/// Deletes a record nothing refers to; the answer is what undo writes back.
#[tauri::command]
pub async fn delete_record<R: Runtime>(
    app: AppHandle<R>,
    kind: RecordKind,
    id: String,
    lang: Lang,
) -> Answer<Trash> {
    writing_store(&app, move |s| Ok(archive::delete(s, kind, &id, lang)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn restore_record<R: Runtime>(app: AppHandle<R>, trash: Trash, lang: Lang) -> Answer<()> {
    writing_store(&app, move |s| Ok(archive::restore(s, &trash)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

/// The document's pages as SVG, laid out as its PDF is.
#[tauri::command]
pub async fn document_pages<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    kind: DocKind,
    doc_lang: DocLang,
    lang: Lang,
) -> Answer<Vec<String>> {
    let data = on_store(&app, move |s| Ok(export::export_data(s, &lease_id, kind)?))
        .await
        .map_err(|e| e.to_problem(lang))?;
    tauri::async_runtime::spawn_blocking(move || svg::render_svg(kind, &data, doc_lang))
        .await
        .map_err(|e| Problem::new("unexpected", jalga_core::privacy::mask_text(&e.to_string())))?
        .map_err(|e| e.to_problem(lang))
}

/// Opens an exported document (a file in the documents folder) with the
/// desktop's own viewer, through the opener plugin.
#[tauri::command]
pub async fn open_document_file<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    lang: Lang,
) -> Answer<()> {
    let dir = app
        .state::<DataDir>()
        .resolve(&app)
        .map_err(|e| e.to_problem(lang))?
        .join("documents");
    let name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Only a file of the documents folder, named as Jalga names files.
    let file = jalga_core::limits::file_in(&dir, &name).map_err(|e| e.to_problem(lang))?;
    if !file.is_file() {
        return Err(jalga_core::CoreError::NotFound {
            kind: "file".into(),
            id: name,
        }
        .to_problem(lang));
    }
    app.opener()
        .open_path(file.display().to_string(), None::<&str>)
        .map_err(|e| Problem::new("unexpected", jalga_core::privacy::mask_text(&e.to_string())))
}
