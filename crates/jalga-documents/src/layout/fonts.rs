//! The two bundled faces of Noto Serif, parsed once, and their glyph widths.

use std::sync::OnceLock;

use printpdf::ParsedFont;

pub static REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSerif-Regular.ttf");
pub static BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSerif-Bold.ttf");

/// The two faces, parsed once per process, with their advance widths.
pub struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
    widths: [Widths; 2],
}

/// Advance widths in em for the characters up to U+04FF (Latin and
/// Cyrillic, Kazakh letters included), looked up by index; other
/// characters through the font's cmap.
struct Widths {
    table: Vec<f32>,
}

impl Widths {
    const LEN: usize = 0x500;

    fn new(face: &ParsedFont) -> Self {
        let table = (0..Self::LEN as u32).map(|c| advance(face, c)).collect();
        Widths { table }
    }
}

fn advance(face: &ParsedFont, c: u32) -> f32 {
    let upem = f32::from(face.units_per_em.max(1));
    face.lookup_glyph_index(c)
        .and_then(|g| face.get_glyph_width(g))
        .map_or(0.5, |w| f32::from(w) / upem)
}

pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new())
            .expect("the bundled regular font parses");
        let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new())
            .expect("the bundled bold font parses");
        let widths = [Widths::new(&regular), Widths::new(&bold)];
        Fonts {
            regular,
            bold,
            widths,
        }
    })
}

impl Fonts {
    fn face(&self, bold: bool) -> &ParsedFont {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// The advance width of `text` at `size`, from the font's hmtx table.
    pub fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let table = &self.widths[usize::from(bold)].table;
        let em: f32 = text
            .chars()
            .map(|c| {
                table
                    .get(c as usize)
                    .copied()
                    .unwrap_or_else(|| advance(self.face(bold), c as u32))
            })
            .sum();
        em * size
    }
}
