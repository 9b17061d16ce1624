//! The clerk's audit on a generated city: every planted violation found,
//! nothing found on the clean part; order, filters, cancellation, CSV.

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use chrono::NaiveDate;
use jalga_core::audit::{self, AuditOptions, AuditReport, FindingKind, Severity};
use jalga_core::{Lang, Store};
use jalga_testkit::city::{generate_into, CityManifest, CityParams};

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
    use jalga_core::interchange::{self};
    use jalga_testkit::demo::demo_bundle;

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
        .raw_connection()
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

// ---- the law's cases on a hand-made store ----

mod law {
    use super::*;
    use jalga_core::domain::{
        Lease, LeaseLanguage, Occupant, Person, PersonKind, Property, Registration,
        RegistrationKind, RegistrationStatus, Relation,
    };
    use jalga_core::ident::Sex;
    use jalga_testkit::demo::make_iin;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dwelling(id: &str, useful: f64) -> Property {
        Property {
            id: id.into(),
            region: "Astana".into(),
            city: "Astana".into(),
            district: Some("Esil".into()),
            street: format!("Street {id}"),
            building: "1".into(),
            flat: None,
            kato: None,
            rka: None,
            cadastral_number: None,
            total_area: useful + 5.0,
            useful_area: useful,
            living_area: useful,
            rooms: 2,
            floor: None,
        }
    }

    fn citizen(id: &str, birth: &str, serial: u32) -> Person {
        let birth = d(birth);
        Person {
            id: id.into(),
            kind: PersonKind::Citizen,
            iin: Some(make_iin(birth, Sex::Female, serial)),
            surname: "Omarova".into(),
            given_name: id.replace(|c: char| !c.is_alphabetic(), ""),
            birth_date: birth,
            sex: Sex::Female,
            ..Default::default()
        }
    }

    fn reg(
        id: &str,
        person: &str,
        at: &str,
        kind: RegistrationKind,
        from: &str,
        to: Option<&str>,
    ) -> Registration {
        Registration {
            id: id.into(),
            person_id: person.into(),
            property_id: at.into(),
            kind,
            status: RegistrationStatus::Registered,
            date_from: d(from),
            date_to: to.map(d),
            consent_by: Some("owner".into()),
            consent_date: Some(d(from)),
            submitted_on: Some(d(from)),
            ..Default::default()
        }
    }

    /// Runs the audit of the given kinds on a fresh store holding `people`,
    /// `dwellings` and `regs`.
    fn audit_of(
        people: &[Person],
        dwellings: &[Property],
        regs: &[Registration],
        leases: &[Lease],
        occupants: &[Occupant],
        kinds: &[FindingKind],
    ) -> AuditReport {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("law.sqlite")).unwrap();
        store.put_all(dwellings).unwrap();
        store.put_all(people).unwrap();
        store.put_all(leases).unwrap();
        store.put_all(occupants).unwrap();
        store.put_all(regs).unwrap();
        audit::run(
            &store,
            &AuditOptions {
                kinds: kinds.to_vec(),
                ..AuditOptions::new(today())
            },
            &AtomicBool::new(false),
        )
        .unwrap()
    }

    use RegistrationKind::{Permanent, Temporary};

    #[test]
    fn permanent_at_home_and_temporary_where_one_stays_is_no_double_registration() {
        let r = audit_of(
            &[citizen("p1", "1990-03-04", 11)],
            &[dwelling("home", 60.0), dwelling("rented", 60.0)],
            &[
                reg("r1", "p1", "home", Permanent, "2015-01-10", None),
                reg(
                    "r2",
                    "p1",
                    "rented",
                    Temporary,
                    "2026-09-01",
                    Some("2027-02-28"),
                ),
            ],
            &[],
            &[],
            &[FindingKind::DoubleRegistration],
        );
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn two_overlapping_temporary_registrations_at_two_dwellings_are_a_finding() {
        let r = audit_of(
            &[citizen("p2", "1991-04-05", 12)],
            &[
                dwelling("a", 60.0),
                dwelling("b", 60.0),
                dwelling("home", 60.0),
            ],
            &[
                reg("r0", "p2", "home", Permanent, "2010-01-01", None),
                reg("r1", "p2", "a", Temporary, "2026-06-01", Some("2026-12-01")),
                reg("r2", "p2", "b", Temporary, "2026-09-01", Some("2027-03-01")),
            ],
            &[],
            &[],
            &[FindingKind::DoubleRegistration],
        );
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.subject.id, "p2");
        assert_eq!(f.related, ["r1", "r2"]);
        let text = f.summary.render(Lang::En);
        assert!(text.contains("two temporary registrations"), "{text}");
    }

    #[test]
    fn moving_on_the_day_the_other_ends_is_no_double_registration() {
        let r = audit_of(
            &[citizen("p2", "1991-04-05", 12)],
            &[dwelling("a", 60.0), dwelling("b", 60.0)],
            &[
                reg("r1", "p2", "a", Temporary, "2026-03-01", Some("2026-09-01")),
                reg("r2", "p2", "b", Temporary, "2026-09-01", Some("2027-03-01")),
            ],
            &[],
            &[],
            &[FindingKind::DoubleRegistration],
        );
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn two_person_records_with_one_iin_are_one_person() {
        let first = citizen("p3a", "1985-07-08", 13);
        let second = Person {
            id: "p3b".into(),
            given_name: "Other".into(),
            ..first.clone()
        };
        let r = audit_of(
            &[first, second, citizen("p4", "1985-07-08", 14)],
            &[dwelling("a", 60.0), dwelling("b", 60.0)],
            &[
                reg("r1", "p3a", "a", Permanent, "2020-01-01", None),
                reg("r2", "p3b", "b", Permanent, "2026-05-01", None),
            ],
            &[],
            &[],
            &[
                FindingKind::DuplicatePerson,
                FindingKind::DoubleRegistration,
            ],
        );
        let dup: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::DuplicatePerson)
            .collect();
        assert_eq!(dup.len(), 1, "{:?}", r.findings);
        assert_eq!(dup[0].subject.id, "p3a");
        assert_eq!(dup[0].related, ["p3b"]);
        assert_eq!(dup[0].severity, Severity::Medium);
        // Their two permanent registrations are one person's double one.
        let double: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::DoubleRegistration)
            .collect();
        assert_eq!(double.len(), 1, "{:?}", r.findings);
        assert!(double[0].related.contains(&"p3b".to_owned()));
        assert!(double[0]
            .explanation
            .iter()
            .any(|m| m.id == "audit-double-same-iin"));
    }

    #[test]
    fn no_lease_is_a_low_indicator_and_spares_people_on_a_lease_of_the_dwelling() {
        let owner_tenant = citizen("own", "1970-01-02", 15);
        let grandchild = citizen("gch", "2005-02-03", 16);
        let stranger = citizen("str", "1995-02-03", 17);
        let lease = Lease {
            id: "l1".into(),
            property_id: "a".into(),
            landlord_id: "own".into(),
            tenant_id: "own".into(),
            start_date: d("2026-01-01"),
            rent: 1,
            deposit: 0,
            payment_day: 1,
            utilities: "-".into(),
            language: LeaseLanguage::Ru,
            ..Default::default()
        };
        let r = audit_of(
            &[owner_tenant, grandchild, stranger],
            &[dwelling("a", 80.0)],
            &[
                reg(
                    "r1",
                    "gch",
                    "a",
                    Temporary,
                    "2026-02-01",
                    Some("2026-12-01"),
                ),
                reg(
                    "r2",
                    "str",
                    "a",
                    Temporary,
                    "2026-02-01",
                    Some("2026-12-01"),
                ),
            ],
            &[lease],
            &[Occupant {
                lease_id: "l1".into(),
                person_id: "gch".into(),
                relation: Relation::Grandchild,
            }],
            &[FindingKind::NoLease],
        );
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.subject.id, "r2");
        assert_eq!(f.severity, Severity::Low);
        assert!(f.summary.render(Lang::En).contains("no lease on file"));
        assert!(f
            .summary
            .render(Lang::Ru)
            .contains("договора найма в базе нет"));
    }

    #[test]
    fn a_child_under_14_is_not_expected_to_register() {
        let mut child = reg("r1", "kid", "a", Permanent, "2026-03-01", None);
        child.status = RegistrationStatus::Draft;
        child.submitted_on = None;
        let mut adult = reg("r2", "mum", "a", Permanent, "2026-03-01", None);
        adult.status = RegistrationStatus::Draft;
        adult.submitted_on = None;
        let r = audit_of(
            &[
                citizen("kid", "2016-05-06", 18),
                citizen("mum", "1988-05-06", 19),
            ],
            &[dwelling("a", 80.0)],
            &[child, adult],
            &[],
            &[],
            &[FindingKind::LateRegistration],
        );
        let subjects: Vec<&str> = r.findings.iter().map(|f| f.subject.id.as_str()).collect();
        assert_eq!(subjects, ["r2"]);
        // The finding names who was late and the articles.
        let lines: Vec<String> = r.findings[0]
            .explanation
            .iter()
            .map(|m| m.render(Lang::En))
            .collect();
        assert!(
            lines
                .iter()
                .any(|l| l.contains("the resident") && l.contains("492, 493")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_late_notice_names_who_was_late_and_the_article_by_regime() {
        use jalga_core::domain::{ForeignerNotice, NoticeStatus};
        let host = citizen("host", "1970-01-02", 20);
        let foreigner = |id: &str, country: &str, entry: &str| Person {
            kind: PersonKind::Foreigner,
            iin: None,
            passport_number: Some("E1234567".into()),
            citizenship: Some(country.into()),
            entry_date: Some(d(entry)),
            ..citizen(id, "1990-01-01", 0)
        };
        let notice = |id: &str, person: &str, arrival: &str, filed: &str| ForeignerNotice {
            id: id.into(),
            person_id: person.into(),
            property_id: "a".into(),
            host_id: "host".into(),
            arrival_date: d(arrival),
            status: NoticeStatus::Sent,
            filed_on: Some(d(filed)),
        };
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("law.sqlite")).unwrap();
        store.put_all(&[dwelling("a", 80.0)]).unwrap();
        store
            .put_all(&[
                host,
                foreigner("wang", "CHN", "2026-03-02"),
                foreigner("aziz", "UZB", "2026-07-01"),
            ])
            .unwrap();
        store
            .put_all(&[
                // Before July 2026: the host's 3 working days, filed 11 days late.
                notice("n1", "wang", "2026-03-02", "2026-03-16"),
                // From July 2026: the immigrant's 30 days, filed 5 days late.
                notice("n2", "aziz", "2026-07-01", "2026-08-05"),
            ])
            .unwrap();
        let r = audit::run(
            &store,
            &AuditOptions {
                kinds: vec![FindingKind::LateNotice],
                ..AuditOptions::new(today())
            },
            &AtomicBool::new(false),
        )
        .unwrap();
        let by_id = |id: &str| {
            r.findings
                .iter()
                .find(|f| f.subject.id == id)
                .unwrap_or_else(|| panic!("no finding for {id}: {:?}", r.findings))
        };
        let lines = |f: &jalga_core::audit::Finding| -> String {
            f.explanation
                .iter()
                .map(|m| m.render(Lang::En))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let host_late = by_id("n1");
        assert!(host_late
            .summary
            .render(Lang::En)
            .contains("the host's notice filed 11 days"));
        let text = lines(host_late);
        assert!(
            text.contains("Late: the host; liable under CAO art. 518"),
            "{text}"
        );
        assert!(text.contains("part 1: a warning"), "{text}");
        let immigrant_late = by_id("n2");
        assert!(immigrant_late
            .summary
            .render(Lang::En)
            .contains("the immigrant's registration filed 5 days"));
        let text = lines(immigrant_late);
        assert!(
            text.contains("Late: the immigrant; liable under CAO art. 517"),
            "{text}"
        );
        assert!(text.contains("not confirmed"), "{text}");
    }

    #[test]
    fn the_astana_norm_does_not_judge_registrations_before_its_start() {
        let people: Vec<Person> = (0..4)
            .map(|i| citizen(&format!("n{i}"), "1990-01-01", 30 + i))
            .collect();
        let before: Vec<Registration> = (0..4)
            .map(|i| {
                reg(
                    &format!("r{i}"),
                    &format!("n{i}"),
                    "a",
                    Permanent,
                    "2026-07-31",
                    None,
                )
            })
            .collect();
        let r = audit_of(
            &people,
            &[dwelling("a", 30.0)],
            &before,
            &[],
            &[],
            &[FindingKind::Overcrowded],
        );
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        // One of them registered on the first day: judged, and the
        // explanation says the start date is not confirmed.
        let mut after = before.clone();
        after[3].date_from = d("2026-08-01");
        let r = audit_of(
            &people,
            &[dwelling("a", 30.0)],
            &after,
            &[],
            &[],
            &[FindingKind::Overcrowded],
        );
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        let ids: Vec<&str> = r.findings[0]
            .explanation
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert!(ids.contains(&"norm-effective-unconfirmed"), "{ids:?}");
        assert!(ids.contains(&"norm-grandfathered"), "{ids:?}");
        for lang in Lang::ALL {
            let text: Vec<String> = r.findings[0]
                .explanation
                .iter()
                .map(|m| m.render(lang))
                .collect();
            // The day in each language's own form.
            let day = jalga_core::typed_day::format_day("2026-08-01".parse().unwrap(), lang);
            assert!(text.iter().any(|t| t.contains(&day)), "{lang}: {text:?}");
        }
    }
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
    jalga_core::interchange::write_bundle(&mut store, &jalga_testkit::demo::demo_bundle()).unwrap();
    let before = store.count::<Property>().unwrap();
    let readers = store.snapshots(3).unwrap();
    assert_eq!(readers.len(), 3);
    let mut other: Property = store.list::<Property>().unwrap().remove(0);
    other.id = "snapshot-extra".into();
    let mut writer = Store::open(&path).unwrap();
    writer.put_all(&[other]).unwrap();
    assert_eq!(writer.count::<Property>().unwrap(), before + 1);
    for r in &readers {
        assert_eq!(r.counts().unwrap().dwellings, before);
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
        .raw_connection()
        .busy_timeout(std::time::Duration::from_millis(1))
        .unwrap();
    let readers = store.snapshots(4).unwrap();
    assert_eq!(readers.len(), 1);
    drop(readers);
    let again = audit::run(&store, &AuditOptions::new(today()), &AtomicBool::new(false)).unwrap();
    lock.execute_batch("ROLLBACK").unwrap();
    assert_eq!(&again, report);
}
