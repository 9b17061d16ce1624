//! Limits on outside input, and where output may go.
//!
//! Every file Jalga reads from outside (a bundle, a CSV, a document's data,
//! a PDF to verify) is size-checked before it is read and read through a
//! cap, so a 2 GB file or a gzip bomb is refused with a clear message
//! instead of exhausting memory. Paths built from outside data (record ids
//! used as file names) must stay inside the folder the user chose.

use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use crate::error::CoreError;

/// The largest input an import holds whole, after decompression: a JSON
/// bundle, a workbook. The default of [`ImportLimits::read_whole`].
pub const MAX_IMPORT_BYTES: u64 = 256 << 20;
/// The largest CSV an import streams, after decompression: rows are
/// checked and written as they come, so memory does not grow with the
/// file; the cap only stops a gzip bomb from filling the disk. The default
/// of [`ImportLimits::streamed`].
pub const MAX_STREAMED_IMPORT_BYTES: u64 = 16 << 30;
/// The longest CSV row. A field holds at most 500 characters, so a longer
/// row is refused by the checks with every other problem; past this one,
/// reading stops (an unclosed quote, a file with no line ends). The
/// default of [`ImportLimits::row`].
pub const MAX_CSV_ROW_BYTES: u64 = 16 << 20;
/// The largest PDF `verify` reads.
pub const MAX_PDF_BYTES: u64 = 64 << 20;
/// The largest document-data JSON a PDF is made from.
pub const MAX_DOC_DATA_BYTES: u64 = 4 << 20;
/// What one stream inside a PDF may inflate to (the attached data, object
/// streams, page contents).
pub const MAX_PDF_STREAM_BYTES: usize = 16 << 20;
/// How deeply JSON may nest. A bundle needs four levels; anything far
/// deeper is hostile and would only cost stack.
pub const MAX_JSON_DEPTH: usize = 32;

/// The first and last day a date from outside may name. Every person,
/// lease and deadline Jalga deals with falls well inside; beyond them a
/// date is a typing error or hostile, and date arithmetic near chrono's
/// own limits would overflow. The schema holds the same bounds.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// Whether `d` lies within [`FIRST_YEAR`]–[`LAST_YEAR`].
pub fn date_in_range(d: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
}

/// Refuses a date outside [`FIRST_YEAR`]–[`LAST_YEAR`], naming `field`.
pub fn check_date(field: &str, d: chrono::NaiveDate) -> Result<(), CoreError> {
    if date_in_range(d) {
        return Ok(());
    }
    Err(CoreError::Invalid {
        field: field.to_owned(),
        message: crate::i18n::Message::new("v-date-range")
            .arg("from", FIRST_YEAR.to_string())
            .arg("to", LAST_YEAR.to_string())
            .arg("found", d.to_string()),
    })
}

/// The import limits in force: the defaults above, each replaced by its
/// setting (an environment variable, in MiB or KiB as named) where one is
/// given. Documented in `docs/interchange.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportLimits {
    /// What an import may hold whole (`JALGA_LIMIT_READ_WHOLE_MB`).
    pub read_whole: u64,
    /// What a CSV import may stream (`JALGA_LIMIT_STREAMED_MB`).
    pub streamed: u64,
    /// The longest CSV row (`JALGA_LIMIT_CSV_ROW_KB`).
    pub row: u64,
}

impl Default for ImportLimits {
    fn default() -> Self {
        ImportLimits {
            read_whole: MAX_IMPORT_BYTES,
            streamed: MAX_STREAMED_IMPORT_BYTES,
            row: MAX_CSV_ROW_BYTES,
        }
    }
}

impl ImportLimits {
    /// The settings of this process: the defaults, overridden by the
    /// environment. A setting that is not a positive whole number is
    /// ignored (the default holds).
    pub fn current() -> Self {
        let d = ImportLimits::default();
        let var = |name: &str, unit: u32, default: u64| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|n| *n > 0)
                .map_or(default, |n| n.saturating_mul(1 << unit))
        };
        ImportLimits {
            read_whole: var("JALGA_LIMIT_READ_WHOLE_MB", 20, d.read_whole),
            streamed: var("JALGA_LIMIT_STREAMED_MB", 20, d.streamed),
            row: var("JALGA_LIMIT_CSV_ROW_KB", 10, d.row),
        }
    }

    /// The cap on a file of this kind: streamed (CSV) or read whole.
    pub fn for_file(&self, streamed: bool) -> u64 {
        if streamed {
            self.streamed
        } else {
            self.read_whole
        }
    }
}

/// Refuses a file larger than `max` before anything is read from it.
pub fn check_size(path: &Path, max: u64) -> Result<(), CoreError> {
    let size = std::fs::metadata(path)
        .map_err(|e| CoreError::io(path, e))?
        .len();
    if size > max {
        return Err(CoreError::TooLarge {
            path: path.display().to_string(),
            size,
            max,
        });
    }
    Ok(())
}

/// Reads a whole file of at most `max` bytes (checked before reading, and
/// again while reading in case the file grows).
pub fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, CoreError> {
    check_size(path, max)?;
    let file = std::fs::File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut out = Vec::new();
    Capped::new(file, max)
        .read_to_end(&mut out)
        .map_err(|e| from_read(path, e, max))?;
    Ok(out)
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// `input` as a reader of its plain bytes: gzip is recognised by its magic
/// number and inflated; either way at most `max` bytes come out, and the
/// next read past them fails with [`io::ErrorKind::FileTooLarge`].
pub fn decoded<'a>(input: &'a mut dyn Read, max: u64) -> io::Result<Box<dyn Read + 'a>> {
    let mut head = [0u8; 2];
    let mut got = 0;
    while got < head.len() {
        match input.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let whole = io::Cursor::new(head[..got].to_vec()).chain(input);
    Ok(if head[..got] == GZIP_MAGIC {
        Box::new(Capped::new(flate2::read::MultiGzDecoder::new(whole), max))
    } else {
        Box::new(Capped::new(whole, max))
    })
}

/// A reader that fails once more than `max` bytes were asked of it.
pub struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Capped<R> {
    pub fn new(inner: R, max: u64) -> Self {
        Capped { inner, left: max }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        // One byte more than allowed tells "exactly at the limit" from "over".
        let want = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            return Err(io::Error::new(io::ErrorKind::FileTooLarge, OverLimit));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The marker inside the error [`Capped`] returns.
#[derive(Debug)]
struct OverLimit;

impl std::fmt::Display for OverLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("input over the size limit")
    }
}

impl std::error::Error for OverLimit {}

/// Whether a read failed because [`Capped`] stopped it.
pub fn is_over_limit(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<OverLimit>())
}

/// A read error about `path`: the size limit in words when [`Capped`]
/// stopped it, the I/O error otherwise.
pub fn from_read(path: &Path, e: io::Error, max: u64) -> CoreError {
    if is_over_limit(&e) {
        CoreError::Inflated {
            path: path.display().to_string(),
            max,
        }
    } else {
        CoreError::io(path, e)
    }
}

/// How deeply `bytes`, read as JSON, nest arrays and objects — counted
/// without parsing, so that a hostile file is refused before the parser
/// recurses. Brackets inside strings do not count.
pub fn json_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Refuses an output path that climbs with `..`: an export goes where it
/// is pointed, never somewhere a relative path quietly escapes to.
pub fn output_path(path: &Path) -> Result<(), CoreError> {
    if path.components().any(|c| c == Component::ParentDir) {
        return Err(CoreError::UnsafePath {
            path: path.display().to_string(),
        });
    }
    Ok(())
}

/// `dir/name` for a file name made from outside data (a record id, a data
/// file's name): refused unless `name` is one plain file name, so it can
/// never land outside `dir`.
pub fn file_in(dir: &Path, name: &str) -> Result<PathBuf, CoreError> {
    let mut parts = Path::new(name).components();
    let plain = matches!(
        (parts.next(), parts.next()),
        (Some(Component::Normal(n)), None) if n == name
    );
    if !plain || name.contains(['/', '\\', '\0']) {
        return Err(CoreError::UnsafeName {
            name: name.to_owned(),
        });
    }
    Ok(dir.join(crate::portable::portable_name(name).as_ref()))
}
