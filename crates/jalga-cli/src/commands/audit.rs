//! `audit`: the clerk's audit of the database, with findings explained;
//! exit 1 when anything is found.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use clap::Args;
use jalga_core::audit::{self, AuditOptions, AuditReport, FindingKind, Severity};
use jalga_core::documents::DocLang;
use jalga_core::i18n::Message;
use jalga_core::rules::norm::DEFAULT_PRESET;
use jalga_core::{CoreError, Lang};
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct AuditArgs {
    /// The area-norm preset for overcrowding.
    #[arg(long, default_value = DEFAULT_PRESET)]
    preset: String,
    /// Only these kinds (repeatable): overcrowded, double-registration,
    /// no-lease, outside-lease, invalid-iin, iin-mismatch, late-registration,
    /// late-notice, overstay, no-consent, duplicate-person.
    #[arg(long = "kind", value_name = "KIND")]
    kinds: Vec<String>,
    /// Only findings in this district (as written in the data).
    #[arg(long)]
    district: Option<String>,
    /// Only findings dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    from: Option<NaiveDate>,
    /// Only findings dated on or before this day.
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    to: Option<NaiveDate>,
    /// Only findings at least this severe: low, medium, high, critical.
    #[arg(long, value_name = "SEVERITY")]
    min_severity: Option<String>,
    /// The day to audit as of (default: today).
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    today: Option<NaiveDate>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Also write the findings as CSV to this file.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Also write the findings as an Excel workbook (.xlsx) to this file,
    /// headings and texts in the --lang language.
    #[arg(long, value_name = "FILE")]
    xlsx: Option<PathBuf>,
    /// Also write the audit report as PDF (in the --lang language; kk+ru by
    /// default) to this file.
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
}

/// A finding as `--json` prints it: its words in the chosen language.
#[derive(Serialize)]
struct FindingOut<'a> {
    kind: FindingKind,
    severity: Severity,
    subject: &'a audit::Subject,
    district: Option<&'a str>,
    date: Option<NaiveDate>,
    score: f64,
    summary: String,
    explanation: Vec<String>,
    related: &'a [String],
}

#[derive(Serialize)]
struct ReportOut<'a> {
    preset: &'a str,
    today: NaiveDate,
    counts: &'a [audit::KindCount],
    checked: &'a audit::Checked,
    findings: Vec<FindingOut<'a>>,
}

pub fn options(args: &AuditArgs) -> Result<AuditOptions, CliError> {
    let mut kinds = Vec::new();
    for k in &args.kinds {
        match FindingKind::from_code(k) {
            Some(kind) => kinds.push(kind),
            None => {
                let known: Vec<&str> = FindingKind::ALL.iter().map(|k| k.code()).collect();
                return Err(CliError::Usage(
                    Message::new("audit-unknown-kind")
                        .arg("kind", k.as_str())
                        .arg("known", known.join(", ")),
                ));
            }
        }
    }
    let min_severity = match &args.min_severity {
        None => None,
        Some(s) => Some(Severity::from_code(s).ok_or_else(|| {
            CliError::Usage(Message::new("audit-unknown-severity").arg("severity", s.as_str()))
        })?),
    };
    Ok(AuditOptions {
        preset: args.preset.clone(),
        kinds,
        district: args.district.clone(),
        from: args.from,
        to: args.to,
        min_severity,
        today: args.today.unwrap_or_else(jalga_core::dates::today),
    })
}

pub fn run(ctx: &Context, args: &AuditArgs) -> Result<Outcome, CliError> {
    let opts = options(args)?;
    let store = crate::commands::data::open(ctx)?;
    let report = audit::run(&store, &opts, &AtomicBool::new(false))?;
    let lang = ctx.lang;
    if let Some(path) = &args.csv {
        let io = |e: std::io::Error| {
            CliError::Core(CoreError::Io {
                path: path.display().to_string(),
                source: e,
            })
        };
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
        audit::export::write_csv(&report, lang, &mut f).map_err(io)?;
        f.flush().map_err(io)?;
        if !args.json {
            eprintln!(
                "{}",
                Message::new("audit-csv-written")
                    .arg("path", path.display().to_string())
                    .render(lang)
            );
        }
    }
    if let Some(path) = &args.xlsx {
        crate::commands::data::write_file(path, |out| {
            jalga_core::interchange::xlsx_export::export_findings_xlsx(&report, lang, out)
        })?;
        if !args.json {
            eprintln!(
                "{}",
                Message::new("audit-csv-written")
                    .arg("path", path.display().to_string())
                    .render(lang)
            );
        }
    }
    if let Some(path) = &args.pdf {
        let bytes = audit::report_pdf::render(&report, ctx.doc_lang.unwrap_or(DocLang::KkRu))?;
        std::fs::write(path, bytes).map_err(|e| {
            CliError::Core(CoreError::Io {
                path: path.display().to_string(),
                source: e,
            })
        })?;
        if !args.json {
            eprintln!(
                "{}",
                Message::new("audit-pdf-written")
                    .arg("path", path.display().to_string())
                    .render(lang)
            );
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &json_view(&report, lang))?;
        writeln!(out)?;
    } else {
        print_human(&mut out, &report, lang)?;
    }
    out.flush()?;
    Ok(if report.is_clean() {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}

fn json_view(report: &AuditReport, lang: Lang) -> ReportOut<'_> {
    ReportOut {
        preset: &report.preset,
        today: report.today,
        counts: &report.counts,
        checked: &report.checked,
        findings: report
            .findings
            .iter()
            .map(|f| FindingOut {
                kind: f.kind,
                severity: f.severity,
                subject: &f.subject,
                district: f.district.as_deref(),
                date: f.date,
                score: f.score,
                summary: f.summary.render(lang),
                explanation: f.explanation.iter().map(|m| m.render(lang)).collect(),
                related: &f.related,
            })
            .collect(),
    }
}

fn kind_name(kind: FindingKind, lang: Lang) -> String {
    Message::new(&format!("audit-kind-{}", kind.code())).render(lang)
}

fn print_human(out: &mut dyn Write, report: &AuditReport, lang: Lang) -> std::io::Result<()> {
    let total = report.counts.last().map_or(0, |c| c.total);
    writeln!(
        out,
        "{}",
        Message::new("audit-header")
            .arg("today", report.today)
            .arg("preset", report.preset.as_str())
            .arg("total", total)
            .render(lang)
    )?;
    for f in &report.findings {
        let severity = Message::new(&format!("audit-severity-{}", f.severity.code())).render(lang);
        writeln!(
            out,
            "{} [{severity}] {}: {}",
            f.kind.code(),
            f.subject.id,
            f.summary.render(lang)
        )?;
    }
    if report.findings.is_empty() {
        writeln!(out, "{}", Message::new("audit-clean").render(lang))?;
    }
    for c in &report.counts {
        let name = match c.kind {
            Some(k) => kind_name(k, lang),
            None => "Σ".to_owned(),
        };
        writeln!(
            out,
            "{}",
            Message::new("audit-count-row")
                .arg("kind", name)
                .arg("total", c.total)
                .arg("critical", c.critical)
                .arg("high", c.high)
                .arg("medium", c.medium)
                .arg("low", c.low)
                .render(lang)
        )?;
    }
    let ch = &report.checked;
    writeln!(
        out,
        "{}",
        Message::new("audit-checked")
            .arg("dwellings", ch.dwellings as f64)
            .arg("people", ch.people as f64)
            .arg("registrations", ch.registrations as f64)
            .arg("notices", ch.notices as f64)
            .render(lang)
    )
}
