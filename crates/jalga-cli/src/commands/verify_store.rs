//! `verify --db`: documents checked against the database (a PDF, or a
//! printed code typed in), and the record `pdf` keeps of what it issued.

use std::io::Write;

use jalga_core::audit::issued::{self, StoreCheck};
use jalga_core::documents::{DocKind, DocLang, DocumentData};
use jalga_core::i18n::Message;
use jalga_core::{Lang, Store};
use serde::Serialize;

use super::docs::VerifyArgs;
use crate::{CliError, Context, Outcome};

/// Records a document `pdf` produced from the store.
pub fn record(
    store: &Store,
    kind: DocKind,
    id: &str,
    lang: DocLang,
    data: &DocumentData,
) -> Result<(), CliError> {
    issued::record_issued(
        store,
        kind,
        id,
        lang,
        data,
        chrono::Local::now().naive_local(),
    )?;
    Ok(())
}

#[derive(Serialize)]
struct CheckOut {
    input: String,
    #[serde(flatten)]
    check: StoreCheck,
    message: String,
    /// The parties' EDS signatures on a PDF.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    signatures: Vec<jalga_core::documents::SignatureSummary>,
}

fn message(check: &StoreCheck, lang: Lang) -> String {
    match check {
        StoreCheck::Intact {
            kind, subject_id, ..
        } => Message::new("verify-store-intact")
            .arg("kind", kind.code())
            .arg("subject", subject_id.as_str()),
        StoreCheck::Altered {
            kind,
            subject_id,
            what,
            ..
        } => Message::new("verify-store-altered")
            .arg("kind", kind.code())
            .arg("subject", subject_id.as_str())
            .arg("what", what.join(", ")),
        StoreCheck::Unknown { reason } => {
            Message::new("verify-store-unknown").arg("reason", reason.as_str())
        }
    }
    .render(lang)
}

pub fn run(ctx: &Context, args: &VerifyArgs) -> Result<Outcome, CliError> {
    let store = crate::commands::data::open(ctx)?;
    let mut outs = Vec::new();
    if let Some(code) = &args.code {
        let check = issued::verify_code(&store, code)?;
        outs.push(CheckOut {
            input: code.clone(),
            message: message(&check, ctx.lang),
            check,
            signatures: Vec::new(),
        });
    }
    let trust = args.trust.trust()?;
    for f in &args.files {
        let bytes =
            std::fs::read(f).map_err(|e| CliError::File(f.display().to_string(), e.to_string()))?;
        let check = issued::verify_pdf_against_store(&store, &bytes)?;
        let signatures = jalga_core::documents::verify_with(&bytes, &trust).signatures;
        outs.push(CheckOut {
            input: f.display().to_string(),
            message: message(&check, ctx.lang),
            check,
            signatures,
        });
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &outs)?;
        writeln!(out)?;
    } else {
        for o in &outs {
            // The core's verdict word: issued-here, altered or unknown.
            let state = o.check.status().code();
            let code = match &o.check {
                StoreCheck::Intact { code, .. } | StoreCheck::Altered { code, .. } => code.as_str(),
                StoreCheck::Unknown { reason } => reason.as_str(),
            };
            writeln!(out, "{} {state} {code}: {}", o.input, o.message)?;
            for line in crate::commands::sign::signature_lines(&o.signatures, ctx.lang) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(if outs.iter().all(|o| o.check.is_intact()) {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}
