//! Findings as CSV, one row per finding, columns documented in
//! `docs/audit.md`.

use std::io::Write;

use super::AuditReport;
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
        w.write_record([
            f.kind.code().to_owned(),
            f.severity.code().to_owned(),
            f.subject.kind.code().to_owned(),
            f.subject.id.clone(),
            f.subject.label.clone(),
            f.district.clone().unwrap_or_default(),
            f.date.map(|d| d.to_string()).unwrap_or_default(),
            f.score.to_string(),
            f.summary.render(lang),
            explanation.join("\n"),
            f.related.join(" "),
        ])?;
    }
    w.flush()
}
