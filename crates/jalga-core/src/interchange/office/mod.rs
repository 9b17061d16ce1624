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

mod canonical;
use canonical::{group, Canonical};

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
