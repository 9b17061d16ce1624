//! The office file's rows rewritten as Jalga's own CSV, in batches, with
//! the place of each row kept so that a problem names the file's line and
//! column; and the problems grouped for the preview.

use super::*;

/// Rows turned into Jalga's CSV as they are read.
pub(crate) struct Canonical<'a> {
    rows: Box<dyn RowSource + 'a>,
    sources: Vec<Option<usize>>,
    writer: csv::Writer<Shared>,
    written: Shared,
    pub(super) buf: Vec<u8>,
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
pub(super) fn group(
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
            MessageArg::Text(t) if n == "found" => Some(t.to_string()),
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
