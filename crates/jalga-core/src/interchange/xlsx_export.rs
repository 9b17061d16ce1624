//! Exports for people rather than programs: the registrations and an
//! audit's findings as `.xlsx` workbooks (`rust_xlsxwriter`) with headings
//! in Kazakh, Russian or English, the heading row frozen, dates as real
//! dates and areas as numbers; and the registrations as a CSV that Excel in
//! a Kazakh or Russian locale opens straight (byte-order mark, `;`).
//!
//! Both read the registrations from the one CSV export ([`export_csv`]),
//! record by record as it is written, so their columns and values are
//! always that export's.

use std::io::{self, Write};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::export_csv;
use super::mapping::{self, ValueKind};
use crate::audit::AuditReport;
use crate::error::CoreError;
use crate::i18n::{Lang, Message};
use crate::store::Store;

/// The rows a sheet holds, heading included.
const MAX_SHEET_ROWS: u64 = 1_048_576;

fn xlsx_err(store: &Store) -> impl Fn(XlsxError) -> CoreError + '_ {
    move |e| CoreError::io(store.path(), io::Error::other(e))
}

/// A `Write` that parses the CSV written into it and hands over each
/// record, so an export can be re-shaped as it streams.
struct Records<F: FnMut(&[String]) -> io::Result<()>> {
    reader: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    fields: Vec<String>,
    sink: F,
}

impl<F: FnMut(&[String]) -> io::Result<()>> Records<F> {
    fn new(sink: F) -> Self {
        Records {
            reader: csv_core::Reader::new(),
            out: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            fields: Vec::new(),
            sink,
        }
    }

    fn feed(&mut self, mut input: &[u8]) -> io::Result<()> {
        use csv_core::ReadRecordResult as R;
        loop {
            let (res, nin, nout, nend) = self.reader.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[nin..];
            self.out_len += nout;
            self.ends_len += nend;
            match res {
                R::InputEmpty => return Ok(()),
                R::OutputFull => {
                    let n = self.out.len() * 2;
                    self.out.resize(n, 0);
                }
                R::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                R::Record => {
                    self.fields.clear();
                    let mut start = 0;
                    for &end in &self.ends[..self.ends_len] {
                        self.fields
                            .push(String::from_utf8_lossy(&self.out[start..end]).into_owned());
                        start = end;
                    }
                    self.out_len = 0;
                    self.ends_len = 0;
                    (self.sink)(&self.fields)?;
                }
                R::End => return Ok(()),
            }
        }
    }

    /// The last record, if the input did not end with a newline.
    fn finish(&mut self) -> io::Result<()> {
        self.feed(&[])
    }
}

impl<F: FnMut(&[String]) -> io::Result<()>> Write for Records<F> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.feed(buf)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Every registration, record by record: the first is the heading.
fn each_registration(
    store: &Store,
    sink: impl FnMut(&[String]) -> io::Result<()>,
) -> Result<(), CoreError> {
    let mut records = Records::new(sink);
    export_csv(store, &mut records)?;
    records.finish().map_err(|e| CoreError::io(store.path(), e))
}

/// The registrations as a CSV for Excel: UTF-8 with a byte-order mark,
/// fields separated by `;`, Jalga's column names in the heading (so the
/// file imports back as it is).
pub fn export_excel_csv(store: &Store, out: &mut dyn Write) -> Result<(), CoreError> {
    out.write_all(b"\xEF\xBB\xBF")
        .map_err(|e| CoreError::io(store.path(), e))?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    each_registration(store, |fields| {
        w.write_record(fields).map_err(io::Error::other)
    })?;
    w.flush().map_err(|e| CoreError::io(store.path(), e))
}

struct Styles {
    heading: Format,
    date: Format,
}

fn styles() -> Styles {
    Styles {
        heading: Format::new().set_bold(),
        date: Format::new().set_num_format("dd.mm.yyyy"),
    }
}

fn excel_date(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).ok()?,
        d.month() as u8,
        d.day() as u8,
    )
    .ok()
}

fn heading_row(sheet: &mut Worksheet, labels: &[String], style: &Format) -> Result<(), XlsxError> {
    for (c, label) in labels.iter().enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, label, style)?;
        let width = (label.chars().count() as f64 + 2.0).clamp(8.0, 40.0);
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The registrations as an `.xlsx` workbook with headings in `lang`.
pub fn export_registrations_xlsx(
    store: &Store,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), CoreError> {
    let s = styles();
    let mut book = Workbook::new();
    let sheet = book
        .add_worksheet_with_constant_memory()
        .map_err(xlsx_err(store))?;
    sheet
        .set_name(Message::new("xlsx-sheet-registrations").render(lang))
        .map_err(xlsx_err(store))?;
    let mut fields: Vec<String> = Vec::new();
    let mut kinds: Vec<ValueKind> = Vec::new();
    let mut row: u32 = 0;
    let mut failed: Option<XlsxError> = None;
    each_registration(store, |record| {
        let r = if row == 0 {
            fields = record.to_vec();
            kinds = fields.iter().map(|f| mapping::kind_of(f)).collect();
            let labels: Vec<String> = fields.iter().map(|f| mapping::label(f, lang)).collect();
            heading_row(sheet, &labels, &s.heading)
        } else if u64::from(row) >= MAX_SHEET_ROWS {
            Err(XlsxError::RowColumnLimitError)
        } else {
            write_row(sheet, row, record, &kinds, &s)
        };
        row += 1;
        r.map_err(|e| {
            let text = e.to_string();
            failed = Some(e);
            io::Error::other(text)
        })
    })?;
    if let Some(e) = failed {
        return Err(xlsx_err(store)(e));
    }
    let bytes = book.save_to_buffer().map_err(xlsx_err(store))?;
    out.write_all(&bytes)
        .and_then(|_| out.flush())
        .map_err(|e| CoreError::io(store.path(), e))
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    record: &[String],
    kinds: &[ValueKind],
    s: &Styles,
) -> Result<(), XlsxError> {
    for (c, (v, kind)) in record.iter().zip(kinds).enumerate() {
        let col = c as u16;
        if v.is_empty() {
            continue;
        }
        match kind {
            ValueKind::Date => match mapping::parse_date(v).and_then(excel_date) {
                Some(d) => sheet.write_datetime_with_format(row, col, &d, &s.date)?,
                None => sheet.write_string(row, col, v)?,
            },
            ValueKind::Number => match v.parse::<f64>() {
                Ok(n) => sheet.write_number(row, col, n)?,
                Err(_) => sheet.write_string(row, col, v)?,
            },
            _ => sheet.write_string(row, col, v)?,
        };
    }
    Ok(())
}

/// The findings' columns, as the CSV export names them.
const FINDING_HEADINGS: &[&str] = &[
    "kind",
    "severity",
    "subject-kind",
    "subject-id",
    "subject",
    "district",
    "date",
    "score",
    "summary",
    "explanation",
    "related",
];

/// An audit's findings as an `.xlsx` workbook, texts and headings in
/// `lang`, one row per finding.
pub fn export_findings_xlsx(
    report: &AuditReport,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), CoreError> {
    let io = |e: XlsxError| CoreError::Io {
        path: "findings.xlsx".to_owned(),
        source: io::Error::other(e),
    };
    let s = styles();
    let wrap = Format::new().set_text_wrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_constant_memory().map_err(io)?;
    sheet
        .set_name(Message::new("xlsx-sheet-findings").render(lang))
        .map_err(io)?;
    let labels: Vec<String> = FINDING_HEADINGS
        .iter()
        .map(|h| Message::new(&format!("xlsx-finding-{h}")).render(lang))
        .collect();
    heading_row(sheet, &labels, &s.heading).map_err(io)?;
    for (i, f) in report.findings.iter().enumerate() {
        let row = i as u32 + 1;
        if u64::from(row) >= MAX_SHEET_ROWS {
            return Err(io(XlsxError::RowColumnLimitError));
        }
        let explanation: Vec<String> = f.explanation.iter().map(|m| m.render(lang)).collect();
        let texts = [
            Message::new(&format!("audit-kind-{}", f.kind.code())).render(lang),
            Message::new(&format!("audit-severity-{}", f.severity.code())).render(lang),
            f.subject.kind.code().to_owned(),
            f.subject.id.clone(),
            f.subject.label.clone(),
            f.district.clone().unwrap_or_default(),
        ];
        for (c, t) in texts.iter().enumerate() {
            sheet.write_string(row, c as u16, t).map_err(io)?;
        }
        if let Some(d) = f.date.and_then(excel_date) {
            sheet
                .write_datetime_with_format(row, 6, &d, &s.date)
                .map_err(io)?;
        }
        sheet.write_number(row, 7, f.score).map_err(io)?;
        sheet
            .write_string(row, 8, f.summary.render(lang))
            .map_err(io)?;
        sheet
            .write_string_with_format(row, 9, explanation.join("\n"), &wrap)
            .map_err(io)?;
        sheet
            .write_string(row, 10, f.related.join(" "))
            .map_err(io)?;
    }
    let bytes = book.save_to_buffer().map_err(io)?;
    out.write_all(&bytes)
        .and_then(|_| out.flush())
        .map_err(|e| CoreError::Io {
            path: "findings.xlsx".to_owned(),
            source: e,
        })
}
