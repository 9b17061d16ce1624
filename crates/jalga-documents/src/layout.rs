//! A small page-layout engine over printpdf: blocks (title, headings,
//! numbered clauses, paragraphs, tables, signature blocks) are wrapped by
//! the fonts' measured glyph widths and flowed onto A4 pages.
//!
//! Written here rather than taken from printpdf's HTML layout because that
//! pulls in a browser-style engine, and a contract needs only a handful of
//! block kinds with exact control over page breaks (a signature block is
//! never split, a heading never ends a page).

mod fonts;
mod footer;
mod ops;

pub use fonts::{fonts, Fonts, BOLD_TTF, REGULAR_TTF};
pub use footer::{footer, footer_note, Qr};
pub use ops::ops;

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
const MM: f32 = 72.0 / 25.4;
pub const LEFT: f32 = 25.0 * MM;
pub const RIGHT: f32 = 15.0 * MM;
pub const TOP: f32 = 18.0 * MM;
/// Room for the footer: the verification code, the QR code, the page number.
pub const BOTTOM: f32 = 30.0 * MM;
pub const BODY: f32 = 10.0;
const LEADING: f32 = 1.32;

/// Style of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub grey: bool,
}

impl Style {
    pub const BODY: Style = Style {
        size: BODY,
        bold: false,
        grey: false,
    };
    pub const BOLD: Style = Style {
        size: BODY,
        bold: true,
        grey: false,
    };
    pub fn small(self) -> Style {
        Style {
            size: self.size - 1.5,
            ..self
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One thing to draw, in page coordinates (points, origin bottom left).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// A block of the document.
#[derive(Debug, Clone)]
pub enum Block {
    Title(String),
    /// A line with one text on the left and another on the right.
    Split(String, String),
    /// A heading that keeps with what follows.
    Heading(String),
    /// A paragraph; `label` hangs to the left (a clause number).
    Para {
        label: Option<String>,
        text: String,
        style: Style,
        align: Align,
    },
    Table {
        /// Column widths as fractions of the text width.
        widths: Vec<f32>,
        header: Option<Vec<String>>,
        rows: Vec<Vec<String>>,
        /// The first column of every row in bold (label/value sheets).
        bold_first: bool,
    },
    /// Signature columns: role, name, further lines; never split.
    Signatures(Vec<Vec<String>>),
    /// What follows starts a new page (template version 2).
    PageBreak,
}

/// Break `text` into lines no wider than `max` at word boundaries (a word
/// longer than a line is cut by characters).
pub fn wrap(fonts: &Fonts, text: &str, style: Style, max: f32) -> Vec<String> {
    let w = |s: &str| fonts.width(s, style.bold, style.size);
    let space = w(" ");
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let word_w = w(word);
            if line.is_empty() && word_w <= max {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            if !line.is_empty() && line_w + space + word_w <= max {
                line.push(' ');
                line.push_str(word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line_w = word_w;
            if word_w <= max {
                line.push_str(word);
                continue;
            }
            // A word too long for a line on its own is cut by characters.
            let mut piece = String::new();
            let mut piece_w = 0.0;
            for c in word.chars() {
                let cw = w(c.encode_utf8(&mut [0; 4]));
                if piece_w + cw > max && !piece.is_empty() {
                    lines.push(std::mem::take(&mut piece));
                    piece_w = 0.0;
                }
                piece.push(c);
                piece_w += cw;
            }
            line = piece;
            line_w = piece_w;
        }
        lines.push(line);
    }
    lines
}

fn line_h(style: Style) -> f32 {
    style.size * LEADING
}

/// Flows blocks onto pages.
pub struct Flow<'f> {
    fonts: &'f Fonts,
    pub pages: Vec<Vec<Item>>,
    y: f32,
}

const PAD: f32 = 3.0;

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Flow {
            fonts,
            pages: vec![Vec::new()],
            y: PAGE_H - TOP,
        }
    }

    fn width() -> f32 {
        PAGE_W - LEFT - RIGHT
    }

    /// Starts a new page (a new language part of a bilingual document).
    pub fn page_break(&mut self) {
        if !self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.push(Vec::new());
        }
        self.y = PAGE_H - TOP;
    }

    fn room(&self) -> f32 {
        self.y - BOTTOM
    }

    fn ensure(&mut self, h: f32) {
        if h > self.room() && self.y < PAGE_H - TOP {
            self.page_break();
        }
    }

    fn text(&mut self, x: f32, baseline: f32, style: Style, text: String) {
        if !text.is_empty() {
            self.pages.last_mut().expect("a page").push(Item::Text {
                x,
                y: baseline,
                style,
                text,
            });
        }
    }

    fn aligned_x(&self, left: f32, width: f32, text: &str, style: Style, align: Align) -> f32 {
        let w = self.fonts.width(text, style.bold, style.size);
        match align {
            Align::Left => left,
            Align::Center => left + (width - w) / 2.0,
            Align::Right => left + width - w,
        }
    }

    /// Lays one line of text at the cursor, breaking the page first if needed.
    fn line(&mut self, x: f32, style: Style, text: String) {
        let h = line_h(style);
        self.ensure(h);
        let baseline = self.y - style.size;
        self.text(x, baseline, style, text);
        self.y -= h;
    }

    pub fn add(&mut self, block: &Block, rest: &[Block]) {
        let next = rest.first();
        let fonts = self.fonts;
        let w = Self::width();
        match block {
            Block::PageBreak => self.page_break(),
            Block::Title(t) => {
                let style = Style {
                    size: 12.5,
                    bold: true,
                    grey: false,
                };
                for l in wrap(fonts, t, style, w * 0.85) {
                    let x = self.aligned_x(LEFT, w, &l, style, Align::Center);
                    self.line(x, style, l);
                }
                self.y -= 4.0;
            }
            Block::Split(a, b) => {
                let style = Style::BODY;
                self.ensure(line_h(style));
                let baseline = self.y - style.size;
                let xb = self.aligned_x(LEFT, w, b, style, Align::Right);
                self.text(LEFT, baseline, style, a.clone());
                self.text(xb, baseline, style, b.clone());
                self.y -= line_h(style) + 6.0;
            }
            Block::Heading(t) => {
                let style = Style::BOLD;
                let lines = wrap(fonts, t, style, w);
                // Keep with the next block's first two lines.
                let after = match next {
                    Some(Block::Para { .. }) => 2.0 * line_h(Style::BODY),
                    Some(Block::Table { .. }) => 3.0 * line_h(Style::BODY),
                    _ => 0.0,
                } + match (next, rest.get(1)) {
                    // ... and with the table a paragraph introduces.
                    (Some(Block::Para { .. }), Some(Block::Table { .. })) => {
                        4.0 * line_h(Style::BODY.small()) + 4.0 * PAD
                    }
                    _ => 0.0,
                };
                self.ensure(6.0 + lines.len() as f32 * line_h(style) + after);
                self.y -= 6.0;
                for l in lines {
                    let x = self.aligned_x(LEFT, w, &l, style, Align::Center);
                    self.line(x, style, l);
                }
                self.y -= 2.0;
            }
            Block::Para {
                label,
                text,
                style,
                align,
            } => {
                let indent = match label {
                    Some(l) => fonts.width(l, style.bold, style.size) + 4.0,
                    None => 0.0,
                };
                let indent = indent.max(if label.is_some() { 22.0 } else { 0.0 });
                let lines = wrap(fonts, text, *style, w - indent);
                // A paragraph that introduces a table keeps with its first rows.
                if matches!(next, Some(Block::Table { .. })) {
                    let small = Style::BODY.small();
                    self.ensure(
                        lines.len() as f32 * line_h(*style) + 4.0 * line_h(small) + 4.0 * PAD,
                    );
                }
                for (i, l) in lines.into_iter().enumerate() {
                    let h = line_h(*style);
                    self.ensure(h);
                    if i == 0 {
                        if let Some(lab) = label {
                            let baseline = self.y - style.size;
                            self.text(LEFT, baseline, *style, lab.clone());
                        }
                    }
                    let x = self.aligned_x(LEFT + indent, w - indent, &l, *style, *align);
                    self.line(x, *style, l);
                }
                self.y -= 2.5;
            }
            Block::Table {
                widths,
                header,
                rows,
                bold_first,
            } => {
                self.y -= 2.0;
                let small = Style::BODY.small();
                let cols: Vec<f32> = widths.iter().map(|f| f * w).collect();
                let layout_row = |cells: &[String], bold: bool, bold_first: bool| {
                    let lines: Vec<(Style, Vec<String>)> = cells
                        .iter()
                        .zip(&cols)
                        .enumerate()
                        .map(|(i, (c, cw))| {
                            let st = Style {
                                bold: bold || (bold_first && i == 0),
                                ..small
                            };
                            (st, wrap(fonts, c, st, cw - 2.0 * PAD))
                        })
                        .collect();
                    let n = lines.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
                    let h = n as f32 * line_h(small) + 2.0 * PAD;
                    (lines, h)
                };
                let header_row = header.as_ref().map(|h| layout_row(h, true, false));
                let mut first_on_page = true;
                for (ri, row) in rows.iter().enumerate() {
                    let (lines, h) = layout_row(row, false, *bold_first);
                    let head_h = header_row.as_ref().map_or(0.0, |(_, hh)| *hh);
                    let need = if first_on_page || ri == 0 {
                        h + head_h
                    } else {
                        h
                    };
                    if need > self.room() {
                        self.page_break();
                        first_on_page = true;
                    }
                    if first_on_page {
                        if let Some((hl, hh)) = &header_row {
                            self.cells(&cols, hl, *hh);
                        }
                        first_on_page = false;
                    }
                    self.cells(&cols, &lines, h);
                }
                self.y -= 6.0;
            }
            Block::Signatures(cols) => {
                let style = Style::BODY;
                let n = cols.len().max(1) as f32;
                let cw = w / n;
                let rows = cols.iter().map(Vec::len).max().unwrap_or(0) as f32;
                let h = 10.0 + (rows + 2.0) * line_h(style) + 14.0;
                self.ensure(h);
                self.y -= 10.0;
                let top = self.y;
                for (i, col) in cols.iter().enumerate() {
                    let x = LEFT + i as f32 * cw;
                    let mut y = top;
                    // The last line is the caption under the signature line.
                    let (caption, lines) = col
                        .split_last()
                        .map_or((None, &col[..]), |(c, l)| (Some(c), l));
                    for (j, l) in lines.iter().enumerate() {
                        let st = if j == 0 { Style::BOLD } else { style };
                        for wl in wrap(fonts, l, st, cw - 12.0) {
                            self.text(x, y - st.size, st, wl);
                            y -= line_h(st);
                        }
                    }
                    y -= 22.0;
                    self.pages.last_mut().expect("a page").push(Item::Rule {
                        x1: x,
                        y1: y,
                        x2: x + cw - 24.0,
                        y2: y,
                        width: 0.5,
                    });
                    if let Some(c) = caption {
                        let st = Style {
                            grey: true,
                            ..style.small()
                        };
                        let cx = x + (cw - 24.0 - fonts.width(c, false, st.size)) / 2.0;
                        self.text(cx, y - st.size - 1.0, st, c.clone());
                        y -= line_h(st);
                    }
                    self.y = self.y.min(y - 4.0);
                }
                self.y -= line_h(style);
            }
        }
    }

    fn cells(&mut self, cols: &[f32], lines: &[(Style, Vec<String>)], h: f32) {
        let top = self.y;
        let page = self.pages.last_mut().expect("a page");
        let mut x = LEFT;
        for (cw, (st, ls)) in cols.iter().zip(lines) {
            let mut y = top - PAD;
            for l in ls {
                if !l.is_empty() {
                    page.push(Item::Text {
                        x: x + PAD,
                        y: y - st.size,
                        style: *st,
                        text: l.clone(),
                    });
                }
                y -= line_h(*st);
            }
            x += cw;
        }
        let right = LEFT + cols.iter().sum::<f32>();
        let bottom = top - h;
        for yy in [top, bottom] {
            page.push(Item::Rule {
                x1: LEFT,
                y1: yy,
                x2: right,
                y2: yy,
                width: 0.5,
            });
        }
        // A vertical rule at the left edge and after every column.
        let edges = std::iter::once(LEFT).chain(cols.iter().scan(LEFT, |x, cw| {
            *x += cw;
            Some(*x)
        }));
        for x in edges {
            page.push(Item::Rule {
                x1: x,
                y1: top,
                x2: x,
                y2: bottom,
                width: 0.5,
            });
        }
        self.y = bottom;
    }
}
