//! Rules the CLI shares with the app: the same input gives the same answer
//! here as in the shell's tests (`tests/integration/one_rule.rs`).

use jalga_core::documents::{self, DocKind, DocLang, Envelope};
use lopdf::{Document, Object};
use serde_json::Value;

use crate::jalga;

/// `pdf` with its attached data re-made for template version 99, which no
/// Jalga has, and the recorded hash made to match: the data reads, but it
/// cannot be rendered again to compare with the pages.
pub fn unrenderable(pdf: &[u8]) -> Vec<u8> {
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

/// A PDF whose attached data reads but cannot be rendered is `unknown`,
/// with or without a database, as the app's verification screen says; it
/// used to be `altered` here when checked against a database.
#[test]
fn an_unrenderable_document_is_unknown_with_or_without_the_db() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    let store = jalga_core::Store::open(&db).unwrap();
    let data =
        documents::from_store::document_data(&store, DocKind::Agreement, "l-abay-2026").unwrap();
    drop(store);
    let pdf = documents::render(DocKind::Agreement, &data, DocLang::Kk).unwrap();
    let file = dir.path().join("unrenderable.pdf");
    std::fs::write(&file, unrenderable(&pdf)).unwrap();

    let plain = jalga().arg("verify").arg(&file).output().unwrap();
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(plain.contains(" unknown bad-data"), "{plain}");
    let with_db = jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "en", "verify"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(with_db.status.code(), Some(1));
    let text = String::from_utf8(with_db.stdout).unwrap();
    assert!(text.contains(" unknown bad-data"), "{text}");
    let json = jalga()
        .arg("--db")
        .arg(&db)
        .args(["verify", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v[0]["state"], "unknown", "{v}");
    assert_eq!(v[0]["reason"], "bad-data", "{v}");
}

/// A draft lease's documents do not leave the store: `pdf LEASE` refuses
/// it with the app's sentence, and `pdf --all` leaves it out as the app's
/// batch does. The CLI used to print any lease.
#[test]
fn a_draft_lease_is_not_exported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "INSERT OR REPLACE INTO lease_state (lease_id, state, norm_verdict) \
             VALUES ('l-abay-2026', 'draft', 'allowed')",
            [],
        )
        .unwrap();
    let out = dir.path().join("a.pdf");
    let run = jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "en", "pdf", "agreement", "l-abay-2026", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("Lease l-abay-2026 is a draft"), "{err}");
    assert!(!out.exists());

    let all = dir.path().join("all");
    jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "ru", "pdf", "agreement", "--all", "--out"])
        .arg(&all)
        .assert()
        .success();
    let names: Vec<String> = std::fs::read_dir(&all)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.is_empty());
    assert!(
        !names.iter().any(|n| n.starts_with("l-abay-2026-")),
        "{names:?}"
    );
    // Named as the app names an exported document.
    assert!(
        names.iter().all(|n| n.ends_with("-agreement-ru.pdf")),
        "{names:?}"
    );
}
