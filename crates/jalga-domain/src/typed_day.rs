//! A day as people type and read it on screen: day first, in every
//! language, so that a date never changes its meaning when the language
//! does. Kazakh and Russian write `05.02.2026`; English writes the day
//! first too, with slashes, `05/02/2026` (the British form; the American
//! month-first form would read the same digits as another day). What a
//! person may type is the same in every language: the day, the month and
//! the four-digit year separated by `.` or `/` (one or two digits for the
//! day and the month), or the stored form `2026-02-05`. The years are
//! those [`crate::dates::parse_day`] accepts.
//!
//! The UI's date field (`ui/src/lib/dates.ts`) applies the same rule;
//! both run the case table `crates/jalga-core/tests/cases/typed-days.tsv`.

use chrono::{Datelike, NaiveDate};

use crate::Lang;

/// How a day is shown in `lang`: `05.02.2026`, or `05/02/2026` in English.
pub fn format_day(d: NaiveDate, lang: Lang) -> String {
    let sep = separator(lang);
    format!("{:02}{sep}{:02}{sep}{:04}", d.day(), d.month(), d.year())
}

/// The separator `lang` writes between day, month and year.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Kk | Lang::Ru => '.',
        Lang::En => '/',
    }
}

/// Why a typed day was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedDayError {
    /// Not in a form this module reads.
    Shape,
    /// In the form, but no such day (31.02).
    NoSuchDay,
    /// A real day outside the accepted years.
    OutOfRange,
}

impl TypedDayError {
    /// The stable code, as the case table and the UI name it.
    pub fn code(self) -> &'static str {
        match self {
            TypedDayError::Shape => "shape",
            TypedDayError::NoSuchDay => "no-such-day",
            TypedDayError::OutOfRange => "out-of-range",
        }
    }
}

fn number(s: &str, max_len: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A typed day, in any language's form or the stored one; see the module
/// documentation.
pub fn parse_typed_day(s: &str) -> Result<NaiveDate, TypedDayError> {
    let s = s.trim();
    let (y, m, d) = if let Some(sep) = ['.', '/'].into_iter().find(|c| s.contains(*c)) {
        let parts: Vec<&str> = s.split(sep).collect();
        let [d, m, y] = parts[..] else {
            return Err(TypedDayError::Shape);
        };
        if y.len() != 4 {
            return Err(TypedDayError::Shape);
        }
        (number(y, 4), number(m, 2), number(d, 2))
    } else {
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts[..] else {
            return Err(TypedDayError::Shape);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(TypedDayError::Shape);
        }
        (number(y, 4), number(m, 2), number(d, 2))
    };
    let (Some(y), Some(m), Some(d)) = (y, m, d) else {
        return Err(TypedDayError::Shape);
    };
    let day = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(TypedDayError::NoSuchDay)?;
    if !crate::limits::date_in_range(day) {
        return Err(TypedDayError::OutOfRange);
    }
    Ok(day)
}
