//! The trust commands: unlock, backups, restore, passphrase.

use serde_json::json;

use crate::mock_app::MockApp;

#[test]
fn the_first_start_of_the_day_backs_up_and_back_up_now_adds_one() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    app.call("app_info", json!({ "lang": "en" })).unwrap();
    let listed = app.call("list_backups", json!({ "lang": "en" })).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    let made = app.call("backup_now", json!({ "lang": "en" })).unwrap();
    assert!(
        made["file_name"].as_str().unwrap().ends_with("-2.sqlite3"),
        "{made}"
    );
    // A second start the same day adds nothing.
    drop(app);
    let again = MockApp::start(dir.path());
    again.call("app_info", json!({ "lang": "en" })).unwrap();
    let listed = again.call("list_backups", json!({ "lang": "en" })).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
}

#[test]
fn a_passphrase_set_in_the_app_locks_the_next_start_until_unlocked() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    let status = app.call("store_status", json!({ "lang": "en" })).unwrap();
    assert_eq!(status, json!({ "encrypted": false, "locked": false }));
    let status = app
        .call(
            "set_passphrase",
            json!({ "current": null, "new": "open sesame", "lang": "en" }),
        )
        .unwrap();
    assert_eq!(status["encrypted"], json!(true));
    // Still usable in this run.
    app.call("app_info", json!({ "lang": "en" })).unwrap();
    drop(app);

    let app = MockApp::start(dir.path());
    let err = app.call("app_info", json!({ "lang": "ru" })).unwrap_err();
    assert_eq!(err["code"], json!("store-locked"), "{err}");
    let status = app.call("store_status", json!({ "lang": "en" })).unwrap();
    assert_eq!(status, json!({ "encrypted": true, "locked": true }));
    let wrong = app
        .call("unlock", json!({ "passphrase": "guess", "lang": "en" }))
        .unwrap_err();
    assert_eq!(wrong["code"], json!("wrong-passphrase"));
    app.call(
        "unlock",
        json!({ "passphrase": "open sesame", "lang": "en" }),
    )
    .unwrap();
    let info = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(info["database"]["dwellings"], json!(0));

    // Removing it needs the current one.
    let err = app
        .call(
            "set_passphrase",
            json!({ "current": "guess", "new": null, "lang": "en" }),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("wrong-passphrase"));
    app.call(
        "set_passphrase",
        json!({ "current": "open sesame", "new": null, "lang": "en" }),
    )
    .unwrap();
    drop(app);
    let app = MockApp::start(dir.path());
    app.call("app_info", json!({ "lang": "en" })).unwrap();
}

#[test]
fn restore_from_a_path_replaces_the_data_and_refuses_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    // A backup of the empty database, then data arrives. (Made through the
    // core: a mock app's state outlives the app, and a second open
    // connection would rightly make restore refuse.)
    let db = dir.path().join(jalga_app::DB_FILE);
    let mut store = jalga_core::Store::open(&db).unwrap();
    let today = chrono::Local::now().date_naive();
    let made = jalga_core::store::backup::backup_now(&store, today, 7).unwrap();
    jalga_core::interchange::write_bundle(&mut store, &jalga_testkit::demo::demo_bundle()).unwrap();
    drop(store);
    let app = MockApp::start(dir.path());
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "x".repeat(5000)).unwrap();
    let err = app
        .call(
            "restore_backup",
            json!({ "path": junk, "passphrase": null, "lang": "kk" }),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("not-jalga-database"));
    let info = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert!(info["database"]["dwellings"].as_u64().unwrap() > 0);

    app.call(
        "restore_backup",
        json!({ "path": made.path, "passphrase": null, "lang": "en" }),
    )
    .unwrap();
    let info = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(info["database"]["dwellings"], json!(0));
}
