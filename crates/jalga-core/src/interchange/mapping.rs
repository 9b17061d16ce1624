//! Columns by meaning: which column of an office's file feeds which of
//! Jalga's registration columns ([`CSV_COLUMNS`]), and how the values
//! people type (dates with dots, Excel date serials, decimal commas, "Ж"
//! for female) become the values Jalga's CSV import reads.
//!
//! The names offices use are data (`assets/import/columns.json`); a column
//! that file does not list is still recognised by its own name, so columns
//! added to [`CSV_COLUMNS`] map without a change here. A clerk's
//! corrections are kept as a named [`MappingProfile`], a small JSON file
//! that the app saves and the CLI reads with `--mapping`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::CSV_COLUMNS;
use crate::domain::Violation;
use crate::error::CoreError;
use crate::i18n::{Lang, Message};
use crate::limits;

/// One column of the file and the Jalga column it feeds (`None`: ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ColumnMap {
    /// The file's heading, as written.
    pub header: String,
    /// A name from [`CSV_COLUMNS`], or `null` to skip the column.
    pub field: Option<String>,
}

/// A clerk's mapping for one office's files, saved under a name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct MappingProfile {
    /// What the clerk calls it ("Алмалы district office").
    pub name: String,
    /// Headings the clerk decided on; headings not listed are recognised
    /// automatically.
    #[serde(default)]
    pub columns: Vec<ColumnMap>,
    /// The workbook sheet to read; the first when absent.
    #[serde(default)]
    pub sheet: Option<String>,
}

impl MappingProfile {
    /// The profile's decision for `header`, if it has one.
    fn decision(&self, header: &str) -> Option<&Option<String>> {
        let key = normal(header);
        self.columns
            .iter()
            .find(|c| normal(&c.header) == key)
            .map(|c| &c.field)
    }

    /// Problems with the profile itself: fields Jalga does not have.
    pub fn unknown_fields(&self) -> Vec<String> {
        self.columns
            .iter()
            .filter_map(|c| c.field.as_deref())
            .filter(|f| !CSV_COLUMNS.contains(f))
            .map(str::to_owned)
            .collect()
    }
}

/// The most a profile file may weigh.
const MAX_PROFILE_BYTES: u64 = 1 << 20;

/// The file a profile named `name` is kept in, inside `dir`: its name with
/// anything but letters and digits turned into `-`.
pub fn profile_path(dir: &Path, name: &str) -> Result<PathBuf, CoreError> {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    if stem.trim_matches('-').is_empty() {
        return Err(CoreError::UnsafeName {
            name: name.to_owned(),
        });
    }
    limits::file_in(dir, &format!("{stem}.json"))
}

/// Reads a profile (as `--mapping` gives it).
pub fn load_profile(path: &Path) -> Result<MappingProfile, CoreError> {
    limits::check_size(path, MAX_PROFILE_BYTES)?;
    let bytes = std::fs::read(path).map_err(|e| CoreError::io(path, e))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        CoreError::ImportRejected(vec![Violation::new(
            path.display().to_string(),
            "mapping-profile",
            Message::new("v-office-profile").arg("detail", e.to_string()),
        )])
    })
}

/// Saves a profile in `dir` under its name, replacing one of that name;
/// the file is written beside and renamed over, so a crash leaves the old
/// one whole.
pub fn save_profile(dir: &Path, profile: &MappingProfile) -> Result<PathBuf, CoreError> {
    let path = profile_path(dir, &profile.name)?;
    std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
    let mut text = serde_json::to_string_pretty(profile)
        .map_err(|e| CoreError::io(&path, std::io::Error::other(e)))?;
    text.push('\n');
    crate::portable::write_replacing(&path, text.as_bytes())?;
    Ok(path)
}

/// The profiles kept in `dir`, by name; files that do not read as a
/// profile are left out.
pub fn list_profiles(dir: &Path) -> Result<Vec<MappingProfile>, CoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(CoreError::io(dir, e)),
    };
    let mut out: Vec<MappingProfile> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|p| load_profile(&p).ok())
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

#[derive(Deserialize)]
struct Names {
    columns: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    values: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

struct Known {
    /// Normalised name → Jalga column.
    names: HashMap<String, String>,
    /// Jalga column → language → the heading Jalga writes.
    labels: HashMap<String, HashMap<String, String>>,
    /// Jalga column → normalised value → code.
    values: HashMap<String, HashMap<String, String>>,
}

fn known() -> &'static Known {
    static KNOWN: OnceLock<Known> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let names: Names =
            serde_json::from_str(include_str!("../../../../assets/import/columns.json"))
                .expect("assets/import/columns.json is valid");
        let mut k = Known {
            names: HashMap::new(),
            labels: HashMap::new(),
            values: HashMap::new(),
        };
        for c in CSV_COLUMNS {
            k.names.insert(normal(c), (*c).to_owned());
        }
        for (field, langs) in &names.columns {
            for (lang, list) in langs {
                for n in list {
                    k.names.entry(normal(n)).or_insert_with(|| field.clone());
                }
                if let Some(first) = list.first() {
                    k.labels
                        .entry(field.clone())
                        .or_default()
                        .insert(lang.clone(), first.clone());
                }
            }
        }
        for (field, codes) in &names.values {
            let m = k.values.entry(field.clone()).or_default();
            for (code, list) in codes {
                m.insert(normal(code), code.clone());
                for v in list {
                    m.insert(normal(v), code.clone());
                }
            }
        }
        k
    })
}

/// A heading reduced to what tells it apart: lower case, ё as е, letters
/// and digits only, units (м², m2) dropped.
pub fn normal(s: &str) -> String {
    let lower = s.to_lowercase().replace('ё', "е");
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '²')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let units = ["м²", "м2", "m²", "m2", "кв", "м", "sq", "m"];
    let mut end = words.len();
    while end > 1 && units.contains(&words[end - 1].as_str()) {
        end -= 1;
    }
    words[..end].join(" ")
}

/// The Jalga column a heading names, if any.
pub fn recognise_one(header: &str) -> Option<&'static str> {
    let field = known().names.get(&normal(header))?;
    CSV_COLUMNS.iter().copied().find(|c| *c == field)
}

/// The heading Jalga writes for `field` in `lang` (its own name if the
/// names file has none).
pub fn label(field: &str, lang: Lang) -> String {
    known()
        .labels
        .get(field)
        .and_then(|l| l.get(lang.code()))
        .cloned()
        .unwrap_or_else(|| field.to_owned())
}

/// Each heading's Jalga column: the profile's decision where it has one,
/// else recognised by name. A Jalga column is fed by one heading only: the
/// first that claims it.
pub fn resolve(headers: &[String], profile: Option<&MappingProfile>) -> Vec<Option<String>> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(headers.len());
    // The profile's decisions first, so that they win over a recognised
    // name elsewhere in the file.
    let decided: Vec<Option<Option<String>>> = headers
        .iter()
        .map(|h| profile.and_then(|p| p.decision(h)).cloned())
        .collect();
    for d in decided.iter().flatten().flatten() {
        taken.push(d.clone());
    }
    for (h, d) in headers.iter().zip(decided) {
        let field = match d {
            Some(f) => f,
            None => recognise_one(h)
                .filter(|f| !taken.iter().any(|t| t == f))
                .map(str::to_owned),
        };
        if let Some(f) = &field {
            if !taken.contains(f) {
                taken.push(f.clone());
            }
        }
        out.push(field);
    }
    out
}

/// For each of [`CSV_COLUMNS`], the file column that feeds it.
pub fn sources(fields: &[Option<String>]) -> Vec<Option<usize>> {
    CSV_COLUMNS
        .iter()
        .map(|c| fields.iter().position(|f| f.as_deref() == Some(*c)))
        .collect()
}

/// What a Jalga column holds, for reading people's spellings of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueKind {
    Date,
    Number,
    Code,
    PersonalNumber,
    Text,
}

pub(crate) fn kind_of(field: &str) -> ValueKind {
    if field.ends_with("_date") || field.starts_with("date_") || field.ends_with("_on") {
        ValueKind::Date
    } else if field.ends_with("_area") || field == "rooms" {
        ValueKind::Number
    } else if known().values.contains_key(field) {
        ValueKind::Code
    } else if field == "iin" || field == "bin" {
        ValueKind::PersonalNumber
    } else {
        ValueKind::Text
    }
}

/// A cell as Jalga's CSV import reads it. `numeric` says the cell was a
/// number in a workbook (so a personal number may have lost its leading
/// zeros). Values that cannot be read are passed on as they are, for the
/// import to name.
pub(crate) fn normalise(field: &str, raw: &str, numeric: bool) -> String {
    let v = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if v.is_empty() {
        return String::new();
    }
    match kind_of(field) {
        ValueKind::Date => parse_date(v)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| v.to_owned()),
        ValueKind::Number => {
            let compact: String = v
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'')
                .collect();
            if compact.contains(',') && !compact.contains('.') && compact.matches(',').count() == 1
            {
                compact.replace(',', ".")
            } else {
                compact
            }
        }
        ValueKind::Code => known()
            .values
            .get(field)
            .and_then(|m| m.get(&normal(v)))
            .cloned()
            .unwrap_or_else(|| v.to_owned()),
        ValueKind::PersonalNumber => {
            if numeric && v.len() < 12 && v.bytes().all(|b| b.is_ascii_digit()) {
                format!("{v:0>12}")
            } else {
                v.to_owned()
            }
        }
        ValueKind::Text => v.to_owned(),
    }
}

/// The largest Excel date serial (9999-12-31).
const MAX_SERIAL: u64 = 2_958_465;

/// A date as people write it: `2026-02-05`, `05.02.2026`, `5/2/2026`
/// (day first, as in Kazakhstan), `2026-02-05T00:00:00`, or an Excel date
/// serial (`46058`). `None` for anything else, including dates that do not
/// exist (`31.02.2026`).
pub fn parse_date(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    // ISO, possibly with a time of day.
    let iso = v.get(..10).filter(|d| {
        let b = d.as_bytes();
        b[4] == b'-' && b[7] == b'-' && (v.len() == 10 || matches!(v.as_bytes()[10], b'T' | b' '))
    });
    if let Some(d) = iso {
        return NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    }
    // Day first, with dots, slashes or dashes; the year in full.
    let date_part = v.split([' ', 'T']).next().unwrap_or(v);
    let parts: Vec<&str> = date_part.split(['.', '/', '-']).collect();
    if parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].len() <= 2
        && parts[1].len() <= 2
        && parts[2].len() == 4
    {
        let n = |s: &str| s.parse::<u32>().ok();
        return NaiveDate::from_ymd_opt(n(parts[2])? as i32, n(parts[1])?, n(parts[0])?);
    }
    // An Excel serial: days since 1899-12-30 (the 1900 leap-year slip of
    // Excel is behind every date after February 1900).
    let whole = v.strip_suffix(".0").unwrap_or(v);
    if !whole.is_empty() && whole.len() <= 7 && whole.bytes().all(|b| b.is_ascii_digit()) {
        let serial: u64 = whole.parse().ok()?;
        if (61..=MAX_SERIAL).contains(&serial) {
            return NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(Days::new(serial));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_people_write() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
        for s in [
            "2026-02-05",
            "05.02.2026",
            "5.2.2026",
            "05/02/2026",
            "2026-02-05T00:00:00",
            "2026-02-05 00:00:00",
            "46058",
            "46058.0",
        ] {
            assert_eq!(parse_date(s), Some(d), "{s}");
        }
        for s in [
            "31.02.2026",
            "2026-02-30",
            "02.2026",
            "5.2.26",
            "12",
            "",
            "завтра",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn headings_in_three_languages() {
        for (h, f) in [
            ("ИИН", "iin"),
            ("ЖСН", "iin"),
            ("iin", "iin"),
            ("Фамилия", "surname"),
            ("Тегі", "surname"),
            ("  ФАМИЛИЯ ", "surname"),
            ("Площадь, м²", "total_area"),
            ("Жалпы аудан", "total_area"),
            ("Аудан", "district"),
            ("Населенный пункт", "city"),
            ("date_from", "date_from"),
            ("submitted_on", "submitted_on"),
            ("Дата рождения", "birth_date"),
        ] {
            assert_eq!(recognise_one(h), Some(f), "{h}");
        }
        assert_eq!(recognise_one("Примечание"), None);
    }

    #[test]
    fn a_profile_decides_and_a_field_is_fed_once() {
        let headers: Vec<String> = ["Фамилия", "Фамилия (лат.)", "Прим.", "Surname"]
            .map(str::to_owned)
            .to_vec();
        let auto = resolve(&headers, None);
        assert_eq!(
            auto,
            vec![
                Some("surname".to_owned()),
                Some("surname_latin".to_owned()),
                None,
                None
            ]
        );
        let profile = MappingProfile {
            name: "x".into(),
            columns: vec![
                ColumnMap {
                    header: "прим".into(),
                    field: Some("patronymic".into()),
                },
                ColumnMap {
                    header: "Фамилия".into(),
                    field: None,
                },
            ],
            sheet: None,
        };
        let mapped = resolve(&headers, Some(&profile));
        assert_eq!(
            mapped,
            vec![
                None,
                Some("surname_latin".to_owned()),
                Some("patronymic".to_owned()),
                Some("surname".to_owned())
            ]
        );
    }

    #[test]
    fn values_people_write() {
        assert_eq!(normalise("total_area", " 35,7 ", false), "35.7");
        assert_eq!(normalise("total_area", "1 234,5", false), "1234.5");
        assert_eq!(normalise("rooms", "2", false), "2");
        assert_eq!(normalise("sex", "Ж", false), "female");
        assert_eq!(normalise("sex", "ер", false), "male");
        assert_eq!(normalise("kind", "Временная", false), "temporary");
        assert_eq!(normalise("sex", "other", false), "other");
        assert_eq!(normalise("iin", "50203300121", true), "050203300121");
        assert_eq!(normalise("iin", "50203300121", false), "50203300121");
        assert_eq!(normalise("birth_date", "31.12.1990", false), "1990-12-31");
        assert_eq!(normalise("birth_date", "31.02.1990", false), "31.02.1990");
    }
}
