//! Rules the app shares with the CLI: the same input gives the same answer
//! here as in the CLI's tests (`crates/jalga-cli/tests/cli/one_rule.rs`).

use jalga_core::documents::{self, DocKind, DocLang, Envelope};
use jalga_core::interchange;
use jalga_testkit::demo::demo_bundle;
use lopdf::{Document, Object};
use serde_json::json;

use crate::mock_app::MockApp;

/// `pdf` with its attached data re-made for template version 99, which no
/// Jalga has, and the recorded hash made to match (as in the CLI's test).
fn unrenderable(pdf: &[u8]) -> Vec<u8> {
    let mut doc = Document::load_mem(pdf).unwrap();
    let id = doc
        .objects
        .iter()
        .find(|(_, o)| {
            o.as_stream().is_ok_and(|s| {
                s.dict
                    .get(b"Type")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"EmbeddedFile")
            })
        })
        .map(|(id, _)| *id)
        .unwrap();
    let stream = doc.get_object_mut(id).unwrap().as_stream_mut().unwrap();
    let raw = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let mut env: Envelope = serde_json::from_slice(&raw).unwrap();
    env.template_version = 99;
    stream.dict.remove(b"Filter");
    stream.set_content(serde_json::to_vec(&env).unwrap());
    let sha: String = env.sha256().iter().map(|b| format!("{b:02x}")).collect();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    doc.get_dictionary_mut(info)
        .unwrap()
        .set("JalgaSHA256", Object::string_literal(sha));
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The CLI's `an_unrenderable_document_is_unknown_with_or_without_the_db`,
/// in the app: the same file is `unknown` on the verification screen.
#[test]
fn an_unrenderable_document_is_unknown_as_in_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let app = MockApp::start(&dir.path().join("data"));
    let src = dir.path().join("src.sqlite");
    let mut store = jalga_core::Store::open(&src).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let bundle = dir.path().join("bundle.json");
    let mut out = std::fs::File::create(&bundle).unwrap();
    interchange::export(&store, interchange::Format::Json, &mut out).unwrap();
    let data =
        documents::from_store::document_data(&store, DocKind::Agreement, "l-abay-2026").unwrap();
    let pdf = documents::render(DocKind::Agreement, &data, DocLang::Kk).unwrap();
    let file = dir.path().join("unrenderable.pdf");
    std::fs::write(&file, unrenderable(&pdf)).unwrap();
    app.call("clerk_import", json!({ "path": bundle, "lang": "en" }))
        .unwrap();
    let v = app
        .call("clerk_verify_pdf", json!({ "path": file, "lang": "en" }))
        .unwrap();
    assert_eq!(v["state"], "unknown", "{v}");
}

/// A demo store whose Abay lease was saved as a draft.
pub(crate) fn demo_with_a_draft(db: &std::path::Path) {
    let mut store = jalga_core::Store::open(db).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    drop(store);
    rusqlite::Connection::open(db)
        .unwrap()
        .execute(
            "INSERT OR REPLACE INTO lease_state (lease_id, state, norm_verdict) \
             VALUES ('l-abay-2026', 'draft', 'allowed')",
            [],
        )
        .unwrap();
}

/// The CLI's `a_draft_lease_is_not_exported`, in the app: the app refuses
/// the draft's documents with the same sentence.
#[test]
fn a_draft_lease_is_not_exported_as_in_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    demo_with_a_draft(&data.join(jalga_app::DB_FILE));
    let app = MockApp::start(&data);
    for kind in ["agreement", "foreigner-notice"] {
        let err = app
            .call(
                "export_document",
                json!({ "leaseId": "l-abay-2026", "kind": kind, "docLang": "ru", "lang": "en" }),
            )
            .unwrap_err();
        assert_eq!(err["code"], "invalid", "{err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("Lease l-abay-2026 is a draft"),
            "{err}"
        );
    }
}

/// The app's lists page by key, as the core does: each page starts after
/// the last row of the one before, and together they are the whole list
/// once, in order.
#[test]
fn the_lists_page_by_key_through_the_whole_list() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    demo_with_a_draft(&data.join(jalga_app::DB_FILE));
    let app = MockApp::start(&data);
    for (command, key) in [("list_dwellings", "id"), ("list_people", "id")] {
        let everything = app
            .call(
                command,
                json!({ "query": "", "after": null, "limit": 1000, "lang": "en" }),
            )
            .unwrap();
        let all: Vec<String> = everything["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[key].as_str().unwrap().to_owned())
            .collect();
        assert!(all.len() >= 3, "{command}: {everything}");
        let mut paged = Vec::new();
        let mut after = serde_json::Value::Null;
        loop {
            let page = app
                .call(
                    command,
                    json!({ "query": "", "after": after, "limit": 2, "lang": "en" }),
                )
                .unwrap();
            assert_eq!(page["total"], everything["total"], "{command}");
            paged.extend(
                page["rows"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r[key].as_str().unwrap().to_owned()),
            );
            after = page["next"].clone();
            if after.is_null() {
                break;
            }
            assert!(paged.len() <= all.len(), "{command}: {paged:?}");
        }
        assert_eq!(paged, all, "{command}");
    }
}
