//! The clerk's commands: load files, run the audit, page through its
//! findings, verify documents, export reports, chart the store.
//!
//! Long work (import, audit) runs on a blocking thread with its own
//! connection to the database, so the UI's other commands keep answering
//! (SQLite's WAL lets readers go on while an import writes). Progress goes
//! out as events; a cancel flag in the state stops the work, and the core
//! rolls a cancelled import back.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use jalga_core::audit::verdict::{self, VerifyView};
use jalga_core::audit::{
    self, AuditOptions, AuditReport, Checked, FindingKind, KindCount, Severity, Subject,
};
use jalga_core::documents;
use jalga_core::interchange::mapping::{self, MappingProfile};
use jalga_core::interchange::office::{self, OfficeOptions, OfficePreview};
use jalga_core::interchange::{self, Format, ImportProgress, Watch};
use jalga_core::limits;
use jalga_core::stats::{self, DwellingDensity, MonthCount, StatsFilter};
use jalga_core::{CoreError, Lang, Problem, Store};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use ts_rs::TS;

use crate::{off_main, on_store, DataDir, ShellError, WriteGate};

mod views;
pub use views::{
    AuditChoices, AuditRun, Charts, FindingDetail, FindingPage, FindingRow, LoadResult, MappedLoad,
    PresetChoice,
};

/// The event that carries an import's [`ImportProgress`].
pub const IMPORT_PROGRESS: &str = "clerk-import-progress";

/// The clerk's state: cancel flags and the last audit, whose findings the
/// table pages through (a city's findings never cross the bridge at once).
#[derive(Default)]
pub struct ClerkState {
    import_cancel: Arc<AtomicBool>,
    audit_cancel: Arc<AtomicBool>,
    last_audit: Mutex<Option<Arc<AuditReport>>>,
}

impl ClerkState {
    fn last(&self) -> Option<Arc<AuditReport>> {
        self.last_audit
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

fn problem(e: CoreError, lang: Lang) -> Problem {
    e.to_problem(lang)
}

fn shell_problem(e: ShellError, lang: Lang) -> Problem {
    e.to_problem(lang)
}

/// Runs `work` on a blocking thread with its own connection.
async fn on_own_connection<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    lang: Lang,
    work: impl FnOnce(&mut Store) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, Problem> {
    own_connection(app, lang, false, work).await
}

/// [`on_own_connection`] for work that writes: it holds the app's
/// [`WriteGate`] throughout, so that the landlord's saves wait for it in
/// turn instead of failing on SQLite's busy timeout.
async fn writing_own_connection<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    lang: Lang,
    work: impl FnOnce(&mut Store) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, Problem> {
    own_connection(app, lang, true, work).await
}

async fn own_connection<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    lang: Lang,
    writes: bool,
    work: impl FnOnce(&mut Store) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, Problem> {
    let app = app.clone();
    let done = off_main(move || {
        let gate = app.state::<WriteGate>();
        let _turn = if writes {
            Some(gate.enter(None)?)
        } else {
            None
        };
        // The office server when the settings name one: a clerk's audit
        // and import are the server's, not the computer's file's.
        let mut store = crate::own_store(&app)?;
        Ok(work(&mut store))
    });
    match done.await {
        Ok(answer) => answer.map_err(|e| problem(e, lang)),
        Err(e) => Err(shell_problem(e, lang)),
    }
}

fn read_file(path: &Path) -> Result<std::fs::File, CoreError> {
    std::fs::File::open(path).map_err(|e| CoreError::Io {
        path: path.display().to_string(),
        source: e,
    })
}

/// Imports a JSON bundle, a registrations CSV or a Jalga PDF's data, by
/// the file's extension. Progress goes out as [`IMPORT_PROGRESS`] events.
#[tauri::command]
pub async fn clerk_import<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    lang: Lang,
) -> Result<LoadResult, Problem> {
    let file = PathBuf::from(path.trim());
    // By the name's ending; `.json.gz` and `.csv.gz` are unpacked on the way.
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let ext = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = ext
        .rsplit_once('.')
        .map(|(_, e)| e)
        .unwrap_or("")
        .to_owned();
    let cancel = app.state::<ClerkState>().import_cancel.clone();
    cancel.store(false, Ordering::Relaxed);
    let emitter = app.clone();
    writing_own_connection(&app, lang, move |store| {
        let mut report = |p: ImportProgress| {
            let _ = emitter.emit(IMPORT_PROGRESS, p);
        };
        // An office's file (a workbook, or a CSV that is not Jalga's own)
        // goes through the office front end, its columns recognised by name.
        let office_file = match ext.as_str() {
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => true,
            "csv" => !office::is_jalga_csv(&file)?,
            _ => false,
        };
        if office_file {
            let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            let mut watch = Watch::new(&cancel, size, &mut report);
            let done =
                office::import_file(store, &file, &OfficeOptions::default(), lang, &mut watch)?;
            return Ok(LoadResult {
                format: ext,
                records: done.records,
                code: None,
                note: None,
            });
        }
        match ext.as_str() {
            "json" | "csv" => {
                let cap = limits::ImportLimits::current().for_file(ext == "csv");
                limits::check_size(&file, cap)?;
                let mut input = read_file(&file)?;
                let size = input.metadata().map(|m| m.len()).unwrap_or(0);
                let format = if ext == "json" {
                    Format::Json
                } else {
                    Format::Csv
                };
                let mut watch = Watch::new(&cancel, size, &mut report);
                let s =
                    interchange::import_watched_from(store, format, &mut input, &file, &mut watch)?;
                Ok(LoadResult {
                    format: ext,
                    records: s.records,
                    code: None,
                    note: None,
                })
            }
            "pdf" => {
                let bytes = limits::read_file(&file, limits::MAX_PDF_BYTES)?;
                let mut watch = Watch::new(&cancel, bytes.len() as u64, &mut report);
                let d = documents::import_document(store, &bytes, &mut watch)?;
                Ok(LoadResult {
                    format: ext,
                    records: d.records,
                    note: Some(d.note.render(lang)),
                    code: Some(d.code),
                })
            }
            _ => Err(CoreError::Invalid {
                field: "path".into(),
                message: jalga_core::i18n::Message::new("clerk-load-unknown-format")
                    .arg("path", file.display().to_string()),
            }),
        }
    })
    .await
}

#[tauri::command]
pub fn clerk_cancel_import<R: Runtime>(app: AppHandle<R>) {
    app.state::<ClerkState>()
        .import_cancel
        .store(true, Ordering::Relaxed);
}

#[tauri::command]
pub fn clerk_cancel_audit<R: Runtime>(app: AppHandle<R>) {
    app.state::<ClerkState>()
        .audit_cancel
        .store(true, Ordering::Relaxed);
}

/// Runs the audit on its own connection and keeps the report for paging.
#[tauri::command]
pub async fn clerk_audit<R: Runtime>(
    app: AppHandle<R>,
    options: AuditOptions,
    lang: Lang,
) -> Result<AuditRun, Problem> {
    let cancel = app.state::<ClerkState>().audit_cancel.clone();
    cancel.store(false, Ordering::Relaxed);
    let report = on_own_connection(&app, lang, move |store| {
        audit::run(store, &options, &cancel)
    })
    .await?;
    let run = AuditRun {
        preset: report.preset.clone(),
        today: report.today,
        total: report.findings.len() as u32,
        counts: report.counts.clone(),
        checked: report.checked.clone(),
    };
    *app.state::<ClerkState>()
        .last_audit
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(report));
    Ok(run)
}

/// Findings `offset..offset+limit` of the last audit.
#[tauri::command]
pub fn clerk_findings<R: Runtime>(
    app: AppHandle<R>,
    offset: u32,
    limit: u32,
    lang: Lang,
) -> FindingPage {
    let Some(report) = app.state::<ClerkState>().last() else {
        return FindingPage {
            total: 0,
            rows: Vec::new(),
        };
    };
    let rows = report
        .findings
        .iter()
        .enumerate()
        .skip(offset as usize)
        .take(limit.min(1000) as usize)
        .map(|(i, f)| FindingRow {
            index: i as u32,
            kind: f.kind,
            severity: f.severity,
            subject: f.subject.label.clone(),
            district: f.district.clone(),
            date: f.date.map(|d| d.to_string()),
            summary: f.summary.render(lang),
        })
        .collect();
    FindingPage {
        total: report.findings.len() as u32,
        rows,
    }
}

#[tauri::command]
pub fn clerk_finding<R: Runtime>(
    app: AppHandle<R>,
    index: u32,
    lang: Lang,
) -> Result<FindingDetail, Problem> {
    let report = app.state::<ClerkState>().last();
    let f = report
        .as_ref()
        .and_then(|r| r.findings.get(index as usize))
        .ok_or_else(|| {
            CoreError::NotFound {
                kind: "finding".into(),
                id: index.to_string(),
            }
            .to_problem(lang)
        })?;
    Ok(FindingDetail {
        index,
        kind: f.kind,
        severity: f.severity,
        subject: f.subject.clone(),
        district: f.district.clone(),
        date: f.date.map(|d| d.to_string()),
        summary: f.summary.render(lang),
        explanation: f.explanation.iter().map(|m| m.render(lang)).collect(),
        unconfirmed: jalga_core::rules::rests_on_unconfirmed(&f.explanation),
        related: f.related.clone(),
    })
}

#[tauri::command]
pub async fn clerk_choices<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Result<AuditChoices, Problem> {
    let registry = jalga_core::rules::norm::NormRegistry::builtin();
    let districts = on_store(&app, |s| Ok(stats::districts(s)?))
        .await
        .map_err(|e| e.to_problem(lang))?;
    Ok(AuditChoices {
        presets: registry
            .presets()
            .iter()
            .map(|p| PresetChoice {
                id: p.id.clone(),
                m2_per_person: p.m2_per_person,
            })
            .collect(),
        default_preset: jalga_core::rules::norm::DEFAULT_PRESET.to_owned(),
        districts,
    })
}

/// Verifies a PDF file: against its own data, then against the store.
#[tauri::command]
pub async fn clerk_verify_pdf<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    lang: Lang,
) -> Result<VerifyView, Problem> {
    let file = PathBuf::from(path.trim());
    on_own_connection(&app, lang, move |store| {
        let bytes = limits::read_file(&file, limits::MAX_PDF_BYTES)?;
        Ok(verdict::verify_pdf(store, &bytes, documents::Trust::system(), lang)?.1)
    })
    .await
}

/// Verifies a typed verification code against the documents the store issued.
#[tauri::command]
pub async fn clerk_verify_code<R: Runtime>(
    app: AppHandle<R>,
    code: String,
    lang: Lang,
) -> Result<VerifyView, Problem> {
    on_own_connection(&app, lang, move |store| {
        Ok(verdict::verify_code(store, &code, lang)?.1)
    })
    .await
}

/// Writes the last audit as a PDF report in `doc_lang` (kk, ru, en, kk+ru).
#[tauri::command]
pub async fn clerk_export_pdf<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    doc_lang: String,
    lang: Lang,
) -> Result<String, Problem> {
    let report = last_or_problem(&app, lang)?;
    let file = PathBuf::from(path.trim());
    off_main(move || {
        let bytes = doc_lang
            .parse::<documents::DocLang>()
            .map_err(CoreError::from)
            .and_then(|l| audit::report_pdf::render(&report, l))?;
        std::fs::write(&file, bytes).map_err(|e| CoreError::Io {
            path: file.display().to_string(),
            source: e,
        })?;
        Ok(file.display().to_string())
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

fn last_or_problem<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
) -> Result<Arc<AuditReport>, Problem> {
    app.state::<ClerkState>().last().ok_or_else(|| {
        CoreError::Invalid {
            field: "audit".into(),
            message: jalga_core::i18n::Message::new("clerk-no-audit"),
        }
        .to_problem(lang)
    })
}

/// Writes the last audit's findings as CSV.
#[tauri::command]
pub async fn clerk_export_csv<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    lang: Lang,
) -> Result<String, Problem> {
    let report = last_or_problem(&app, lang)?;
    let file = PathBuf::from(path.trim());
    off_main(move || {
        let io = |e: std::io::Error| CoreError::Io {
            path: file.display().to_string(),
            source: e,
        };
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).map_err(io)?);
        audit::export::write_csv(&report, lang, &mut out).map_err(io)?;
        out.flush().map_err(io)?;
        Ok(file.display().to_string())
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn clerk_charts<R: Runtime>(
    app: AppHandle<R>,
    district: Option<String>,
    from: Option<NaiveDate>,
    today: NaiveDate,
    top: u32,
    lang: Lang,
) -> Result<Charts, Problem> {
    on_own_connection(&app, lang, move |store| {
        let filter = StatsFilter {
            district: district.clone(),
            from,
            to: Some(today),
        };
        Ok(Charts {
            per_month: stats::registrations_per_month(store, &filter)?,
            densest: stats::densest_dwellings(store, today, district.as_deref(), top)?,
        })
    })
    .await
}

/// The folder the clerk's column mappings are kept in: one JSON file per
/// profile in the data folder, the same file `jalga import --mapping` reads.
fn profiles_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, ShellError> {
    Ok(app.state::<DataDir>().resolve(app)?.join(PROFILES_DIR))
}

/// The data folder's sub-folder of mapping profiles.
pub const PROFILES_DIR: &str = "import-profiles";

/// [`off_main`] for file reading that needs no store, with the clerk's
/// problems.
async fn read_off_main<T: Send + 'static>(
    lang: Lang,
    work: impl FnOnce() -> Result<T, CoreError> + Send + 'static,
) -> Result<T, Problem> {
    match off_main(move || Ok(work())).await {
        Ok(answer) => answer.map_err(|e| problem(e, lang)),
        Err(e) => Err(shell_problem(e, lang)),
    }
}

/// An office file's headings, the columns recognised (with `profile`'s
/// decisions) and its first rows, for the mapping screen.
#[tauri::command]
pub async fn clerk_import_preview(
    path: String,
    profile: Option<MappingProfile>,
    sheet: Option<String>,
    lang: Lang,
) -> Result<OfficePreview, Problem> {
    let file = PathBuf::from(path.trim());
    read_off_main(lang, move || {
        office::preview(&file, &OfficeOptions { profile, sheet }, lang)
    })
    .await
}

/// The saved mapping profiles, by name.
#[tauri::command]
pub async fn clerk_import_profiles<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Result<Vec<MappingProfile>, Problem> {
    let dir = profiles_dir(&app).map_err(|e| shell_problem(e, lang))?;
    read_off_main(lang, move || mapping::list_profiles(&dir)).await
}

/// Saves a mapping profile under its name (replacing one of that name).
#[tauri::command]
pub async fn clerk_save_import_profile<R: Runtime>(
    app: AppHandle<R>,
    profile: MappingProfile,
    lang: Lang,
) -> Result<(), Problem> {
    let dir = profiles_dir(&app).map_err(|e| shell_problem(e, lang))?;
    read_off_main(lang, move || {
        mapping::save_profile(&dir, &profile).map(|_| ())
    })
    .await
}

/// Imports an office's file (CSV in any usual encoding, or a workbook)
/// through `profile`; progress as [`IMPORT_PROGRESS`] events, cancelled by
/// `clerk_cancel_import`.
#[tauri::command]
pub async fn clerk_import_mapped<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    profile: Option<MappingProfile>,
    sheet: Option<String>,
    lang: Lang,
) -> Result<MappedLoad, Problem> {
    let file = PathBuf::from(path.trim());
    let cancel = app.state::<ClerkState>().import_cancel.clone();
    cancel.store(false, Ordering::Relaxed);
    let emitter = app.clone();
    on_own_connection(&app, lang, move |store| {
        let mut report = |p: ImportProgress| {
            let _ = emitter.emit(IMPORT_PROGRESS, p);
        };
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        let mut watch = Watch::new(&cancel, size, &mut report);
        let done = office::import_file(
            store,
            &file,
            &OfficeOptions { profile, sheet },
            lang,
            &mut watch,
        )?;
        Ok(MappedLoad {
            records: done.records,
            notes: done.notes.iter().map(|n| n.render(lang)).collect(),
        })
    })
    .await
}
