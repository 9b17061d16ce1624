//! Findings as CSV, one row per finding, columns documented in
//! `docs/audit.md`.

use std::io::Write;

use super::AuditReport;
use crate::formula::escape;
use crate::i18n::Lang;

/// The header, in order.
pub const FINDING_COLUMNS: &[&str] = &[
    "kind",
    "severity",
    "subject_kind",
    "subject_id",
    "subject",
    "district",
    "date",
    "score",
    "summary",
    "explanation",
    "related",
];

/// Writes the findings, with their texts in `lang`.
pub fn write_csv(report: &AuditReport, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(FINDING_COLUMNS)?;
    for f in &report.findings {
        let explanation: Vec<String> = f.explanation.iter().map(|m| m.render(lang)).collect();
        // Names, addresses and texts may begin like a formula; a clerk
        // opens this file in a spreadsheet.
        let text = |s: &str| escape(s).into_owned();
        w.write_record([
            f.kind.code().to_owned(),
            f.severity.code().to_owned(),
            f.subject.kind.code().to_owned(),
            text(&f.subject.id),
            text(&f.subject.label),
            text(f.district.as_deref().unwrap_or_default()),
            f.date.map(|d| d.to_string()).unwrap_or_default(),
            f.score.to_string(),
            text(&f.summary.render(lang)),
            text(&explanation.join("\n")),
            text(&f.related.join(" ")),
        ])?;
    }
    w.flush()
}
