//! `init`, `demo`, `import`, `export`: the store and moving data in and out.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use flate2::write::GzEncoder;
use flate2::Compression;
use jalga_core::i18n::Message;
use jalga_core::interchange::{self, demo, Format};
use jalga_core::{limits, CoreError, Store};

use crate::{CliError, Context, Outcome};

/// Opens the `--db` file, which these commands need.
pub fn open(ctx: &Context) -> Result<Store, CliError> {
    let path = ctx
        .db
        .as_deref()
        .ok_or_else(|| CliError::Usage(Message::new("cli-needs-db")))?;
    super::trust::open_store(ctx, path)
}

pub fn init(ctx: &Context) -> Result<Outcome, CliError> {
    let store = open(ctx)?;
    println!(
        "{}",
        Message::new("cli-init-done")
            .arg("path", store.path().display().to_string())
            .arg("version", store.schema_version()?)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

pub fn demo(ctx: &Context) -> Result<Outcome, CliError> {
    let mut store = open(ctx)?;
    let summary = interchange::write_bundle(&mut store, &demo::demo_bundle())?;
    println!(
        "{}",
        Message::new("cli-demo-done")
            .arg("records", summary.records as f64)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Json,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
        }
    }
}

#[derive(Args)]
pub struct ImportArgs {
    /// A JSON bundle (.json) or a registrations CSV (.csv).
    file: PathBuf,
    /// The format, if the file name does not tell.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
}

/// The format a file name tells, looking through a `.gz` ending.
fn format_of(path: &Path, given: Option<FormatArg>) -> Result<Format, CliError> {
    if let Some(f) = given {
        return Ok(f.into());
    }
    let plain = match path.extension() {
        Some(e) if e.eq_ignore_ascii_case("gz") => Path::new(path.file_stem().unwrap_or_default()),
        _ => path,
    };
    match plain
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
    {
        Some(e) if e == "json" => Ok(Format::Json),
        Some(e) if e == "csv" => Ok(Format::Csv),
        _ => Err(CliError::Usage(
            Message::new("cli-unknown-format").arg("path", path.display().to_string()),
        )),
    }
}

pub fn import(ctx: &Context, args: &ImportArgs) -> Result<Outcome, CliError> {
    let format = format_of(&args.file, args.format)?;
    // A file over the limit is refused before it is opened.
    limits::check_size(&args.file, limits::MAX_IMPORT_BYTES)?;
    let mut store = open(ctx)?;
    let file = File::open(&args.file).map_err(|e| CoreError::Io {
        path: args.file.display().to_string(),
        source: e,
    })?;
    let mut input = BufReader::with_capacity(1 << 20, file);
    match interchange::import_from(&mut store, format, &mut input, &args.file) {
        Ok(summary) => {
            println!(
                "{}",
                Message::new("cli-import-done")
                    .arg("records", summary.records as f64)
                    .render(ctx.lang)
            );
            Ok(Outcome::Clean)
        }
        Err(CoreError::ImportRejected(problems)) => {
            let mut out = std::io::stdout().lock();
            for p in &problems {
                writeln!(out, "{}", p.render(ctx.lang))?;
            }
            Err(CoreError::ImportRejected(problems).into())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Output file; `-` for standard output. A name ending in `.gz` is
    /// written gzip-compressed.
    out: PathBuf,
}

pub fn export(ctx: &Context, args: &ExportArgs) -> Result<Outcome, CliError> {
    let store = open(ctx)?;
    if args.out.as_os_str() == "-" {
        let mut out = BufWriter::new(std::io::stdout().lock());
        interchange::export(&store, args.format.into(), &mut out)?;
        return Ok(Outcome::Clean);
    }
    limits::output_path(&args.out)?;
    let file = File::create(&args.out).map_err(|e| CoreError::Io {
        path: args.out.display().to_string(),
        source: e,
    })?;
    let io = |e| CoreError::Io {
        path: args.out.display().to_string(),
        source: e,
    };
    if args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        let mut gz = GzEncoder::new(BufWriter::new(file), Compression::default());
        interchange::export(&store, args.format.into(), &mut gz)?;
        gz.finish().and_then(|mut w| w.flush()).map_err(io)?;
    } else {
        let mut out = BufWriter::new(file);
        interchange::export(&store, args.format.into(), &mut out)?;
    }
    eprintln!(
        "{}",
        Message::new("cli-export-done")
            .arg("path", args.out.display().to_string())
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}
