//! Settings → Office server: the setting is kept without a password, and
//! the app then works on the server (the test server, when it is up) until
//! it is cleared.

use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use serde_json::json;

use crate::mock_app::MockApp;

#[test]
fn an_address_with_a_password_is_refused_and_the_settings_file_never_holds_one() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    let refused = app
        .call(
            "set_office_server",
            json!({ "url": "postgres://clerk:hunter2@db.office/jalga", "role": "clerk", "lang": "kk" }),
        )
        .unwrap_err();
    assert_eq!(refused["field"], json!("url"));
    assert!(
        refused["message"].as_str().unwrap().contains("Құпиясөзді"),
        "{refused}"
    );
    let file = dir.path().join("office-server.json");
    assert!(!file.exists());
    let set = app
        .call(
            "set_office_server",
            json!({ "url": " postgres://db.office:5432/jalga?sslmode=verify-full ", "role": "clerk_yesil", "lang": "en" }),
        )
        .unwrap();
    assert_eq!(
        set,
        json!({ "url": "postgres://db.office:5432/jalga?sslmode=verify-full", "role": "clerk_yesil" })
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        !text.contains("hunter2") && !text.contains("password"),
        "{text}"
    );
    assert_eq!(
        app.call("office_server", json!({ "lang": "en" })).unwrap(),
        set
    );
    app.call(
        "set_office_server",
        json!({ "url": "", "role": "", "lang": "en" }),
    )
    .unwrap();
    assert!(!file.exists());
}

#[test]
fn with_a_server_set_the_app_works_on_it_and_back_on_its_file_when_cleared() {
    let Some(url) =
        test_server("with_a_server_set_the_app_works_on_it_and_back_on_its_file_when_cleared")
    else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    // The office's records, already on the server.
    let demo = serde_json::to_vec(&jalga_testkit::demo::demo_bundle()).unwrap();
    let mut server = jalga_core::Store::open_server(db.url(), &Default::default()).unwrap();
    jalga_core::interchange::import_json(&mut server, &demo).unwrap();
    let people = server.count::<jalga_core::domain::Person>().unwrap();
    let flat = &jalga_testkit::demo::demo_bundle().properties[0];
    let owned = server
        .list_where::<jalga_core::domain::Owner>("property_id", &flat.id)
        .unwrap();
    assert!(!owned.is_empty(), "the demo's first flat has owners");
    drop(server);
    // The test server's login is `postgres`, given as the role.
    let address = db.url().replacen("postgres@", "", 1);
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(dir.path());
    let on_file = app.call("app_info", json!({ "lang": "en" })).unwrap();
    app.call(
        "set_office_server",
        json!({ "url": address, "role": "postgres", "lang": "en" }),
    )
    .unwrap();
    let on_server = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(
        on_server["database"]["people"],
        json!(people),
        "{on_server}"
    );
    // A dwelling saved from its screen is saved on the server, its owners
    // replaced there (none now).
    app.call(
        "save_dwelling",
        json!({ "property": flat, "owners": [], "lang": "en" }),
    )
    .unwrap();
    let server = jalga_core::Store::open_server(db.url(), &Default::default()).unwrap();
    let owners = server
        .list_where::<jalga_core::domain::Owner>("property_id", &flat.id)
        .unwrap();
    assert!(owners.is_empty(), "{owners:?}");
    drop(server);
    assert_eq!(
        on_server["database"]["schema_version"],
        on_file["database"]["schema_version"]
    );
    app.call(
        "set_office_server",
        json!({ "url": "", "role": "", "lang": "en" }),
    )
    .unwrap();
    let back = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(back["database"], on_file["database"]);
    assert_eq!(on_file["database"]["people"], json!(0));
}
