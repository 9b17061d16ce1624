//! Registrations as CSV: one row per registration, with the person and the
//! dwelling it concerns, so that an office system's export can be loaded
//! without a bundle. Columns are documented in `docs/interchange.md`.

use std::io::Write;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::domain::{validate_record, Code, Person, Property, Registration, Violation};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::ident::Sex;
use crate::store::Store;

pub use super::csv_import::{import_csv, import_csv_watched};

/// The header, in order. Import refuses any other header.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "person_id",
    "property_id",
    "lease_id",
    "kind",
    "status",
    "date_from",
    "date_to",
    "consent_by",
    "consent_date",
    "person_kind",
    "iin",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "sex",
    "passport_number",
    "citizenship",
    "surname_latin",
    "given_name_latin",
    "region",
    "city",
    "district",
    "street",
    "building",
    "flat",
    "rka",
    "total_area",
    "useful_area",
    "living_area",
    "rooms",
    "submitted_on",
    "labour_contract_end",
    "reason",
    "signing_method",
    "signing_phone",
    "address",
    "phone",
    "entry_date",
    "entry_point",
    "purpose_of_stay",
    "visa_number",
    "visa_type",
    "visa_valid_from",
    "visa_valid_to",
];

/// The most problems an import lists; the rest are counted.
pub const MAX_PROBLEMS: usize = 200;

/// Columns of the first version of the format (without `submitted_on`);
/// such files still import.
pub(super) const CSV_COLUMNS_V1: usize = 32;
/// Columns of the second version (to `submitted_on`); such files still import.
pub(super) const CSV_COLUMNS_V2: usize = 33;
/// Columns of the third version (to `labour_contract_end`, without what the
/// documents print); such files still import.
pub(super) const CSV_COLUMNS_V3: usize = 34;

/// Writes every registration as a CSV row, ordered by id.
pub fn export_csv(store: &Store, out: &mut dyn Write) -> Result<(), CoreError> {
    let io = |e: csv::Error| CoreError::io(store.path(), std::io::Error::other(e));
    let mut w = csv::WriterBuilder::new().from_writer(out);
    w.write_record(CSV_COLUMNS).map_err(io)?;
    let mut fields: Vec<String> = Vec::with_capacity(CSV_COLUMNS.len());
    store.registrations_export(|row| {
        fields.clear();
        for i in 0..CSV_COLUMNS.len() {
            use crate::store::query::Value;
            fields.push(match row.value(i)? {
                Value::Null => String::new(),
                Value::Integer(n) => n.to_string(),
                Value::Real(x) => x.to_string(),
                // Free text from the store may look like a formula to a
                // spreadsheet; numbers are written as numbers.
                Value::Text(t) => super::formula::escape(t).into_owned(),
                Value::Blob(b) => super::formula::escape(&String::from_utf8_lossy(b)).into_owned(),
            });
        }
        w.write_record(&fields).map_err(io)
    })?;
    w.flush().map_err(|e| CoreError::io(store.path(), e))
}

/// The position of the column `name` in [`CSV_COLUMNS`], found when
/// compiling (an unknown name does not build).
const fn position(name: &str) -> usize {
    let mut i = 0;
    while i < CSV_COLUMNS.len() {
        let (a, b) = (CSV_COLUMNS[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a CSV column")
}

/// A column of [`CSV_COLUMNS`] by name, as its position.
macro_rules! col {
    ($name:literal) => {
        const { position($name) }
    };
}

/// A `YYYY-MM-DD` day as `NaiveDate::parse_from_str(v, "%Y-%m-%d")` reads
/// it, with the format's items parsed once rather than once per cell.
fn parse_day(v: &str) -> Option<NaiveDate> {
    use chrono::format::{parse, Item, Parsed, StrftimeItems};
    use std::sync::OnceLock;
    static ITEMS: OnceLock<Vec<Item<'static>>> = OnceLock::new();
    let items = ITEMS.get_or_init(|| StrftimeItems::new("%Y-%m-%d").collect());
    let mut parsed = Parsed::new();
    parse(&mut parsed, v, items.iter()).ok()?;
    parsed.to_naive_date().ok()
}

/// The fields of one row, with the violations met while reading them.
/// Columns are positions in [`CSV_COLUMNS`] (see [`col!`]); a cell is read
/// borrowed, and only the text a record keeps is copied.
struct Cells<'a> {
    record: &'a csv::StringRecord,
    line: u64,
    bad: &'a mut Vec<Violation>,
}

impl<'a> Cells<'a> {
    fn path(&self, col: usize) -> String {
        format!("line {}: {}", self.line, CSV_COLUMNS[col])
    }
    /// The cell as written, its formula escape undone; `None` when empty.
    fn cell(&self, col: usize) -> Option<&'a str> {
        let v = super::formula::unescape(self.record.get(col).unwrap_or(""));
        (!v.is_empty()).then_some(v)
    }
    fn opt(&self, col: usize) -> Option<String> {
        self.cell(col).map(str::to_owned)
    }
    /// A required cell; empty is a problem.
    fn required(&mut self, col: usize) -> Option<&'a str> {
        if self.cell(col).is_none() {
            let p = self.path(col);
            self.bad
                .push(Violation::new(p, "required", Message::new("v-required")));
        }
        self.cell(col)
    }
    fn text(&mut self, col: usize) -> String {
        self.required(col).unwrap_or_default().to_owned()
    }
    fn date(&mut self, col: usize) -> Option<NaiveDate> {
        let v = self.cell(col)?;
        match parse_day(v) {
            Some(d) if v.len() == 10 => Some(d),
            _ => {
                let found = v.to_owned();
                let p = self.path(col);
                self.bad.push(Violation::new(
                    p,
                    "date",
                    Message::new("v-date").arg("found", found),
                ));
                None
            }
        }
    }
    fn req_date(&mut self, col: usize) -> NaiveDate {
        if self.cell(col).is_none() {
            self.required(col);
        }
        self.date(col).unwrap_or_default()
    }
    fn number<N: FromStr + Default>(&mut self, col: usize) -> N {
        let Some(v) = self.required(col) else {
            return N::default();
        };
        v.parse().unwrap_or_else(|_| {
            let found = v.to_owned();
            let p = self.path(col);
            self.bad.push(Violation::new(
                p,
                "number",
                Message::new("v-number").arg("found", found),
            ));
            N::default()
        })
    }
    fn code<C: Code>(&mut self, col: usize) -> Option<C> {
        self.required(col)?;
        self.known_code(col)
    }
    /// An optional cell holding one of `C`'s words.
    fn opt_code<C: Code>(&mut self, col: usize) -> Option<C> {
        self.cell(col)?;
        self.known_code(col)
    }
    /// The non-empty cell `col` as one of `C`'s words.
    fn known_code<C: Code>(&mut self, col: usize) -> Option<C> {
        let v = self.cell(col).unwrap_or_default();
        let found = C::from_code(v);
        if found.is_none() {
            let v = v.to_owned();
            let allowed: Vec<&str> = C::ALL.iter().map(|c| c.code()).collect();
            let p = self.path(col);
            self.bad.push(Violation::new(
                p,
                "enum",
                Message::new("v-enum")
                    .arg("found", v)
                    .arg("allowed", allowed.join(", ")),
            ));
        }
        found
    }
}

/// The records one row stands for, if it parsed.
pub(super) fn parse_row(
    record: &csv::StringRecord,
    line: u64,
    bad: &mut Vec<Violation>,
) -> Option<(Person, Property, Registration)> {
    let before = bad.len();
    let mut c = Cells { record, line, bad };
    let reg_kind = c.code(col!("kind"));
    let status = c.code(col!("status"));
    let person_kind = c.code(col!("person_kind"));
    let sex = c.code::<Sex>(col!("sex"));
    let reg = Registration {
        id: c.text(col!("id")),
        person_id: c.text(col!("person_id")),
        property_id: c.text(col!("property_id")),
        lease_id: c.opt(col!("lease_id")),
        kind: reg_kind.unwrap_or(crate::domain::RegistrationKind::Permanent),
        status: status.unwrap_or(crate::domain::RegistrationStatus::Draft),
        date_from: c.req_date(col!("date_from")),
        date_to: c.date(col!("date_to")),
        consent_by: c.opt(col!("consent_by")),
        consent_date: c.date(col!("consent_date")),
        submitted_on: c.date(col!("submitted_on")),
        reason: c.opt_code(col!("reason")),
        signing_method: c.opt_code(col!("signing_method")),
        signing_phone: c.opt(col!("signing_phone")),
    };
    let person = Person {
        id: reg.person_id.clone(),
        kind: person_kind.unwrap_or(crate::domain::PersonKind::Citizen),
        iin: c.opt(col!("iin")),
        surname: c.text(col!("surname")),
        given_name: c.text(col!("given_name")),
        patronymic: c.opt(col!("patronymic")),
        birth_date: c.req_date(col!("birth_date")),
        sex: sex.unwrap_or(Sex::Male),
        id_document: None,
        passport_number: c.opt(col!("passport_number")),
        citizenship: c.opt(col!("citizenship")),
        surname_latin: c.opt(col!("surname_latin")),
        given_name_latin: c.opt(col!("given_name_latin")),
        labour_contract_end: c.date(col!("labour_contract_end")),
        entry_date: c.date(col!("entry_date")),
        purpose_of_stay: c.opt_code(col!("purpose_of_stay")),
        visa_number: c.opt(col!("visa_number")),
        address: c.opt(col!("address")),
        phone: c.opt(col!("phone")),
        visa_type: c.opt(col!("visa_type")),
        visa_valid_from: c.date(col!("visa_valid_from")),
        visa_valid_to: c.date(col!("visa_valid_to")),
        entry_point: c.opt(col!("entry_point")),
        id_document_expires: None,
        passport_expires: None,
    };
    let property = Property {
        id: reg.property_id.clone(),
        region: c.text(col!("region")),
        city: c.text(col!("city")),
        district: c.opt(col!("district")),
        street: c.text(col!("street")),
        building: c.text(col!("building")),
        flat: c.opt(col!("flat")),
        kato: None,
        rka: c.opt(col!("rka")),
        cadastral_number: None,
        total_area: c.number(col!("total_area")),
        useful_area: c.number(col!("useful_area")),
        living_area: c.number(col!("living_area")),
        rooms: c.number(col!("rooms")),
        floor: None,
    };
    if bad.len() > before {
        return None;
    }
    let prefix = format!("line {line}:");
    let rename = |v: Violation, id: &str, kind: &str| Violation {
        path: match v
            .path
            .strip_prefix(&prefix)
            .map(|rest| rest.trim_start_matches('.'))
        {
            Some("id") => format!("{prefix} {id}"),
            Some("kind") => format!("{prefix} {kind}"),
            Some(rest) => format!("{prefix} {rest}"),
            None => v.path,
        },
        ..v
    };
    let problems: Vec<Violation> = validate_record(&prefix, &reg)
        .into_iter()
        .map(|v| rename(v, "id", "kind"))
        .chain(
            validate_record(&prefix, &person)
                .into_iter()
                .map(|v| rename(v, "person_id", "person_kind")),
        )
        .chain(
            validate_record(&prefix, &property)
                .into_iter()
                .map(|v| rename(v, "property_id", "kind")),
        )
        .collect();
    if problems.is_empty() {
        Some((person, property, reg))
    } else {
        bad.extend(problems);
        None
    }
}
