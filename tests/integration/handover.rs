//! The handover form's commands: a lease's recorded acts, an act checked
//! as typed (each problem at its field), a return act saved and listed.

use serde_json::{json, Value};

use crate::mock_app::MockApp;
use jalga_core::interchange;
use jalga_testkit::demo::demo_bundle;

#[test]
fn the_handover_form_lists_checks_and_saves_a_leases_acts() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut store = jalga_core::Store::open(&data.join(jalga_app::DB_FILE)).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    drop(store);
    let app = MockApp::start(&data);

    let acts = app
        .call(
            "list_handovers",
            json!({ "leaseId": "l-tauelsizdik-2026", "lang": "ru" }),
        )
        .unwrap();
    assert_eq!(acts.as_array().unwrap().len(), 1);
    assert_eq!(acts[0]["direction"], "move-in");
    assert_eq!(acts[0]["meters"][0]["reading"], "12458.3");

    let mut act: Value = acts[0].clone();
    act["id"] = json!("h-return");
    act["direction"] = json!("return");
    act["handed_on"] = json!("2027-02-28");
    act["meters"][0]["reading"] = json!("12,45,8");
    let problems = app
        .call("check_handover", json!({ "act": act, "lang": "ru" }))
        .unwrap();
    let paths: Vec<&str> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["meters[0].reading"]);
    // Saving it anyway is refused at that field, in the asked language.
    let e = app
        .call("save_handover", json!({ "act": act, "lang": "kk" }))
        .unwrap_err();
    assert_eq!(e["field"], "meters[0].reading");
    assert!(e["message"].as_str().unwrap().contains("Есептегіш"), "{e}");

    act["meters"][0]["reading"] = json!("13020.1");
    app.call("save_handover", json!({ "act": act, "lang": "ru" }))
        .unwrap();
    let acts = app
        .call(
            "list_handovers",
            json!({ "leaseId": "l-tauelsizdik-2026", "lang": "ru" }),
        )
        .unwrap();
    let directions: Vec<&str> = acts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["direction"].as_str().unwrap())
        .collect();
    assert_eq!(directions, ["move-in", "return"]);
}
