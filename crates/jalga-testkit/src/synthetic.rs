//! Synthetic registrations for benchmarks and load tests: a city's worth
//! of valid rows, five registrations per dwelling, every person a citizen
//! with a valid IIN. Deterministic, so two runs load the same data.

use std::io::Write;

use chrono::{Days, Months, NaiveDate};

use crate::demo::make_iin;
use crate::ident::Sex;
use crate::interchange::CSV_COLUMNS;

const SURNAMES: [&str; 8] = [
    "Ахметов",
    "Сейткали",
    "Жаксыбеков",
    "Омаров",
    "Тулегенов",
    "Ким",
    "Нурпеисов",
    "Искаков",
];
const GIVEN: [&str; 8] = [
    "Нурлан",
    "Данияр",
    "Арман",
    "Ерлан",
    "Бауыржан",
    "Азамат",
    "Тимур",
    "Руслан",
];
const STATUSES: [&str; 4] = ["draft", "submitted", "registered", "ended"];

/// Writes `rows` registrations as CSV (with the header).
pub fn write_registrations_csv(rows: u64, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    let base_birth = NaiveDate::from_ymd_opt(1950, 1, 1).expect("date");
    let base_from = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    for i in 0..rows {
        let birth = base_birth + Days::new(i % 20_000);
        let iin = make_iin(birth, Sex::Male, (i / 20_000) as u32);
        let from = base_from + Days::new(i % 300);
        let to = from + Months::new(1 + (i % 12) as u32);
        let dwelling = i / 5;
        let mut fields: Vec<String> = vec![
            format!("r-{i:08}"),
            format!("p-{i:08}"),
            format!("d-{dwelling:08}"),
            String::new(),
            "temporary".into(),
            STATUSES[(i % 4) as usize].into(),
            from.to_string(),
            to.to_string(),
            "Собственник".into(),
            from.to_string(),
            "citizen".into(),
            iin,
            SURNAMES[(i % 8) as usize].into(),
            GIVEN[(i / 8 % 8) as usize].into(),
            String::new(),
            birth.to_string(),
            "male".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            "г. Астана".into(),
            "Астана".into(),
            "Есильский район".into(),
            "проспект Туран".into(),
            (dwelling % 300 + 1).to_string(),
            (dwelling / 300 + 1).to_string(),
            format!("1002{dwelling:09}"),
            "54.2".into(),
            "50".into(),
            "31.5".into(),
            "2".into(),
            String::new(),
            String::new(),
        ];
        // The documents' columns stay empty.
        fields.resize(CSV_COLUMNS.len(), String::new());
        w.write_record(&fields)?;
    }
    w.flush()
}
