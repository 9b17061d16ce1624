//! The clerk's audit on a generated city: every planted violation found,
//! nothing found on the clean part; order, filters, cancellation, CSV.

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use chrono::NaiveDate;
use jalga_core::audit::{self, AuditOptions, AuditReport, FindingKind, Severity};
use jalga_core::interchange::city::{generate_into, CityManifest, CityParams};
use jalga_core::{Lang, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// One small city shared by the tests (generation is the slow part).
fn city() -> &'static (tempfile::TempDir, CityManifest, AuditReport) {
    static CITY: OnceLock<(tempfile::TempDir, CityManifest, AuditReport)> = OnceLock::new();
    CITY.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("city.sqlite")).unwrap();
        let manifest = generate_into(
            &mut store,
            &CityParams {
                people: 6_000,
                seed: 7,
                today: today(),
            },
        )
        .unwrap();
        let report =
            audit::run(&store, &AuditOptions::new(today()), &AtomicBool::new(false)).unwrap();
        (dir, manifest, report)
    })
}

fn open() -> Store {
    Store::open(&city().0.path().join("city.sqlite")).unwrap()
}

#[test]
fn every_planted_violation_is_found_and_nothing_else_per_kind() {
    let (_, manifest, report) = city();
    assert!(manifest.people >= 6_000);
    for kind in FindingKind::ALL {
        let planted: BTreeSet<&str> = manifest
            .planted
            .iter()
            .find(|p| p.kind == kind)
            .map(|p| p.subjects.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let found: BTreeSet<&str> = report
            .findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.subject.id.as_str())
            .collect();
        assert!(!planted.is_empty(), "{kind:?}: nothing planted");
        let missed: Vec<_> = planted.difference(&found).collect();
        let false_alarms: Vec<_> = found.difference(&planted).collect();
        assert!(missed.is_empty(), "{kind:?}: missed {missed:?}");
        assert!(
            false_alarms.is_empty(),
            "{kind:?}: false alarms {false_alarms:?}: {:#?}",
            report
                .findings
                .iter()
                .filter(|f| f.kind == kind && false_alarms.contains(&&f.subject.id.as_str()))
                .take(3)
                .map(|f| f.summary.render(Lang::En))
                .collect::<Vec<_>>()
        );
    }
    assert_eq!(report.findings.len() as u64, manifest.planted_total());
    let total = report.counts.last().unwrap();
    assert_eq!(total.kind, None);
    assert_eq!(u64::from(total.total), manifest.planted_total());
}

#[test]
fn the_rubber_flat_tops_the_list_with_its_numbers() {
    let (_, manifest, report) = city();
    let top = &report.findings[0];
    assert_eq!(top.kind, FindingKind::Overcrowded);
    assert_eq!(top.subject.id, manifest.rubber_flat);
    assert_eq!(top.severity, Severity::Critical);
    let text = top.summary.render(Lang::En);
    assert!(text.contains("937"), "{text}");
    assert!(text.contains("35.7"), "{text}");
    // The explanation carries the rule's source.
    let all: Vec<String> = top.explanation.iter().map(|m| m.render(Lang::Ru)).collect();
    assert!(all.iter().any(|l| l.contains("маслихат")), "{all:?}");
    // Worst first within the kind.
    let scores: Vec<f64> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Overcrowded)
        .map(|f| f.score)
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn findings_explain_themselves_in_every_language() {
    let (_, _, report) = city();
    for kind in FindingKind::ALL {
        let f = report.findings.iter().find(|f| f.kind == kind).unwrap();
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            for m in std::iter::once(&f.summary).chain(&f.explanation) {
                let text = m.render(lang);
                assert!(!text.contains("{"), "{kind:?} {lang:?}: {text}");
                assert!(!text.is_empty());
            }
        }
        // Every explanation ends with (or contains) a source line.
        assert!(
            f.explanation.iter().any(|m| m.id == "rule-source"),
            "{kind:?} has no source"
        );
    }
}

/// Which findings of the full audit a filtered one must give.
type Keep = Box<dyn Fn(&audit::Finding) -> bool>;

#[test]
fn filters_by_kind_district_date_and_severity() {
    let (_, _, full) = city();
    let store = open();
    let no = AtomicBool::new(false);
    let cases: Vec<(AuditOptions, Keep)> = vec![
        (
            AuditOptions {
                kinds: vec![FindingKind::Overstay, FindingKind::NoLease],
                ..AuditOptions::new(today())
            },
            Box::new(|f| matches!(f.kind, FindingKind::Overstay | FindingKind::NoLease)),
        ),
        (
            AuditOptions {
                district: Some("Есильский район".into()),
                ..AuditOptions::new(today())
            },
            Box::new(|f| f.district.as_deref() == Some("Есильский район")),
        ),
        (
            AuditOptions {
                min_severity: Some(Severity::High),
                ..AuditOptions::new(today())
            },
            Box::new(|f| f.severity >= Severity::High),
        ),
        (
            AuditOptions {
                from: NaiveDate::from_ymd_opt(2026, 6, 1),
                to: NaiveDate::from_ymd_opt(2026, 9, 30),
                ..AuditOptions::new(today())
            },
            Box::new(|f| {
                f.date.is_none_or(|d| {
                    d >= NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
                        && d <= NaiveDate::from_ymd_opt(2026, 9, 30).unwrap()
                })
            }),
        ),
    ];
    for (opts, keep) in cases {
        let got = audit::run(&store, &opts, &no).unwrap();
        let expected: Vec<_> = full.findings.iter().filter(|f| keep(f)).collect();
        assert!(!expected.is_empty(), "{opts:?}: the case tests nothing");
        assert!(
            expected.len() < full.findings.len(),
            "{opts:?}: filters nothing"
        );
        assert_eq!(
            got.findings.iter().collect::<Vec<_>>(),
            expected,
            "{opts:?}"
        );
    }
}

#[test]
fn another_preset_changes_overcrowding_only() {
    let store = open();
    let opts = AuditOptions {
        preset: "kz-none".into(),
        kinds: vec![FindingKind::Overcrowded],
        ..AuditOptions::new(today())
    };
    let r = audit::run(&store, &opts, &AtomicBool::new(false)).unwrap();
    assert!(r.findings.is_empty(), "no norm, no overcrowding");
    let bad = AuditOptions {
        preset: "nowhere".into(),
        ..AuditOptions::new(today())
    };
    let err = audit::run(&store, &bad, &AtomicBool::new(false)).unwrap_err();
    assert_eq!(err.code(), "invalid");
}

#[test]
fn a_cancelled_audit_stops_with_an_error() {
    let store = open();
    let err = audit::run(&store, &AuditOptions::new(today()), &AtomicBool::new(true)).unwrap_err();
    assert!(format!("{err:?}").contains("audit-cancelled"));
}

#[test]
fn findings_export_as_csv_with_the_documented_columns() {
    let (_, _, report) = city();
    let mut out = Vec::new();
    audit::export::write_csv(report, Lang::Ru, &mut out).unwrap();
    let mut rd = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, audit::export::FINDING_COLUMNS);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), report.findings.len());
    assert_eq!(&rows[0][0], "overcrowded");
    assert!(rows[0][8].contains("937"));
    assert!(rows[0][9].contains("Источник"));
}

#[test]
fn a_clean_city_part_alone_has_no_findings() {
    // The same generator with nothing planted is not offered, so check the
    // converse: removing the planted subjects' records leaves no findings of
    // the per-person kinds.
    let (_, manifest, report) = city();
    let planted: BTreeSet<&str> = manifest
        .planted
        .iter()
        .flat_map(|p| p.subjects.iter().map(String::as_str))
        .collect();
    assert!(report
        .findings
        .iter()
        .all(|f| planted.contains(f.subject.id.as_str())));
}

#[test]
fn documents_are_checked_against_the_store_by_pdf_and_by_code() {
    use jalga_core::audit::issued::{self, StoreCheck};
    use jalga_core::documents::{self, DocKind, DocLang};
    use jalga_core::interchange::{self, demo::demo_bundle};

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let lease = "l-abay-2026";
    let at = NaiveDate::from_ymd_opt(2026, 11, 20)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let data = documents::from_store::document_data(&store, DocKind::Agreement, lease).unwrap();
    let issued =
        issued::record_issued(&store, DocKind::Agreement, lease, DocLang::Ru, &data, at).unwrap();
    let pdf = documents::render(DocKind::Agreement, &data, DocLang::Ru).unwrap();
    // The code printed on the PDF is the one recorded.
    assert_eq!(
        documents::verify(&pdf).code.as_deref(),
        Some(issued.code.as_str())
    );

    let state = |c: &StoreCheck| match c {
        StoreCheck::Intact { .. } => "intact".to_owned(),
        StoreCheck::Altered { what, .. } => format!("altered:{}", what.join(",")),
        StoreCheck::Unknown { reason } => format!("unknown:{reason}"),
    };
    let typed = issued.code.to_lowercase().replace('-', " ");
    // A file whose recorded hash was changed.
    let tampered = {
        let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        doc.get_dictionary_mut(info)
            .unwrap()
            .set("JalgaSHA256", lopdf::Object::string_literal("00"));
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    };
    let cases: Vec<(&str, StoreCheck, &str)> = vec![
        (
            "pdf",
            issued::verify_pdf_against_store(&store, &pdf).unwrap(),
            "intact",
        ),
        (
            "typed code",
            issued::verify_code(&store, &typed).unwrap(),
            "intact",
        ),
        (
            "unknown code",
            issued::verify_code(&store, "AAAA-BBBB-CCCC").unwrap(),
            "unknown:code-unknown",
        ),
        (
            "not a pdf",
            issued::verify_pdf_against_store(&store, b"%PDF-1.7 nothing").unwrap(),
            "unknown:not-jalga",
        ),
    ];
    for (what, got, expected) in &cases {
        assert_eq!(state(got), *expected, "{what}");
    }
    let t = issued::verify_pdf_against_store(&store, &tampered).unwrap();
    assert!(
        state(&t).starts_with("altered:") || state(&t) == "unknown:not-jalga",
        "{t:?}"
    );

    // The store's data changes after the document was issued.
    store
        .conn()
        .execute("UPDATE lease SET rent = rent + 1000 WHERE id = ?1", [lease])
        .unwrap();
    assert_eq!(
        state(&issued::verify_pdf_against_store(&store, &pdf).unwrap()),
        "altered:terms.rent"
    );
    assert_eq!(
        state(&issued::verify_code(&store, &issued.code).unwrap()),
        "altered:terms.rent"
    );
    // A document about a lease this store does not have.
    let other = tempfile::tempdir().unwrap();
    let empty = Store::open(&other.path().join("e.sqlite")).unwrap();
    assert_eq!(
        state(&issued::verify_pdf_against_store(&empty, &pdf).unwrap()),
        "unknown:subject-unknown"
    );
}

#[test]
fn the_audit_report_pdf_has_its_tables_and_charts_and_extracts() {
    use jalga_core::documents::DocLang;
    let (_, _, report) = city();
    let pdf = audit::report_pdf::render(report, DocLang::KkRu).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        // Kazakh and Russian titles, with the Kazakh letters intact.
        "Тіркеулерді тексеру есебі",
        "Отчёт о проверке регистраций",
        // The summary table and both charts, in both languages.
        "Бұзушылықтар түрі және дәрежесі бойынша",
        "Нарушения по видам и степени",
        "Нарушения по видам",
        "Самые перенаселённые жилища",
        // The rubber flat, with its numbers.
        "937",
        "35.7",
        "Адам саны шектен тыс тұрғын үй",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
    // Fonts are embedded subsets.
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").ok())
        .filter_map(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|n| n.contains('+')), "{names:?}");
    // One language alone has half the pages.
    let ru = audit::report_pdf::render(report, DocLang::Ru).unwrap();
    let pages = |b: &[u8]| lopdf::Document::load_mem(b).unwrap().get_pages().len();
    assert_eq!(pages(&pdf), 2 * pages(&ru));
}

#[test]
fn an_encrypted_store_audits_exactly_like_the_same_store_unencrypted() {
    use jalga_core::store::{change_passphrase, OpenOptions, Passphrase};
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.sqlite");
    let secret = dir.path().join("secret.sqlite");
    {
        let mut store = Store::open(&plain).unwrap();
        let params = CityParams {
            people: 2_000,
            seed: 11,
            today: today(),
        };
        generate_into(&mut store, &params).unwrap();
    }
    std::fs::copy(&plain, &secret).unwrap();
    let key = Passphrase::new("a city under lock").unwrap();
    change_passphrase(&secret, None, Some(&key)).unwrap();
    let opts = AuditOptions::new(today());
    let run = |store: &Store| audit::run(store, &opts, &AtomicBool::new(false)).unwrap();
    let expected = run(&Store::open(&plain).unwrap());
    let encrypted = Store::open_with(
        &secret,
        &OpenOptions {
            passphrase: Some(key),
            actor: None,
        },
    )
    .unwrap();
    assert!(encrypted.encrypted());
    let got = run(&encrypted);
    assert!(!expected.findings.is_empty());
    assert_eq!(got, expected);
}

/// Readers from one call see one state: a commit made after they were
/// handed out is seen by none of them, while a fresh connection sees it.
#[test]
fn snapshot_readers_share_one_state_while_writers_go_on() {
    use jalga_core::domain::Property;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let mut store = Store::open(&path).unwrap();
    jalga_core::interchange::write_bundle(
        &mut store,
        &jalga_core::interchange::demo::demo_bundle(),
    )
    .unwrap();
    let count = |c: &rusqlite::Connection| -> i64 {
        c.query_row("SELECT count(*) FROM property", [], |r| r.get(0))
            .unwrap()
    };
    let before = count(store.conn());
    let readers = store.snapshot_readers(3).unwrap();
    assert_eq!(readers.len(), 3);
    let mut other: Property = store.list::<Property>().unwrap().remove(0);
    other.id = "snapshot-extra".into();
    let mut writer = Store::open(&path).unwrap();
    writer.put_all(&[other]).unwrap();
    assert_eq!(count(writer.conn()), before + 1);
    for r in &readers {
        assert_eq!(count(r), before);
    }
}

/// While another connection holds the write lock (a long import), the audit
/// still runs, on one reader, and gives the same answer.
#[test]
fn an_audit_runs_while_another_writer_holds_the_lock() {
    let (dir, _, report) = city();
    let path = dir.path().join("city.sqlite");
    let lock = rusqlite::Connection::open(&path).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    let store = Store::open(&path).unwrap();
    store
        .conn()
        .busy_timeout(std::time::Duration::from_millis(1))
        .unwrap();
    let readers = store.snapshot_readers(4).unwrap();
    assert_eq!(readers.len(), 1);
    drop(readers);
    let again = audit::run(&store, &AuditOptions::new(today()), &AtomicBool::new(false)).unwrap();
    lock.execute_batch("ROLLBACK").unwrap();
    assert_eq!(&again, report);
}
