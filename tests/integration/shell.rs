use serde_json::{json, Value};

use crate::mock_app::MockApp;

pub(crate) fn invoke(cmd: &str, body: Value, data_dir: &std::path::Path) -> Result<Value, Value> {
    MockApp::start(data_dir).call(cmd, body)
}

#[test]
fn check_iin_command_answers_in_the_asked_language() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("900101300017", "en", true, None),
        ("900101300018", "en", false, Some("Check digit is 8")),
        ("12345", "ru", false, Some("Нужно 12 цифр, введено 5 цифр")),
        (
            "990231300012",
            "kk",
            false,
            Some("1999-02-31 туған күні болмайды"),
        ),
    ];
    for (input, lang, valid, message) in cases {
        let r = invoke(
            "check_iin",
            json!({ "input": input, "lang": lang }),
            dir.path(),
        )
        .unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(r["valid"], json!(valid), "{input}: {r}");
        match message {
            None => {
                assert_eq!(r["info"]["birth_date"], json!("1990-01-01"));
                assert_eq!(r["info"]["sex"], json!("male"));
            }
            Some(m) => {
                let got = r["message"].as_str().unwrap();
                assert!(
                    got.starts_with(m),
                    "{input}: {got:?} should start with {m:?}"
                );
            }
        }
    }
}

#[test]
fn app_info_reports_the_injected_data_folder_and_a_fresh_database() {
    let dir = tempfile::tempdir().unwrap();
    let r = invoke("app_info", json!({ "lang": "en" }), dir.path()).unwrap();
    assert_eq!(r["data_dir"], json!(dir.path().display().to_string()));
    assert!(
        dir.path().join(jalga_app::DB_FILE).exists(),
        "the app creates its database"
    );
    assert_eq!(
        r["database"]["schema_version"],
        json!(jalga_core::store::SCHEMA_VERSION)
    );
    assert_eq!(r["database"]["dwellings"], json!(0));
}

#[test]
fn the_app_opens_a_database_the_cli_seeded() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = jalga_core::Store::open(&dir.path().join(jalga_app::DB_FILE)).unwrap();
    let bundle = jalga_testkit::demo::demo_bundle();
    jalga_core::interchange::write_bundle(&mut store, &bundle).unwrap();
    drop(store);
    let r = invoke("app_info", json!({ "lang": "en" }), dir.path()).unwrap();
    assert_eq!(r["database"]["dwellings"], json!(bundle.properties.len()));
    assert_eq!(r["database"]["people"], json!(bundle.persons.len()));
}

#[test]
fn a_bad_language_is_a_structured_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let err = invoke(
        "check_iin",
        json!({ "input": "1", "lang": "xx" }),
        dir.path(),
    )
    .unwrap_err();
    assert!(err.as_str().is_some_and(|s| s.contains("lang")), "{err}");
}
