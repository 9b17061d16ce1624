//! `jalga deadlines` on a store prints each person's deadlines as they are
//! worked out: the JSON is still one array (written item by item), and the
//! lines and the items are the same deadlines.

use serde_json::Value;

use super::jalga;

#[test]
fn deadlines_from_a_store_stream_one_json_array_and_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite").display().to_string();
    jalga().args(["--db", &db, "demo"]).assert().success();
    let on = ["--on", "2026-11-21"];

    let json = jalga()
        .args(["--db", &db, "deadlines", "--json"])
        .args(on)
        .output()
        .unwrap();
    let text = String::from_utf8(json.stdout).unwrap();
    let items: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(items.len() > 1, "{text}");
    let overdue = items.iter().any(|d| d["status"]["state"] == "overdue");
    assert_eq!(json.status.code(), Some(if overdue { 1 } else { 0 }));
    for d in &items {
        assert!(
            d["explanation"].as_str().is_some_and(|e| !e.is_empty()),
            "{d}"
        );
        assert!(d["source"].as_str().is_some_and(|s| !s.is_empty()), "{d}");
        assert!(
            d["rule"].as_str().is_some_and(|r| r.starts_with("kz.")),
            "{d}"
        );
    }

    let lines = jalga()
        .args(["--db", &db, "deadlines"])
        .args(on)
        .output()
        .unwrap();
    let lines = String::from_utf8(lines.stdout).unwrap();
    let mut from_lines: Vec<(String, String)> = lines
        .lines()
        .map(|l| {
            let mut f = l.split(' ');
            let due = f.next().unwrap().to_owned();
            let _state = f.next();
            (due, f.next().unwrap().to_owned())
        })
        .collect();
    let mut from_json: Vec<(String, String)> = items
        .iter()
        .map(|d| {
            (
                d["due"].as_str().unwrap().to_owned(),
                d["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    from_lines.sort();
    from_json.sort();
    assert_eq!(from_lines, from_json);
}
