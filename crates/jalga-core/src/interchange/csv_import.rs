//! The registrations CSV, imported as a stream: what is held in memory
//! does not grow with the file (a city's export of a million rows is about
//! 300 MB), so the CSV has no whole-file cap, only the generous
//! [`ImportLimits::streamed`] one against a gzip bomb filling the disk, and
//! a cap on one row ([`ImportLimits::row`]).
//!
//! Two threads share the work. This one reads the rows (a batch at a time)
//! and writes them; the other turns each batch into checked records
//! (every cell parsed, every record validated) and sends it back. At most
//! [`DEPTH`] batches are in flight, so memory holds a few thousand rows at
//! a time. What grows with the file is the duplicate-id check: 16 bytes
//! per row (a hash of the id and its line).
//!
//! Any bad row stops the writing (checking goes on, to report every
//! problem) and the transaction is rolled back: nothing is written.

use std::cell::Cell;
use std::hash::BuildHasher;
use std::io::{self, Read};
use std::rc::Rc;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};

use csv::{ByteRecord, StringRecord};

use super::csv_rows::{parse_row, CSV_COLUMNS_V1, CSV_COLUMNS_V2, CSV_COLUMNS_V3};
use super::watch::{ImportPhase, Watch};
use super::{ImportSummary, CSV_COLUMNS, MAX_PROBLEMS};
use crate::domain::{Person, Property, Registration, Violation};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::limits::{self, ImportLimits};
use crate::store::bulk::{into_values_of, Bulk, RowForm, RowValues, Writer};
use crate::store::{Entity, Store};

/// Rows per batch, at most.
const BATCH: usize = 1024;
/// Bytes per batch, at most (give or take its last row): what is in
/// flight stays small even when rows are long.
const BATCH_BYTES: usize = 1 << 20;
/// Batches between the reader and the writer at most.
const DEPTH: usize = 4;
/// The same on an office server, whose unit sends a few batches at once
/// ([`crate::store::bulk::RowForm::Line`]): the checking thread goes on
/// while the server writes them.
const DEPTH_SERVER: usize = 8;

/// Imports registrations from CSV. People and dwellings the store lacks are
/// created from the row; ones it has are kept as they are. `lease_id` is
/// kept as given: the lease may be held elsewhere (a landlord's copy).
pub fn import_csv(store: &mut Store, input: &mut dyn Read) -> Result<ImportSummary, CoreError> {
    import_csv_watched(store, input, &mut Watch::unwatched())
}

/// [`import_csv`], reporting progress every batch of rows and stopping
/// (nothing written) when `watch` is cancelled.
pub fn import_csv_watched(
    store: &mut Store,
    input: &mut dyn Read,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let limits = ImportLimits::current();
    let since = Rc::new(Cell::new(0u64));
    let capped = RowCapped {
        inner: input,
        since: since.clone(),
        max: limits.row,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .buffer_capacity(64 << 10)
        .from_reader(capped);
    let header = reader.headers().map_err(|e| read_failure(&e, &limits, 1))?;
    let current = header.iter().eq(CSV_COLUMNS.iter().copied());
    let older = [CSV_COLUMNS_V1, CSV_COLUMNS_V2, CSV_COLUMNS_V3]
        .iter()
        .any(|n| header.iter().eq(CSV_COLUMNS[..*n].iter().copied()));
    if !current && !older {
        return Err(CoreError::ImportRejected(vec![Violation::new(
            "line 1",
            "csv-header",
            Message::new("v-csv-header").arg("expected", CSV_COLUMNS.join(",")),
        )]));
    }
    since.set(0);
    // The records written are logged as one row per kind when the load
    // commits; the people and dwellings a row brings are only inserted.
    let bulk =
        store
            .write("import")?
            .bulk(&[Property::TABLE, Person::TABLE, Registration::TABLE])?;
    let (bulk, outcome) = std::thread::scope(|s| {
        let form = bulk.row_form();
        let depth = match form {
            RowForm::Parameters => DEPTH,
            RowForm::Line => DEPTH_SERVER,
        };
        let (raw_tx, raw_rx) = sync_channel::<Vec<ByteRecord>>(depth);
        let (done_tx, done_rx) = sync_channel::<Checked>(depth);
        let (trash_tx, trash_rx) = channel::<Vec<Ready>>();
        // Named, so that a profile tells the two threads apart.
        std::thread::Builder::new()
            .name("csv-check".to_owned())
            .spawn_scoped(s, move || check_batches(&raw_rx, &done_tx, &trash_rx, form))
            .map_err(|e| CoreError::io(std::path::Path::new("csv"), e))?;
        let mut run = Run::new(&bulk, trash_tx, depth)?;
        let outcome = run.pump(&mut reader, &since, &limits, watch, &raw_tx, &done_rx);
        let counts = run.counts();
        drop(run);
        Ok::<_, CoreError>((counts, outcome))
    })
    .map(|(counts, outcome)| {
        let mut bulk = bulk;
        for (table, n) in counts {
            bulk.count(table, n);
        }
        (bulk, outcome)
    })?;
    let rows = outcome?;
    watch.check()?;
    bulk.commit()?;
    watch.report(ImportPhase::Done, reader.position().byte(), rows);
    Ok(ImportSummary { records: rows })
}

/// One good row, ready to bind: its line and its three inserts'
/// parameters, built on the checking thread.
struct Ready {
    line: u64,
    /// The line of an earlier row whose id has the same hash.
    seen_on: Option<u64>,
    /// None when the row before it named the same dwelling (the rows of
    /// one dwelling usually come together): it is written once.
    property: Option<RowValues>,
    person: RowValues,
    registration: RowValues,
}

/// One batch, checked: the good rows and the problems met.
struct Checked {
    rows: Vec<Ready>,
    bad: Vec<Violation>,
    /// Problems past [`MAX_PROBLEMS`], counted only.
    more: u64,
    /// The raw records, handed back to be read into again.
    raw: Vec<ByteRecord>,
}

/// The checking thread: each raw batch in, one checked batch out, in order.
/// Written rows come back in `trash` to be freed here, off the writer's
/// core.
fn check_batches(
    raw: &Receiver<Vec<ByteRecord>>,
    done: &SyncSender<Checked>,
    trash: &Receiver<Vec<Ready>>,
    form: RowForm,
) {
    let mut kept = 0usize;
    // Where each registration id was first seen, by a hash of the id: two
    // rows with one id are refused, naming both lines.
    // The hashes are random already: stored without hashing them again.
    let mut seen: rustc_hash::FxHashMap<u64, u64> = Default::default();
    let hasher = std::collections::hash_map::RandomState::new();
    // The dwelling of the last good row.
    let mut last_property = String::new();
    while let Ok(mut records) = raw.recv() {
        while let Ok(written) = trash.try_recv() {
            drop(written);
        }
        let mut rows = Vec::with_capacity(records.len());
        let mut bad = Vec::new();
        let mut more = 0u64;
        for slot in records.iter_mut() {
            let line = slot.position().map_or(0, |p| p.line());
            let mut found = Vec::new();
            match StringRecord::from_byte_record(std::mem::take(slot)) {
                Ok(record) => {
                    if let Some((person, property, reg)) = parse_row(&record, line, &mut found) {
                        let hash = hasher.hash_one(reg.id.as_str());
                        let seen_on = seen.get(&hash).copied();
                        if seen_on.is_none() {
                            seen.insert(hash, line);
                        }
                        let property = if property.id == last_property {
                            None
                        } else {
                            last_property.clone_from(&property.id);
                            Some(into_values_of(property, form))
                        };
                        rows.push(Ready {
                            line,
                            seen_on,
                            property,
                            person: into_values_of(person, form),
                            registration: into_values_of(reg, form),
                        });
                    }
                    *slot = record.into_byte_record();
                }
                Err(e) => {
                    found.push(Violation::new(
                        format!("line {line}"),
                        "csv",
                        Message::new("v-csv").arg("detail", e.utf8_error().to_string()),
                    ));
                    *slot = e.into_byte_record();
                }
            }
            for v in found {
                if kept < MAX_PROBLEMS {
                    kept += 1;
                    bad.push(v);
                } else {
                    more += 1;
                }
            }
        }
        let batch = Checked {
            rows,
            bad,
            more,
            raw: records,
        };
        if done.send(batch).is_err() {
            return; // the writer stopped
        }
    }
}

/// The writing side of one import.
struct Run<'b, 's> {
    property: Writer<'b, Property>,
    person: Writer<'b, Person>,
    registration: Writer<'b, Registration>,
    bulk: &'b Bulk<'s>,
    /// Written rows, sent back to be freed on the checking thread.
    trash: Sender<Vec<Ready>>,
    bad: Vec<Violation>,
    more: u64,
    /// Raw batches to read into again.
    spare: Vec<Vec<ByteRecord>>,
    /// The dwelling written last.
    last_property: String,
    /// Batches in flight at most.
    depth: usize,
}

impl<'b, 's> Run<'b, 's> {
    fn new(bulk: &'b Bulk<'s>, trash: Sender<Vec<Ready>>, depth: usize) -> Result<Self, CoreError> {
        Ok(Run {
            property: bulk.writer(false)?,
            person: bulk.writer(false)?,
            registration: bulk.writer(true)?,
            bulk,
            trash,
            bad: Vec::new(),
            more: 0,
            spare: Vec::new(),
            last_property: String::new(),
            depth,
        })
    }

    fn counts(&self) -> [(&'static str, u64); 1] {
        // The people and dwellings a row brings are not logged on their
        // own: the registration is what the import writes.
        [(Registration::TABLE, self.registration.written())]
    }

    /// Reads, hands out, takes back and writes every batch; the rows read.
    fn pump<R: Read>(
        &mut self,
        reader: &mut csv::Reader<R>,
        since: &Cell<u64>,
        limits: &ImportLimits,
        watch: &mut Watch<'_>,
        raw_tx: &SyncSender<Vec<ByteRecord>>,
        done_rx: &Receiver<Checked>,
    ) -> Result<u64, CoreError> {
        let (mut rows, mut in_flight, mut eof) = (0u64, 0usize, false);
        let mut read_bad: Vec<Violation> = Vec::new();
        loop {
            if in_flight == self.depth || (eof && in_flight > 0) {
                let checked = done_rx.recv().map_err(|_| worker_gone())?;
                in_flight -= 1;
                self.write(checked, read_bad.is_empty())?;
                watch.check()?; // returning drops the load: rolled back
                let phase = if self.bad.is_empty() && read_bad.is_empty() {
                    ImportPhase::Writing
                } else {
                    ImportPhase::Checking
                };
                watch.report(phase, reader.position().byte(), rows);
                continue;
            }
            if eof {
                break;
            }
            let mut batch = self.spare.pop().unwrap_or_default();
            batch.resize_with(BATCH, ByteRecord::new);
            let (mut n, mut bytes) = (0, 0);
            while n < BATCH && bytes < BATCH_BYTES {
                match reader.read_byte_record(&mut batch[n]) {
                    Ok(false) => {
                        eof = true;
                        break;
                    }
                    Ok(true) => {
                        since.set(0);
                        bytes += batch[n].as_slice().len();
                        n += 1;
                    }
                    Err(e) => {
                        if let csv::ErrorKind::Io(io) = e.kind() {
                            if limits::is_over_limit(io) || is_row_too_long(io) {
                                let line =
                                    e.position().map_or(reader.position().line(), |p| p.line());
                                return Err(read_failure(&e, limits, line));
                            }
                        }
                        let line = e.position().map_or(0, |p| p.line());
                        if read_bad.len() < MAX_PROBLEMS {
                            read_bad.push(Violation::new(
                                format!("line {line}"),
                                "csv",
                                Message::new("v-csv").arg("detail", e.to_string()),
                            ));
                        } else {
                            self.more += 1;
                        }
                        if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                            eof = true;
                            break;
                        }
                    }
                }
            }
            batch.truncate(n);
            rows += n as u64;
            if n > 0 {
                raw_tx.send(batch).map_err(|_| worker_gone())?;
                in_flight += 1;
            }
        }
        self.bad.extend(read_bad);
        // Both sides kept their first problems in file order: together,
        // in line order, the first [`MAX_PROBLEMS`] of them.
        self.bad.sort_by_key(|v| line_of(&v.path));
        if self.bad.len() > MAX_PROBLEMS {
            self.more += (self.bad.len() - MAX_PROBLEMS) as u64;
            self.bad.truncate(MAX_PROBLEMS);
        }
        if self.more > 0 {
            self.bad.push(Violation::new(
                "csv",
                "more-problems",
                Message::new("v-more-problems").arg("count", self.more as f64),
            ));
        }
        if !self.bad.is_empty() {
            return Err(CoreError::ImportRejected(std::mem::take(&mut self.bad)));
        }
        Ok(rows)
    }

    /// Writes a checked batch, unless something was bad already.
    fn write(&mut self, checked: Checked, read_ok: bool) -> Result<(), CoreError> {
        self.bad.extend(checked.bad);
        self.more += checked.more;
        for row in &checked.rows {
            let writing = read_ok && self.bad.is_empty();
            let id = row.registration.key();
            if let Some(first) = row.seen_on {
                // Equal hashes of different ids are as good as impossible;
                // while writing, the store tells for sure.
                let same = !writing || self.bulk.exists::<Registration>(id)?;
                if same {
                    self.problem(Violation::new(
                        format!("line {}: id", row.line),
                        "duplicate-id",
                        Message::new("v-csv-duplicate-id")
                            .arg("id", id)
                            .arg("first", first.to_string())
                            .arg("line", row.line.to_string()),
                    ));
                    continue;
                }
            }
            if writing {
                let bulk = self.bulk;
                // Rows of one dwelling usually come together: its record
                // was just written (or kept), so it is not offered again.
                if let Some(property) = &row.property {
                    let key = property.key();
                    if self.last_property != key {
                        self.property.write_row(bulk, property)?;
                        self.last_property.clear();
                        self.last_property.push_str(key);
                    }
                }
                self.person.write_row(bulk, &row.person)?;
                self.registration.write_row(bulk, &row.registration)?;
            }
        }
        self.spare.push(checked.raw);
        // Freed on the other core; if that thread is gone, freed here.
        let _ = self.trash.send(checked.rows);
        Ok(())
    }

    fn problem(&mut self, v: Violation) {
        if self.bad.len() < MAX_PROBLEMS {
            self.bad.push(v);
        } else {
            self.more += 1;
        }
    }
}

/// The line a problem's path names ("line 12: surname"), for ordering.
fn line_of(path: &str) -> u64 {
    path.strip_prefix("line ")
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(u64::MAX)
}

fn worker_gone() -> CoreError {
    CoreError::io(
        std::path::Path::new("csv"),
        io::Error::other("the checking thread stopped"),
    )
}

/// A read that stopped at a cap: the whole stream's (a gzip bomb) or one
/// row's (a file with no line ends); any other error is the CSV's.
fn read_failure(e: &csv::Error, limits: &ImportLimits, line: u64) -> CoreError {
    if let csv::ErrorKind::Io(io) = e.kind() {
        if limits::is_over_limit(io) {
            return CoreError::Inflated {
                path: "csv".to_owned(),
                max: limits.streamed,
            };
        }
        if is_row_too_long(io) {
            return CoreError::ImportRejected(vec![Violation::new(
                format!("line {line}"),
                "csv-row-too-long",
                Message::new("v-csv-row-too-long").arg("max", (limits.row >> 10) as f64),
            )]);
        }
    }
    CoreError::ImportRejected(vec![Violation::new(
        format!("line {line}"),
        "csv",
        Message::new("v-csv").arg("detail", e.to_string()),
    )])
}

/// The input, failing once one row runs past the row cap: `since` counts
/// the bytes read since the reader last finished a row (its read-ahead
/// buffer included), and the reader resets it.
struct RowCapped<'a> {
    inner: &'a mut dyn Read,
    since: Rc<Cell<u64>>,
    max: u64,
}

impl Read for RowCapped<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let since = self.since.get() + n as u64;
        // The reader reads ahead by its buffer: a row is refused once it
        // and one buffer's worth are past the cap.
        if since > self.max + (64 << 10) {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RowTooLong));
        }
        self.since.set(since);
        Ok(n)
    }
}

/// The marker inside the error [`RowCapped`] returns.
#[derive(Debug)]
struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a CSV row over the length limit")
    }
}

impl std::error::Error for RowTooLong {}

fn is_row_too_long(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<RowTooLong>())
}
