//! `bench pdf`: time and size of the documents, next to baselines measured
//! in the same run (printpdf embedding the whole font; an office suite
//! converting an equivalent OpenDocument text).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use clap::Args;
use jalga_core::documents::{self, DocKind, DocLang, DocumentData, FontEmbedding, Paragraph};
use rayon::prelude::*;

use crate::{CliError, Context, Outcome};

/// The sample lease the benchmark uses unless given another.
const SAMPLE: &str = include_str!("../../../../../assets/samples/lease-astana.json");

#[derive(Args)]
pub struct BenchPdfArgs {
    /// Document data (default: the bundled sample lease).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Documents timed one by one, per variant.
    #[arg(long, default_value_t = 200)]
    iterations: usize,
    /// Documents in the batch runs.
    #[arg(long, default_value_t = 400)]
    batch: usize,
    /// Conversions by the office suite (0 skips that baseline).
    #[arg(long, default_value_t = 3)]
    office_runs: usize,
    /// The office suite's command.
    #[arg(long, default_value = "soffice")]
    office: String,
}

struct Stats {
    mean: Duration,
    median: Duration,
    min: Duration,
    size: usize,
    /// CPU time of this thread per document (over all the runs).
    cpu: Option<Duration>,
}

fn time(n: usize, mut f: impl FnMut() -> Result<usize, CliError>) -> Result<Stats, CliError> {
    let mut times = Vec::with_capacity(n);
    let mut size = 0;
    let cpu = super::cpu_seconds();
    for _ in 0..n.max(1) {
        let t = Instant::now();
        size = f()?;
        times.push(t.elapsed());
    }
    let cpu = cpu
        .zip(super::cpu_seconds())
        .map(|(a, b)| Duration::from_secs_f64((b - a).max(0.0) / n.max(1) as f64));
    times.sort();
    Ok(Stats {
        mean: times.iter().sum::<Duration>() / times.len() as u32,
        median: times[times.len() / 2],
        min: times[0],
        size,
        cpu,
    })
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

pub fn run(_ctx: &Context, a: &BenchPdfArgs) -> Result<Outcome, CliError> {
    let data: DocumentData = match &a.data {
        Some(p) => crate::commands::docs::read_data(p)?,
        None => serde_json::from_str(SAMPLE)?,
    };
    let kind = DocKind::Agreement;
    let lang = DocLang::KkRu;
    let render = |e: FontEmbedding| documents::render_with(kind, &data, lang, e);
    // The first document also parses the fonts and deflates its font
    // programs (kept for the documents that print the same characters):
    // timed apart, as a first document of a batch would be.
    let first = Instant::now();
    let sample = render(FontEmbedding::Subset)?;
    let first = first.elapsed();
    let pages = lopdf_pages(&sample);
    println!(
        "document: agreement, kk+ru, {pages} pages; {} iterations, batch of {}, {} threads",
        a.iterations,
        a.batch,
        rayon::current_num_threads()
    );
    println!(
        "{:<44} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "variant", "mean", "median", "min", "CPU/doc", "size"
    );
    let row = |name: &str, s: &Stats| {
        println!(
            "{:<44} {:>10} {:>10} {:>10} {:>10} {:>8} KB",
            name,
            ms(s.mean),
            ms(s.median),
            ms(s.min),
            s.cpu.map_or("—".to_owned(), ms),
            s.size / 1024
        );
    };
    println!(
        "{:<44} {:>10} (fonts parsed, font programs deflated)",
        "jalga, the first document",
        ms(first)
    );
    let subset = time(a.iterations, || Ok(render(FontEmbedding::Subset)?.len()))?;
    row("jalga (printpdf, fonts subset)", &subset);
    let cold = time(a.iterations, || {
        documents::forget_kept_font_programs();
        Ok(render(FontEmbedding::Subset)?.len())
    })?;
    row("jalga, font programs deflated every time", &cold);
    let whole = time(a.iterations, || Ok(render(FontEmbedding::Whole)?.len()))?;
    row("baseline: printpdf, whole fonts embedded", &whole);
    let verify = time(a.iterations, || {
        let v = documents::verify(&sample);
        Ok(if v.intact { sample.len() } else { 0 })
    })?;
    row("jalga verify (re-render and compare)", &verify);

    for (name, threads) in [("batch, 1 thread", 1), ("batch, all cores", 0)] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| CliError::Bench(e.to_string()))?;
        let t = Instant::now();
        let total: usize = pool.install(|| {
            (0..a.batch)
                .into_par_iter()
                .map(|_| render(FontEmbedding::Subset).map(|b| b.len()).unwrap_or(0))
                .sum()
        });
        let el = t.elapsed();
        println!(
            "{:<44} {:>10.1} documents/s ({} documents, {} MB, {})",
            format!("{name} ({})", pool.current_num_threads()),
            a.batch as f64 / el.as_secs_f64(),
            a.batch,
            total / (1024 * 1024),
            ms(el)
        );
    }

    if a.office_runs > 0 {
        match office(a, kind, &data, lang) {
            Ok(s) => row("baseline: soffice --headless .fodt -> pdf", &s),
            Err(why) => println!("baseline: office suite not measured: {why}"),
        }
    }
    Ok(Outcome::Clean)
}

fn lopdf_pages(bytes: &[u8]) -> usize {
    // The footer prints "n / N" on every page; count the page objects instead.
    let text = String::from_utf8_lossy(bytes);
    text.matches("/Type/Page").count() - text.matches("/Type/Pages").count()
}

fn office(
    a: &BenchPdfArgs,
    kind: DocKind,
    data: &DocumentData,
    lang: DocLang,
) -> Result<Stats, String> {
    let paras = documents::paragraphs(kind, data, lang).map_err(|e| e.to_string())?;
    let dir = std::env::temp_dir().join(format!("jalga-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let src = dir.join("agreement.fodt");
    std::fs::write(&src, fodt(&paras)).map_err(|e| e.to_string())?;
    let profile = dir.join("profile");
    let run = || -> Result<usize, CliError> {
        let status = Command::new(&a.office)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&src)
            .output()
            .map_err(|e| CliError::Bench(format!("{}: {e}", a.office)))?;
        if !status.status.success() {
            return Err(CliError::Bench(
                String::from_utf8_lossy(&status.stderr).into(),
            ));
        }
        Ok(std::fs::metadata(dir.join("agreement.pdf"))?.len() as usize)
    };
    // The first run creates the profile; it is not timed.
    run().map_err(|e| e.to_string())?;
    // The office suite works in another process: this thread's CPU time
    // says nothing about it.
    let s = time(a.office_runs, run)
        .map(|s| Stats { cpu: None, ..s })
        .map_err(|e| e.to_string());
    let _ = std::fs::remove_dir_all(&dir);
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A flat OpenDocument text with the same paragraphs and tables.
fn fodt(paras: &[Paragraph]) -> String {
    let mut body = String::new();
    let mut i = 0;
    while i < paras.len() {
        match &paras[i] {
            Paragraph::Title(t) => body.push_str(&format!(
                "<text:p text:style-name=\"Title\">{}</text:p>",
                esc(t)
            )),
            Paragraph::Heading(t) => body.push_str(&format!(
                "<text:h text:style-name=\"H\" text:outline-level=\"1\">{}</text:h>",
                esc(t)
            )),
            Paragraph::Text(t) => body.push_str(&format!(
                "<text:p text:style-name=\"Body\">{}</text:p>",
                esc(t)
                    .replace('\t', "<text:tab/>")
                    .replace('\n', "<text:line-break/>")
            )),
            Paragraph::PageBreak => body.push_str("<text:p text:style-name=\"Break\"/>"),
            Paragraph::Row(_) => {
                let start = i;
                while i < paras.len() && matches!(paras[i], Paragraph::Row(_)) {
                    i += 1;
                }
                let rows: Vec<&Vec<String>> = paras[start..i]
                    .iter()
                    .filter_map(|p| match p {
                        Paragraph::Row(r) => Some(r),
                        _ => None,
                    })
                    .collect();
                let cols = rows.iter().map(|r| r.len()).max().unwrap_or(1);
                body.push_str("<table:table table:style-name=\"T\">");
                body.push_str(&format!(
                    "<table:table-column table:number-columns-repeated=\"{cols}\"/>"
                ));
                for r in rows {
                    body.push_str("<table:table-row>");
                    for c in 0..cols {
                        let cell = r.get(c).map(String::as_str).unwrap_or("");
                        body.push_str(&format!(
                            "<table:table-cell table:style-name=\"C\" office:value-type=\"string\"><text:p text:style-name=\"Cell\">{}</text:p></table:table-cell>",
                            esc(cell).replace('\n', "<text:line-break/>")
                        ));
                    }
                    body.push_str("</table:table-row>");
                }
                body.push_str("</table:table>");
                continue;
            }
        }
        i += 1;
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Noto Serif" fo:font-size="10pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties style:font-name="Noto Serif" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Noto Serif" fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties style:font-name="Noto Serif" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm" fo:margin-top="1.8cm" fo:margin-bottom="3cm"/></style:page-layout>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"#
    )
}
