//! A page's content stream, written straight from its items.
//!
//! printpdf turned every item into its operations, then into lopdf's
//! objects, then into text through `fmt` (each glyph's two bytes as hex by
//! `write!`), and collected the glyphs a second time into maps of strings:
//! two fifths of a document's time. The bytes written here are the ones that
//! path writes, operator for operator (a test compares them page by page),
//! so documents issued earlier, whose pages verification compares with
//! pages made again, still verify. printpdf still writes the fonts'
//! dictionaries, widths and ToUnicode maps, from the same glyphs with the
//! same characters ([`usage_ops`]).

use std::io::Write as _;

use printpdf::{Op, ParsedFont, PdfFontHandle, Pt, TextItem};

use crate::layout::Item;

/// The grey of secondary text (0.35, as `layout::ops` sets it).
const GREY: f32 = 0.35;

/// The glyphs a document shows in one face, each with the character
/// printpdf maps it back to (the last one shown with it, as its own
/// collection keeps).
#[derive(Default)]
pub struct Glyphs {
    by_gid: Vec<Option<char>>,
    /// The face's glyph of each character below `MEMO` met so far
    /// (`UNKNOWN`: not looked up yet; `NONE`: not in the face).
    memo: Vec<u32>,
}

const MEMO: usize = 0x500;
const UNKNOWN: u32 = u32::MAX;
const NONE: u32 = u32::MAX - 1;

impl Glyphs {
    /// `face`'s glyph of `c`, looked up once per document for the usual
    /// characters.
    fn glyph(&mut self, face: &ParsedFont, c: char) -> Option<u16> {
        let i = c as usize;
        if i >= MEMO {
            return face.lookup_glyph_index(c as u32);
        }
        if self.memo.is_empty() {
            self.memo = vec![UNKNOWN; MEMO];
        }
        if self.memo[i] == UNKNOWN {
            self.memo[i] = face.lookup_glyph_index(c as u32).map_or(NONE, u32::from);
        }
        u16::try_from(self.memo[i]).ok()
    }

    fn note(&mut self, gid: u16, c: char) {
        let i = usize::from(gid);
        if self.by_gid.len() <= i {
            self.by_gid.resize(i + 1, None);
        }
        self.by_gid[i] = Some(c);
    }

    /// One character per glyph, in glyph order.
    fn text(&self) -> String {
        self.by_gid.iter().flatten().collect()
    }
}

/// The two faces a page's text is shown in, with the names pages select
/// them by.
pub struct Faces<'a> {
    pub regular: (&'a str, &'a ParsedFont),
    pub bold: (&'a str, &'a ParsedFont),
}

/// Writes the content of a page showing `items` (the items it draws itself)
/// and notes the glyphs it shows in `glyphs` (regular, bold).
pub fn page<'a>(
    items: impl IntoIterator<Item = &'a Item> + Clone,
    faces: &Faces<'_>,
    glyphs: &mut [Glyphs; 2],
) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(16 * 1024));
    w.op(&[0.0, 0.0, 0.0], "RG");
    w.op(&[0.0, 0.0, 0.0], "rg");
    let mut width = None;
    for item in items.clone() {
        match *item {
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width: lw,
            } => {
                if width != Some(lw) {
                    w.op(&[lw], "w");
                    width = Some(lw);
                }
                w.op(&[x1, y1], "m");
                w.op(&[x2, y2], "l");
                w.op(&[], "S");
            }
            Item::Fill { x, y, w: fw, h } => {
                w.op(&[x, y, fw, h], "re");
                w.op(&[], "f");
            }
            Item::Text { .. } => {}
        }
    }
    w.op(&[], "BT");
    let mut current: Option<(bool, f32, bool)> = None;
    for item in items {
        let Item::Text { x, y, style, text } = item else {
            continue;
        };
        if current.map(|c| (c.0, c.1)) != Some((style.bold, style.size)) {
            let name = if style.bold {
                faces.bold.0
            } else {
                faces.regular.0
            };
            w.font(name, style.size);
        }
        if current.map(|c| c.2) != Some(style.grey) {
            let g = if style.grey { GREY } else { 0.0 };
            w.op(&[g, g, g], "rg");
        }
        current = Some((style.bold, style.size, style.grey));
        w.op(&[1.0, 0.0, 0.0, 1.0, *x, *y], "Tm");
        let face = if style.bold {
            faces.bold.1
        } else {
            faces.regular.1
        };
        let noted = &mut glyphs[usize::from(style.bold)];
        w.sep();
        w.0.push(b'<');
        for c in text.chars() {
            let gid = noted.glyph(face, c);
            if let Some(g) = gid {
                noted.note(g, c);
            }
            w.hex(gid.unwrap_or(0));
        }
        w.0.extend_from_slice(b"> Tj");
    }
    w.op(&[], "ET");
    w.0
}

/// Operations that show each noted glyph once in its face: what printpdf
/// collects the fonts' glyphs from (widths, ToUnicode), with the same
/// characters as the pages themselves would give it.
pub fn usage_ops(regular: &PdfFontHandle, bold: &PdfFontHandle, glyphs: &[Glyphs; 2]) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (font, g) in [(regular, &glyphs[0]), (bold, &glyphs[1])] {
        ops.push(Op::SetFont {
            font: font.clone(),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(g.text())],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Operations as lopdf's `Content::encode` writes them: operands each
/// followed by a space, the operator, a line feed between operations.
struct Writer(Vec<u8>);

impl Writer {
    /// Begins an operation: a line feed after the one before.
    fn sep(&mut self) {
        if !self.0.is_empty() {
            self.0.push(b'\n');
        }
    }

    /// A real operand: `f32`'s shortest form, as lopdf writes one.
    fn real(&mut self, v: f32) {
        let _ = write!(self.0, "{v} ");
    }

    fn op(&mut self, operands: &[f32], operator: &str) {
        self.sep();
        for &v in operands {
            self.real(v);
        }
        self.0.extend_from_slice(operator.as_bytes());
    }

    /// `/name size Tf` (the font names are plain capital letters).
    fn font(&mut self, name: &str, size: f32) {
        self.sep();
        self.0.push(b'/');
        self.0.extend_from_slice(name.as_bytes());
        self.0.push(b' ');
        self.real(size);
        self.0.extend_from_slice(b"Tf");
    }

    fn hex(&mut self, gid: u16) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        for b in gid.to_be_bytes() {
            self.0.push(HEX[usize::from(b >> 4)]);
            self.0.push(HEX[usize::from(b & 15)]);
        }
    }
}

/// Puts each page's content (in page order) into the stream printpdf made
/// for it.
pub fn set(doc: &mut lopdf::Document, contents: Vec<Vec<u8>>) -> Result<(), lopdf::Error> {
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    if pages.len() != contents.len() {
        return Err(lopdf::Error::PageNumberNotFound(contents.len() as u32));
    }
    for (page, bytes) in pages.into_iter().zip(contents) {
        let id = doc.get_dictionary(page)?.get(b"Contents")?.as_reference()?;
        doc.get_object_mut(id)?.as_stream_mut()?.set_content(bytes);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use printpdf::{FontId, Mm, PdfDocument, PdfPage, PdfSaveOptions};

    use super::*;
    use crate::verify::{add_fonts, subset_faces};
    use crate::{compact, layout, layout_pages, DocKind, DocLang, Envelope, QrDrawing};

    const SAMPLES: [&str; 3] = [
        include_str!("../../../assets/samples/lease-astana.json"),
        include_str!("../../../assets/samples/lease-astana-coowners.json"),
        include_str!("../../../assets/samples/foreigner-almaty.json"),
    ];

    fn options() -> PdfSaveOptions {
        PdfSaveOptions {
            optimize: true,
            subset_fonts: true,
            secure: true,
            image_optimization: None,
        }
    }

    /// Every object of a document but its information dictionary, pages'
    /// content inflated.
    fn objects(doc: &lopdf::Document) -> BTreeMap<lopdf::ObjectId, lopdf::Object> {
        let info = doc.trailer.get(b"Info").and_then(|o| o.as_reference()).ok();
        doc.objects
            .iter()
            .filter(|(id, _)| Some(**id) != info)
            .map(|(id, o)| (*id, o.clone()))
            .collect()
    }

    /// The pages of every kind and language of the samples, their QR code
    /// drawn both ways: the content written here is the content printpdf
    /// writes from `layout::ops`, byte for byte, and so are the fonts'
    /// objects printpdf writes from the glyphs.
    #[test]
    fn the_same_bytes_as_printpdf() {
        let regular = FontId("QWERTYR".into());
        let bold = FontId("ASDFGHB".into());
        let mut compared = 0;
        for sample in SAMPLES {
            let data: crate::DocumentData = serde_json::from_str(sample).expect("sample");
            for kind in DocKind::ALL {
                for lang in [DocLang::Kk, DocLang::Ru, DocLang::En, DocLang::KkRu] {
                    let env = Envelope::new(kind, lang, data.clone());
                    if crate::check(&env).is_err() {
                        continue;
                    }
                    let pages = layout_pages(&env, "ABCD-1234").expect("layout");
                    let (rf, bf) = subset_faces(&pages, &regular, &bold).expect("subset");
                    for qr in [QrDrawing::Shared, QrDrawing::Inline] {
                        // printpdf's own path.
                        let mut old = PdfDocument::new("t");
                        let (rh, bh) = add_fonts(
                            &mut old,
                            (regular.clone(), rf.clone()),
                            (bold.clone(), bf.clone()),
                        );
                        let old_pages = pages
                            .iter()
                            .map(|items| {
                                let drawn = compact::page_items(items, qr);
                                PdfPage::new(
                                    Mm(210.0),
                                    Mm(297.0),
                                    layout::ops(drawn.iter().copied(), &rh, &bh),
                                )
                            })
                            .collect();
                        old.with_pages(old_pages);
                        let old = old.to_lopdf_document(&options(), &mut Vec::new());
                        // This module's.
                        let mut glyphs = Default::default();
                        let faces = Faces {
                            regular: (&regular.0, &rf),
                            bold: (&bold.0, &bf),
                        };
                        let contents: Vec<Vec<u8>> = pages
                            .iter()
                            .map(|items| {
                                let drawn = compact::page_items(items, qr);
                                page(drawn.iter().copied(), &faces, &mut glyphs)
                            })
                            .collect();
                        let mut new = PdfDocument::new("t");
                        let (rh, bh) = add_fonts(
                            &mut new,
                            (regular.clone(), rf.clone()),
                            (bold.clone(), bf.clone()),
                        );
                        let mut usage = Some(usage_ops(&rh, &bh, &glyphs));
                        new.with_pages(
                            pages
                                .iter()
                                .map(|_| {
                                    PdfPage::new(
                                        Mm(210.0),
                                        Mm(297.0),
                                        usage.take().unwrap_or_default(),
                                    )
                                })
                                .collect(),
                        );
                        let mut new = new.to_lopdf_document(&options(), &mut Vec::new());
                        set(&mut new, contents).expect("pages");
                        let (old, new) = (objects(&old), objects(&new));
                        assert_eq!(old.len(), new.len(), "{kind:?} {lang:?}");
                        for (id, o) in &old {
                            assert_eq!(Some(o), new.get(id), "{kind:?} {lang:?} {qr:?} {id:?}");
                        }
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared >= 20, "{compared} documents compared");
    }
}
