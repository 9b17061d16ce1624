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
use tauri::{AppHandle, Manager, Runtime, State};

use crate::{AppStore, DataDir, ShellError};

type Answer<T> = Result<T, Problem>;

/// Runs `f` on the store, turning any error into a localized problem.
/// The local time a document is recorded as issued at.
fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

fn with_store<R: Runtime, T>(
    app: &AppHandle<R>,
    lang: Lang,
    f: impl FnOnce(&mut jalga_core::Store) -> Result<T, CoreError>,
) -> Answer<T> {
    let state = app.state::<AppStore>();
    let mut store = state.get(app).map_err(|e| e.to_problem(lang))?;
    f(&mut store).map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub fn list_dwellings<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    offset: u32,
    limit: u32,
    lang: Lang,
) -> Answer<dwellings::DwellingPage> {
    with_store(&app, lang, |s| {
        dwellings::list_dwellings(s, &query, offset, limit)
    })
}

#[tauri::command]
pub fn dwelling_status<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    lang: Lang,
) -> Answer<dwellings::DwellingStatus> {
    with_store(&app, lang, |s| {
        dwellings::dwelling_status(s, &id, DEFAULT_PRESET, jalga_core::landlord::today())
    })
}

#[tauri::command]
pub fn check_dwelling(property: Property, owners: Vec<Owner>) -> Vec<Violation> {
    dwellings::check_dwelling(&property, &owners)
}

#[tauri::command]
pub fn save_dwelling<R: Runtime>(
    app: AppHandle<R>,
    property: Property,
    owners: Vec<Owner>,
    lang: Lang,
) -> Answer<()> {
    with_store(&app, lang, |s| {
        dwellings::save_dwelling(s, &property, &owners)
    })
}

#[tauri::command]
pub fn list_people<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    offset: u32,
    limit: u32,
    lang: Lang,
) -> Answer<people::PersonPage> {
    with_store(&app, lang, |s| {
        people::list_people(s, &query, offset, limit)
    })
}

#[tauri::command]
pub fn get_person<R: Runtime>(app: AppHandle<R>, id: String, lang: Lang) -> Answer<Option<Person>> {
    with_store(&app, lang, |s| s.get::<Person>(&id))
}

#[tauri::command]
pub fn check_person(person: Person) -> Vec<Violation> {
    people::check_person(&person)
}

#[tauri::command]
pub fn save_person<R: Runtime>(app: AppHandle<R>, person: Person, lang: Lang) -> Answer<()> {
    with_store(&app, lang, |s| people::save_person(s, &person))
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
pub fn check_lease_draft<R: Runtime>(
    app: AppHandle<R>,
    draft: lease::LeaseDraft,
    lang: Lang,
) -> Answer<lease::DraftCheck> {
    with_store(&app, lang, |s| {
        lease::check_draft(s, &draft, jalga_core::landlord::today())
    })
}

#[tauri::command]
pub fn save_lease<R: Runtime>(
    app: AppHandle<R>,
    draft: lease::LeaseDraft,
    save_as: lease::SaveAs,
    lang: Lang,
) -> Answer<lease::LeaseReadiness> {
    with_store(&app, lang, |s| {
        lease::save_lease(s, &draft, &save_as, jalga_core::landlord::now())
    })
}

#[tauri::command]
pub fn list_leases<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    lang: Lang,
) -> Answer<Vec<lease::LeaseRow>> {
    with_store(&app, lang, |s| lease::list_leases(s, &query, 2000))
}

#[tauri::command]
pub fn deadline_dashboard<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Answer<dashboard::Dashboard> {
    with_store(&app, lang, |s| {
        dashboard::dashboard(s, jalga_core::landlord::today())
    })
}

#[tauri::command]
pub fn save_form_draft<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    json: String,
    lang: Lang,
) -> Answer<()> {
    with_store(&app, lang, |s| {
        drafts::save_form(s, &key, &json, jalga_core::landlord::now())
    })
}

#[tauri::command]
pub fn load_form_draft<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    lang: Lang,
) -> Answer<Option<String>> {
    with_store(&app, lang, |s| drafts::load_form(s, &key))
}

#[tauri::command]
pub fn delete_form_draft<R: Runtime>(app: AppHandle<R>, key: String, lang: Lang) -> Answer<()> {
    with_store(&app, lang, |s| drafts::delete_form(s, &key))
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
    let data = with_store(&app, lang, |s| {
        export::issue(s, &lease_id, kind, doc_lang, now())
    })?;
    let dir = documents_dir(&app).map_err(|e| e.to_problem(lang))?;
    tauri::async_runtime::spawn_blocking(move || {
        export::write_pdf(&lease_id, kind, doc_lang, &data, &dir)
    })
    .await
    .map_err(|e| unexpected(e.to_string()))?
    .map(|p| p.display().to_string())
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn preview_document<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    kind: DocKind,
    doc_lang: DocLang,
    lang: Lang,
) -> Answer<Vec<export::PreviewBlock>> {
    let data = with_store(&app, lang, |s| export::export_data(s, &lease_id, kind))?;
    tauri::async_runtime::spawn_blocking(move || export::preview(&data, kind, doc_lang))
        .await
        .map_err(|e| unexpected(e.to_string()))?
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
    let jobs = with_store(&app, lang, |s| export::batch_plan(s))?;
    let dir = documents_dir(&app).map_err(|e| e.to_problem(lang))?;
    let total = jobs.len() as u32;
    let (mut ok, mut failed) = (0, 0);
    for (i, job) in jobs.into_iter().enumerate() {
        let written = match with_store(&app, lang, |s| {
            export::issue(s, &job.lease_id, job.kind, doc_lang, now())
        }) {
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
pub fn open_documents_folder<R: Runtime>(
    app: AppHandle<R>,
    data_dir: State<'_, DataDir>,
    lang: Lang,
) -> Answer<String> {
    let dir = data_dir
        .resolve(&app)
        .map_err(|e| e.to_problem(lang))?
        .join("documents");
    std::fs::create_dir_all(&dir).map_err(|e| {
        ShellError::DataDirUnusable(dir.display().to_string(), e.to_string()).to_problem(lang)
    })?;
    // The desktop's own opener; the app itself never touches the network.
    std::process::Command::new("xdg-open")
        .arg(&dir)
        .spawn()
        .map_err(|e| unexpected(e.to_string()))?;
    Ok(dir.display().to_string())
}

fn unexpected(detail: String) -> Problem {
    Problem {
        code: "unexpected".into(),
        field: None,
        message: detail,
    }
}
