//! CSV cells that a spreadsheet would run as a formula.
//!
//! Excel and LibreOffice treat a cell that begins with `=`, `+`, `-` or `@`
//! (and, through some import paths, a tab or a carriage return) as a
//! formula, so a street named `=HYPERLINK(…)` would run when a clerk opens
//! an export. On export such a cell gets a leading apostrophe, which
//! spreadsheets show as text; on import one leading apostrophe is taken
//! off again, so an export reads back exactly.
//!
//! The rule is a bijection: a cell is escaped when it is any number of
//! apostrophes followed by a formula character, and only such a cell with
//! at least one apostrophe is unescaped. A cell that happens to begin with
//! an apostrophe before anything else is left alone both ways.

use std::borrow::Cow;

fn formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether `s` is some apostrophes (maybe none) and then a formula character.
fn risky(s: &str) -> bool {
    s.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(formula_start)
}

/// A cell as written to a CSV export.
pub fn escape(s: &str) -> Cow<'_, str> {
    if risky(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A cell as read from a CSV import: the inverse of [`escape`].
pub fn unescape(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if risky(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::{escape, unescape};

    #[test]
    fn formula_cells_are_escaped_and_read_back_exactly() {
        for (plain, written) in [
            ("=1+1", "'=1+1"),
            ("+7 701", "'+7 701"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''+", "'''+"),
            ("Абай", "Абай"),
            ("'quoted", "'quoted"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(escape(plain), written, "{plain:?}");
            assert_eq!(unescape(written), plain, "{written:?}");
        }
    }
}
