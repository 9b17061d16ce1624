//! The handover act kept in the store (`0008-handover.sql`): the form's
//! checks as typed, the store's and the bundle's round trips, older
//! bundles, the act printed from the store, and the agreement's
//! prevailing text.

use std::io::Write;
use std::process::Command;

use jalga_core::documents::from_store::document_data;
use jalga_core::documents::{render, DocKind, DocLang, PrevailingLanguage as DocPrevailing};
use jalga_core::domain::{
    Handover, HandoverDirection, InventoryLine, KeyLine, Lease, MeterKind, MeterLine,
    PrevailingLanguage,
};
use jalga_core::interchange::{self, Format};
use jalga_core::landlord::handover::{check_handover, handovers, save_handover};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    (dir, store)
}

fn return_act() -> Handover {
    Handover {
        id: "h-abay-return".into(),
        lease_id: "l-abay-2026".into(),
        direction: HandoverDirection::Return,
        handed_on: "2027-05-31".parse().unwrap(),
        inventory: vec![InventoryLine {
            room: "Кухня".into(),
            item: "Микроволновая печь".into(),
            quantity: 1,
            condition: "исправна".into(),
        }],
        meters: vec![
            MeterLine {
                kind: MeterKind::Electricity,
                serial: Some("E-5512".into()),
                reading: "20315,7".into(),
            },
            MeterLine {
                kind: MeterKind::Gas,
                serial: None,
                reading: "877".into(),
            },
        ],
        keys: vec![KeyLine {
            what: "Входная дверь".into(),
            count: 2,
        }],
        remarks: None,
    }
}

#[test]
fn a_handover_act_round_trips_through_the_store_and_replaces_its_direction() {
    let (_dir, mut store) = demo_store();
    let act = return_act();
    assert_eq!(save_handover(&mut store, &act).unwrap(), act);
    assert_eq!(handovers(&store, "l-abay-2026").unwrap(), vec![act.clone()]);
    // Saving the lease's return act again under another id replaces it.
    let mut again = act.clone();
    again.id = "h-other".into();
    again.meters[1].reading = "880".into();
    let saved = save_handover(&mut store, &again).unwrap();
    assert_eq!(saved.id, act.id);
    let acts = handovers(&store, "l-abay-2026").unwrap();
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0].meters[1].reading, "880");
    // The demo's acts come back as they were written.
    let b = demo_bundle();
    assert_eq!(
        handovers(&store, "l-tauelsizdik-2026").unwrap(),
        b.handovers[..1].to_vec()
    );
}

#[test]
fn the_form_refuses_what_is_typed_wrong_at_its_field() {
    let (_dir, store) = demo_store();
    type Change = fn(&mut Handover);
    let cases: &[(&str, Change, &str, &str)] = &[
        (
            "letters in a reading",
            |h| h.meters[0].reading = "12a".into(),
            "meters[0].reading",
            "meter-reading",
        ),
        (
            "two separators",
            |h| h.meters[0].reading = "1.2.3".into(),
            "meters[0].reading",
            "meter-reading",
        ),
        (
            "an empty reading",
            |h| h.meters[1].reading = String::new(),
            "meters[1].reading",
            "meter-reading",
        ),
        (
            "no quantity",
            |h| h.inventory[0].quantity = 0,
            "inventory[0].quantity",
            "quantity",
        ),
        (
            "a blank room",
            |h| h.inventory[0].room = " ".into(),
            "inventory[0].room",
            "required",
        ),
        (
            "no keys counted",
            |h| h.keys[0].count = 0,
            "keys[0].count",
            "key-count",
        ),
        (
            "a day past 2100",
            |h| h.handed_on = "2101-01-01".parse().unwrap(),
            "handed_on",
            "date-range",
        ),
        (
            "an unknown lease",
            |h| h.lease_id = "l-nowhere".into(),
            "lease_id",
            "unknown-ref",
        ),
        (
            "too many lines",
            |h| h.meters = vec![h.meters[0].clone(); jalga_core::domain::MAX_METERS + 1],
            "meters",
            "too-many-lines",
        ),
    ];
    assert!(check_handover(&store, &return_act()).unwrap().is_empty());
    for (what, change, path, code) in cases {
        let mut h = return_act();
        change(&mut h);
        let v = check_handover(&store, &h).unwrap();
        assert!(
            v.iter().any(|v| v.path == *path && v.code == *code),
            "{what}: {v:?}"
        );
    }
}

#[test]
fn bundles_carry_the_acts_and_older_versions_still_import() {
    let (_dir, store) = demo_store();
    let mut out = Vec::new();
    interchange::export(&store, Format::Json, &mut out).unwrap();
    let v3: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v3["version"], 3);
    assert_eq!(v3["handovers"].as_array().unwrap().len(), 2);
    // A fresh store takes the export back whole.
    let dir = tempfile::tempdir().unwrap();
    let mut copy = Store::open(&dir.path().join("c.sqlite")).unwrap();
    interchange::import(&mut copy, Format::Json, &mut &out[..]).unwrap();
    assert_eq!(
        copy.list::<Handover>().unwrap(),
        store.list::<Handover>().unwrap()
    );
    let lease: Lease = copy.get("l-tauelsizdik-2026").unwrap().unwrap();
    assert_eq!(lease.prevailing_language, Some(PrevailingLanguage::Kk));

    // A version-2 file (no acts, no prevailing text) imports...
    let mut v2 = v3.clone();
    v2["version"] = 2.into();
    v2.as_object_mut().unwrap().remove("handovers");
    for l in v2["leases"].as_array_mut().unwrap() {
        l.as_object_mut().unwrap().remove("prevailing_language");
    }
    let dir2 = tempfile::tempdir().unwrap();
    let mut old = Store::open(&dir2.path().join("o.sqlite")).unwrap();
    interchange::import(
        &mut old,
        Format::Json,
        &mut &v2.to_string().into_bytes()[..],
    )
    .unwrap();
    assert!(old.list::<Handover>().unwrap().is_empty());
    let lease: Lease = old.get("l-tauelsizdik-2026").unwrap().unwrap();
    assert_eq!(lease.prevailing_language, None);

    // ...and one of version 1 or 2 that has what version 3 added is
    // refused for it, naming the field.
    for version in [1, 2] {
        let mut bad = v3.clone();
        bad["version"] = version.into();
        let e = interchange::check_bundle(&old, bad.to_string().as_bytes()).unwrap_err();
        let paths: Vec<&str> = e.iter().map(|v| v.path.as_str()).collect();
        assert!(paths.contains(&"handovers"), "v{version}: {paths:?}");
        assert!(
            paths.contains(&"leases[0].prevailing_language"),
            "v{version}: {paths:?}"
        );
    }

    // An act whose lease is nowhere is refused.
    let mut orphan = v3.clone();
    orphan["handovers"][0]["lease_id"] = "l-nowhere".into();
    orphan["leases"] = serde_json::json!([]);
    let e = interchange::check_bundle(&old, orphan.to_string().as_bytes()).unwrap_err();
    assert!(e.iter().any(|v| v.path == "handovers[0].lease_id"), "{e:?}");
}

fn require_tools() -> bool {
    ["CI", "JALGA_REQUIRE_TOOLS"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty() && s != "0" && s != "false"))
}

/// pdftotext's text, whitespace collapsed; None only where poppler is
/// missing and not required.
fn text_of(pdf: &[u8]) -> Option<String> {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    match Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext failed");
            let t = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
            Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        Err(e) => {
            assert!(!require_tools(), "pdftotext cannot run: {e}");
            eprintln!("pdftotext is not installed: skipped");
            None
        }
    }
}

#[test]
fn the_act_from_the_store_prints_its_inventory_readings_and_keys() {
    let (_dir, store) = demo_store();
    let d = document_data(&store, DocKind::HandoverAct, "l-tauelsizdik-2026").unwrap();
    let h = d.handover.as_ref().expect("the act's content");
    assert_eq!(h.inventory.len(), 7);
    let common = [
        "Шкаф-купе",
        "царапина на левой двери",
        "12458.3",
        "E-0047311",
        "00341.27",
        "Домофон (брелок)",
        "01.03.2026",
    ];
    let words = [
        (
            DocLang::Ru,
            [
                "электроэнергия",
                "холодная вода",
                "Всего передано ключей, брелоков и карт: 5",
            ],
        ),
        (
            DocLang::Kk,
            [
                "электр энергиясы",
                "суық су",
                "Барлығы берілген кілттер, брелоктар және карталар: 5",
            ],
        ),
    ];
    for (lang, own) in words {
        let pdf = render(DocKind::HandoverAct, &d, lang).unwrap();
        let Some(text) = text_of(&pdf) else { return };
        for s in common.iter().chain(own.iter()) {
            assert!(text.contains(s), "{lang:?}: {s} missing: {text}");
        }
        assert!(
            !text.contains("____"),
            "{lang:?}: a blank printed where the store has the value"
        );
    }
    // The act can be named by its own id too.
    let by_id = document_data(&store, DocKind::HandoverAct, "h-tauelsizdik-2026-in").unwrap();
    assert_eq!(by_id, d);
}

#[test]
fn a_lease_without_a_recorded_act_is_refused_naming_it() {
    let (_dir, store) = demo_store();
    match document_data(&store, DocKind::HandoverAct, "l-abay-2026") {
        Err(CoreError::Invalid { field, message }) => {
            assert_eq!(field, "handover");
            assert_eq!(message.id, "doc-no-handover");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_agreement_prints_the_prevailing_text_the_store_keeps() {
    let (_dir, mut store) = demo_store();
    let d = document_data(&store, DocKind::Agreement, "l-tauelsizdik-2026").unwrap();
    assert_eq!(d.terms.prevailing_language, Some(DocPrevailing::Kk));
    let pdf = render(DocKind::Agreement, &d, DocLang::KkRu).unwrap();
    if let Some(text) = text_of(&pdf) {
        assert!(
            text.contains("преимущественную силу имеет текст на казахском языке"),
            "{text}"
        );
    }
    // Not chosen: the clause has a blank for the parties, nothing invented.
    let mut lease: Lease = store.get("l-tauelsizdik-2026").unwrap().unwrap();
    lease.prevailing_language = None;
    store.put_all(&[lease]).unwrap();
    let d = document_data(&store, DocKind::Agreement, "l-tauelsizdik-2026").unwrap();
    assert_eq!(d.terms.prevailing_language, None);
}
