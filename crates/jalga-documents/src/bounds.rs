//! Bounds on a document's data, checked before anything is laid out.
//!
//! The data may come from a file (`jalga pdf --data`) or from a PDF being
//! verified, so it is outside input: every text, every list and every date
//! is bounded here, walking the data as JSON so that a field added to the
//! model later is bounded too. The fields the QR code carries are held
//! tighter, so that its payload always fits a QR code; the page count is
//! checked once laid out.

use serde_json::Value;

use super::data::DocumentData;
use crate::error::CoreError;
use crate::i18n::Message;
use crate::limits;

/// The longest text in a document's data, in characters.
pub const MAX_FIELD: usize = 300;
/// The longest list (occupants, owners, people to register).
pub const MAX_LIST: usize = 50;
/// The fields the QR code carries: the number, the RKA and passport numbers.
pub const MAX_CODE_FIELD: usize = 40;
/// The most pages one document may have.
pub const MAX_PAGES: usize = 60;

fn too_long(field: &str, max: usize, found: usize) -> CoreError {
    CoreError::Invalid {
        field: field.to_owned(),
        message: Message::new("v-too-long")
            .arg("max", max as u32)
            .arg("found", found as f64),
    }
}

/// Refuses data with a text, list or date out of bounds, naming the field.
pub fn check(data: &DocumentData) -> Result<(), CoreError> {
    let short = |field: &str, value: &str| {
        let n = value.chars().count();
        if n > MAX_CODE_FIELD {
            Err(too_long(field, MAX_CODE_FIELD, n))
        } else {
            Ok(())
        }
    };
    short("number", &data.number)?;
    short("dwelling.rka", &data.dwelling.rka)?;
    let passports = [&data.tenant, &data.landlord]
        .into_iter()
        .filter_map(|p| p.passport.as_ref())
        .chain(data.occupants.iter().filter_map(|o| o.passport.as_ref()))
        .chain(data.foreigner.iter().map(|f| &f.passport));
    for p in passports {
        short("passport.number", &p.number)?;
    }
    let value = serde_json::to_value(data).map_err(|e| CoreError::Invalid {
        field: "data".into(),
        message: Message::new("doc-template").arg("what", e.to_string()),
    })?;
    walk(&value, &mut String::new())
}

fn walk(v: &Value, path: &mut String) -> Result<(), CoreError> {
    match v {
        Value::String(s) => {
            let n = s.chars().count();
            if n > MAX_FIELD {
                return Err(too_long(path, MAX_FIELD, n));
            }
            if let Some(d) = date_like(s) {
                if !limits::date_in_range(d) {
                    return Err(CoreError::Invalid {
                        field: path.clone(),
                        message: Message::new("v-date-range")
                            .arg("from", limits::FIRST_YEAR.to_string())
                            .arg("to", limits::LAST_YEAR.to_string())
                            .arg("found", s.clone()),
                    });
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST {
                return Err(CoreError::Invalid {
                    field: path.clone(),
                    message: Message::new("doc-too-many")
                        .arg("max", MAX_LIST as u32)
                        .arg("found", items.len() as f64),
                });
            }
            let len = path.len();
            for (i, item) in items.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            let len = path.len();
            for (k, item) in map {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                walk(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

/// A date as serde writes one (`YYYY-MM-DD`, or with a sign and more year
/// digits beyond 9999), if `s` is one.
fn date_like(s: &str) -> Option<chrono::NaiveDate> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let mut parts = body.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y) && m.len() == 2 && digits(m) && d.len() == 2 && digits(d)) {
        return None;
    }
    s.parse().ok()
}

/// Refuses a layout of more than [`MAX_PAGES`] pages.
pub fn check_pages(pages: usize) -> Result<(), CoreError> {
    if pages > MAX_PAGES {
        return Err(CoreError::Invalid {
            field: "pages".into(),
            message: Message::new("doc-too-many")
                .arg("max", MAX_PAGES as u32)
                .arg("found", pages as f64),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::date_like;

    #[test]
    fn date_like_reads_the_forms_serde_writes() {
        assert_eq!(
            date_like("2026-01-02").map(|d| d.to_string()).as_deref(),
            Some("2026-01-02")
        );
        assert!(date_like("+262142-12-30").is_some());
        assert!(date_like("-0001-01-01").is_some());
        assert!(date_like("12-3").is_none());
        assert!(date_like("№ 12-34-56").is_none());
    }
}
