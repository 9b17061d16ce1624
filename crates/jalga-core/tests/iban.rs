//! The Kazakh IBAN check, from a data table (`cases/iban.tsv`).

use jalga_core::domain::iban::check_kz_iban;
use jalga_core::i18n::{Lang, ToMessage};
use serde_json::Value;

#[test]
fn iban_case_table() {
    let table = include_str!("cases/iban.tsv");
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (input, expected) = line.split_once('\t').expect("two columns");
        rows += 1;
        let got = check_kz_iban(input);
        if let Some(iban) = expected.strip_prefix("valid ") {
            assert_eq!(got.as_deref(), Ok(iban), "line {}: {input:?}", n + 1);
        } else {
            let reason = got.expect_err(&format!("line {}: {input:?} accepted", n + 1));
            let want: Value = serde_json::from_str(expected).expect("JSON");
            assert_eq!(
                serde_json::to_value(&reason).unwrap(),
                want,
                "line {}",
                n + 1
            );
            assert_eq!(reason.code(), want["code"], "line {}", n + 1);
            // The reason reaches the user as a message in every language.
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                let text = reason.to_message().render(lang);
                assert!(!text.contains("iban-"), "{lang:?}: no message for {text}");
            }
        }
    }
    assert!(rows >= 20, "the table lost rows: {rows}");
}
