//! A busy store: a landlord's save while something else writes. The app's
//! own long writer (a clerk's import) makes a save wait and then succeed;
//! another program holding the write lock past the busy timeout makes it
//! fail with a localized message, never silently.

use std::time::Duration;

use serde_json::json;
use tauri::Manager;

use crate::mock_app::{call_on, MockApp};

/// Longer than the store's busy timeout (5 s): a save that only waited
/// for SQLite would have given up by then.
const HELD: Duration = Duration::from_secs(7);

/// A second connection to the app's database inside a write transaction,
/// as an import holds it.
fn writing_elsewhere(dir: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(dir.join(jalga_app::DB_FILE)).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; DELETE FROM form_draft WHERE key = 'nobody';")
        .unwrap();
    conn
}

fn draft(lang: &str) -> serde_json::Value {
    json!({ "key": "lease-wizard", "json": "{\"rent\":\"123456\"}", "lang": lang })
}

#[test]
fn a_landlord_save_waits_for_the_clerks_import_and_then_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    app.call("app_info", json!({ "lang": "en" })).unwrap();
    let saved = std::thread::scope(|scope| {
        // The import's turn at the app's writer gate, and its transaction.
        let gate = app.app().state::<jalga_app::WriteGate>();
        let turn = gate.enter(None).unwrap();
        let import = writing_elsewhere(dir.path());
        let window = app.window();
        let save = scope.spawn(move || call_on(&window, "save_form_draft", draft("en")));
        std::thread::sleep(HELD);
        assert!(!save.is_finished(), "the save did not wait for the import");
        import.execute_batch("COMMIT").unwrap();
        drop(turn);
        save.join().unwrap()
    });
    saved.unwrap_or_else(|e| panic!("the save failed after the import: {e}"));
    let kept = app
        .call(
            "load_form_draft",
            json!({ "key": "lease-wizard", "lang": "en" }),
        )
        .unwrap();
    assert_eq!(kept, json!("{\"rent\":\"123456\"}"));
}

#[test]
fn a_save_another_program_blocks_fails_with_a_localized_busy_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    app.call("app_info", json!({ "lang": "ru" })).unwrap();
    let other = writing_elsewhere(dir.path());
    let err = app.call("save_form_draft", draft("ru")).unwrap_err();
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(err["code"], json!("store-busy"), "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("занята"),
        "not the Russian busy message: {message}"
    );
    // Once the other program is done, the same save goes through.
    app.call("save_form_draft", draft("ru")).unwrap();
}
