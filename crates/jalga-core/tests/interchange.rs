//! Export and import: byte-identical round trips, idempotence, and broken
//! or hostile files rejected whole with every reason listed.

use jalga_core::domain::{Person, Registration};
use jalga_core::interchange::{self, Format, CSV_COLUMNS};
use jalga_core::{CoreError, Lang, Store};
use jalga_testkit::demo::demo_bundle;
use jalga_testkit::synthetic;
use serde_json::{json, Value};

fn demo_store(dir: &tempfile::TempDir, name: &str) -> Store {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    store
}

fn export(store: &Store, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, format, &mut out).unwrap();
    out
}

fn import(store: &mut Store, format: Format, bytes: &[u8]) -> Result<u64, CoreError> {
    interchange::import(store, format, &mut &bytes[..]).map(|s| s.records)
}

#[test]
fn json_round_trip_is_byte_identical_and_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_store(&dir, "a.sqlite");
    let first = export(&a, Format::Json);
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    import(&mut b, Format::Json, &first).unwrap();
    assert_eq!(export(&b, Format::Json), first);
    import(&mut b, Format::Json, &first).unwrap();
    assert_eq!(
        export(&b, Format::Json),
        first,
        "a second import changed the data"
    );
    let v: Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(v["format"], "jalga-bundle");
    assert_eq!(v["version"], 3);
}

#[test]
fn csv_round_trip_is_byte_identical_and_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_store(&dir, "a.sqlite");
    let first = export(&a, Format::Csv);
    let text = String::from_utf8(first.clone()).unwrap();
    assert_eq!(text.lines().next().unwrap(), CSV_COLUMNS.join(","));
    assert_eq!(text.lines().count(), 1 + demo_bundle().registrations.len());
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    import(&mut b, Format::Csv, &first).unwrap();
    assert_eq!(export(&b, Format::Csv), first);
    import(&mut b, Format::Csv, &first).unwrap();
    assert_eq!(export(&b, Format::Csv), first);
    // Importing the CSV into the full store keeps its richer records.
    let mut a = a;
    let before = export(&a, Format::Json);
    import(&mut a, Format::Csv, &first).unwrap();
    assert_eq!(export(&a, Format::Json), before);
}

#[test]
fn synthetic_rows_import() {
    let mut csv = Vec::new();
    synthetic::write_registrations_csv(500, &mut csv).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.sqlite")).unwrap();
    assert_eq!(import(&mut s, Format::Csv, &csv).unwrap(), 500);
    assert_eq!(s.count::<Registration>().unwrap(), 500);
    assert_eq!(s.count::<Person>().unwrap(), 500);
}

/// Every hostile input leaves the store as it was and lists its reasons.
fn rejected(store: &mut Store, format: Format, bytes: &[u8]) -> Vec<(String, String)> {
    let before = export(store, Format::Json);
    let err = import(store, format, bytes).expect_err("accepted a bad file");
    let CoreError::ImportRejected(problems) = err else {
        panic!("wrong error: {err:?}")
    };
    assert_eq!(export(store, Format::Json), before, "the store changed");
    for p in &problems {
        for lang in Lang::ALL {
            assert!(!p.render(lang).contains("[v-"), "{}", p.render(lang));
        }
    }
    problems.into_iter().map(|p| (p.path, p.code)).collect()
}

fn demo_json() -> Value {
    serde_json::to_value(demo_bundle()).unwrap()
}

#[test]
fn a_hostile_bundle_is_rejected_with_every_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "j.sqlite");
    let mut b = demo_json();
    // Change ids so that these would be new records, not updates.
    b["persons"][0]["iin"] = json!("780412300011");
    b["properties"][0]["total_area"] = json!(-5);
    b["registrations"][1]["date_from"] = json!("2025-02-30");
    b["persons"][2]["surname"] = json!("x".repeat(10 * 1024 * 1024));
    b["persons"][3]["given_name"] = json!("Robert'); DROP TABLE person;--");
    b["leases"][0]["payment_day"] = json!(40);
    b["registrations"][2]["person_id"] = json!("p-nobody");
    b["surprise"] = json!(true);
    let bytes = serde_json::to_vec(&b).unwrap();
    let got = rejected(&mut store, Format::Json, &bytes);
    let want = [
        ("persons[0].iin", "iin"),
        ("properties[0].total_area", "area-positive"),
        ("registrations[1].date_from", "format"),
        ("persons[2].surname", "too-long"),
        ("persons[3].given_name", "name-char"),
        ("leases[0].payment_day", "payment-day"),
        ("registrations[2].person_id", "unknown-ref"),
        ("surprise", "unknown-field"),
    ];
    for (path, code) in want {
        assert!(
            got.iter().any(|(p, c)| p == path && c == code),
            "missing {path} {code} in {got:?}"
        );
    }
    // The tables are all still there.
    assert!(store.count::<Person>().unwrap() > 0);
}

#[test]
fn truncated_or_foreign_json_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "j.sqlite");
    let full = serde_json::to_vec(&demo_json()).unwrap();
    let got = rejected(&mut store, Format::Json, &full[..full.len() / 2]);
    assert_eq!(got[0].1, "json");
    let got = rejected(&mut store, Format::Json, b"[1, 2, 3]");
    assert_eq!(got[0].1, "bundle-shape");
    let mut b = demo_json();
    b["version"] = json!(7);
    let got = rejected(&mut store, Format::Json, &serde_json::to_vec(&b).unwrap());
    assert_eq!(got, vec![("version".into(), "bundle-version".into())]);
    let mut b = demo_json();
    b["persons"][1] = b["persons"][0].clone();
    let got = rejected(&mut store, Format::Json, &serde_json::to_vec(&b).unwrap());
    assert!(
        got.contains(&("persons[1]".into(), "duplicate".into())),
        "{got:?}"
    );
}

#[test]
fn a_hostile_csv_is_rejected_with_every_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "j.sqlite");
    let good = String::from_utf8(export(&store, Format::Csv)).unwrap();

    // Wrong header.
    let bad_header = good.replacen("date_from", "from", 1);
    let got = rejected(&mut store, Format::Csv, bad_header.as_bytes());
    assert_eq!(got, vec![("line 1".into(), "csv-header".into())]);

    // Bad rows: new ids, so a partial write would show.
    let mut csv = String::new();
    csv.push_str(&CSV_COLUMNS.join(","));
    csv.push('\n');
    let row = |f: &dyn Fn(&mut Vec<String>)| {
        let mut cells: Vec<String> = good
            .lines()
            .nth(1)
            .unwrap()
            .split(',')
            .map(str::to_owned)
            .collect();
        cells[0] = format!("r-new-{}", cells.len());
        f(&mut cells);
        cells.join(",") + "\n"
    };
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    csv += &row(&|c| c[0] = "r-new-ok".into()); // line 2: fine
    csv += &row(&|c| {
        c[0] = "r-new-3".into();
        c[col("iin")] = "920721333108".into()
    });
    csv += &row(&|c| {
        c[0] = "r-new-4".into();
        c[col("total_area")] = "-5".into()
    });
    csv += &row(&|c| {
        c[0] = "r-new-5".into();
        c[col("date_from")] = "2025-02-30".into()
    });
    csv += &row(&|c| {
        c[0] = "r-new-6".into();
        c[col("surname")] = "Robert'); DROP TABLE registration;--".into()
    });
    csv += &row(&|c| {
        c[0] = "r-new-7".into();
        c[col("given_name")] = "я".repeat(5 * 1024 * 1024)
    });
    csv += &row(&|c| {
        c[0] = "r-new-8".into();
        c[col("status")] = "approved".into()
    });
    csv += &row(&|c| {
        c[0] = "r-new-9".into();
        c[col("rooms")] = "two".into()
    });
    let got = rejected(&mut store, Format::Csv, csv.as_bytes());
    let want = [
        ("line 3: iin", "iin"),
        ("line 4: total_area", "area-positive"),
        ("line 5: date_from", "date"),
        ("line 6: surname", "name-char"),
        ("line 7: given_name", "too-long"),
        ("line 8: status", "enum"),
        ("line 9: rooms", "number"),
    ];
    for (path, code) in want {
        assert!(
            got.iter().any(|(p, c)| p == path && c == code),
            "missing {path} {code} in {got:?}"
        );
    }
    assert!(store.get::<Registration>("r-new-ok").unwrap().is_none());
}

#[test]
fn files_from_before_submission_dates_still_import() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_store(&dir, "a.sqlite");
    // A version-1 CSV: the header and every row end at `rooms`.
    let csv = String::from_utf8(export(&a, Format::Csv)).unwrap();
    let old_csv: String = csv
        .lines()
        .map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            let mut w = csv::Writer::from_writer(vec![]);
            w.write_record(rec.iter().take(32)).unwrap();
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        })
        .collect();
    assert!(old_csv.starts_with("id,") && old_csv.lines().next().unwrap().ends_with(",rooms"));
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    let n = import(&mut b, Format::Csv, old_csv.as_bytes()).unwrap();
    assert_eq!(n, demo_bundle().registrations.len() as u64);
    // A bundle without `submitted_on` and `filed_on` fields.
    let mut v = demo_json();
    for r in v["registrations"].as_array_mut().unwrap() {
        r.as_object_mut().unwrap().remove("submitted_on");
    }
    for n in v["foreigner_notices"].as_array_mut().unwrap() {
        n.as_object_mut().unwrap().remove("filed_on");
    }
    let mut c = Store::open(&dir.path().join("c.sqlite")).unwrap();
    import(&mut c, Format::Json, v.to_string().as_bytes()).unwrap();
    assert_eq!(export(&c, Format::Json), export(&a, Format::Json));
}

#[test]
fn submission_and_filing_dates_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = demo_bundle();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    b.registrations[0].submitted_on = Some(day);
    b.foreigner_notices[0].filed_on = Some(day);
    let mut a = Store::open(&dir.path().join("a.sqlite")).unwrap();
    interchange::write_bundle(&mut a, &b).unwrap();
    let back = interchange::bundle(&a).unwrap();
    let reg = back
        .registrations
        .iter()
        .find(|r| r.id == b.registrations[0].id)
        .unwrap();
    assert_eq!(reg.submitted_on, Some(day));
    assert_eq!(back.foreigner_notices[0].filed_on, Some(day));
    let csv = String::from_utf8(export(&a, Format::Csv)).unwrap();
    assert!(csv.lines().next().unwrap().contains(",rooms,submitted_on,"));
    assert!(csv.contains(",2026-03-04,"));
}

#[test]
fn a_workers_labour_contract_end_round_trips_in_the_bundle_and_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = demo_bundle();
    let end = chrono::NaiveDate::from_ymd_opt(2027, 9, 30).unwrap();
    let worker = b
        .persons
        .iter_mut()
        .find(|p| p.citizenship.as_deref() == Some("KGZ"))
        .expect("the demo has a Kyrgyz worker");
    worker.labour_contract_end = Some(end);
    let worker_id = worker.id.clone();
    let mut a = Store::open(&dir.path().join("a.sqlite")).unwrap();
    interchange::write_bundle(&mut a, &b).unwrap();
    let back = interchange::bundle(&a).unwrap();
    let p = back.persons.iter().find(|p| p.id == worker_id).unwrap();
    assert_eq!(p.labour_contract_end, Some(end));
    let json = String::from_utf8(export(&a, Format::Json)).unwrap();
    assert!(json.contains("\"labour_contract_end\": \"2027-09-30\""));
    // The CSV carries it after `submitted_on`, and a fresh store takes it in.
    let csv = export(&a, Format::Csv);
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text
        .lines()
        .next()
        .unwrap()
        .contains(",submitted_on,labour_contract_end,"));
    assert!(text.contains(",2027-09-30,"));
    let mut c = Store::open(&dir.path().join("c.sqlite")).unwrap();
    import(&mut c, Format::Csv, &csv).unwrap();
    let got: jalga_core::domain::Person = c.get(&worker_id).unwrap().unwrap();
    assert_eq!(got.labour_contract_end, Some(end));
}

/// A version-1 bundle: the demo export without what version 2 added, and
/// the purposes of stay as free text, as Jalga wrote them then.
fn v1_bundle() -> Value {
    let mut v = demo_json();
    v["version"] = json!(1);
    let drop = |list: &mut Value, keys: &[&str]| {
        for item in list.as_array_mut().unwrap() {
            for k in keys {
                item.as_object_mut().unwrap().remove(*k);
            }
        }
    };
    drop(
        &mut v["persons"],
        &[
            "address",
            "phone",
            "visa_type",
            "visa_valid_from",
            "visa_valid_to",
            "entry_point",
        ],
    );
    drop(
        &mut v["leases"],
        &[
            "signed_on",
            "payment_method",
            "bank_iban",
            "bank_name",
            "bank_bic",
            "poa_number",
            "poa_date",
            "poa_notary",
            "prevailing_language",
        ],
    );
    // Nor had it handover acts (version 3).
    v.as_object_mut().unwrap().remove("handovers");
    drop(
        &mut v["registrations"],
        &["reason", "signing_method", "signing_phone"],
    );
    for p in v["persons"].as_array_mut().unwrap() {
        let text = match p["purpose_of_stay"].as_str() {
            Some("work") => "работа",
            Some("study") => "учёба",
            Some("business") => "деловая поездка",
            Some(other) => panic!("no free text for {other}"),
            None => continue,
        };
        p["purpose_of_stay"] = json!(text);
    }
    v
}

#[test]
fn a_version_1_bundle_imports_into_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = v1_bundle();
    let mut store = Store::open(&dir.path().join("v1.sqlite")).unwrap();
    let n = import(&mut store, Format::Json, v1.to_string().as_bytes()).unwrap();
    assert!(n > 50);
    let back = interchange::bundle(&store).unwrap();
    assert_eq!(back.version, interchange::BUNDLE_VERSION);
    let mut demo = demo_bundle();
    demo.persons.sort_by(|a, b| a.id.cmp(&b.id));
    demo.leases.sort_by(|a, b| a.id.cmp(&b.id));
    // Every record is there; the free-text purposes became categories.
    assert_eq!(back.persons.len(), demo.persons.len());
    for (got, want) in back.persons.iter().zip(&demo.persons) {
        assert_eq!(got.id, want.id);
        assert_eq!(got.purpose_of_stay, want.purpose_of_stay, "{}", got.id);
        assert_eq!(got.visa_number, want.visa_number, "{}", got.id);
        // What version 1 did not have is unknown, not made up.
        assert_eq!((&got.address, &got.phone), (&None, &None), "{}", got.id);
    }
    for (got, want) in back.leases.iter().zip(&demo.leases) {
        assert_eq!((got.rent, got.start_date), (want.rent, want.start_date));
        assert_eq!((got.payment_method, &got.bank_iban), (None, &None));
    }
    assert_eq!(back.registrations.len(), demo.registrations.len());
    assert!(back
        .registrations
        .iter()
        .all(|r| r.signing_method.is_none()));
    // A version-1 file cannot carry version 2's fields.
    let mut wrong = v1_bundle();
    wrong["leases"][0]["bank_iban"] = json!("KZ86125KZT5004100100");
    let mut other = Store::open(&dir.path().join("w.sqlite")).unwrap();
    let got = rejected(&mut other, Format::Json, wrong.to_string().as_bytes());
    assert_eq!(
        got,
        vec![("leases[0].bank_iban".to_owned(), "unknown-field".to_owned())]
    );
    // And version 2 takes categories only.
    let mut free = demo_json();
    let i = free["persons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["purpose_of_stay"] == "work")
        .unwrap();
    free["persons"][i]["purpose_of_stay"] = json!("работа");
    let got = rejected(&mut other, Format::Json, free.to_string().as_bytes());
    assert!(
        got.contains(&(format!("persons[{i}].purpose_of_stay"), "format".to_owned())),
        "{got:?}"
    );
}

#[test]
fn the_documents_fields_round_trip_through_a_bundle_and_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let demo = demo_bundle();
    // The demo fills every new field somewhere.
    let wang = demo.persons.iter().find(|p| p.id == "p-wang-li").unwrap();
    assert!(wang.visa_valid_from.is_some() && wang.entry_point.is_some());
    let dostyk = demo
        .leases
        .iter()
        .find(|l| l.id == "l-dostyk-2026")
        .unwrap();
    assert!(dostyk.poa_number.is_some() && dostyk.bank_iban.is_some());
    assert!(demo
        .registrations
        .iter()
        .any(|r| r.signing_phone.is_some() && r.reason.is_some()));

    // Bundle: everything comes back as it went in.
    let a = demo_store(&dir, "a.sqlite");
    let back = interchange::bundle(&a).unwrap();
    let sorted = |mut v: Vec<jalga_core::domain::Person>| {
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    };
    assert_eq!(sorted(back.persons.clone()), sorted(demo.persons.clone()));
    let mut leases = demo.leases.clone();
    leases.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(back.leases, leases);
    let mut regs = demo.registrations.clone();
    regs.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(back.registrations, regs);

    // CSV: a store filled from the CSV alone has the registrants' new
    // fields, and exports the same bytes.
    let csv = export(&a, Format::Csv);
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.lines().next().unwrap().ends_with(
        ",submitted_on,labour_contract_end,reason,signing_method,signing_phone,address,phone,entry_date,\
         entry_point,purpose_of_stay,visa_number,visa_type,visa_valid_from,visa_valid_to"
    ));
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    import(&mut b, Format::Csv, &csv).unwrap();
    assert_eq!(export(&b, Format::Csv), csv);
    let from_csv: jalga_core::domain::Person = b.get("p-wang-li").unwrap().unwrap();
    assert_eq!(&from_csv, wang);
    for r in &regs {
        let got: Registration = b.get(&r.id).unwrap().unwrap();
        assert_eq!(&got, r);
    }
}

#[test]
fn a_csv_of_the_second_version_still_imports() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_store(&dir, "a.sqlite");
    let csv = String::from_utf8(export(&a, Format::Csv)).unwrap();
    let old: String = csv
        .lines()
        .map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            let mut w = csv::Writer::from_writer(vec![]);
            w.write_record(rec.iter().take(33)).unwrap();
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        })
        .collect();
    assert!(old.lines().next().unwrap().ends_with(",rooms,submitted_on"));
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    let n = import(&mut b, Format::Csv, old.as_bytes()).unwrap();
    assert_eq!(n, demo_bundle().registrations.len() as u64);
    let r: Registration = b.get("r-0001").unwrap().unwrap();
    assert_eq!((r.reason, r.signing_method), (None, None));
}

#[test]
fn two_csv_rows_with_one_id_are_refused_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "j.sqlite");
    let good = String::from_utf8(export(&store, Format::Csv)).unwrap();
    let mut lines = good.lines();
    let header = lines.next().unwrap();
    let first = lines.next().unwrap();
    let second = lines.next().unwrap();
    let id = |row: &str| row.split(',').next().unwrap().to_owned();
    // Line 3 repeats line 2's id with another row's data.
    let clash = second.replacen(&id(second), &id(first), 1);
    let csv = format!("{header}\n{first}\n{clash}\n");
    let before = export(&store, Format::Csv);
    let err = interchange::import(&mut store, Format::Csv, &mut csv.as_bytes()).unwrap_err();
    let CoreError::ImportRejected(problems) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].path.as_str(), problems[0].code.as_str()),
        ("line 3: id", "duplicate-id")
    );
    let words = problems[0].message.render(Lang::En);
    assert!(
        words.contains(&id(first)) && words.contains("line 2") && words.contains("line 3"),
        "{words}"
    );
    assert_eq!(export(&store, Format::Csv), before, "something was written");
}

#[test]
fn a_csv_of_many_bad_rows_lists_the_first_problems_and_counts_the_rest() {
    use jalga_core::interchange::MAX_PROBLEMS;
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "j.sqlite");
    let good = String::from_utf8(export(&store, Format::Csv)).unwrap();
    let mut lines = good.lines();
    let header = lines.next().unwrap();
    let row = lines.next().unwrap();
    let col = CSV_COLUMNS.iter().position(|c| *c == "rooms").unwrap();
    let mut csv = format!("{header}\n");
    let bad_rows = 3 * MAX_PROBLEMS;
    for i in 0..bad_rows {
        let mut cells: Vec<String> = row.split(',').map(str::to_owned).collect();
        cells[0] = format!("r-bad-{i}");
        cells[col] = "many".into();
        csv += &cells.join(",");
        csv.push('\n');
    }
    let err = interchange::import(&mut store, Format::Csv, &mut csv.as_bytes()).unwrap_err();
    let CoreError::ImportRejected(problems) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    let last = problems.last().unwrap();
    assert_eq!(last.code, "more-problems");
    let words = last.message.render(Lang::En);
    assert!(
        words.contains(&(bad_rows - MAX_PROBLEMS).to_string()),
        "{words}"
    );
}

#[test]
fn csv_exports_defuse_formulas_and_still_read_back_exactly() {
    use jalga_core::domain::Property;
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(&dir, "a.sqlite");
    let mut flat: Property = store.get("ast-kabanbay-53-112").unwrap().unwrap();
    flat.street = "=HYPERLINK(\"http://x\",\"Кабанбай\")".into();
    flat.district = Some("+Есиль".into());
    flat.building = "-53".into();
    flat.flat = Some("@112".into());
    store.put_all(&[flat.clone()]).unwrap();
    let csv = export(&store, Format::Csv);
    let text = String::from_utf8(csv.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }
    assert!(text.contains("'=HYPERLINK"), "{text}");
    let mut b = Store::open(&dir.path().join("b.sqlite")).unwrap();
    import(&mut b, Format::Csv, &csv).unwrap();
    let back: Property = b.get("ast-kabanbay-53-112").unwrap().unwrap();
    assert_eq!(
        (back.street, back.district, back.building, back.flat),
        (flat.street, flat.district, flat.building, flat.flat)
    );
    assert_eq!(export(&b, Format::Csv), csv);
}
