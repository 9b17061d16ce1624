//! The rules engine: legal facts kept as data under `assets/` (norm presets,
//! the working-day calendar, deadlines, MRP) and the code that evaluates
//! them. Every answer carries its numbers, its source and an explanation as
//! [`Message`](crate::i18n::Message) values.

pub mod calendar;
pub mod deadlines;
pub mod fines;
pub mod norm;
pub mod stay;

use std::sync::Arc;

use chrono::NaiveDate;

use crate::error::CoreError;
use crate::i18n::Message;

/// Parses a built-in data file; a broken one is a build defect, caught by
/// the tests, so the message names the file.
pub fn builtin<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("built-in data {name} is invalid: {e}"))
}

/// Reads user-supplied JSON (a preset, a deadlines input) into `T`, with a
/// structured error naming the field path where serde gives one.
pub fn from_json<T: serde::de::DeserializeOwned>(field: &str, text: &str) -> Result<T, CoreError> {
    serde_json::from_str(text).map_err(|e| CoreError::Invalid {
        field: field.to_owned(),
        message: Message::new("rules-bad-json")
            .arg("line", e.line() as u32)
            .arg("column", e.column() as u32)
            .arg("detail", e.to_string()),
    })
}

/// The notes that say a fact behind an explanation is not confirmed.
pub const UNCONFIRMED_NOTES: [&str; 4] = [
    "deadline-rule-unconfirmed",
    "deadline-calendar-unconfirmed",
    "deadline-fine-unconfirmed",
    "norm-effective-unconfirmed",
];

/// Whether an explanation rests on an unconfirmed fact (it then says so in
/// one of [`UNCONFIRMED_NOTES`]); screens mark such explanations.
pub fn rests_on_unconfirmed(explanation: &[Message]) -> bool {
    explanation
        .iter()
        .any(|m| UNCONFIRMED_NOTES.contains(&m.id.as_str()))
}

pub fn date_text(d: NaiveDate) -> String {
    use chrono::Datelike;
    // What `%Y-%m-%d` writes, without parsing the pattern each time (a
    // city's deadlines write a million dates).
    match d.year() {
        y @ 0..=9999 => format!("{y:04}-{:02}-{:02}", d.month(), d.day()),
        _ => d.format("%Y-%m-%d").to_string(),
    }
}

/// The "Source: …" line of an explanation. Sources are data, written in
/// English with optional Russian and Kazakh versions; each language's message
/// picks its own, the English one standing in for a missing translation.
pub fn source_message(en: &str, ru: Option<&str>, kk: Option<&str>) -> Message {
    shared_source_message(
        Arc::from(en),
        Arc::from(ru.unwrap_or(en)),
        Arc::from(kk.unwrap_or(en)),
    )
}

/// [`source_message`] of texts already shared, so that many messages can
/// cite one source without copying it.
pub fn shared_source_message(en: Arc<str>, ru: Arc<str>, kk: Arc<str>) -> Message {
    Message::new("rule-source")
        .arg("source", en)
        .arg("source_ru", ru)
        .arg("source_kk", kk)
}

#[cfg(test)]
mod date_text_tests {
    use chrono::NaiveDate;

    #[test]
    fn date_text_writes_what_the_iso_pattern_writes() {
        for (y, m, d) in [
            (2026, 7, 1),
            (1, 1, 1),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 3, 4),
            (0, 2, 29),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                super::date_text(day),
                day.format("%Y-%m-%d").to_string(),
                "{y}"
            );
        }
    }
}
