//! The audit report as a PDF (Kazakh, Russian, English or Kazakh and
//! Russian): the summary table per kind and severity, bar charts of the
//! findings by kind and of the densest dwellings, then the findings. Drawn
//! with the documents' layout engine and fonts (embedded as subsets), so
//! its text extracts with `pdftotext`.

use lopdf::Object;
use printpdf::{FontId, Mm, PdfDocument, PdfPage, PdfSaveOptions};

use super::{AuditReport, FindingKind};
use crate::documents::layout::{self, Align, Block, Flow, Item, Style};
use crate::documents::{verify as pdf, DocLang};
use crate::error::CoreError;
use crate::i18n::{Lang, Message};

/// How many findings the report lists in full; the CSV has them all.
pub const LISTED: usize = 300;

fn t(lang: Lang, id: &str) -> String {
    Message::new(id).render(lang)
}

fn kind_name(kind: FindingKind, lang: Lang) -> String {
    t(lang, &format!("audit-kind-{}", kind.code()))
}

/// Horizontal bars: a label, a bar proportional to the value (or to its
/// logarithm, when one value dwarfs the rest), the value.
fn bar_chart(
    items: &mut Vec<Item>,
    top: f32,
    title: &str,
    bars: &[(String, f64, String)],
    log: bool,
) -> f32 {
    let fonts = layout::fonts();
    let style = Style::BODY.small();
    let left = layout::LEFT;
    let width = layout::PAGE_W - layout::LEFT - layout::RIGHT;
    let label_w = width * 0.42;
    let bar_max = width * 0.42;
    let row_h = 14.0;
    let mut y = top;
    for line in layout::wrap(fonts, title, Style::BOLD, width) {
        items.push(Item::Text {
            x: left,
            y: y - 11.0,
            style: Style::BOLD,
            text: line,
        });
        y -= 13.5;
    }
    y -= 8.5;
    let axis_top = y + 4.0;
    let scale = |v: f64| if log { (1.0 + v.max(0.0)).ln() } else { v };
    let max = bars
        .iter()
        .map(|b| scale(b.1))
        .fold(0.0f64, f64::max)
        .max(1e-9);
    for (label, value, shown) in bars {
        let value = scale(*value);
        let mut label = label.clone();
        while fonts.width(&label, false, style.size) > label_w - 4.0 && label.chars().count() > 4 {
            label = label
                .chars()
                .take(label.chars().count() - 2)
                .collect::<String>();
            label.push('…');
            label = label.replace("……", "…");
        }
        items.push(Item::Text {
            x: left,
            y: y - 9.0,
            style,
            text: label,
        });
        let w = ((value / max) as f32 * bar_max).max(0.8);
        items.push(Item::Fill {
            x: left + label_w,
            y: y - 10.5,
            w,
            h: 9.0,
        });
        items.push(Item::Text {
            x: left + label_w + w + 4.0,
            y: y - 9.0,
            style,
            text: shown.clone(),
        });
        y -= row_h;
    }
    // The axis.
    items.push(Item::Rule {
        x1: left + label_w,
        y1: axis_top,
        x2: left + label_w,
        y2: y + 2.0,
        width: 0.6,
    });
    y - 16.0
}

fn part(flow: &mut Flow<'_>, report: &AuditReport, lang: Lang) {
    let mut blocks = vec![
        Block::Title(t(lang, "audit-pdf-title")),
        Block::Split(
            Message::new("audit-pdf-as-of")
                .arg("today", report.today)
                .render(lang),
            Message::new("audit-pdf-preset")
                .arg("preset", report.preset.as_str())
                .render(lang),
        ),
        Block::Para {
            label: None,
            text: Message::new("audit-checked")
                .arg("dwellings", report.checked.dwellings as f64)
                .arg("people", report.checked.people as f64)
                .arg("registrations", report.checked.registrations as f64)
                .arg("notices", report.checked.notices as f64)
                .render(lang),
            style: Style::BODY,
            align: Align::Left,
        },
        Block::Heading(t(lang, "audit-pdf-summary")),
    ];
    let sev = |s: &str| t(lang, &format!("audit-severity-{s}"));
    let header = vec![
        t(lang, "audit-pdf-col-kind"),
        sev("critical"),
        sev("high"),
        sev("medium"),
        sev("low"),
        t(lang, "audit-pdf-col-total"),
    ];
    let rows = report
        .counts
        .iter()
        .map(|c| {
            vec![
                c.kind
                    .map_or_else(|| t(lang, "audit-pdf-col-total"), |k| kind_name(k, lang)),
                c.critical.to_string(),
                c.high.to_string(),
                c.medium.to_string(),
                c.low.to_string(),
                c.total.to_string(),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        widths: vec![0.30, 0.15, 0.14, 0.14, 0.14, 0.13],
        header: Some(header),
        rows,
        bold_first: true,
    });
    for (i, b) in blocks.iter().enumerate() {
        flow.add(b, &blocks[i + 1..]);
    }

    // Charts on a page of their own.
    flow.page_break();
    let by_kind: Vec<(String, f64, String)> = report
        .counts
        .iter()
        .filter_map(|c| {
            c.kind
                .map(|k| (kind_name(k, lang), f64::from(c.total), c.total.to_string()))
        })
        .collect();
    let mut dense: Vec<&super::Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Overcrowded)
        .collect();
    dense.sort_by(|a, b| b.score.total_cmp(&a.score));
    let densest: Vec<(String, f64, String)> = dense
        .into_iter()
        .take(12)
        .map(|f| {
            let people = f
                .summary
                .args
                .iter()
                .find(|(k, _)| k == "people")
                .map(|(_, v)| match v {
                    crate::i18n::MessageArg::Number(n) => format!("{n}"),
                    crate::i18n::MessageArg::Text(s) => s.to_string(),
                    crate::i18n::MessageArg::Day { day } => day.to_string(),
                })
                .unwrap_or_default();
            (
                f.subject.label.clone(),
                f.score,
                Message::new("audit-pdf-density")
                    .arg("people", people)
                    .arg("ratio", f.score)
                    .render(lang),
            )
        })
        .collect();
    let page = flow.pages.last_mut().expect("a page");
    let y = bar_chart(
        page,
        layout::PAGE_H - layout::TOP,
        &t(lang, "audit-pdf-by-kind"),
        &by_kind,
        false,
    );
    if !densest.is_empty() {
        bar_chart(page, y, &t(lang, "audit-pdf-densest"), &densest, true);
    }
    flow.page_break();

    let mut list = vec![Block::Heading(t(lang, "audit-pdf-findings"))];
    if report.findings.len() > LISTED {
        list.push(Block::Para {
            label: None,
            text: Message::new("audit-pdf-truncated")
                .arg("shown", LISTED as u32)
                .arg("total", report.findings.len() as u32)
                .render(lang),
            style: Style::BODY.small(),
            align: Align::Left,
        });
    }
    for (i, f) in report.findings.iter().take(LISTED).enumerate() {
        list.push(Block::Para {
            label: Some(format!("{}.", i + 1)),
            text: format!(
                "[{}] {}: {}",
                sev(f.severity.code()),
                kind_name(f.kind, lang),
                f.summary.render(lang)
            ),
            style: Style::BODY.small(),
            align: Align::Left,
        });
    }
    for (i, b) in list.iter().enumerate() {
        flow.add(b, &list[i + 1..]);
    }
}

/// Renders the report in `lang` (a bilingual report has a part per
/// language).
pub fn render(report: &AuditReport, lang: DocLang) -> Result<Vec<u8>, CoreError> {
    let fonts = layout::fonts();
    let mut flow = Flow::new(fonts);
    for (i, l) in lang.parts().iter().enumerate() {
        if i > 0 {
            flow.page_break();
        }
        part(&mut flow, report, *l);
    }
    let pages: Vec<Vec<Item>> = flow.pages.into_iter().filter(|p| !p.is_empty()).collect();
    // Page numbers.
    let total = pages.len();
    let pages: Vec<Vec<Item>> = pages
        .into_iter()
        .enumerate()
        .map(|(i, mut items)| {
            items.push(Item::Text {
                x: layout::PAGE_W - layout::RIGHT - 30.0,
                y: 30.0,
                style: Style::BODY.small(),
                text: format!("{} / {total}", i + 1),
            });
            items
        })
        .collect();

    let title = t(lang.parts()[0], "audit-pdf-title");
    let mut doc = PdfDocument::new(&title);
    let regular = FontId("JALGAR".to_owned());
    let bold = FontId("JALGAB".to_owned());
    let (reg_face, bold_face) = pdf::subset_faces(&pages, &regular, &bold)?;
    let (rh, bh) = pdf::add_fonts(&mut doc, (regular, reg_face), (bold, bold_face));
    doc.with_pages(
        pages
            .iter()
            .map(|items| PdfPage::new(Mm(210.0), Mm(297.0), layout::ops(items, &rh, &bh)))
            .collect(),
    );
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut Vec::new());
    let pdf_err = |e: lopdf::Error| CoreError::Pdf(e.to_string());
    let info_id = lo
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(pdf_err)?;
    let when = format!("D:{}000000Z", report.today.format("%Y%m%d"));
    let info = lo.get_dictionary_mut(info_id).map_err(pdf_err)?;
    info.set("Title", Object::string_literal(pdf::utf16(&title)));
    info.set(
        "Subject",
        Object::string_literal(format!("audit {} {}", report.preset, lang.code())),
    );
    info.set("Creator", Object::string_literal("Jalga"));
    info.set("Producer", Object::string_literal("Jalga"));
    info.set("CreationDate", Object::string_literal(when.clone()));
    info.set("ModDate", Object::string_literal(when));
    pdf::compress(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| CoreError::Pdf(e.to_string()))?;
    Ok(out)
}
