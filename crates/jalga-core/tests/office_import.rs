//! The files offices really have: the same registrations from a UTF-8 CSV,
//! one with a byte-order mark, one with `;`, one in Windows-1251, Excel's
//! "Unicode text", a workbook made by a spreadsheet program, and a file
//! with Russian headings in another order: every store they make exports
//! byte for byte the same. Refusals come one per column and cause.

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader};
use jalga_core::i18n::{Lang, Message};
use jalga_core::interchange::mapping::{self, ColumnMap, MappingProfile};
use jalga_core::interchange::office::{self, OfficeOptions};
use jalga_core::interchange::{self, xlsx_export, Format, Watch};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/office")
        .join(name)
}

fn export(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, Format::Csv, &mut out).unwrap();
    out
}

/// The fixture's registrations through Jalga's own CSV import.
fn expected(dir: &Path) -> Vec<u8> {
    let mut store = Store::open(&dir.join("expected.sqlite")).unwrap();
    let csv = std::fs::read(fixture("registrations.csv")).unwrap();
    interchange::import(&mut store, Format::Csv, &mut &csv[..]).unwrap();
    export(&store)
}

fn office_import(
    dir: &Path,
    file: &Path,
    opts: &OfficeOptions,
) -> (Store, Result<office::OfficeImport, CoreError>) {
    let name = format!("{}.sqlite", file.file_name().unwrap().to_string_lossy());
    let mut store = Store::open(&dir.join(name)).unwrap();
    let r = office::import_file(&mut store, file, opts, Lang::Ru, &mut Watch::unwatched());
    (store, r)
}

fn records(csv: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(csv);
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn write_csv(header: &[String], rows: &[Vec<String>], sep: u8) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(sep)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

/// The way an office writes the same rows: Russian headings, in another
/// order, dates with dots, areas with decimal commas, sex as М/Ж.
fn russian(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let order: Vec<usize> = (0..header.len()).rev().collect();
    let heads: Vec<String> = order
        .iter()
        .map(|&i| mapping::label(&header[i], Lang::Ru))
        .collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            order
                .iter()
                .map(|&i| {
                    let (f, v) = (header[i].as_str(), r[i].as_str());
                    match f {
                        _ if v.is_empty() => String::new(),
                        "sex" => if v == "female" { "Ж" } else { "М" }.to_owned(),
                        "kind" if v == "temporary" => "Временная".to_owned(),
                        f if f.ends_with("_area") => v.replace('.', ","),
                        f if f.ends_with("date") || f.starts_with("date") || f.ends_with("_on") => {
                            let d = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").unwrap();
                            d.format("%d.%m.%Y").to_string()
                        }
                        _ => v.to_owned(),
                    }
                })
                .collect()
        })
        .collect();
    write_csv(&heads, &cells, b';')
}

#[test]
fn the_same_registrations_from_every_kind_of_office_file() {
    let dir = tempfile::tempdir().unwrap();
    let want = expected(dir.path());
    let csv = std::fs::read(fixture("registrations.csv")).unwrap();
    assert_eq!(want, csv, "the fixture is Jalga's own export");
    let (header, rows) = records(&csv);
    assert!(rows.len() >= 20);
    let semicolon = write_csv(&header, &rows, b';');
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&csv);
    let (cp1251, _, lossy) =
        encoding_rs::WINDOWS_1251.encode(std::str::from_utf8(&semicolon).unwrap());
    let cp1251 = cp1251.into_owned();
    assert!(!lossy, "the fixture's text fits Windows-1251");
    let mut utf16 = vec![0xFF, 0xFE];
    let tabbed = write_csv(&header, &rows, b'\t');
    for u in std::str::from_utf8(&tabbed).unwrap().encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("utf8.csv", csv.clone()),
        ("bom.csv", bom),
        ("semicolon.csv", semicolon),
        ("cp1251.csv", cp1251),
        ("unicode.txt", utf16),
        ("russian.csv", russian(&header, &rows)),
    ];
    let mut paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    // Made by LibreOffice from registrations.csv (see the fixtures' README).
    paths.push(fixture("registrations.xlsx"));
    for path in &paths {
        let (store, r) = office_import(dir.path(), path, &OfficeOptions::default());
        let done = r.unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(done.records, rows.len() as u64, "{}", path.display());
        assert!(
            export(&store) == want,
            "{}: the store differs",
            path.display()
        );
    }
}

#[test]
fn a_converted_file_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read_to_string(fixture("registrations.csv")).unwrap();
    let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(&csv);
    let p = dir.path().join("old.csv");
    std::fs::write(&p, &cp).unwrap();
    let (_, r) = office_import(dir.path(), &p, &OfficeOptions::default());
    let notes = r.unwrap().notes;
    assert_eq!(notes.len(), 1);
    let text = notes[0].render(Lang::Ru);
    assert!(text.contains("windows-1251"), "{text}");
}

/// Rows of the fixture in Russian, with `bad` rows' birth dates made
/// impossible (31 February).
fn with_impossible_dates(bad: &[usize]) -> Vec<u8> {
    let csv = std::fs::read(fixture("registrations.csv")).unwrap();
    let (header, mut rows) = records(&csv);
    let b = header.iter().position(|h| h == "birth_date").unwrap();
    for &i in bad {
        rows[i][b] = "1990-02-31".into();
    }
    // `russian` reformats dates; an impossible one is kept as written.
    russian_keeping(&header, &rows, b)
}

fn russian_keeping(header: &[String], rows: &[Vec<String>], b: usize) -> Vec<u8> {
    let mut good = rows.to_vec();
    let mut kept = Vec::new();
    for (i, r) in good.iter_mut().enumerate() {
        if r[b] == "1990-02-31" {
            r[b] = "2000-01-01".into();
            kept.push(i);
        }
    }
    let text = String::from_utf8(russian(header, &good)).unwrap();
    let mut lines: Vec<String> = text.split("\r\n").map(str::to_owned).collect();
    for i in kept {
        lines[i + 1] = lines[i + 1].replace("01.01.2000", "31.02.1990");
    }
    lines.join("\r\n").into_bytes()
}

#[test]
fn impossible_dates_are_one_message_with_the_count_and_first_rows() {
    let dir = tempfile::tempdir().unwrap();
    let bad: Vec<usize> = (0..12).map(|i| i + (i / 3)).collect();
    let p = dir.path().join("dates.csv");
    std::fs::write(&p, with_impossible_dates(&bad)).unwrap();
    let (store, r) = office_import(dir.path(), &p, &OfficeOptions::default());
    let Err(CoreError::ImportRejected(problems)) = r else {
        panic!("accepted: {r:?}")
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let text = problems[0].render(Lang::Ru);
    // Row 1 is the heading: data row i is the file's row i + 2.
    let rows: Vec<String> = bad.iter().take(5).map(|i| (i + 2).to_string()).collect();
    assert!(text.contains("Дата рождения"), "{text}");
    assert!(text.contains("12 дат"), "{text}");
    assert!(text.contains("31.02.1990"), "{text}");
    assert!(text.contains(&format!("{}, …", rows.join(", "))), "{text}");
    assert!(
        export(&store).iter().filter(|b| **b == b'\n').count() == 1,
        "nothing written"
    );
}

#[test]
fn an_unknown_heading_is_fixed_by_a_saved_profile() {
    let dir = tempfile::tempdir().unwrap();
    let want = expected(dir.path());
    let csv = std::fs::read(fixture("registrations.csv")).unwrap();
    let (mut header, rows) = records(&csv);
    let s = header.iter().position(|h| h == "surname").unwrap();
    header[s] = "Фам. жильца".into();
    let p = dir.path().join("office.csv");
    std::fs::write(&p, write_csv(&header, &rows, b';')).unwrap();

    let preview = office::preview(&p, &OfficeOptions::default(), Lang::Kk).unwrap();
    assert_eq!(preview.fields[s], None);
    assert_eq!(preview.rows.len(), office::PREVIEW_ROWS);
    assert_eq!(
        preview.separator,
        Some(interchange::sniff::Separator::Semicolon)
    );

    let (_, r) = office_import(dir.path(), &p, &OfficeOptions::default());
    let Err(CoreError::ImportRejected(problems)) = r else {
        panic!("accepted")
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].render(Lang::Ru).contains("Фамилия"));

    let profile = MappingProfile {
        name: "Алмалы ЦОН".into(),
        columns: vec![ColumnMap {
            header: "Фам. жильца".into(),
            field: Some("surname".into()),
        }],
        sheet: None,
    };
    let profiles = dir.path().join("profiles");
    let saved = mapping::save_profile(&profiles, &profile).unwrap();
    assert_eq!(saved.file_name().unwrap(), "Алмалы-ЦОН.json");
    let listed = mapping::list_profiles(&profiles).unwrap();
    assert_eq!(listed, vec![profile.clone()]);
    let loaded = mapping::load_profile(&saved).unwrap();
    let opts = OfficeOptions {
        profile: Some(loaded),
        sheet: None,
    };
    let (store, r) = office_import(dir.path(), &p, &opts);
    r.unwrap();
    assert!(export(&store) == want);
}

#[test]
fn a_profile_naming_a_column_jalga_lacks_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let opts = OfficeOptions {
        profile: Some(MappingProfile {
            name: "x".into(),
            columns: vec![ColumnMap {
                header: "a".into(),
                field: Some("shoe_size".into()),
            }],
            sheet: None,
        }),
        sheet: None,
    };
    let (_, r) = office_import(dir.path(), &fixture("registrations.csv"), &opts);
    let Err(CoreError::ImportRejected(p)) = r else {
        panic!("accepted")
    };
    assert_eq!(p[0].code, "mapping-field");
    assert!(mapping::profile_path(dir.path(), "../x")
        .unwrap()
        .starts_with(dir.path()));
    assert!(mapping::profile_path(dir.path(), "..").is_err());
}

#[test]
fn many_causes_are_capped_with_a_count_of_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read(fixture("registrations.csv")).unwrap();
    let (header, mut rows) = records(&csv);
    // Most columns spoilt in every row: one cause per column, more causes
    // than the cap.
    for r in rows.iter_mut() {
        for (i, h) in header.iter().enumerate() {
            if [
                "id",
                "person_id",
                "surname",
                "given_name",
                "region",
                "city",
                "street",
                "building",
            ]
            .contains(&h.as_str())
            {
                r[i] = String::new();
            }
            if h.ends_with("_area") || h == "rooms" {
                r[i] = "много".into();
            }
            if ["kind", "status", "person_kind", "sex"].contains(&h.as_str()) {
                r[i] = "?".into();
            }
            if h.ends_with("date") || h.starts_with("date") || h.ends_with("_on") {
                r[i] = "вчера".into();
            }
            if h == "iin" || h == "citizenship" {
                r[i] = "12".into();
            }
        }
    }
    let p = dir.path().join("bad.csv");
    std::fs::write(&p, write_csv(&header, &rows, b',')).unwrap();
    let (_, r) = office_import(dir.path(), &p, &OfficeOptions::default());
    let Err(CoreError::ImportRejected(problems)) = r else {
        panic!("accepted")
    };
    assert_eq!(problems.len(), office::MAX_GROUPS, "{problems:#?}");
    assert_eq!(problems.last().unwrap().code, "more");
    // One message per column and cause, however many rows.
    let mut seen = std::collections::HashSet::new();
    for p in &problems {
        assert!(seen.insert((p.path.clone(), p.code.clone())), "{p:?}");
    }
}

#[test]
fn the_registrations_as_a_workbook_read_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("demo.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let want = export(&store);
    let (_, rows) = records(&want);
    for lang in [Lang::Kk, Lang::Ru] {
        let path = dir.path().join(format!("registrations-{lang}.xlsx"));
        let mut out = Vec::new();
        xlsx_export::export_registrations_xlsx(&store, lang, &mut out).unwrap();
        std::fs::write(&path, &out).unwrap();

        let mut wb = open_workbook_auto(&path).unwrap();
        let name = wb.sheet_names()[0].clone();
        assert_eq!(name, Message::new("xlsx-sheet-registrations").render(lang));
        let range = wb.worksheet_range(&name).unwrap();
        assert_eq!(range.height(), rows.len() + 1);
        let head: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let surname = if lang == Lang::Kk {
            "Тегі"
        } else {
            "Фамилия"
        };
        assert!(head.iter().any(|h| h == surname), "{head:?}");
        let birth = head
            .iter()
            .position(|h| *h == mapping::label("birth_date", lang))
            .unwrap();
        let area = head
            .iter()
            .position(|h| *h == mapping::label("total_area", lang))
            .unwrap();
        let second = range.rows().nth(1).unwrap();
        assert!(
            matches!(second[birth], Data::DateTime(_)),
            "{:?}",
            second[birth]
        );
        assert!(matches!(second[area], Data::Float(_)), "{:?}", second[area]);

        // And the workbook imports back into the same store.
        let (back, r) = office_import(dir.path(), &path, &OfficeOptions::default());
        r.unwrap();
        assert!(export(&back) == want, "{lang}");
    }
}

#[test]
fn the_csv_for_excel_has_a_bom_and_semicolons_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("demo.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let want = export(&store);
    let mut out = Vec::new();
    xlsx_export::export_excel_csv(&store, &mut out).unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBFid;person_id;"));
    let path = dir.path().join("excel.csv");
    std::fs::write(&path, &out).unwrap();
    let (back, r) = office_import(dir.path(), &path, &OfficeOptions::default());
    r.unwrap();
    assert!(export(&back) == want);
}

#[test]
fn the_findings_as_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("demo.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let opts =
        jalga_core::audit::AuditOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    let report =
        jalga_core::audit::run(&store, &opts, &std::sync::atomic::AtomicBool::new(false)).unwrap();
    assert!(!report.findings.is_empty());
    let path = dir.path().join("findings.xlsx");
    let mut out = Vec::new();
    xlsx_export::export_findings_xlsx(&report, Lang::Kk, &mut out).unwrap();
    std::fs::write(&path, &out).unwrap();
    let mut wb = open_workbook_auto(&path).unwrap();
    let range = wb.worksheet_range("Бұзушылықтар").unwrap();
    assert_eq!(range.height(), report.findings.len() + 1);
    let head: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(head[0], "Бұзушылық");
    let first = &report.findings[0];
    let row = range.rows().nth(1).unwrap();
    assert_eq!(row[3].to_string(), first.subject.id);
    assert_eq!(row[8].to_string(), first.summary.render(Lang::Kk));
    if first.date.is_some() {
        assert!(matches!(row[6], Data::DateTime(_)));
    }
}
