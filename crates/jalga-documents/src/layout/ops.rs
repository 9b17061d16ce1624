//! A page's items as printpdf operations.

use printpdf::{
    Color, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, Rgb, TextItem,
    TextMatrix,
};

use super::Item;

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// Turns a page's items into printpdf operations.
pub fn ops<'a, I>(items: I, regular: &PdfFontHandle, bold: &PdfFontHandle) -> Vec<Op>
where
    I: IntoIterator<Item = &'a Item> + Clone,
    I::IntoIter: ExactSizeIterator,
{
    let black = Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None));
    let grey = Color::Rgb(Rgb::new(0.35, 0.35, 0.35, None));
    let mut out = Vec::with_capacity(items.clone().into_iter().len() * 3);
    out.push(Op::SetOutlineColor { col: black.clone() });
    out.push(Op::SetFillColor { col: black.clone() });
    let mut width = None;
    for item in items.clone() {
        match item {
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width: w,
            } => {
                if width != Some(*w) {
                    out.push(Op::SetOutlineThickness { pt: Pt(*w) });
                    width = Some(*w);
                }
                out.push(Op::DrawLine {
                    line: Line {
                        points: vec![pt(*x1, *y1), pt(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Fill { x, y, w, h } => out.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(*x),
                    y: Pt(*y),
                    width: Pt(*w),
                    height: Pt(*h),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            }),
            Item::Text { .. } => {}
        }
    }
    out.push(Op::StartTextSection);
    let mut current: Option<(bool, f32, bool)> = None;
    for item in items {
        if let Item::Text { x, y, style, text } = item {
            let key = (style.bold, style.size, style.grey);
            if current.map(|c| (c.0, c.1)) != Some((style.bold, style.size)) {
                out.push(Op::SetFont {
                    font: if style.bold {
                        bold.clone()
                    } else {
                        regular.clone()
                    },
                    size: Pt(style.size),
                });
            }
            if current.map(|c| c.2) != Some(style.grey) {
                out.push(Op::SetFillColor {
                    col: if style.grey {
                        grey.clone()
                    } else {
                        black.clone()
                    },
                });
            }
            current = Some(key);
            out.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(*x), Pt(*y)),
            });
            out.push(Op::ShowText {
                items: vec![TextItem::Text(text.clone())],
            });
        }
    }
    out.push(Op::EndTextSection);
    out
}
