//! `verify --db`: documents checked against the database (a PDF, or a
//! printed code typed in), and the record `pdf` keeps of what it issued.

use std::io::Write;

use jalga_core::audit::issued::{self, StoreCheck};
use jalga_core::audit::verdict::{self, VerifyView};
use jalga_core::documents::{self, DocStatus, SignatureSummary};
use jalga_core::limits;
use serde::Serialize;

use super::docs::VerifyArgs;
use crate::{CliError, Context, Outcome};

#[derive(Serialize)]
struct CheckOut {
    input: String,
    #[serde(flatten)]
    check: StoreCheck,
    message: String,
    #[serde(skip)]
    state: DocStatus,
    /// The parties' EDS signatures on a PDF.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    signatures: Vec<SignatureSummary>,
}

impl CheckOut {
    fn new(
        input: String,
        check: StoreCheck,
        view: VerifyView,
        signatures: Vec<SignatureSummary>,
    ) -> Self {
        CheckOut {
            input,
            check,
            message: jalga_core::privacy::mask_text(&view.reason.unwrap_or_default()),
            state: view.state,
            signatures,
        }
    }
}

pub fn run(ctx: &Context, args: &VerifyArgs) -> Result<Outcome, CliError> {
    let store = crate::commands::data::open(ctx)?;
    let mut outs = Vec::new();
    if let Some(code) = &args.code {
        let (check, view) = verdict::verify_code(&store, code, ctx.lang)?;
        outs.push(CheckOut::new(code.clone(), check, view, Vec::new()));
    }
    let trust = args.trust.trust()?;
    for f in &args.files {
        let bytes = limits::read_file(f, limits::MAX_PDF_BYTES)?;
        // The one rule (`verdict::view`), with the file's own verdict kept
        // for its structured signatures.
        let own = documents::verify_with(&bytes, &trust);
        let check = issued::verify_pdf_against_store(&store, &bytes)?;
        let view = verdict::view(Some(&own), &check, ctx.lang);
        outs.push(CheckOut::new(
            f.display().to_string(),
            check,
            view,
            own.signatures,
        ));
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &outs)?;
        writeln!(out)?;
    } else {
        for o in &outs {
            // The core's verdict word: issued-here, altered or unknown.
            let state = o.state.code();
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
