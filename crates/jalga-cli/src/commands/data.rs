//! `init`, `demo`, `import`, `export`: the store and moving data in and out.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use flate2::write::GzEncoder;
use flate2::Compression;
use jalga_core::i18n::Message;
use jalga_core::interchange::{self, mapping, office, xlsx_export, Format};
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

#[derive(Args)]
pub struct InitArgs {
    /// On an office server (--db postgres://…): also set up the roles
    /// jalga_clerk (read and write) and jalga_supervisor (read only) and
    /// per-district access (row-level security).
    #[arg(long)]
    roles: bool,
}

pub fn init(ctx: &Context, args: &InitArgs) -> Result<Outcome, CliError> {
    if args.roles && !super::server::names_server(ctx) {
        return Err(CliError::Usage(Message::new("server-roles-need-server")));
    }
    let mut store = open(ctx)?;
    if args.roles {
        super::server::install_roles(ctx, &mut store)?;
    }
    println!(
        "{}",
        Message::new("cli-init-done")
            .arg("path", store.path().display().to_string())
            .arg("version", store.schema_version()?)
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}

/// The demo households (made by `jalga_testkit::demo`, which checks that
/// this copy is current).
const DEMO_BUNDLE: &[u8] = include_bytes!("../../../../assets/samples/demo.json");

pub fn demo(ctx: &Context) -> Result<Outcome, CliError> {
    let mut store = open(ctx)?;
    // The demo is a bundle like any other, read through the one import.
    let summary = interchange::import_json(&mut store, DEMO_BUNDLE)?;
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
    /// The registrations as an Excel workbook (export only), headings in --lang.
    Xlsx,
    /// The registrations as CSV for Excel: byte-order mark, `;` (export only).
    ExcelCsv,
}

impl FormatArg {
    /// The core's format, for the ones both import and export know.
    pub(crate) fn plain(self) -> Option<Format> {
        match self {
            FormatArg::Json => Some(Format::Json),
            FormatArg::Csv => Some(Format::Csv),
            FormatArg::Xlsx | FormatArg::ExcelCsv => None,
        }
    }
}

#[derive(Args)]
pub struct ImportArgs {
    /// A JSON bundle (.json), a registrations CSV (.csv, any usual encoding
    /// and separator) or a workbook (.xlsx, .xls, .ods).
    file: PathBuf,
    /// The format, if the file name does not tell.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// A mapping profile (JSON) saying which of the file's columns feeds
    /// which of Jalga's; columns it does not name are recognised by name.
    #[arg(long, value_name = "PROFILE.json")]
    mapping: Option<PathBuf>,
    /// The workbook sheet to read (the first by default).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
}

/// The format a file name tells, looking through a `.gz` ending.
fn format_of(path: &Path, given: Option<FormatArg>) -> Result<Format, CliError> {
    if let Some(f) = given {
        return f.plain().ok_or_else(|| {
            CliError::Usage(
                Message::new("cli-unknown-format").arg("path", path.display().to_string()),
            )
        });
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

/// Whether the file goes through the office front end: a workbook, a
/// mapping or sheet asked for, or a CSV that is not Jalga's own.
fn is_office_file(args: &ImportArgs) -> Result<bool, CliError> {
    if args.mapping.is_some() || args.sheet.is_some() {
        return Ok(true);
    }
    if matches!(args.format, Some(FormatArg::Json)) {
        return Ok(false);
    }
    if office::is_workbook(&args.file)? {
        return Ok(true);
    }
    let csv = matches!(args.format, Some(FormatArg::Csv))
        || matches!(format_of(&args.file, None), Ok(Format::Csv));
    Ok(csv && !office::is_jalga_csv(&args.file)?)
}

fn import_office(ctx: &Context, args: &ImportArgs) -> Result<Outcome, CliError> {
    let profile = args
        .mapping
        .as_deref()
        .map(mapping::load_profile)
        .transpose()?;
    let opts = office::OfficeOptions {
        profile,
        sheet: args.sheet.clone(),
    };
    let mut store = open(ctx)?;
    let watch = &mut interchange::Watch::unwatched();
    match office::import_file(&mut store, &args.file, &opts, ctx.lang, watch) {
        Ok(done) => {
            for n in &done.notes {
                eprintln!(
                    "{}",
                    Message::new("cli-import-note")
                        .arg("note", n.render(ctx.lang))
                        .render(ctx.lang)
                );
            }
            println!(
                "{}",
                Message::new("cli-import-done")
                    .arg("records", done.records as f64)
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

pub fn import(ctx: &Context, args: &ImportArgs) -> Result<Outcome, CliError> {
    if args.file.is_file() && is_office_file(args)? {
        return import_office(ctx, args);
    }
    let format = format_of(&args.file, args.format)?;
    // A file over the limit is refused before it is opened.
    let cap = limits::ImportLimits::current().for_file(format == Format::Csv);
    limits::check_size(&args.file, cap)?;
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
    pub(crate) format: FormatArg,
    /// Output file; `-` for standard output. A name ending in `.gz` is
    /// written gzip-compressed.
    out: PathBuf,
}

/// Writes `path` through `write`, refusing a path that climbs out.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), CoreError>,
) -> Result<(), CliError> {
    limits::output_path(path)?;
    let io = |e| CoreError::Io {
        path: path.display().to_string(),
        source: e,
    };
    let mut out = BufWriter::new(File::create(path).map_err(io)?);
    write(&mut out)?;
    out.flush().map_err(io)?;
    Ok(())
}

/// The registrations for people: a workbook or a CSV for Excel.
fn export_for_people(ctx: &Context, args: &ExportArgs, store: &Store) -> Result<(), CliError> {
    let write = |out: &mut dyn Write| match args.format {
        FormatArg::Xlsx => xlsx_export::export_registrations_xlsx(store, ctx.lang, out),
        _ => xlsx_export::export_excel_csv(store, out),
    };
    if args.out.as_os_str() == "-" {
        let mut out = BufWriter::new(std::io::stdout().lock());
        write(&mut out)?;
        out.flush()?;
        return Ok(());
    }
    write_file(&args.out, write)
}

pub fn export(ctx: &Context, args: &ExportArgs) -> Result<Outcome, CliError> {
    let store = open(ctx)?;
    let Some(format) = args.format.plain() else {
        export_for_people(ctx, args, &store)?;
        if args.out.as_os_str() != "-" {
            eprintln!(
                "{}",
                Message::new("cli-export-done")
                    .arg("path", args.out.display().to_string())
                    .render(ctx.lang)
            );
        }
        return Ok(Outcome::Clean);
    };
    if args.out.as_os_str() == "-" {
        let mut out = BufWriter::new(std::io::stdout().lock());
        interchange::export(&store, format, &mut out)?;
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
        interchange::export(&store, format, &mut gz)?;
        gz.finish().and_then(|mut w| w.flush()).map_err(io)?;
    } else {
        let mut out = BufWriter::new(file);
        interchange::export(&store, format, &mut out)?;
    }
    eprintln!(
        "{}",
        Message::new("cli-export-done")
            .arg("path", args.out.display().to_string())
            .render(ctx.lang)
    );
    Ok(Outcome::Clean)
}
