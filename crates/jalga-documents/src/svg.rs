//! The document's pages as SVG, for the app's preview: the same envelope,
//! checks and layout as the PDF ([`crate::render_envelope`]), drawn item by
//! item, so that what the screen shows is what prints. Text is set in the
//! PDF's own font family ("Noto Serif", which the app ships) and each line
//! is held to the width the layout measured for it, so a line never wraps
//! or runs over differently on screen.

use std::fmt::Write;

use sha2::{Digest, Sha256};

use crate::layout::{self, Item, PAGE_H, PAGE_W};
use crate::{CoreError, DocKind, DocLang, DocumentData, Envelope};

/// The family the preview's text asks for; the app declares it with the
/// fonts in `assets/fonts/`.
pub const FONT_FAMILY: &str = "Jalga Noto Serif";

/// Every page of `kind` from `data` in `lang`, one SVG document each.
pub fn render_svg(
    kind: DocKind,
    data: &DocumentData,
    lang: DocLang,
) -> Result<Vec<String>, CoreError> {
    render_envelope_svg(&Envelope::new(kind, lang, data.clone()))
}

/// Every page of `env`, one SVG document each.
pub fn render_envelope_svg(env: &Envelope) -> Result<Vec<String>, CoreError> {
    crate::check(env)?;
    let sha: [u8; 32] = Sha256::digest(env.canonical()).into();
    let code = crate::short_code(&sha);
    let pages = crate::layout_pages(env, &code)?;
    Ok(pages.iter().map(|p| page(p)).collect())
}

/// Text as XML character data.
fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
}

/// One page: the layout's points, its origin moved from the bottom left
/// (PDF) to the top left (SVG).
pub fn page(items: &[Item]) -> String {
    let fonts = layout::fonts();
    let mut out = String::with_capacity(items.len() * 90 + 400);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {PAGE_W} {PAGE_H}\" \
         width=\"{PAGE_W}pt\" height=\"{PAGE_H}pt\" font-family=\"'{FONT_FAMILY}', 'Noto Serif', serif\">\
         <rect width=\"{PAGE_W}\" height=\"{PAGE_H}\" fill=\"#fff\"/>"
    );
    for item in items {
        match item {
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                let _ = write!(
                    out,
                    "<line x1=\"{x1:.2}\" y1=\"{:.2}\" x2=\"{x2:.2}\" y2=\"{:.2}\" stroke=\"#000\" stroke-width=\"{width}\"/>",
                    PAGE_H - y1,
                    PAGE_H - y2
                );
            }
            Item::Fill { x, y, w, h } => {
                let _ = write!(
                    out,
                    "<rect x=\"{x:.2}\" y=\"{:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" fill=\"#000\"/>",
                    PAGE_H - y - h
                );
            }
            Item::Text { x, y, style, text } => {
                if text.trim().is_empty() {
                    continue;
                }
                let width = fonts.width(text, style.bold, style.size);
                let _ = write!(
                    out,
                    "<text x=\"{x:.2}\" y=\"{:.2}\" font-size=\"{}\" textLength=\"{width:.2}\" lengthAdjust=\"spacingAndGlyphs\"{}{} xml:space=\"preserve\">",
                    PAGE_H - y,
                    style.size,
                    if style.bold { " font-weight=\"bold\"" } else { "" },
                    if style.grey { " fill=\"#595959\"" } else { "" },
                );
                escape(text, &mut out);
                out.push_str("</text>");
            }
        }
    }
    out.push_str("</svg>");
    out
}
