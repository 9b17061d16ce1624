//! Hostile input: oversized files, gzip bombs, deep nesting, broken PDFs,
//! paths that climb out of their folder, and personal numbers in errors.

use std::io::{Read, Write};
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::Compression;
use jalga_core::documents::{render, verify, DocKind, DocLang, DocumentData, Failure};
use jalga_core::interchange::{self, Format};
use jalga_core::privacy::{mask_number, mask_text};
use jalga_core::{limits, CoreError, Lang, Store};
use jalga_testkit::demo::demo_bundle;

fn memory() -> Store {
    Store::open(Path::new(":memory:")).unwrap()
}

// The best level packs a run of one byte tightly whichever backend flate2
// builds with (zlib-rs, pulled in by the workbook crates, packs level 1
// runs loosely).
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn a_sparse_2_gb_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    for max in [limits::MAX_IMPORT_BYTES, limits::MAX_PDF_BYTES] {
        let e = limits::read_file(&big, max).unwrap_err();
        assert!(
            matches!(e, CoreError::TooLarge { size, .. } if size == 2 << 30),
            "{e:?}"
        );
        let ru = e.to_problem(Lang::Ru).message;
        assert!(ru.contains("2048 МБ"), "{ru}");
        assert_eq!(e.code(), "too-large");
    }
}

#[test]
fn the_cap_reads_exactly_up_to_the_limit() {
    for (len, max, ok) in [
        (10usize, 10u64, true),
        (11, 10, false),
        (0, 0, true),
        (1, 0, false),
    ] {
        let data = vec![7u8; len];
        let mut out = Vec::new();
        let r = limits::Capped::new(&data[..], max).read_to_end(&mut out);
        assert_eq!(r.is_ok(), ok, "{len} bytes, limit {max}");
        if let Err(e) = r {
            assert!(limits::is_over_limit(&e));
        }
    }
}

#[test]
fn a_gzip_bundle_imports_like_the_plain_one() {
    let mut a = memory();
    interchange::write_bundle(&mut a, &demo_bundle()).unwrap();
    let mut plain = Vec::new();
    interchange::export(&a, Format::Json, &mut plain).unwrap();
    let mut b = memory();
    let summary = interchange::import(&mut b, Format::Json, &mut &gzip(&plain)[..]).unwrap();
    assert!(summary.records > 0);
    let mut again = Vec::new();
    interchange::export(&b, Format::Json, &mut again).unwrap();
    assert_eq!(plain, again);
}

#[test]
fn a_gzip_bomb_is_refused_and_writes_nothing() {
    // Concatenated gzip members of 1 MiB of zeros each: about 300 MiB
    // unpacked from a few hundred KB, over the 256 MiB cap.
    let member = gzip(&vec![b' '; 1 << 20]);
    let count = (limits::MAX_IMPORT_BYTES >> 20) as usize + 8;
    let bomb: Vec<u8> = member
        .iter()
        .copied()
        .cycle()
        .take(member.len() * count)
        .collect();
    assert!(bomb.len() < 2 << 20);
    let mut store = memory();
    let e = interchange::import_from(
        &mut store,
        Format::Json,
        &mut &bomb[..],
        Path::new("bomb.json.gz"),
    )
    .unwrap_err();
    assert!(
        matches!(&e, CoreError::Inflated { path, .. } if path == "bomb.json.gz"),
        "{e:?}"
    );
    let kk = e.to_problem(Lang::Kk).message;
    assert!(kk.contains("bomb.json.gz") && kk.contains("256"), "{kk}");
    assert_eq!(store.summary().unwrap().people, 0);
    let e = interchange::import(&mut store, Format::Csv, &mut &bomb[..]).unwrap_err();
    assert!(matches!(e, CoreError::Inflated { .. }), "{e:?}");
}

#[test]
fn a_broken_gzip_stream_is_an_error_not_a_panic() {
    let mut z = gzip(b"{\"format\": \"jalga-bundle\"}");
    z.truncate(z.len() / 2);
    let e = interchange::import(&mut memory(), Format::Json, &mut &z[..]).unwrap_err();
    assert_eq!(e.code(), "io");
}

#[test]
fn deeply_nested_json_is_refused_before_parsing() {
    let depth = 100_000;
    let mut deep = "[".repeat(depth);
    deep.push_str(&"]".repeat(depth));
    let e = interchange::import(&mut memory(), Format::Json, &mut deep.as_bytes()).unwrap_err();
    let CoreError::ImportRejected(v) = e else {
        panic!("{e:?}")
    };
    assert_eq!(v[0].code, "json-too-deep");
    assert!(v[0].render(Lang::Ru).contains("32"));
    // Brackets inside strings are text, not nesting.
    assert_eq!(
        limits::json_depth(br#"{"a": "[[[[{{{{", "b": [1, [2]]}"#),
        3
    );
    assert_eq!(limits::json_depth(br#"["\"[[[["]"#), 1);
}

fn agreement() -> Vec<u8> {
    let data: DocumentData =
        serde_json::from_str(include_str!("../../../assets/samples/lease-astana.json")).unwrap();
    render(DocKind::Agreement, &data, DocLang::Ru).unwrap()
}

#[test]
fn a_truncated_or_malformed_pdf_gets_a_verdict() {
    let pdf = agreement();
    for cut in [0, 1, 8, 100, pdf.len() / 3, pdf.len() / 2, pdf.len() - 10] {
        let v = verify(&pdf[..cut]);
        assert!(!v.intact, "cut at {cut}");
        assert!(v.failure.is_some(), "cut at {cut}");
    }
    let v =
        verify(b"%PDF-1.7\n1 0 obj << /Length 999999999999 >> stream\nxx\nendstream endobj\n%%EOF");
    assert!(
        matches!(v.failure, Some(Failure::Unreadable { .. })),
        "{v:?}"
    );
}

#[test]
fn an_attachment_that_inflates_past_the_cap_is_not_read_whole() {
    use lopdf::{Document, Object};
    let mut doc = Document::load_mem(&agreement()).unwrap();
    // Swap the attached data for 64 MiB of zeros compressed to ~64 KB.
    let bomb = {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), Compression::best());
        let chunk = vec![0u8; 1 << 20];
        for _ in 0..64 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap()
    };
    let mut replaced = false;
    for obj in doc.objects.values_mut() {
        if let Object::Stream(s) = obj {
            if s.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"EmbeddedFile") {
                s.set_content(bomb.clone());
                replaced = true;
            }
        }
    }
    assert!(replaced);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let v = verify(&bytes);
    assert!(matches!(v.failure, Some(Failure::BadData { .. })), "{v:?}");
}

#[test]
fn outside_names_never_leave_the_folder() {
    let dir = Path::new("out");
    for bad in [
        "../../x",
        "..",
        ".",
        "/etc/passwd",
        "a/b",
        "a\\b",
        "",
        "x\0y",
        "../x.pdf",
    ] {
        let e = limits::file_in(dir, bad).unwrap_err();
        assert_eq!(e.code(), "unsafe-name", "{bad:?}");
        let kk = e.to_problem(Lang::Kk).message;
        assert!(!kk.starts_with('['), "{kk}");
    }
    for good in ["L-1-agreement-kk-ru.pdf", "..-agreement-ru.pdf", "a.b"] {
        assert_eq!(limits::file_in(dir, good).unwrap(), dir.join(good));
    }
    // Windows would drop the trailing dots (tests/portable.rs).
    assert_eq!(limits::file_in(dir, "...").unwrap(), dir.join("..%2E"));
    for bad in ["../x.json", "a/../../x.json", "/tmp/../etc/x"] {
        assert_eq!(
            limits::output_path(Path::new(bad)).unwrap_err().code(),
            "unsafe-path"
        );
    }
    for good in ["x.json", "/tmp/x.json", "a/b/x.json", "./x.json"] {
        limits::output_path(Path::new(good)).unwrap();
    }
}

#[test]
fn ids_that_name_folders_are_invalid() {
    for id in [".", ".."] {
        assert!(jalga_core::domain::validate::id(id).is_err(), "{id}");
    }
    assert!(jalga_core::domain::validate::id("...").is_ok());
}

#[test]
fn personal_numbers_are_masked() {
    let cases = [
        ("870412300123", "87********23"),
        ("N12345678", "N1*****78"),
        ("1234", "****"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(mask_number(input), want);
    }
    let text_cases = [
        (
            "persons[0].iin: invalid type: integer `870412300123`, expected a string",
            "persons[0].iin: invalid type: integer `87********23`, expected a string",
        ),
        (
            "passport N12345678 and 040540000123.",
            "passport N1*****78 and 04********23.",
        ),
        // Dates, line numbers, amounts and ids keep their digits.
        (
            "line 7: 2025-02-30, rent 150000, L-0001",
            "line 7: 2025-02-30, rent 150000, L-0001",
        ),
        ("МБ 256 ИИН 900101300017", "МБ 256 ИИН 90********17"),
    ];
    for (input, want) in text_cases {
        assert_eq!(mask_text(input), want);
    }
}

#[test]
fn an_import_error_report_never_shows_a_full_iin() {
    let iin = "900101300017";
    let bundle = format!(
        r#"{{"format": "jalga-bundle", "version": 1, "persons": [{{"id": "p1", "kind": "citizen",
        "iin": {iin}, "surname": "Ахметов", "given_name": "Ерлан", "patronymic": null,
        "birth_date": "1990-01-01", "sex": "male"}}],
        "owners": [{{"id": "o1", "property_id": "x", "kind": "person", "iin_bin": "{iin}9",
        "name": "A", "share_numerator": 1, "share_denominator": 1}}]}}"#
    );
    let e = interchange::import(&mut memory(), Format::Json, &mut bundle.as_bytes()).unwrap_err();
    let CoreError::ImportRejected(v) = &e else {
        panic!("{e:?}")
    };
    // The raw detail does carry the number: the report is what masks it.
    assert!(v.iter().any(|x| format!("{:?}", x.message).contains(iin)));
    for lang in Lang::ALL {
        let report: Vec<String> = v.iter().map(|x| x.render(lang)).collect();
        let report = report.join("\n");
        assert!(!report.contains(iin), "{report}");
        assert!(report.contains("90********17"), "{report}");
        assert!(!e.to_problem(lang).message.contains(iin));
    }
}

// ---- dates and fields that would overflow -----------------------------------

const FAR: &str = "+262142-12-30";

#[test]
fn a_bundle_with_a_date_beyond_the_bounds_is_refused() {
    let empty = memory();
    for (list, field) in [
        ("registrations", "date_from"),
        ("persons", "birth_date"),
        ("leases", "start_date"),
        ("foreigner_notices", "arrival_date"),
    ] {
        for far in [FAR, "-0001-01-01", "1899-12-31", "2101-01-01"] {
            let mut v = serde_json::to_value(demo_bundle()).unwrap();
            v[list][0][field] = serde_json::Value::String(far.into());
            let bytes = serde_json::to_vec(&v).unwrap();
            let problems = interchange::check_bundle(&empty, &bytes).unwrap_err();
            assert!(
                problems
                    .iter()
                    .any(|p| p.code == "date-range" && p.path.ends_with(field)),
                "{list}.{field} = {far}: {problems:?}"
            );
        }
    }
    // The bounds themselves are fine.
    let mut v = serde_json::to_value(demo_bundle()).unwrap();
    v["persons"][0]["birth_date"] = "1900-01-01".into();
    let ok = interchange::check_bundle(&empty, &serde_json::to_vec(&v).unwrap());
    assert!(
        ok.as_ref()
            .err()
            .is_none_or(|p| p.iter().all(|p| p.code != "date-range")),
        "{ok:?}"
    );
}

#[test]
fn the_schema_refuses_dates_that_are_not_days_within_the_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let id: String = store
        .raw_connection()
        .query_row("SELECT id FROM registration LIMIT 1", [], |r| r.get(0))
        .unwrap();
    for bad in [
        FAR,
        "2026-02-30",
        "2026-1-5",
        "1899-12-31",
        "2101-01-01",
        "soon",
    ] {
        let e = store
            .raw_connection()
            .execute(
                "UPDATE registration SET date_from = ?1 WHERE id = ?2",
                [bad, &id],
            )
            .unwrap_err();
        assert!(e.to_string().contains("CHECK"), "{bad}: {e}");
        let e = store
            .raw_connection()
            .execute("UPDATE person SET birth_date = ?1 WHERE rowid = 1", [bad])
            .unwrap_err();
        assert!(e.to_string().contains("CHECK"), "{bad}: {e}");
    }
    for good in ["1900-01-01", "2026-02-28", "2100-12-31"] {
        store
            .raw_connection()
            .execute(
                "UPDATE registration SET date_from = ?1, date_to = NULL WHERE id = ?2",
                [good, &id],
            )
            .unwrap();
    }
}

#[test]
fn deadline_input_with_far_dates_is_refused_and_date_arithmetic_never_panics() {
    use chrono::NaiveDate;
    use jalga_core::rules::calendar::Calendar;
    use jalga_core::rules::deadlines::DeadlineInput;
    use jalga_core::rules::stay::{days_in_window, last_allowed_day, Stay};
    let text =
        format!(r#"{{"people": [{{"name": "X", "citizenship": "KAZ", "moved_in": "{FAR}"}}]}}"#);
    let e = DeadlineInput::from_json(&text).unwrap_err();
    assert_eq!(e.field(), Some("people[0].moved_in"));
    assert!(e.to_problem(Lang::Ru).message.contains("1900"));
    // At chrono's own ends the arithmetic answers instead of panicking.
    let (day, confirmed) = Calendar::builtin().add_working_days(NaiveDate::MAX, 10);
    assert_eq!((day, confirmed), (NaiveDate::MAX, false));
    let open = [Stay {
        entered: NaiveDate::MAX,
        left: None,
    }];
    assert_eq!(days_in_window(&open, NaiveDate::MIN, 180), 0);
    let _ = last_allowed_day(&open, 90, 180);
}

fn sample() -> DocumentData {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples/lease-astana.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn document_data_beyond_its_bounds_is_refused_not_a_panic() {
    let long_number = DocumentData {
        number: "№".repeat(2_400),
        ..sample()
    };
    let mut long_rka = sample();
    long_rka.dwelling.rka = "1".repeat(3_000);
    let mut long_address = sample();
    long_address.tenant.address = "Абай даңғылы ".repeat(100);
    let mut crowd = sample();
    crowd.occupants = std::iter::repeat_n(crowd.occupants[0].clone(), 500).collect();
    let mut far = sample();
    far.terms.end = FAR.parse().unwrap();
    for (data, field) in [
        (long_number, "number"),
        (long_rka, "dwelling.rka"),
        (long_address, "tenant.address"),
        (crowd, "occupants"),
        (far, "terms.end"),
    ] {
        for kind in [DocKind::Agreement, DocKind::Consent] {
            let e = render(kind, &data, DocLang::KkRu).unwrap_err();
            assert_eq!(e.field(), Some(field), "{kind}: {e:?}");
            assert_eq!(e.code(), "invalid");
        }
    }
    // The sample itself still renders and verifies.
    let pdf = render(DocKind::Agreement, &sample(), DocLang::KkRu).unwrap();
    assert!(verify(&pdf).intact);
}
