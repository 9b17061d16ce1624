//! A day as typed and shown on screen (`domain::typed_day`), from the case
//! table `cases/typed-days.tsv`, which the UI's date field runs too.

use jalga_core::i18n::Lang;
use jalga_core::typed_day::{format_day, parse_typed_day};

#[test]
fn typed_days_case_table() {
    let table = include_str!("cases/typed-days.tsv");
    let mut n = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (typed, want) = (cols[0], cols[1]);
        match parse_typed_day(typed) {
            Ok(day) => {
                assert_eq!(day.to_string(), want, "{typed:?}");
                for (lang, shown) in Lang::ALL.iter().zip(&cols[2..]) {
                    assert_eq!(format_day(day, *lang), *shown, "{typed:?} in {lang:?}");
                    assert_eq!(parse_typed_day(shown), Ok(day), "{shown:?} reads back");
                }
            }
            Err(e) => assert_eq!(e.code(), want, "{typed:?}"),
        }
        n += 1;
    }
    assert!(n >= 20, "the table has its cases");
}
