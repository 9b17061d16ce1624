//! The validators behind the entities' `#[validate]` attributes, and the
//! conversion of `validator`'s errors into [`Violation`]s: a stable code, a
//! field path and a catalogue message.
//!
//! A validator's `ValidationError` carries the catalogue id in the param
//! `msg` and the message's arguments in the other params; errors from
//! `validator`'s built-in checks (ranges) use the id `v-<code>`.

use std::borrow::Cow;

use chrono::{Months, NaiveDate};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use super::entities::{Lease, Owner, Person, Property, Registration};
use super::{OwnerKind, PaymentMethod, PersonKind, RegistrationKind, SigningMethod};
use crate::i18n::{Lang, Message, MessageArg, ToMessage};
use crate::ident::{check_bin, check_iin};
use crate::limits;

/// The longest text Jalga keeps in one field.
pub const MAX_TEXT: usize = 500;
/// The longest id.
pub const MAX_ID: usize = 64;

/// One thing wrong with a record.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Violation {
    /// Where: `persons[3].iin`, `line 7: date_from`.
    pub path: String,
    /// Stable code, e.g. `useful-over-total`.
    pub code: String,
    pub message: Message,
}

impl Violation {
    pub fn new(path: impl Into<String>, code: &str, message: Message) -> Self {
        Violation {
            path: path.into(),
            code: code.to_owned(),
            message,
        }
    }

    /// `path: code: message`, in `lang`, personal numbers masked (an
    /// import's problem list is an error report).
    pub fn render(&self, lang: Lang) -> String {
        crate::privacy::mask_text(&format!(
            "{}: {}: {}",
            self.path,
            self.code,
            self.message.render(lang)
        ))
    }
}

/// Everything wrong with `record`, its paths prefixed with `prefix`.
pub fn validate_record<T: Validate>(prefix: &str, record: &T) -> Vec<Violation> {
    let mut out = Vec::new();
    if let Err(errs) = record.validate() {
        collect(prefix, &errs, &mut out);
    }
    out.sort_by(|a, b| (&a.path, &a.code).cmp(&(&b.path, &b.code)));
    out
}

fn collect(prefix: &str, errs: &ValidationErrors, out: &mut Vec<Violation>) {
    for (field, kind) in errs.errors() {
        let path = |f: &str| {
            if prefix.is_empty() {
                f.to_owned()
            } else {
                format!("{prefix}.{f}")
            }
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    let f = match (field.as_ref(), e.params.get("field")) {
                        ("__all__", Some(Value::String(f))) => f.clone(),
                        (f, _) => f.to_owned(),
                    };
                    out.push(Violation::new(path(&f), &e.code, to_message(e)));
                }
            }
            ValidationErrorsKind::Struct(inner) => collect(&path(field), inner, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    collect(&format!("{}[{i}]", path(field)), inner, out)
                }
            }
        }
    }
}

fn to_message(e: &ValidationError) -> Message {
    let id = match e.params.get("msg") {
        Some(Value::String(id)) => id.clone(),
        _ => format!("v-{}", e.code),
    };
    let mut args: Vec<(String, MessageArg)> = e
        .params
        .iter()
        .filter(|(k, _)| *k != "msg" && *k != "field")
        .filter_map(|(k, v)| {
            let arg = match v {
                Value::Number(n) => MessageArg::Number(n.as_f64()?),
                Value::String(s) => MessageArg::from(s.as_str()),
                // A day, as `fail` keeps it.
                Value::Object(o) => MessageArg::Day {
                    day: o.get("day")?.as_str()?.parse().ok()?,
                },
                _ => return None,
            };
            Some((k.to_string(), arg))
        })
        .collect();
    args.sort_by(|a, b| a.0.cmp(&b.0));
    Message { id, args }
}

/// A `ValidationError` with stable `code` whose words are `message`.
pub(super) fn fail(code: &'static str, message: Message) -> ValidationError {
    let mut e = ValidationError::new(code);
    e.add_param(Cow::Borrowed("msg"), &message.id);
    for (name, value) in message.args {
        match value {
            MessageArg::Number(n) => e.add_param(Cow::Owned(name), &n),
            MessageArg::Text(t) => e.add_param(Cow::Owned(name), &&*t),
            MessageArg::Day { day } => {
                e.add_param(Cow::Owned(name), &serde_json::json!({ "day": day }))
            }
        }
    }
    e
}

/// A cross-field failure reported at `field`.
pub(super) fn fail_at(field: &str, code: &'static str, message: Message) -> ValidationError {
    let mut e = fail(code, message);
    e.add_param(Cow::Borrowed("field"), &field);
    e
}

fn simple(code: &'static str) -> ValidationError {
    fail(code, Message::new(&format!("v-{code}")))
}

// ---- field validators -------------------------------------------------

/// Ids: 1–64 characters of `A-Z a-z 0-9 . _ -`, not `.` or `..` (an id
/// may become a file name, and those two name folders).
pub fn id(value: &str) -> Result<(), ValidationError> {
    let ok = !value.is_empty()
        && value != "."
        && value != ".."
        && value.len() <= MAX_ID
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(fail("id", Message::new("v-id").arg("max", MAX_ID as u32)))
    }
}

/// Free text: not blank, not longer than [`MAX_TEXT`], no control characters.
pub fn text(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(simple("required"));
    }
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(fail(
            "too-long",
            Message::new("v-too-long")
                .arg("max", MAX_TEXT as u32)
                .arg("found", len as f64),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(simple("control-char"));
    }
    Ok(())
}

/// A date within [`limits::FIRST_YEAR`]–[`limits::LAST_YEAR`].
pub fn date(value: &NaiveDate) -> Result<(), ValidationError> {
    if limits::date_in_range(*value) {
        Ok(())
    } else {
        Err(fail(
            "date-range",
            Message::new("v-date-range")
                .arg("from", limits::FIRST_YEAR.to_string())
                .arg("to", limits::LAST_YEAR.to_string())
                .arg("found", value.to_string()),
        ))
    }
}

/// A personal name in any script: letters, spaces, hyphens, apostrophes,
/// dots. Anything else (digits, `;`, `(`, quotes) is a typing or a hostile
/// input.
pub fn name(value: &str) -> Result<(), ValidationError> {
    text(value)?;
    match value
        .chars()
        .find(|c| !(is_letter(*c) || matches!(c, ' ' | '-' | '\'' | '’' | '.')))
    {
        None => Ok(()),
        Some(c) => Err(fail(
            "name-char",
            Message::new("v-name-char").arg("found", c.to_string()),
        )),
    }
}

/// `c.is_alphabetic()`, answered without the Unicode tables for the
/// letters of most names (Latin and Russian Cyrillic).
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'А'..='я' | 'Ё' | 'ё') || c.is_alphabetic()
}

/// Digits only (KATO, RKA).
pub fn digits(value: &str) -> Result<(), ValidationError> {
    if !value.is_empty() && value.len() <= 32 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(simple("digits"))
    }
}

/// Cadastral number, checked loosely: numeric groups separated by `:`, the
/// last parts may also use `/`. Group lengths are never checked (the
/// layout is unconfirmed).
pub fn cadastral(value: &str) -> Result<(), ValidationError> {
    let groups: Vec<&str> = value.split([':', '/']).collect();
    let ok = value.len() <= 64
        && value.contains(':')
        && groups.len() >= 3
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        Ok(())
    } else {
        Err(simple("cadastral"))
    }
}

/// An area in m²: positive and below anything a dwelling could have.
pub fn area(value: f64) -> Result<(), ValidationError> {
    if value.is_finite() && value > 0.0 && value < 100_000.0 {
        Ok(())
    } else {
        Err(fail(
            "area-positive",
            Message::new("v-area-positive").arg("value", value),
        ))
    }
}

/// A passport number as printed: 5–20 Latin capitals and digits (a space
/// or hyphen may separate the series).
pub fn passport(value: &str) -> Result<(), ValidationError> {
    let compact: String = value.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let ok = (5..=20).contains(&compact.len())
        && compact
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && compact.bytes().any(|b| b.is_ascii_digit())
        && !value.starts_with([' ', '-'])
        && !value.ends_with([' ', '-']);
    if ok {
        Ok(())
    } else {
        Err(simple("passport"))
    }
}

/// An identity document, visa or migration-card number: like a passport
/// number, but Cyrillic capitals are allowed too.
pub fn document(value: &str) -> Result<(), ValidationError> {
    let ok = (3..=30).contains(&value.chars().count())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_uppercase() || matches!(c, ' ' | '-'));
    if ok {
        Ok(())
    } else {
        Err(simple("document"))
    }
}

/// A phone number: an optional `+`, then 10–15 digits; spaces, hyphens
/// and parentheses may group them.
pub fn phone(value: &str) -> Result<(), ValidationError> {
    let body = value.trim().strip_prefix('+').unwrap_or(value.trim());
    let grouping = |c: char| matches!(c, ' ' | '-' | '(' | ')');
    let digits = body.chars().filter(|c| c.is_ascii_digit()).count();
    let ok = body.chars().all(|c| c.is_ascii_digit() || grouping(c))
        && (10..=15).contains(&digits)
        && value.chars().count() <= 30;
    if ok {
        Ok(())
    } else {
        Err(fail(
            "phone",
            Message::new("v-phone").arg("found", value.to_owned()),
        ))
    }
}

/// A Kazakh IBAN with valid check digits ([`super::iban`]).
pub fn iban(value: &str) -> Result<(), ValidationError> {
    super::iban::check_kz_iban(value)
        .map(|_| ())
        .map_err(|e| fail("iban", e.to_message()))
}

/// A Kazakh bank's identification code (ISO 9362): four letters of the
/// bank, `KZ`, two letters or digits of the place, optionally three of the
/// branch.
pub fn bic(value: &str) -> Result<(), ValidationError> {
    let b = value.as_bytes();
    let alnum = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit();
    let ok = (b.len() == 8 || b.len() == 11)
        && b[..4].iter().all(u8::is_ascii_uppercase)
        && &b[4..6] == b"KZ"
        && b[6..].iter().all(alnum);
    if ok {
        Ok(())
    } else {
        Err(fail(
            "bic",
            Message::new("v-bic").arg("found", value.to_owned()),
        ))
    }
}

/// ISO 3166-1 alpha-3: three capital Latin letters.
pub fn citizenship(value: &str) -> Result<(), ValidationError> {
    if value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(simple("citizenship"))
    }
}

mod records;
pub use records::{lease, owner, person, property_areas, registration};

#[cfg(test)]
mod tests {
    /// The shortcut for Latin and Russian letters answers as the Unicode
    /// tables do, for every character.
    #[test]
    fn a_letter_is_what_unicode_calls_alphabetic() {
        let differ: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| super::is_letter(*c) != c.is_alphabetic())
            .collect();
        assert_eq!(differ, Vec::<char>::new());
    }
}
