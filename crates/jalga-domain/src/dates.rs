//! The day and the time as Jalga reads them, one helper for the app and the
//! CLI: "today" is the local calendar day (deadlines and stays are counted
//! in Kazakhstan's calendar days, not UTC ones), a document is issued at the
//! local time, and a typed day is `YYYY-MM-DD` within the years Jalga
//! accepts anywhere ([`crate::limits::FIRST_YEAR`]–[`crate::limits::LAST_YEAR`]).

use chrono::{NaiveDate, NaiveDateTime, Timelike};

/// Today's local calendar day.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The local time to the second (as the store records it): when a
/// decision is recorded or a document issued.
pub fn now() -> NaiveDateTime {
    let t = chrono::Local::now().naive_local();
    t.with_nanosecond(0).unwrap_or(t)
}

/// A typed day: `YYYY-MM-DD` within the accepted years, or why not (in
/// English, for a usage line).
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    let d: NaiveDate = s
        .trim()
        .parse()
        .map_err(|e| format!("{s:?} is not a date (YYYY-MM-DD): {e}"))?;
    if !crate::limits::date_in_range(d) {
        return Err(format!(
            "{s} is outside {}-01-01..{}-12-31",
            crate::limits::FIRST_YEAR,
            crate::limits::LAST_YEAR
        ));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_days_within_the_accepted_years() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2026-03-01", Some("2026-03-01")),
            (" 2026-03-01 ", Some("2026-03-01")),
            ("2026-02-30", None),
            ("1899-12-31", None),
            ("2101-01-01", None),
            ("01.03.2026", None),
        ];
        for (typed, want) in cases {
            let got = parse_day(typed).ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{typed}");
        }
    }
}
