//! Registrations as CSV: one row per registration, with the person and the
//! dwelling it concerns, so that an office system's export can be loaded
//! without a bundle. Columns are documented in `docs/interchange.md`.

use std::io::{Read, Write};
use std::str::FromStr;

use chrono::NaiveDate;

use super::watch::{ImportPhase, Watch, EVERY};
use super::ImportSummary;
use crate::domain::{validate_record, Code, Person, Property, Registration, Violation};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::ident::Sex;
use crate::store::Store;

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
const CSV_COLUMNS_V1: usize = 32;
/// Columns of the second version (to `submitted_on`); such files still import.
const CSV_COLUMNS_V2: usize = 33;
/// Columns of the third version (to `labour_contract_end`, without what the
/// documents print); such files still import.
const CSV_COLUMNS_V3: usize = 34;

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

/// The fields of one row, with the violations met while reading them.
struct Cells<'a> {
    record: &'a csv::StringRecord,
    line: u64,
    bad: &'a mut Vec<Violation>,
}

impl Cells<'_> {
    fn col(name: &str) -> usize {
        CSV_COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("known column")
    }
    fn path(&self, name: &str) -> String {
        format!("line {}: {name}", self.line)
    }
    fn opt(&self, name: &str) -> Option<String> {
        let v = super::formula::unescape(self.record.get(Self::col(name)).unwrap_or(""));
        (!v.is_empty()).then(|| v.to_owned())
    }
    fn text(&mut self, name: &str) -> String {
        match self.opt(name) {
            Some(v) => v,
            None => {
                let p = self.path(name);
                self.bad
                    .push(Violation::new(p, "required", Message::new("v-required")));
                String::new()
            }
        }
    }
    fn date(&mut self, name: &str) -> Option<NaiveDate> {
        let v = self.opt(name)?;
        match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
            Ok(d) if v.len() == 10 => Some(d),
            _ => {
                let p = self.path(name);
                self.bad.push(Violation::new(
                    p,
                    "date",
                    Message::new("v-date").arg("found", v),
                ));
                None
            }
        }
    }
    fn req_date(&mut self, name: &str) -> NaiveDate {
        if self.opt(name).is_none() {
            self.text(name);
        }
        self.date(name).unwrap_or_default()
    }
    fn number<N: FromStr + Default>(&mut self, name: &str) -> N {
        let v = self.text(name);
        if v.is_empty() {
            return N::default();
        }
        v.parse().unwrap_or_else(|_| {
            let p = self.path(name);
            self.bad.push(Violation::new(
                p,
                "number",
                Message::new("v-number").arg("found", v),
            ));
            N::default()
        })
    }
    fn code<C: Code>(&mut self, name: &str) -> Option<C> {
        let v = self.text(name);
        if v.is_empty() {
            return None;
        }
        self.known_code(name, v)
    }
    /// An optional cell holding one of `C`'s words.
    fn opt_code<C: Code>(&mut self, name: &str) -> Option<C> {
        let v = self.opt(name)?;
        self.known_code(name, v)
    }
    fn known_code<C: Code>(&mut self, name: &str, v: String) -> Option<C> {
        let found = C::from_code(&v);
        if found.is_none() {
            let allowed: Vec<&str> = C::ALL.iter().map(|c| c.code()).collect();
            let p = self.path(name);
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
fn parse_row(
    record: &csv::StringRecord,
    line: u64,
    bad: &mut Vec<Violation>,
) -> Option<(Person, Property, Registration)> {
    let before = bad.len();
    let mut c = Cells { record, line, bad };
    let reg_kind = c.code("kind");
    let status = c.code("status");
    let person_kind = c.code("person_kind");
    let sex = c.code::<Sex>("sex");
    let reg = Registration {
        id: c.text("id"),
        person_id: c.text("person_id"),
        property_id: c.text("property_id"),
        lease_id: c.opt("lease_id"),
        kind: reg_kind.unwrap_or(crate::domain::RegistrationKind::Permanent),
        status: status.unwrap_or(crate::domain::RegistrationStatus::Draft),
        date_from: c.req_date("date_from"),
        date_to: c.date("date_to"),
        consent_by: c.opt("consent_by"),
        consent_date: c.date("consent_date"),
        submitted_on: c.date("submitted_on"),
        reason: c.opt_code("reason"),
        signing_method: c.opt_code("signing_method"),
        signing_phone: c.opt("signing_phone"),
    };
    let person = Person {
        id: reg.person_id.clone(),
        kind: person_kind.unwrap_or(crate::domain::PersonKind::Citizen),
        iin: c.opt("iin"),
        surname: c.text("surname"),
        given_name: c.text("given_name"),
        patronymic: c.opt("patronymic"),
        birth_date: c.req_date("birth_date"),
        sex: sex.unwrap_or(Sex::Male),
        id_document: None,
        passport_number: c.opt("passport_number"),
        citizenship: c.opt("citizenship"),
        surname_latin: c.opt("surname_latin"),
        given_name_latin: c.opt("given_name_latin"),
        labour_contract_end: c.date("labour_contract_end"),
        entry_date: c.date("entry_date"),
        purpose_of_stay: c.opt_code("purpose_of_stay"),
        visa_number: c.opt("visa_number"),
        address: c.opt("address"),
        phone: c.opt("phone"),
        visa_type: c.opt("visa_type"),
        visa_valid_from: c.date("visa_valid_from"),
        visa_valid_to: c.date("visa_valid_to"),
        entry_point: c.opt("entry_point"),
    };
    let property = Property {
        id: reg.property_id.clone(),
        region: c.text("region"),
        city: c.text("city"),
        district: c.opt("district"),
        street: c.text("street"),
        building: c.text("building"),
        flat: c.opt("flat"),
        kato: None,
        rka: c.opt("rka"),
        cadastral_number: None,
        total_area: c.number("total_area"),
        useful_area: c.number("useful_area"),
        living_area: c.number("living_area"),
        rooms: c.number("rooms"),
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

/// Whether reading stopped at the input's size cap.
fn over_limit(e: &csv::Error) -> bool {
    matches!(e.kind(), csv::ErrorKind::Io(io) if crate::limits::is_over_limit(io))
}

/// The size-cap error; the caller names the file.
fn inflated() -> CoreError {
    CoreError::Inflated {
        path: "csv".to_owned(),
        max: crate::limits::MAX_IMPORT_BYTES,
    }
}

/// Imports registrations from CSV. People and dwellings the store lacks are
/// created from the row; ones it has are kept as they are. `lease_id` is
/// kept as given: the lease may be held elsewhere (a landlord's copy).
pub fn import_csv(store: &mut Store, input: &mut dyn Read) -> Result<ImportSummary, CoreError> {
    import_csv_watched(store, input, &mut Watch::unwatched())
}

/// [`import_csv`], reporting progress every few thousand rows and stopping
/// (nothing written) when `watch` is cancelled.
pub fn import_csv_watched(
    store: &mut Store,
    input: &mut dyn Read,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input);
    let header = reader.headers().map_err(|e| {
        if over_limit(&e) {
            return inflated();
        }
        CoreError::ImportRejected(vec![Violation::new(
            "line 1",
            "csv",
            Message::new("v-csv").arg("detail", e.to_string()),
        )])
    })?;
    let current = header.iter().eq(CSV_COLUMNS.iter().copied());
    let older = [CSV_COLUMNS_V1, CSV_COLUMNS_V2, CSV_COLUMNS_V3]
        .iter()
        .any(|n| header.iter().eq(CSV_COLUMNS[..*n].iter().copied()));
    if !current && !older {
        return Err(CoreError::ImportRejected(vec![Violation::new(
            "line 1",
            "csv-header",
            Message::new("v-csv-header").arg("expected", CSV_COLUMNS.join(",")),
        )]));
    }
    // The registrations written are logged as one row when the unit
    // commits; the people and dwellings they bring are only inserted.
    let mut unit = store.write("import")?;
    let mut bad: Vec<Violation> = Vec::new();
    // Problems past the cap are counted, not kept: a file of a million bad
    // rows is refused with the first few and how many more there were.
    let mut more_problems = 0u64;
    // Where each registration id was first seen: two rows with one id are
    // refused, naming both lines, not silently the last one kept.
    let mut first_line: std::collections::HashMap<String, u64> = Default::default();
    let mut record = csv::StringRecord::new();
    let mut rows = 0u64;
    loop {
        if bad.len() > MAX_PROBLEMS {
            more_problems += (bad.len() - MAX_PROBLEMS) as u64;
            bad.truncate(MAX_PROBLEMS);
        }
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                if over_limit(&e) {
                    return Err(inflated());
                }
                let line = e.position().map_or(0, |p| p.line());
                bad.push(Violation::new(
                    format!("line {line}"),
                    "csv",
                    Message::new("v-csv").arg("detail", e.to_string()),
                ));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        rows += 1;
        let line = record.position().map_or(0, |p| p.line());
        if rows.is_multiple_of(EVERY) {
            watch.check()?; // returning drops `unit`: rolled back
            let phase = if bad.is_empty() {
                ImportPhase::Writing
            } else {
                ImportPhase::Checking
            };
            watch.report(phase, record.position().map_or(0, |p| p.byte()), rows);
        }
        let Some((person, property, reg)) = parse_row(&record, line, &mut bad) else {
            continue;
        };
        if let Some(first) = first_line.get(&reg.id) {
            bad.push(Violation::new(
                format!("line {line}: id"),
                "duplicate-id",
                Message::new("v-csv-duplicate-id")
                    .arg("id", reg.id.as_str())
                    .arg("first", first.to_string())
                    .arg("line", line.to_string()),
            ));
            continue;
        }
        first_line.insert(reg.id.clone(), line);
        // Once anything is bad nothing will be committed: keep checking,
        // stop writing.
        if bad.is_empty() {
            unit.insert_if_absent(&person)?;
            unit.insert_if_absent(&property)?;
            unit.put(&reg)?;
        }
    }
    if bad.len() > MAX_PROBLEMS {
        more_problems += (bad.len() - MAX_PROBLEMS) as u64;
        bad.truncate(MAX_PROBLEMS);
    }
    if more_problems > 0 {
        bad.push(Violation::new(
            "csv",
            "more-problems",
            Message::new("v-more-problems").arg("count", more_problems as f64),
        ));
    }
    if !bad.is_empty() {
        drop(unit); // rolls back
        return Err(CoreError::ImportRejected(bad));
    }
    watch.check()?;
    unit.commit()?;
    let end = reader.position().byte();
    watch.report(ImportPhase::Done, end, rows);
    Ok(ImportSummary { records: rows })
}
