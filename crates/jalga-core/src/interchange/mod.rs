//! Moving data in and out: the versioned JSON bundle and the registrations
//! CSV, both documented in `docs/interchange.md`.
//!
//! Import checks every record first (shape, validation, references) and
//! reports every bad one with its path or line; if anything is bad it
//! writes nothing. Records are matched by id, so importing the same file
//! twice changes nothing the second time.

mod bundle;
mod bundle_check;
mod csv_import;
mod csv_rows;
pub use jalga_domain::formula;
pub mod mapping;
pub mod migrate;
pub mod office;
pub mod sniff;
mod versions;
mod watch;
mod workbook;
pub mod xlsx_export;

use std::io::{Read, Write};

use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::limits;
use crate::store::Store;

use bundle::write_bundle_watched;
pub use bundle::{
    bundle, import_json, write_bundle, Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, BUNDLE_VERSION_1,
    BUNDLE_VERSION_2,
};
pub use bundle_check::check_bundle;
pub use csv_rows::{export_csv, import_csv, import_csv_watched, CSV_COLUMNS, MAX_PROBLEMS};
pub use watch::{ImportPhase, ImportProgress, Watch};

/// The file formats of import and export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    /// Records read from the file (rows for CSV).
    pub records: u64,
}

/// Writes the store in `format`.
pub fn export(store: &Store, format: Format, out: &mut dyn Write) -> Result<(), CoreError> {
    let io = |e: std::io::Error| CoreError::io(store.path(), e);
    match format {
        Format::Json => {
            let b = bundle(store)?;
            serde_json::to_writer_pretty(&mut *out, &b)
                .map_err(|e| io(std::io::Error::other(e)))?;
            out.write_all(b"\n").map_err(io)?;
            out.flush().map_err(io)
        }
        Format::Csv => export_csv(store, out),
    }
}

/// Imports a file in `format` (plain or gzip-compressed); on any bad
/// record, writes nothing and returns [`CoreError::ImportRejected`] with
/// every problem. A bundle is read whole, at most
/// [`limits::ImportLimits::read_whole`] bytes after decompression; a CSV is
/// streamed, at most [`limits::ImportLimits::streamed`] bytes; either way a
/// gzip bomb is refused.
pub fn import(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
) -> Result<ImportSummary, CoreError> {
    import_from(
        store,
        format,
        input,
        std::path::Path::new(source_name(format)),
    )
}

/// [`import`], with errors about the input naming `source`.
pub fn import_from(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    source: &std::path::Path,
) -> Result<ImportSummary, CoreError> {
    import_watched_from(store, format, input, source, &mut Watch::unwatched())
}

/// [`import`], reporting progress to `watch` and stopping when it is
/// cancelled ([`CoreError::Cancelled`]); a stopped import writes nothing.
pub fn import_watched(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let source = std::path::Path::new(source_name(format));
    import_watched_from(store, format, input, source, watch)
}

/// What errors call an input that came with no file name.
fn source_name(format: Format) -> &'static str {
    match format {
        Format::Json => "bundle",
        Format::Csv => "csv",
    }
}

/// The one import path: unpack gzip if it is gzip, cap the size after
/// unpacking, report progress, stop on a cancel.
pub fn import_watched_from(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    source: &std::path::Path,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let max = limits::ImportLimits::current().for_file(format == Format::Csv);
    let mut plain = limits::decoded(input, max).map_err(|e| CoreError::io(source, e))?;
    let result = match format {
        Format::Json => {
            let bytes = read_watched(&mut plain, source, max, watch)?;
            watch.report(ImportPhase::Checking, bytes.len() as u64, 0);
            let b = check_bundle(store, &bytes).map_err(CoreError::ImportRejected)?;
            watch.check()?;
            write_bundle_watched(store, &b, bytes.len() as u64, watch)
        }
        Format::Csv => import_csv_watched(store, &mut plain, watch),
    };
    match result {
        Err(CoreError::Inflated { max, .. }) => Err(CoreError::Inflated {
            path: source.display().to_string(),
            max,
        }),
        other => other,
    }
}

/// The whole input, read in chunks so that progress shows and a cancel is
/// seen while a large file loads.
fn read_watched(
    input: &mut dyn Read,
    source: &std::path::Path,
    max: u64,
    watch: &mut Watch<'_>,
) -> Result<Vec<u8>, CoreError> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        watch.check()?;
        let n = match input.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(limits::from_read(source, e, max)),
        };
        bytes.extend_from_slice(&chunk[..n]);
        watch.report(ImportPhase::Reading, bytes.len() as u64, 0);
    }
}
