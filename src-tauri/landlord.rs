//! The landlord's screens' commands: each converts, calls one function of
//! `jalga_core::landlord` (or the store), and converts back. Heavy work
//! (PDFs) runs off the UI thread, with progress over a channel.

use std::path::PathBuf;

use jalga_core::documents::{DocKind, DocLang};
use jalga_core::domain::{Owner, Person, Property, Violation};
use jalga_core::landlord::{dashboard, drafts, dwellings, export, lease, people, translit};
use jalga_core::rules::norm::DEFAULT_PRESET;
use jalga_core::{CoreError, Lang, Problem};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_opener::OpenerExt;

use crate::{on_own_store, on_store, writing_store, DataDir, ShellError};

type Answer<T> = Result<T, Problem>;

/// Runs `f` on the store off the window's thread, turning any error into a
/// localized problem.
async fn with_store<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    lang: Lang,
    f: impl FnOnce(&mut jalga_core::Store) -> Result<T, CoreError> + Send + 'static,
) -> Answer<T> {
    on_store(app, move |s| Ok(f(s)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

/// [`with_store`] for a write: it waits its turn behind a clerk's import.
async fn writing<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    lang: Lang,
    f: impl FnOnce(&mut jalga_core::Store) -> Result<T, CoreError> + Send + 'static,
) -> Answer<T> {
    writing_store(app, move |s| Ok(f(s)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn list_dwellings<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    after: Option<dwellings::DwellingKey>,
    limit: u32,
    lang: Lang,
) -> Answer<dwellings::DwellingPage> {
    with_store(&app, lang, move |s| {
        dwellings::list_dwellings_after(s, &query, after.as_ref(), limit)
    })
    .await
}

#[tauri::command]
pub async fn dwelling_status<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    lang: Lang,
) -> Answer<dwellings::DwellingStatus> {
    with_store(&app, lang, move |s| {
        dwellings::dwelling_status(s, &id, DEFAULT_PRESET, jalga_core::dates::today())
    })
    .await
}

#[tauri::command]
pub fn check_dwelling(property: Property, owners: Vec<Owner>) -> Vec<Violation> {
    dwellings::check_dwelling(&property, &owners)
}

#[tauri::command]
pub async fn save_dwelling<R: Runtime>(
    app: AppHandle<R>,
    property: Property,
    owners: Vec<Owner>,
    lang: Lang,
) -> Answer<()> {
    writing(&app, lang, move |s| {
        dwellings::save_dwelling(s, &property, &owners)
    })
    .await
}

#[tauri::command]
pub async fn list_people<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    after: Option<people::PersonKey>,
    limit: u32,
    lang: Lang,
) -> Answer<people::PersonPage> {
    with_store(&app, lang, move |s| {
        people::list_people_after(s, &query, after.as_ref(), limit)
    })
    .await
}

#[tauri::command]
pub async fn get_person<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    lang: Lang,
) -> Answer<Option<Person>> {
    with_store(&app, lang, move |s| s.get::<Person>(&id)).await
}

#[tauri::command]
pub fn check_person(person: Person) -> Vec<Violation> {
    people::check_person(&person)
}

#[tauri::command]
pub async fn save_person<R: Runtime>(app: AppHandle<R>, person: Person, lang: Lang) -> Answer<()> {
    writing(&app, lang, move |s| people::save_person(s, &person)).await
}

#[tauri::command]
pub fn transliterate(text: String, direction: translit::Direction) -> String {
    translit::transliterate(&text, direction)
}

#[tauri::command]
pub fn new_id(prefix: String) -> String {
    jalga_core::landlord::new_id(&prefix)
}

#[tauri::command]
pub async fn check_lease_draft<R: Runtime>(
    app: AppHandle<R>,
    draft: lease::LeaseDraft,
    lang: Lang,
) -> Answer<lease::DraftCheck> {
    with_store(&app, lang, move |s| {
        lease::check_draft(s, &draft, jalga_core::dates::today())
    })
    .await
}

#[tauri::command]
pub async fn save_lease<R: Runtime>(
    app: AppHandle<R>,
    draft: lease::LeaseDraft,
    save_as: lease::SaveAs,
    lang: Lang,
) -> Answer<lease::LeaseReadiness> {
    writing(&app, lang, move |s| {
        lease::save_lease(s, &draft, &save_as, jalga_core::dates::now())
    })
    .await
}

#[tauri::command]
pub async fn list_leases<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    lang: Lang,
) -> Answer<Vec<lease::LeaseRow>> {
    with_store(&app, lang, move |s| lease::list_leases(s, &query, 2000)).await
}

#[tauri::command]
pub async fn deadline_dashboard<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Answer<dashboard::Dashboard> {
    on_own_store(&app, move |s| {
        Ok(dashboard::dashboard(s, jalga_core::dates::today())?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

/// How many deadlines are overdue and due: the navigation's badge, counted
/// from the store's candidates without building the whole dashboard.
#[tauri::command]
pub async fn deadline_counts<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Answer<dashboard::DeadlineCounts> {
    on_own_store(&app, move |s| {
        Ok(dashboard::counts(s, jalga_core::dates::today())?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn save_form_draft<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    json: String,
    lang: Lang,
) -> Answer<()> {
    writing(&app, lang, move |s| {
        drafts::save_form(s, &key, &json, jalga_core::dates::now())
    })
    .await
}

#[tauri::command]
pub async fn load_form_draft<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    lang: Lang,
) -> Answer<Option<String>> {
    with_store(&app, lang, move |s| drafts::load_form(s, &key)).await
}

#[tauri::command]
pub async fn delete_form_draft<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    lang: Lang,
) -> Answer<()> {
    writing(&app, lang, move |s| drafts::delete_form(s, &key)).await
}

/// Where exported documents go: `<data folder>/documents`.
fn documents_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, ShellError> {
    Ok(app.state::<DataDir>().resolve(app)?.join("documents"))
}

/// Writes one document of a lease; returns the file's path.
#[tauri::command]
pub async fn export_document<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    kind: DocKind,
    doc_lang: DocLang,
    lang: Lang,
) -> Answer<String> {
    let id = lease_id.clone();
    let data = writing(&app, lang, move |s| {
        export::issue(s, &id, kind, doc_lang, jalga_core::dates::now())
    })
    .await?;
    let dir = documents_dir(&app).map_err(|e| e.to_problem(lang))?;
    tauri::async_runtime::spawn_blocking(move || {
        export::write_pdf(&lease_id, kind, doc_lang, &data, &dir)
    })
    .await
    .map_err(|e| unexpected(e.to_string()))?
    .map(|p| p.display().to_string())
    .map_err(|e| e.to_problem(lang))
}

/// One step of a batch export.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BatchProgress {
    pub done: u32,
    pub total: u32,
    pub file: Option<String>,
    pub problem: Option<Problem>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BatchResult {
    pub total: u32,
    pub ok: u32,
    pub failed: u32,
    pub folder: String,
}

/// Exports every ready lease's documents, reporting each file as it is
/// written. The store is held only while a document's data is gathered.
#[tauri::command]
pub async fn export_batch<R: Runtime>(
    app: AppHandle<R>,
    doc_lang: DocLang,
    lang: Lang,
    on_progress: Channel<BatchProgress>,
) -> Answer<BatchResult> {
    let jobs = with_store(&app, lang, |s| export::batch_plan(s)).await?;
    let dir = documents_dir(&app).map_err(|e| e.to_problem(lang))?;
    let total = jobs.len() as u32;
    let (mut ok, mut failed) = (0, 0);
    for (i, job) in jobs.into_iter().enumerate() {
        let (id, kind) = (job.lease_id.clone(), job.kind);
        let written = match writing(&app, lang, move |s| {
            export::issue(s, &id, kind, doc_lang, jalga_core::dates::now())
        })
        .await
        {
            Err(p) => Err(p),
            Ok(data) => {
                let dir = dir.clone();
                tauri::async_runtime::spawn_blocking(move || {
                    export::write_pdf(&job.lease_id, job.kind, doc_lang, &data, &dir)
                })
                .await
                .map_err(|e| unexpected(e.to_string()))?
                .map_err(|e| e.to_problem(lang))
            }
        };
        let (file, problem) = match written {
            Ok(p) => {
                ok += 1;
                (Some(p.display().to_string()), None)
            }
            Err(p) => {
                failed += 1;
                (None, Some(p))
            }
        };
        let _ = on_progress.send(BatchProgress {
            done: i as u32 + 1,
            total,
            file,
            problem,
        });
    }
    Ok(BatchResult {
        total,
        ok,
        failed,
        folder: dir.display().to_string(),
    })
}

/// Opens the documents folder in the desktop's file manager.
#[tauri::command]
pub async fn open_documents_folder<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Answer<String> {
    let dir = app
        .state::<DataDir>()
        .resolve(&app)
        .map_err(|e| e.to_problem(lang))?
        .join("documents");
    std::fs::create_dir_all(&dir).map_err(|e| {
        ShellError::DataDirUnusable(dir.display().to_string(), e.to_string()).to_problem(lang)
    })?;
    // The desktop's own file manager (Explorer on Windows, the desktop's
    // opener on Linux), called from here: the window itself may open nothing.
    app.opener()
        .open_path(dir.display().to_string(), None::<&str>)
        .map_err(|e| unexpected(e.to_string()))?;
    Ok(dir.display().to_string())
}

fn unexpected(detail: String) -> Problem {
    Problem::new("unexpected", jalga_core::privacy::mask_text(&detail))
}
