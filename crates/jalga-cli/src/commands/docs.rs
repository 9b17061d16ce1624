//! `pdf` and `verify`: the documents.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use jalga_core::documents::{self, DocKind, DocLang, DocumentData};
use jalga_core::i18n::{Message, ToMessage};
use jalga_core::landlord::{export, export_policy};
use jalga_core::limits;
use rayon::prelude::*;
use serde::Serialize;

use crate::{CliError, Context, Outcome};
use jalga_core::domain::{ForeignerNotice, Lease};

/// The kinds, as the command line spells them.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Kind {
    Agreement,
    Consent,
    RegistrationSheet,
    ForeignerNotice,
    HandoverAct,
}

impl From<Kind> for DocKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Agreement => DocKind::Agreement,
            Kind::Consent => DocKind::Consent,
            Kind::RegistrationSheet => DocKind::RegistrationSheet,
            Kind::ForeignerNotice => DocKind::ForeignerNotice,
            Kind::HandoverAct => DocKind::HandoverAct,
        }
    }
}

#[derive(Args)]
pub struct PdfArgs {
    /// What to make.
    #[arg(value_enum)]
    kind: Kind,
    /// The lease's id in the database (--db); for a foreigner notice, the notice's id or its lease's.
    id: Option<String>,
    /// Document data as JSON (see assets/samples/); repeat it, or give a folder, for a batch.
    #[arg(long, value_name = "FILE|DIR", required_unless_present_any = ["id", "all"])]
    data: Vec<PathBuf>,
    /// A batch from the database: one PDF per lease (per notice for foreigner-notice).
    #[arg(long, conflicts_with_all = ["id", "data"])]
    all: bool,
    /// The PDF to write; for a batch, the folder to write one PDF per lease or data file into.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
}

#[derive(Args)]
pub struct VerifyArgs {
    /// The PDFs to check.
    #[arg(required_unless_present = "code", value_name = "FILE.pdf")]
    pub(crate) files: Vec<PathBuf>,
    /// A printed verification code to check against the --db database.
    #[arg(long, value_name = "CODE")]
    pub(crate) code: Option<String>,
    /// Print a JSON array of verdicts.
    #[arg(long)]
    pub(crate) json: bool,
    #[command(flatten)]
    pub(crate) trust: crate::commands::sign::TrustArgs,
}

pub fn read_data(path: &Path) -> Result<DocumentData, CliError> {
    let bytes = limits::read_file(path, limits::MAX_DOC_DATA_BYTES)?;
    serde_json::from_slice(&bytes)
        .map_err(|e| CliError::File(path.display().to_string(), e.to_string()))
}

/// The data files: each file as given, each folder's `*.json` in name order.
fn data_files(args: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for p in args {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "json"))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

pub fn pdf(ctx: &Context, args: &PdfArgs) -> Result<Outcome, CliError> {
    let kind = DocKind::from(args.kind);
    let lang = ctx.doc_lang.unwrap_or(DocLang::KkRu);
    limits::output_path(&args.out)?;
    if let Some(id) = &args.id {
        let store = crate::commands::data::open(ctx)?;
        // The app's export rule: only a ready lease's documents leave.
        let data = export::issue(&store, id, kind, lang, jalga_core::dates::now())?;
        std::fs::write(&args.out, documents::render(kind, &data, lang)?)?;
        return Ok(Outcome::Clean);
    }
    if args.all {
        let store = crate::commands::data::open(ctx)?;
        let ids: Vec<String> = if kind == DocKind::ForeignerNotice {
            store
                .list::<ForeignerNotice>()?
                .into_iter()
                .map(|n| n.id)
                .collect()
        } else {
            store.list::<Lease>()?.into_iter().map(|l| l.id).collect()
        };
        // The store is one connection: gather (and record) the data first,
        // render in parallel. A lease whose data cannot be gathered stops
        // the batch before anything is written.
        let mut jobs = Vec::with_capacity(ids.len());
        for id in ids {
            // A draft lease is left out, as the app's batch leaves it.
            if export_policy::check(&store, &id, kind).is_err() {
                continue;
            }
            let data = export::issue(&store, &id, kind, lang, jalga_core::dates::now())?;
            jobs.push(Job {
                data: Ok(data),
                label: id.clone(),
                stem: id,
            });
        }
        return batch(ctx, kind, lang, &args.out, jobs);
    }
    let files = data_files(&args.data)?;
    let single = files.len() == 1 && !args.data.iter().any(|p| p.is_dir());
    if files.is_empty() {
        return Err(CliError::Message(Message::new("doc-no-data-files")));
    }
    if single {
        let data = read_data(&files[0])?;
        let bytes = documents::render(kind, &data, lang)?;
        std::fs::write(&args.out, bytes)?;
        return Ok(Outcome::Clean);
    }
    let jobs = files
        .iter()
        .map(|f| Job {
            label: f.display().to_string(),
            stem: f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            data: read_data(f),
        })
        .collect();
    batch(ctx, kind, lang, &args.out, jobs)
}

/// One document of a batch: where its data came from, the file name's
/// stem, and the data (or why there is none).
struct Job {
    label: String,
    stem: String,
    data: Result<DocumentData, CliError>,
}

/// Renders a batch on every core with a progress bar, one PDF per job into
/// `out`; a job that fails gets one line on stderr and the exit code 1.
fn batch(
    ctx: &Context,
    kind: DocKind,
    lang: DocLang,
    out: &Path,
    jobs: Vec<Job>,
) -> Result<Outcome, CliError> {
    std::fs::create_dir_all(out)?;
    let bar = ProgressBar::new(jobs.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}")
            .expect("a valid progress template"),
    );
    let results: Vec<(&str, Result<(), CliError>)> = jobs
        .par_iter()
        .map(|job| {
            let r = (|| {
                let data = job
                    .data
                    .as_ref()
                    .map_err(|e| CliError::File(job.label.clone(), e.localized(ctx.lang)))?;
                let bytes = documents::render(kind, data, lang)?;
                // The stem may be an id from imported data: it must name a
                // file inside `out`, nothing else.
                let name = export_policy::file_name(&job.stem, kind, lang);
                jalga_core::portable::write_replacing(&limits::file_in(out, &name)?, &bytes)?;
                Ok(())
            })();
            bar.inc(1);
            (job.label.as_str(), r)
        })
        .collect();
    bar.finish_and_clear();
    let mut failed = false;
    for (label, r) in &results {
        match r {
            Err(CliError::File(_, why)) => {
                failed = true;
                eprintln!("jalga: {label}: {}", jalga_core::privacy::mask_text(why));
            }
            Err(e) => {
                failed = true;
                eprintln!("jalga: {label}: {}", e.localized(ctx.lang));
            }
            Ok(()) => {}
        }
    }
    let ok = results.iter().filter(|(_, r)| r.is_ok()).count() as u32;
    println!(
        "{}",
        Message::new("doc-written")
            .arg("count", ok)
            .render(ctx.lang)
    );
    Ok(if failed {
        Outcome::Reported
    } else {
        Outcome::Clean
    })
}

#[derive(Serialize)]
struct VerdictOut {
    file: String,
    #[serde(flatten)]
    verdict: documents::Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

pub fn verify(ctx: &Context, args: &VerifyArgs) -> Result<Outcome, CliError> {
    if ctx.db.is_some() || args.code.is_some() {
        return crate::commands::verify_store::run(ctx, args);
    }
    let mut all_ok = true;
    let mut outs = Vec::new();
    let trust = args.trust.trust()?;
    for f in &args.files {
        let bytes = limits::read_file(f, limits::MAX_PDF_BYTES)?;
        let verdict = documents::verify_with(&bytes, &trust);
        all_ok &= verdict.intact;
        let message = verdict
            .failure
            .as_ref()
            .map(|x| jalga_core::privacy::mask_text(&x.localize(ctx.lang)));
        outs.push(VerdictOut {
            file: f.display().to_string(),
            verdict,
            message,
        });
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &outs)?;
        writeln!(out)?;
    } else {
        for o in &outs {
            // The core's verdict word: consistent, altered or unknown
            // (without a database nothing can be "issued here").
            let status = o.verdict.status.code();
            match (&o.verdict.failure, &o.message) {
                (Some(f), Some(m)) => writeln!(out, "{} {status} {}: {m}", o.file, f.code())?,
                _ => writeln!(
                    out,
                    "{} {status} {}{}",
                    o.file,
                    o.verdict.code.as_deref().unwrap_or_default(),
                    if o.verdict.signatures.is_empty() {
                        " unsigned"
                    } else {
                        ""
                    }
                )?,
            }
            for line in crate::commands::sign::signature_lines(&o.verdict.signatures, ctx.lang) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(if all_ok {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}
