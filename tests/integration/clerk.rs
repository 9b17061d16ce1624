//! The clerk's commands under the mock runtime: load a bundle, run the
//! audit, page its findings, open one, export them, verify documents.

use jalga_core::documents::{self, from_store::document_data, DocKind, DocLang};
use jalga_core::interchange::{self, Format};
use jalga_testkit::demo::demo_bundle;
use serde_json::json;

use crate::mock_app::MockApp;

fn demo_bundle_file(dir: &std::path::Path) -> std::path::PathBuf {
    let src = dir.join("src.sqlite");
    let mut store = jalga_core::Store::open(&src).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let path = dir.join("bundle.json");
    let mut out = std::fs::File::create(&path).unwrap();
    interchange::export(&store, Format::Json, &mut out).unwrap();
    path
}

#[test]
fn load_audit_open_a_finding_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = MockApp::start(&data);
    let bundle = demo_bundle_file(dir.path());
    let r = app
        .call("clerk_import", json!({ "path": bundle, "lang": "en" }))
        .unwrap();
    assert_eq!(r["format"], "json");
    let b = demo_bundle();
    let expected = b.properties.len()
        + b.owners.len()
        + b.persons.len()
        + b.leases.len()
        + b.occupants.len()
        + b.registrations.len()
        + b.foreigner_notices.len()
        + b.handovers.len();
    assert_eq!(r["records"], json!(expected));
    let info = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(
        info["database"]["registrations"],
        json!(b.registrations.len())
    );

    let choices = app.call("clerk_choices", json!({ "lang": "en" })).unwrap();
    assert!(
        choices["districts"].as_array().unwrap().len() >= 2,
        "{choices}"
    );
    let options = json!({
        "preset": choices["default_preset"], "kinds": [], "district": null,
        "from": null, "to": null, "min_severity": null, "today": "2026-11-21"
    });
    let run = app
        .call("clerk_audit", json!({ "options": options, "lang": "en" }))
        .unwrap();
    let total = run["total"].as_u64().unwrap();
    assert!(total > 0, "{run}");
    let page = app
        .call(
            "clerk_findings",
            json!({ "offset": 0, "limit": 1000, "lang": "ru" }),
        )
        .unwrap();
    assert_eq!(page["total"], json!(total));
    let rows = page["rows"].as_array().unwrap();
    assert_eq!(rows.len() as u64, total);
    let over = rows
        .iter()
        .find(|r| r["kind"] == "overcrowded")
        .expect("the demo's overcrowded flat");
    let detail = app
        .call(
            "clerk_finding",
            json!({ "index": over["index"], "lang": "en" }),
        )
        .unwrap();
    assert_eq!(detail["subject"]["id"], "ast-kabanbay-53-112");
    let explanation = detail["explanation"].as_array().unwrap();
    assert!(
        explanation
            .iter()
            .any(|l| l.as_str().unwrap().contains("33.9")),
        "the explanation has the useful area: {detail}"
    );
    let missing = app
        .call("clerk_finding", json!({ "index": total + 5, "lang": "en" }))
        .unwrap_err();
    assert_eq!(missing["code"], "not-found");

    // The filters narrow the findings the table pages through.
    let filtered = [
        (json!({ "min_severity": "high" }), "severity"),
        (json!({ "district": "Есильский район" }), "district"),
        (json!({ "from": "2026-06-01", "to": "2026-10-31" }), "date"),
    ];
    for (filter, what) in filtered {
        let mut o = options.clone();
        o.as_object_mut()
            .unwrap()
            .extend(filter.as_object().unwrap().clone());
        let run = app
            .call("clerk_audit", json!({ "options": o, "lang": "en" }))
            .unwrap();
        let n = run["total"].as_u64().unwrap();
        assert!(n > 0 && n < total, "{what}: {n} of {total}");
        let page = app
            .call(
                "clerk_findings",
                json!({ "offset": 0, "limit": 1000, "lang": "en" }),
            )
            .unwrap();
        for r in page["rows"].as_array().unwrap() {
            let ok = match what {
                "severity" => r["severity"] == "high" || r["severity"] == "critical",
                "district" => r["district"] == "Есильский район",
                _ => r["date"]
                    .as_str()
                    .is_none_or(|d| ("2026-06-01".."2026-11-01").contains(&d)),
            };
            assert!(ok, "{what}: {r}");
        }
    }

    // Back to the whole audit for the exports.
    app.call("clerk_audit", json!({ "options": options, "lang": "en" }))
        .unwrap();
    let pdf = dir.path().join("audit.pdf");
    app.call(
        "clerk_export_pdf",
        json!({ "path": pdf, "docLang": "kk+ru", "lang": "en" }),
    )
    .unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let bad = app
        .call(
            "clerk_export_pdf",
            json!({ "path": pdf, "docLang": "fr", "lang": "en" }),
        )
        .unwrap_err();
    assert_eq!(bad["field"], "lang", "{bad}");

    let csv = dir.path().join("findings.csv");
    app.call("clerk_export_csv", json!({ "path": csv, "lang": "kk" }))
        .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("kind,severity,"));
    assert_eq!(
        csv::Reader::from_reader(text.as_bytes()).records().count() as u64,
        total
    );

    let charts = app
        .call(
            "clerk_charts",
            json!({ "district": null, "from": null, "today": "2026-11-21", "top": 5, "lang": "en" }),
        )
        .unwrap();
    assert_eq!(charts["densest"][0]["property_id"], "ast-kabanbay-53-112");
    let months: u64 = charts["per_month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["count"].as_u64().unwrap())
        .sum();
    assert_eq!(months, b.registrations.len() as u64);
}

#[test]
fn a_bad_file_is_refused_whole_with_every_problem_listed() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(&dir.path().join("data"));
    let bundle = demo_bundle_file(dir.path());
    let text = std::fs::read_to_string(&bundle)
        .unwrap()
        .replacen("\"total_area\": 35.7", "\"total_area\": -1", 1)
        .replacen("\"rooms\": 3", "\"rooms\": 0", 1);
    std::fs::write(&bundle, text).unwrap();
    let err = app
        .call("clerk_import", json!({ "path": bundle, "lang": "ru" }))
        .unwrap_err();
    assert_eq!(err["code"], "import-rejected", "{err}");
    let details: Vec<&str> = err["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    // Both bad values are named (the records that point at the refused
    // dwellings are listed too).
    assert!(
        details
            .iter()
            .any(|d| d.ends_with("rooms: rooms: Число комнат должно быть 1–100, получено 0")),
        "{err}"
    );
    assert!(
        details
            .iter()
            .any(|d| d.contains(".total_area: area-positive:")),
        "{err}"
    );
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains(&details.len().to_string()),
        "{err}"
    );
    let info = app.call("app_info", json!({ "lang": "en" })).unwrap();
    assert_eq!(info["database"]["dwellings"], json!(0), "nothing written");

    let other = dir.path().join("notes.txt");
    std::fs::write(&other, "hello").unwrap();
    let err = app
        .call("clerk_import", json!({ "path": other, "lang": "en" }))
        .unwrap_err();
    assert_eq!(err["field"], "path", "{err}");
}

#[test]
fn verify_tells_intact_altered_and_unknown_apart() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(&dir.path().join("data"));
    let bundle = demo_bundle_file(dir.path());
    let src = dir.path().join("src.sqlite");
    let store = jalga_core::Store::open(&src).unwrap();
    let data = document_data(&store, DocKind::Agreement, "l-abay-2026").unwrap();
    let pdf = documents::render(DocKind::Agreement, &data, DocLang::Kk).unwrap();
    let intact = dir.path().join("intact.pdf");
    std::fs::write(&intact, &pdf).unwrap();
    let mut bad = pdf.clone();
    let at = bad.windows(11).position(|w| w == b"JalgaSHA256").unwrap() + 14;
    bad[at] = if bad[at] == b'0' { b'1' } else { b'0' };
    let altered = dir.path().join("altered.pdf");
    std::fs::write(&altered, &bad).unwrap();
    let junk = dir.path().join("junk.pdf");
    std::fs::write(&junk, b"%PDF-1.7 nothing").unwrap();
    // Before the clerk holds the lease, an intact file is unknown to the store.
    let v = app
        .call("clerk_verify_pdf", json!({ "path": intact, "lang": "en" }))
        .unwrap();
    assert_eq!(v["state"], "unknown", "{v}");
    assert!(
        v["reason"]
            .as_str()
            .unwrap()
            .contains("not in this database"),
        "{v}"
    );
    app.call("clerk_import", json!({ "path": bundle, "lang": "en" }))
        .unwrap();
    let cases = [
        (&intact, "issued-here", "matches the database"),
        (&altered, "altered", "embedded data was altered"),
        (&junk, "unknown", "cannot be read"),
    ];
    for (path, state, reason) in cases {
        let v = app
            .call("clerk_verify_pdf", json!({ "path": path, "lang": "en" }))
            .unwrap();
        assert_eq!(v["state"], state, "{v}");
        assert!(v["reason"].as_str().unwrap().contains(reason), "{v}");
    }
    // A code this database never issued is unknown.
    let v = app
        .call(
            "clerk_verify_code",
            json!({ "code": "abcd efgh 2345", "lang": "en" }),
        )
        .unwrap();
    assert_eq!(v["state"], "unknown", "{v}");
    let missing = app
        .call(
            "clerk_verify_pdf",
            json!({ "path": dir.path().join("none.pdf"), "lang": "en" }),
        )
        .unwrap_err();
    assert_eq!(missing["code"], "io");
}
