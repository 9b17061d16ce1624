//! The files offices really have: CSVs in any of the usual encodings and
//! separators, Excel and OpenDocument workbooks, with their own column
//! names in any order. This front end turns such a file into Jalga's own
//! registrations CSV ([`CSV_COLUMNS`], in order, UTF-8, ISO dates) as a
//! stream, row by row, and hands that stream to the one CSV import, so
//! that checking and writing happen in one place.
//!
//! Its refusals speak of the file, not of the stream: one message per
//! column and cause, with the count and the first rows (as the spreadsheet
//! numbers them), capped at [`MAX_GROUPS`].

use std::collections::BTreeMap;
use std::io::{self, Read};
use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::mapping::{self, MappingProfile};
use super::sniff::{self, Separator, Sniffed};
use super::watch::Watch;
use super::workbook;
use super::{import_csv_watched, CSV_COLUMNS};
use crate::domain::Violation;
use crate::error::CoreError;
use crate::i18n::{Lang, Message, MessageArg};
use crate::limits;
use crate::store::Store;

/// At most this many problem messages; the last one counts the rest.
pub const MAX_GROUPS: usize = 20;
/// At most this many row numbers in one message.
pub const MAX_ROWS_NAMED: usize = 5;
/// Rows the mapping screen previews.
pub const PREVIEW_ROWS: usize = 10;

/// One cell: its text, and whether a workbook held it as a number.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    pub text: String,
    pub numeric: bool,
}

/// One row of the file, numbered as a spreadsheet program numbers it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    pub number: u64,
    pub cells: Vec<Cell>,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.text.trim().is_empty())
    }
}

/// Rows, one at a time.
pub(crate) trait RowSource {
    fn next_row(&mut self) -> io::Result<Option<Row>>;
}

/// How to read a file: the clerk's profile and the sheet.
#[derive(Debug, Clone, Default)]
pub struct OfficeOptions {
    pub profile: Option<MappingProfile>,
    /// A workbook's sheet; overrides the profile's.
    pub sheet: Option<String>,
}

impl OfficeOptions {
    fn sheet(&self) -> Option<&str> {
        self.sheet
            .as_deref()
            .or(self.profile.as_ref().and_then(|p| p.sheet.as_deref()))
    }
}

/// What an office import wrote, and what it did to read the file.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OfficeImport {
    #[ts(type = "number")]
    pub records: u64,
    /// "The file is in Windows-1251; it was converted", and the like.
    pub notes: Vec<Message>,
}

/// What the mapping screen shows before anything is imported.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OfficePreview {
    /// `csv` or `workbook`.
    pub kind: String,
    /// The encoding of a text file (`UTF-8`, `windows-1251`, …).
    pub encoding: Option<String>,
    pub separator: Option<Separator>,
    /// A workbook's sheets, and the one read.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The file's headings, and the Jalga column each feeds.
    pub headers: Vec<String>,
    pub fields: Vec<Option<String>>,
    /// The first rows, as text.
    pub rows: Vec<Vec<String>>,
    /// Every Jalga column with its heading in the asked language.
    pub columns: Vec<ColumnLabel>,
    pub notes: Vec<Message>,
}

/// A Jalga column and its heading.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ColumnLabel {
    pub field: String,
    pub label: String,
}

/// Whether a file is a workbook (by its first bytes: a zip or an OLE file).
pub fn is_workbook(path: &Path) -> Result<bool, CoreError> {
    let mut head = [0u8; 4];
    let mut f = std::fs::File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut got = 0;
    while got < head.len() {
        match f.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(CoreError::io(path, e)),
        }
    }
    Ok(head == *b"PK\x03\x04" || head == [0xD0, 0xCF, 0x11, 0xE0])
}

/// Whether a CSV is Jalga's own (plain UTF-8, commas, Jalga's header), so
/// the plain CSV import reads it as it always has.
pub fn is_jalga_csv(path: &Path) -> Result<bool, CoreError> {
    if is_workbook(path)? {
        return Ok(false);
    }
    let file = std::fs::File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut file = file;
    let mut plain =
        limits::decoded(&mut file, limits::MAX_IMPORT_BYTES).map_err(|e| CoreError::io(path, e))?;
    let sample = read_sample(&mut plain)
        .map_err(|e| limits::from_read(path, e, limits::MAX_IMPORT_BYTES))?;
    let s = sniff::sniff(&sample);
    if !s.is_plain_utf8() || s.separator != b',' {
        return Ok(false);
    }
    let first = sample.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    let header: Vec<&str> = first.trim_end_matches('\r').split(',').collect();
    Ok(header.len() >= 32 && CSV_COLUMNS.starts_with(&header))
}

fn read_sample(input: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut sample = Vec::with_capacity(sniff::SAMPLE);
    input.take(sniff::SAMPLE as u64).read_to_end(&mut sample)?;
    Ok(sample)
}

/// An opened file: its rows and what was learnt opening it.
struct Opened<'a> {
    rows: Box<dyn RowSource + 'a>,
    kind: &'static str,
    sniffed: Option<Sniffed>,
    sheets: Vec<String>,
    sheet: Option<String>,
}

fn open<'a>(
    path: &Path,
    file: &'a mut std::fs::File,
    opts: &OfficeOptions,
) -> Result<Opened<'a>, CoreError> {
    // An office's CSV is read through a reader with no cap on one row, so
    // it keeps the cap on the whole (as a workbook does); Jalga's own CSV
    // streams under the streamed cap.
    let max = limits::ImportLimits::current().read_whole;
    limits::check_size(path, max)?;
    if is_workbook(path)? {
        let wb = workbook::open(path, opts.sheet())?;
        let sheets = wb.sheets.clone();
        let sheet = Some(wb.sheet.clone());
        return Ok(Opened {
            rows: Box::new(wb),
            kind: "workbook",
            sniffed: None,
            sheets,
            sheet,
        });
    }
    let plain = limits::decoded(file, max).map_err(|e| CoreError::io(path, e))?;
    let (rows, sniffed) = csv_source(plain).map_err(|e| limits::from_read(path, e, max))?;
    Ok(Opened {
        rows: Box::new(rows),
        kind: "csv",
        sniffed: Some(sniffed),
        sheets: vec![],
        sheet: None,
    })
}

/// A text file's rows: its start sniffed, the rest converted to UTF-8 and
/// split into fields as it streams.
fn csv_source<'a>(mut input: Box<dyn Read + 'a>) -> io::Result<(CsvRows<'a>, Sniffed)> {
    let sample = read_sample(&mut input)?;
    let sniffed = sniff::sniff(&sample);
    let whole = io::Cursor::new(sample).chain(input);
    let text: Box<dyn Read + 'a> = Box::new(LineFeeds::new(sniff::utf8_reader(whole, &sniffed)));
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniffed.separator)
        .from_reader(text);
    Ok((
        CsvRows {
            reader,
            record: csv::StringRecord::new(),
        },
        sniffed,
    ))
}

/// CRLF turned into LF as the text streams by. The CSV reader counts a
/// record's line before it has seen the LF of a CRLF ending, so without
/// this a Windows file's row numbers would lag by one.
struct LineFeeds<R> {
    inner: R,
    /// A CR read and not yet given out (it may be the start of a CRLF).
    cr: bool,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
}

impl<R: Read> LineFeeds<R> {
    fn new(inner: R) -> Self {
        LineFeeds {
            inner,
            cr: false,
            buf: vec![0; 64 * 1024],
            pos: 0,
            len: 0,
        }
    }
}

impl<R: Read> Read for LineFeeds<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let mut w = 0;
        while w < out.len() {
            if self.pos == self.len {
                if w > 0 {
                    break;
                }
                self.len = self.inner.read(&mut self.buf)?;
                self.pos = 0;
                if self.len == 0 {
                    if std::mem::take(&mut self.cr) {
                        out[w] = b'\r';
                        w += 1;
                    }
                    break;
                }
            }
            let b = self.buf[self.pos];
            self.pos += 1;
            if std::mem::take(&mut self.cr) && b != b'\n' {
                out[w] = b'\r';
                w += 1;
                if w == out.len() {
                    self.pos -= 1;
                    break;
                }
            }
            if b == b'\r' {
                self.cr = true;
                continue;
            }
            out[w] = b;
            w += 1;
        }
        Ok(w)
    }
}

struct CsvRows<'a> {
    reader: csv::Reader<Box<dyn Read + 'a>>,
    record: csv::StringRecord,
}

impl RowSource for CsvRows<'_> {
    fn next_row(&mut self) -> io::Result<Option<Row>> {
        match self.reader.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => Ok(Some(Row {
                number: self.record.position().map_or(0, |p| p.line()),
                cells: self
                    .record
                    .iter()
                    .map(|t| Cell {
                        text: t.to_owned(),
                        numeric: false,
                    })
                    .collect(),
            })),
            Err(e) => Err(match e.into_kind() {
                csv::ErrorKind::Io(io) => io,
                other => io::Error::new(io::ErrorKind::InvalidData, format!("{other:?}")),
            }),
        }
    }
}

/// The first row with anything in it: the headings.
fn headers(rows: &mut dyn RowSource) -> io::Result<Vec<String>> {
    while let Some(r) = rows.next_row()? {
        if !r.is_blank() {
            return Ok(r
                .cells
                .into_iter()
                .map(|c| c.text.trim().to_owned())
                .collect());
        }
    }
    Ok(vec![])
}

fn notes_for(o: &Opened<'_>) -> Vec<Message> {
    let mut notes = Vec::new();
    if let Some(s) = &o.sniffed {
        if !s.is_plain_utf8() {
            let name = if s.bom && s.encoding == encoding_rs::UTF_8 {
                "UTF-8 BOM".to_owned()
            } else {
                s.encoding.name().to_owned()
            };
            notes.push(Message::new("office-note-encoding").arg("encoding", name));
        }
    }
    if let (Some(sheet), true) = (&o.sheet, o.sheets.len() > 1) {
        notes.push(
            Message::new("office-note-sheet")
                .arg("sheet", sheet.as_str())
                .arg("count", o.sheets.len() as f64),
        );
    }
    notes
}

/// What the mapping screen shows for `path`: headings, the recognised
/// mapping (with the profile's decisions) and the first rows.
pub fn preview(path: &Path, opts: &OfficeOptions, lang: Lang) -> Result<OfficePreview, CoreError> {
    let mut file = std::fs::File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut o = open(path, &mut file, opts)?;
    let io = |e| limits::from_read(path, e, limits::MAX_IMPORT_BYTES);
    let headers = headers(o.rows.as_mut()).map_err(io)?;
    let fields = mapping::resolve(&headers, opts.profile.as_ref());
    let mut rows = Vec::new();
    while rows.len() < PREVIEW_ROWS {
        match o.rows.next_row().map_err(io)? {
            None => break,
            Some(r) if r.is_blank() => {}
            Some(r) => rows.push(r.cells.into_iter().map(|c| c.text).collect()),
        }
    }
    let notes = notes_for(&o);
    Ok(OfficePreview {
        kind: o.kind.to_owned(),
        encoding: o.sniffed.map(|s| s.encoding.name().to_owned()),
        separator: o.sniffed.map(|s| s.separator_kind()),
        sheets: o.sheets,
        sheet: o.sheet,
        headers,
        fields,
        rows,
        columns: CSV_COLUMNS
            .iter()
            .map(|c| ColumnLabel {
                field: (*c).to_owned(),
                label: mapping::label(c, lang),
            })
            .collect(),
        notes,
    })
}

/// Imports an office's file: CSV in any usual encoding and separator, or a
/// workbook, its columns mapped by `opts.profile` and by name. All or
/// nothing, as the CSV import; refusals are grouped by column and cause,
/// their texts in `lang`.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    opts: &OfficeOptions,
    lang: Lang,
    watch: &mut Watch<'_>,
) -> Result<OfficeImport, CoreError> {
    if let Some(p) = &opts.profile {
        let unknown = p.unknown_fields();
        if !unknown.is_empty() {
            return Err(CoreError::ImportRejected(
                unknown
                    .into_iter()
                    .map(|f| {
                        Violation::new(
                            p.name.as_str(),
                            "mapping-field",
                            Message::new("v-office-mapping-field").arg("field", f),
                        )
                    })
                    .collect(),
            ));
        }
    }
    let mut file = std::fs::File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut o = open(path, &mut file, opts)?;
    let notes = notes_for(&o);
    let headers = headers(o.rows.as_mut())
        .map_err(|e| limits::from_read(path, e, limits::MAX_IMPORT_BYTES))?;
    let fields = mapping::resolve(&headers, opts.profile.as_ref());
    let sources = mapping::sources(&fields);
    let mut canonical = Canonical::new(o.rows, sources.clone());
    let result = import_csv_watched(store, &mut canonical, watch);
    match result {
        Ok(summary) => Ok(OfficeImport {
            records: summary.records,
            notes,
        }),
        Err(CoreError::ImportRejected(bad)) => {
            let mut out: Vec<Violation> = notes
                .iter()
                .map(|n| Violation::new("file", "note", n.clone()))
                .collect();
            out.extend(group(&bad, &canonical, &headers, &sources, lang));
            Err(CoreError::ImportRejected(out))
        }
        Err(CoreError::Inflated { max, .. }) => Err(CoreError::Inflated {
            path: path.display().to_string(),
            max,
        }),
        Err(e) => Err(e),
    }
}

/// Rows turned into Jalga's CSV as they are read.
pub(crate) struct Canonical<'a> {
    rows: Box<dyn RowSource + 'a>,
    sources: Vec<Option<usize>>,
    writer: csv::Writer<Shared>,
    written: Shared,
    buf: Vec<u8>,
    pos: usize,
    done: bool,
    /// The line the next record starts on.
    line: u64,
    /// (line, row) wherever the distance between the two changes.
    anchors: Vec<(u64, u64)>,
    fields: Vec<String>,
}

/// The converted bytes, shared between the CSV writer and the reader.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Rows converted per refill of the buffer.
const BATCH: usize = 256;

impl<'a> Canonical<'a> {
    pub(crate) fn new(rows: Box<dyn RowSource + 'a>, sources: Vec<Option<usize>>) -> Self {
        let written = Shared::default();
        let mut writer = csv::WriterBuilder::new().from_writer(written.clone());
        // Writing into memory cannot fail.
        let _ = writer.write_record(CSV_COLUMNS);
        Canonical {
            rows,
            sources,
            writer,
            written,
            buf: Vec::new(),
            pos: 0,
            done: false,
            line: 2,
            anchors: Vec::new(),
            fields: Vec::with_capacity(CSV_COLUMNS.len()),
        }
    }

    /// The file's row of a line of the converted stream.
    pub(crate) fn row_of(&self, line: u64) -> u64 {
        let i = self.anchors.partition_point(|a| a.0 <= line);
        match i.checked_sub(1).map(|i| self.anchors[i]) {
            Some((l, r)) => r + (line - l),
            None => line,
        }
    }

    fn push(&mut self, row: Row) -> io::Result<()> {
        if row.is_blank() {
            return Ok(());
        }
        self.fields.clear();
        let mut newlines = 1;
        for (field, src) in CSV_COLUMNS.iter().zip(&self.sources) {
            let v = match src.and_then(|i| row.cells.get(i)) {
                Some(c) => mapping::normalise(field, &c.text, c.numeric),
                None => String::new(),
            };
            newlines += v.bytes().filter(|b| *b == b'\n').count() as u64;
            self.fields.push(v);
        }
        let offset = |(l, r): (u64, u64)| r as i128 - l as i128;
        let here = (self.line, row.number);
        let last = self.anchors.last().copied().unwrap_or((0, 0));
        if offset(last) != offset(here) {
            self.anchors.push(here);
        }
        self.line += newlines;
        self.writer
            .write_record(&self.fields)
            .map_err(io::Error::other)
    }

    fn fill(&mut self) -> io::Result<()> {
        for _ in 0..BATCH {
            match self.rows.next_row()? {
                None => {
                    self.done = true;
                    break;
                }
                Some(row) => self.push(row)?,
            }
        }
        self.writer.flush()?;
        self.buf.clear();
        self.pos = 0;
        std::mem::swap(&mut self.buf, &mut self.written.0.borrow_mut());
        Ok(())
    }
}

impl Read for Canonical<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        // The header is in the writer's buffer before the first refill.
        while self.pos >= self.buf.len() {
            if self.done {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// `line 7: birth_date` → (7, "birth_date"); `line 7` → (7, "").
fn place(path: &str) -> Option<(u64, &str)> {
    let rest = path.strip_prefix("line ")?;
    let (n, field) = match rest.split_once(':') {
        Some((n, f)) => (n, f.trim()),
        None => (rest, ""),
    };
    Some((n.trim().parse().ok()?, field))
}

/// One message per column and cause, naming the file's own column and
/// rows.
fn group(
    bad: &[Violation],
    canonical: &Canonical<'_>,
    headers: &[String],
    sources: &[Option<usize>],
    lang: Lang,
) -> Vec<Violation> {
    struct Group<'v> {
        first: &'v Violation,
        rows: Vec<u64>,
        count: u64,
    }
    let mut order: Vec<(String, String)> = Vec::new();
    let mut groups: BTreeMap<(String, String), Group<'_>> = BTreeMap::new();
    let mut loose = Vec::new();
    for v in bad {
        let Some((line, field)) = place(&v.path) else {
            loose.push(v.clone());
            continue;
        };
        // A field path may run deeper than the column (`iin.checksum`).
        let column = field.split(['.', '[']).next().unwrap_or(field).to_owned();
        let key = (column, v.code.clone());
        let g = groups.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Group {
                first: v,
                rows: Vec::new(),
                count: 0,
            }
        });
        g.count += 1;
        if g.rows.len() < MAX_ROWS_NAMED {
            g.rows.push(canonical.row_of(line));
        }
    }
    let mut out = loose;
    for key in order.iter() {
        let g = &groups[key];
        let (field, code) = key;
        let idx = CSV_COLUMNS.iter().position(|c| c == field);
        let source = idx.and_then(|i| sources.get(i).copied().flatten());
        let column = match (source, field.is_empty()) {
            (_, true) => "—".to_owned(),
            (Some(s), _) => headers.get(s).cloned().unwrap_or_default(),
            (None, _) => mapping::label(field, lang),
        };
        let mut rows: Vec<String> = g.rows.iter().map(u64::to_string).collect();
        if g.count > g.rows.len() as u64 {
            rows.push("…".to_owned());
        }
        let rows = rows.join(", ");
        let found = g.first.message.args.iter().find_map(|(n, a)| match a {
            MessageArg::Text(t) if n == "found" => Some(t.clone()),
            _ => None,
        });
        let message = if source.is_none() && idx.is_some() && code == "required" {
            Message::new("v-office-unmapped")
                .arg("column", column.as_str())
                .arg("count", g.count as f64)
        } else if code == "date" {
            Message::new("v-office-dates")
                .arg("column", column.as_str())
                .arg("count", g.count as f64)
                .arg("found", found.unwrap_or_default())
                .arg("rows", rows)
        } else {
            Message::new("v-office-rows")
                .arg("column", column.as_str())
                .arg("count", g.count as f64)
                .arg("cause", g.first.message.render(lang))
                .arg("rows", rows)
        };
        out.push(Violation::new(column, code, message));
    }
    if out.len() > MAX_GROUPS {
        let rest = out.len() - (MAX_GROUPS - 1);
        out.truncate(MAX_GROUPS - 1);
        out.push(Violation::new(
            "file",
            "more",
            Message::new("v-office-more").arg("count", rest as f64),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(std::vec::IntoIter<Row>);
    impl RowSource for Fixed {
        fn next_row(&mut self) -> io::Result<Option<Row>> {
            Ok(self.0.next())
        }
    }

    fn row(number: u64, cells: &[&str]) -> Row {
        Row {
            number,
            cells: cells
                .iter()
                .map(|t| Cell {
                    text: (*t).to_owned(),
                    numeric: false,
                })
                .collect(),
        }
    }

    /// A Windows-1251 CSV of `rows` rows, made as it is read.
    struct Generated {
        rows: u64,
        next: u64,
        pending: Vec<u8>,
        served: std::rc::Rc<std::cell::Cell<u64>>,
    }

    impl Read for Generated {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.pending.is_empty() {
                let line = if self.next == 0 {
                    "Фамилия;Имя;Дата рождения;Площадь, м2\r\n".to_owned()
                } else if self.next <= self.rows {
                    format!("Иванова{};Алия;05.02.1990;35,7\r\n", self.next)
                } else {
                    return Ok(0);
                };
                self.next += 1;
                let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&line);
                self.pending = bytes.into_owned();
            }
            let n = out.len().min(self.pending.len());
            out[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            self.served.set(self.served.get() + n as u64);
            Ok(n)
        }
    }

    #[test]
    fn a_million_rows_stream_through_without_being_held() {
        const ROWS: u64 = 1_000_000;
        let served = std::rc::Rc::new(std::cell::Cell::new(0));
        let input = Generated {
            rows: ROWS,
            next: 0,
            pending: Vec::new(),
            served: served.clone(),
        };
        let (mut rows, sniffed) = csv_source(Box::new(input)).unwrap();
        assert_eq!(sniffed.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(sniffed.separator, b';');
        let headers = headers(&mut rows).unwrap();
        let fields = mapping::resolve(&headers, None);
        let mut c = Canonical::new(Box::new(rows), mapping::sources(&fields));
        let mut chunk = vec![0u8; 8192];
        let (mut lines, mut largest) = (0u64, 0usize);
        let mut first = Vec::new();
        loop {
            let n = c.read(&mut chunk).unwrap();
            if n == 0 {
                break;
            }
            if first.len() < 2 {
                first.extend(
                    chunk[..n]
                        .split(|b| *b == b'\n')
                        .take(2)
                        .map(<[u8]>::to_vec),
                );
                // After the first chunk handed on, only a little of the file
                // has been read.
                assert!(served.get() < 1 << 20, "read ahead: {}", served.get());
            }
            lines += chunk[..n].iter().filter(|b| **b == b'\n').count() as u64;
            largest = largest.max(c.buf.capacity());
        }
        assert_eq!(lines, ROWS + 1);
        assert!(largest < 1 << 20, "converted rows waiting: {largest} bytes");
        let row = String::from_utf8(first[1].clone()).unwrap();
        assert!(row.contains("Иванова1,Алия,,1990-02-05,"), "{row}");
        assert!(row.contains(",35.7,"), "{row}");
    }

    #[test]
    fn crlf_becomes_lf_across_reads() {
        let text = b"a\r\nb\rc\r\n\r\r\nd\r";
        for size in [1, 2, 3, 64] {
            let mut out = Vec::new();
            let mut r = LineFeeds::new(&text[..]);
            let mut chunk = vec![0; size];
            loop {
                let n = r.read(&mut chunk).unwrap();
                if n == 0 {
                    break;
                }
                out.extend_from_slice(&chunk[..n]);
            }
            assert_eq!(out, b"a\nb\rc\n\r\nd\r", "{size}");
        }
    }

    #[test]
    fn the_stream_keeps_the_files_row_numbers() {
        let rows = vec![
            row(3, &["a"]),
            row(4, &[""]),
            row(5, &["b\nc"]),
            row(9, &["d"]),
        ];
        let surname = CSV_COLUMNS.iter().position(|c| *c == "surname").unwrap();
        let mut sources = vec![None; CSV_COLUMNS.len()];
        sources[surname] = Some(0);
        let mut c = Canonical::new(Box::new(Fixed(rows.into_iter())), sources);
        let mut text = String::new();
        c.read_to_string(&mut text).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let lines: Vec<(u64, String)> = r
            .records()
            .map(|rec| {
                let rec = rec.unwrap();
                (rec.position().unwrap().line(), rec[surname].to_owned())
            })
            .collect();
        let rows: Vec<(u64, &str)> = lines
            .iter()
            .map(|(l, s)| (c.row_of(*l), s.as_str()))
            .collect();
        assert_eq!(rows, vec![(3, "a"), (5, "b\nc"), (9, "d")]);
    }
}
