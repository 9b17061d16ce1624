//! IIN and BIN checks against the case tables in `tests/cases/`.

use jalga_core::i18n::{Catalog, ToMessage};
use jalga_core::ident::{check_bin, check_digit, check_iin};
use jalga_core::Lang;
use serde_json::{json, Value};

/// (line number, input, expected) rows of a case table.
fn cases(table: &str) -> Vec<(usize, String, String)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && l.contains('\t'))
        .map(|(i, l)| {
            let (input, expected) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("line {}: no tab", i + 1));
            (i + 1, input.to_owned(), expected.to_owned())
        })
        .collect()
}

#[test]
fn iin_case_table() {
    let table = include_str!("cases/iin.tsv");
    let rows = cases(table);
    assert!(rows.len() >= 30, "the table lost rows: {}", rows.len());
    for (line, input, expected) in rows {
        let got = check_iin(&input);
        if let Some(rest) = expected.strip_prefix("valid ") {
            let info = got.unwrap_or_else(|r| panic!("line {line}: {input:?} rejected: {r:?}"));
            let (date, sex) = rest.split_once(' ').unwrap();
            assert_eq!(info.birth_date.to_string(), date, "line {line}");
            assert_eq!(
                serde_json::to_value(info.sex).unwrap(),
                json!(sex),
                "line {line}"
            );
        } else {
            let reason = got.expect_err(&format!("line {line}: {input:?} accepted"));
            let want: Value = serde_json::from_str(&expected)
                .unwrap_or_else(|e| panic!("line {line}: bad JSON: {e}"));
            assert_eq!(
                serde_json::to_value(&reason).unwrap(),
                want,
                "line {line}: {input:?}"
            );
            assert_eq!(reason.code(), want["code"], "line {line}");
        }
    }
}

#[test]
fn bin_case_table() {
    let rows = cases(include_str!("cases/bin.tsv"));
    assert!(rows.len() >= 14);
    for (line, input, expected) in rows {
        let got = check_bin(&input);
        if let Some(rest) = expected.strip_prefix("valid ") {
            let info = got.unwrap_or_else(|r| panic!("line {line}: {input:?} rejected: {r:?}"));
            let f: Vec<&str> = rest.split(' ').collect();
            assert_eq!(info.registered_yy.to_string(), f[0], "line {line}");
            assert_eq!(info.registered_month.to_string(), f[1], "line {line}");
            assert_eq!(serde_json::to_value(info.entity_type).unwrap(), json!(f[2]));
            assert_eq!(serde_json::to_value(info.attribute).unwrap(), json!(f[3]));
        } else {
            let reason = got.expect_err(&format!("line {line}: {input:?} accepted"));
            assert_eq!(
                serde_json::to_value(&reason).unwrap(),
                serde_json::from_str::<Value>(&expected).unwrap(),
                "line {line}: {input:?}"
            );
        }
    }
}

/// The check digit written out the way DESIGN.md states it, independently
/// of the core's implementation.
fn reference_check_digit(d: &[u8]) -> Option<u8> {
    let pass = |start: u32| {
        (0..11u32)
            .map(|i| u32::from(d[i as usize]) * ((start - 1 + i) % 11 + 1))
            .sum::<u32>()
            % 11
    };
    match pass(1) {
        10 => match pass(3) {
            10 => None,
            c => Some(c as u8),
        },
        c => Some(c as u8),
    }
}

#[test]
fn check_digit_agrees_with_the_reference_on_random_prefixes() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(2026);
    let mut none_seen = 0;
    for _ in 0..20_000 {
        let d: Vec<u8> = (0..11).map(|_| rng.random_range(0..10)).collect();
        let want = reference_check_digit(&d);
        none_seen += usize::from(want.is_none());
        assert_eq!(check_digit(&d), want, "{d:?}");
    }
    assert!(
        none_seen > 0,
        "the no-check-digit branch was never exercised"
    );
}

#[test]
fn every_reason_reads_in_every_language() {
    let inputs = [
        "",
        "12a",
        "123",
        "900101000017",
        "990231300012",
        "900101300800",
        "900101300018",
    ];
    let catalog = Catalog::global();
    for input in inputs {
        let reason = check_iin(input).unwrap_err();
        for lang in Lang::ALL {
            let text = catalog
                .try_render(lang, &reason.to_message())
                .unwrap_or_else(|e| panic!("{input:?} in {lang}: {e}"));
            assert!(!text.is_empty());
        }
    }
    let bins = ["041340000123", "040570000123", "040544000123"];
    for input in bins {
        let reason = check_bin(input).unwrap_err();
        for lang in Lang::ALL {
            catalog
                .try_render(lang, &reason.to_message())
                .unwrap_or_else(|e| panic!("{input:?} in {lang}: {e}"));
        }
    }
}

#[test]
fn reasons_name_the_numbers_involved() {
    let r = check_iin("900101300018").unwrap_err();
    assert_eq!(
        r.localize(Lang::En),
        "Check digit is 8, but the first 11 digits give 7: a digit is mistyped"
    );
    assert_eq!(
        check_iin("12345").unwrap_err().localize(Lang::Ru),
        "Нужно 12 цифр, введено 5 цифр"
    );
    assert_eq!(
        check_iin("990231300012").unwrap_err().localize(Lang::Kk),
        "1999-02-31 туған күні болмайды"
    );
}
