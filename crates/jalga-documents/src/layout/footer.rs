//! The footer of every page: the verification code, the QR code, the page
//! number and (template version 2) what the code proves.

use super::{wrap, Fonts, Item, Style, BOTTOM, LEFT, MM, PAGE_W, RIGHT};

/// The footer of every page: verification code, QR code, "n / N".
pub fn footer(
    page: &mut Vec<Item>,
    fonts: &Fonts,
    label: &str,
    code: &str,
    qr: &Qr,
    n: usize,
    total: usize,
) {
    let style = Style::BODY.small();
    let qr_size = 20.0 * MM;
    let base = 10.0 * MM;
    page.push(Item::Rule {
        x1: LEFT,
        y1: BOTTOM - 8.0,
        x2: PAGE_W - RIGHT,
        y2: BOTTOM - 8.0,
        width: 0.3,
    });
    page.push(Item::Text {
        x: LEFT,
        y: base + qr_size / 2.0 + 2.0,
        style: Style {
            grey: true,
            ..style
        },
        text: label.to_owned(),
    });
    page.push(Item::Text {
        x: LEFT,
        y: base + qr_size / 2.0 - 10.0,
        style: Style {
            bold: true,
            ..style
        },
        text: code.to_owned(),
    });
    let num = format!("{n} / {total}");
    let x = (PAGE_W + LEFT - RIGHT) / 2.0 - fonts.width(&num, false, style.size) / 2.0;
    page.push(Item::Text {
        x,
        y: base + qr_size / 2.0 - 4.0,
        style,
        text: num,
    });
    let module = qr_size / qr.width as f32;
    let x0 = PAGE_W - RIGHT - qr_size;
    for (r, row) in qr.dark.chunks(qr.width).enumerate() {
        let mut c = 0;
        while c < row.len() {
            if row[c] {
                let start = c;
                while c < row.len() && row[c] {
                    c += 1;
                }
                page.push(Item::Fill {
                    x: x0 + start as f32 * module,
                    y: base + qr_size - (r + 1) as f32 * module,
                    w: (c - start) as f32 * module,
                    h: module,
                });
            } else {
                c += 1;
            }
        }
    }
}

/// A grey line at the foot of the page, above the rule (template version 2):
/// what the verification code proves.
pub fn footer_note(page: &mut Vec<Item>, fonts: &Fonts, text: &str) {
    let style = Style {
        grey: true,
        ..Style::BODY.small()
    };
    // Beside the QR code, under the rule, above the code's label.
    let max = PAGE_W - LEFT - RIGHT - 26.0 * MM;
    for (i, line) in wrap(fonts, text, style, max)
        .into_iter()
        .take(2)
        .enumerate()
    {
        page.push(Item::Text {
            x: LEFT,
            y: BOTTOM - 18.0 - i as f32 * 7.0,
            style,
            text: line,
        });
    }
}

/// A QR code's module matrix, row by row.
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}
