//! The documents of template version 2 follow eGov's procedure: one
//! application sheet per registrant aged 14 or over, one consent per owner,
//! the registration capped at the lease's end, a foreigner's sheet by the
//! regime of the arrival date, the handover act; and documents made by the
//! previous release still verify.
//!
//! Expected values come from the procedure (docs/documents/README.md), not
//! from the code's output.

use std::io::Write;
use std::process::Command;

use chrono::NaiveDate;
use jalga_core::documents::procedure::{self, ForeignerRegime};
use jalga_core::documents::{
    render, verify, Application, BankDetails, DocKind, DocLang, DocumentData, Occupant, Owner,
    RegistrationReason, SignatureMethod,
};
use jalga_core::domain::Relation;

fn sample(name: &str) -> DocumentData {
    let text = match name {
        "lease-astana.json" => include_str!("../../../assets/samples/lease-astana.json"),
        "foreigner-almaty.json" => include_str!("../../../assets/samples/foreigner-almaty.json"),
        "foreigner-shymkent.json" => {
            include_str!("../../../assets/samples/foreigner-shymkent.json")
        }
        other => panic!("no sample {other}"),
    };
    serde_json::from_str(text).expect("the sample parses")
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

/// pdftotext's text with whitespace collapsed; None when it is not installed.
fn text_of(pdf: &[u8]) -> Option<String> {
    let mut file = tempfile::NamedTempFile::new().expect("a temp file");
    file.write_all(pdf).expect("write");
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success(), "pdftotext failed");
    let t = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn qpdf_check(pdf: &[u8]) {
    let mut file = tempfile::NamedTempFile::new().expect("a temp file");
    file.write_all(pdf).expect("write");
    let Ok(out) = Command::new("qpdf")
        .arg("--check")
        .arg(file.path())
        .output()
    else {
        eprintln!("qpdf is not installed: skipped");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "qpdf --check failed: {text}");
    assert!(
        text.contains("No syntax or stream encoding errors"),
        "{text}"
    );
}

fn occupant(name: &str, iin: &str, birth: &str, relation: Relation) -> Occupant {
    Occupant {
        name: name.into(),
        iin: Some(iin.into()),
        passport: None,
        birth_date: day(birth),
        relation,
        application: Some(Application {
            reason: Some(RegistrationReason::Lease),
            signature: Some(SignatureMethod::Eds),
            phone: None,
            parent: None,
        }),
    }
}

/// A tenant, their spouse and their ten-year-old, none of them an owner.
fn family_of_three() -> DocumentData {
    let mut d = sample("lease-astana.json");
    d.occupants = vec![
        occupant(
            "Жұмабаев Арман Ержанұлы",
            "880315300011",
            "1988-03-15",
            Relation::Tenant,
        ),
        occupant(
            "Жұмабаева Сәуле Маратқызы",
            "900204400018",
            "1990-02-04",
            Relation::Spouse,
        ),
        occupant(
            "Жұмабаев Әлихан Арманұлы",
            "151120500013",
            "2015-11-20",
            Relation::Child,
        ),
    ];
    d.registration.as_mut().unwrap().people = vec![0, 1, 2];
    d
}

#[test]
fn a_child_a_tenant_and_a_spouse_give_two_sheets_neither_an_owner() {
    let d = family_of_three();
    let sheets = procedure::sheets(&d);
    assert_eq!(sheets.len(), 2, "the ten-year-old files no application");
    assert_eq!(sheets[0].person, 0);
    assert_eq!(sheets[1].person, 1);
    assert!(sheets.iter().all(|s| !s.is_owner));
    // The child is on the tenant's (their parent's) sheet, not registered.
    assert_eq!(sheets[0].followers, vec![2]);
    assert!(sheets[1].followers.is_empty());
    // Everyone's application waits for the one owner's consent.
    assert!(sheets.iter().all(|s| s.approvers == vec![0]));

    for (lang, not_owner, sheet_of, child_status) in [
        (
            DocLang::Ru,
            "не собственник жилища",
            ["(1 из 2)", "(2 из 2)"],
            "не регистрируется (младше 14 лет), следует за родителем",
        ),
        (
            DocLang::Kk,
            "тұрғынжайдың меншік иесі емес",
            ["(2 ішінен 1)", "(2 ішінен 2)"],
            "тіркелмейді (14 жасқа толмаған), ата-анасымен бірге",
        ),
    ] {
        let pdf = render(DocKind::RegistrationSheet, &d, lang).expect("renders");
        assert!(verify(&pdf).intact);
        qpdf_check(&pdf);
        let Some(text) = text_of(&pdf) else { return };
        assert_eq!(text.matches(not_owner).count(), 2, "{lang}: {text}");
        for s in sheet_of {
            assert!(text.contains(s), "{lang}: {s} missing");
        }
        assert!(!text.contains("(3 "), "{lang}: a third sheet");
        assert_eq!(text.matches(child_status).count(), 1, "{lang}");
        for name in [
            "Жұмабаев Арман Ержанұлы",
            "Жұмабаева Сәуле Маратқызы",
            "Жұмабаев Әлихан Арманұлы",
        ] {
            assert!(text.contains(name), "{lang}: {name}");
        }
        for iin in ["880315300011", "900204400018", "850312410006"] {
            assert!(text.contains(iin), "{lang}: {iin}");
        }
    }
}

#[test]
fn the_owner_registering_is_the_owner_on_their_own_sheet_only() {
    let mut d = family_of_three();
    // The spouse is the dwelling's second owner.
    d.dwelling.owners.push(Owner {
        name: "Жұмабаева Сәуле Маратқызы".into(),
        iin: Some("900204400018".into()),
        share: "1/2".into(),
        power_of_attorney: None,
    });
    d.dwelling.owners[0].share = "1/2".into();
    let sheets = procedure::sheets(&d);
    assert_eq!(
        sheets.iter().map(|s| s.is_owner).collect::<Vec<_>>(),
        vec![false, true]
    );
    // The tenant waits for both owners; the spouse for the other owner only.
    assert_eq!(sheets[0].approvers, vec![0, 1]);
    assert_eq!(sheets[1].approvers, vec![0]);
}

#[test]
fn a_fifteen_year_old_applies_through_a_parent() {
    let mut d = family_of_three();
    d.occupants[2].birth_date = day("2010-06-01");
    let sheets = procedure::sheets(&d);
    assert_eq!(sheets.len(), 3);
    assert_eq!(sheets[2].filed_by, Some(0));
    assert_eq!(sheets[0].filed_by, None);
}

#[test]
fn two_co_owners_give_two_consent_lines() {
    let mut d = sample("foreigner-almaty.json");
    d.occupants = family_of_three().occupants;
    d.registration = family_of_three().registration;
    assert_eq!(d.dwelling.owners.len(), 2);
    for (lang, owner_label, line) in [
        (DocLang::Ru, ["Собственник 1", "Собственник 2"], "подпись"),
        (DocLang::Kk, ["1-меншік иесі", "2-меншік иесі"], "қолы"),
    ] {
        let pdf = render(DocKind::Consent, &d, lang).expect("renders");
        assert!(verify(&pdf).intact);
        qpdf_check(&pdf);
        let Some(text) = text_of(&pdf) else { return };
        for l in owner_label {
            assert!(text.contains(l), "{lang}: {l} missing: {text}");
        }
        assert_eq!(
            text.matches(line).count(),
            2,
            "{lang}: one signature line per owner"
        );
        for s in [
            "Ибраев Ерлан Маратович",
            "Ибраева Гүлнұр Сәкенқызы",
            "820417300018",
            "870925400015",
            // The second owner consents through a representative.
            "2-1457",
            "18.06.2026",
        ] {
            assert!(text.contains(s), "{lang}: {s} missing");
        }
    }
    let text = render(DocKind::Consent, &d, DocLang::Ru)
        .ok()
        .and_then(|p| text_of(&p));
    if let Some(text) = text {
        assert!(text
            .contains("Юридически значимое согласие даёт каждый собственник на портале eGov.kz"));
    }
}

#[test]
fn twelve_months_from_5_february_end_on_4_february() {
    let mut d = sample("lease-astana.json");
    let r = d.registration.clone().unwrap();
    assert_eq!((r.start, r.months), (day("2026-02-05"), Some(12)));
    assert_eq!(d.terms.end, day("2027-02-04"));
    assert_eq!(
        procedure::registration_until(&r, &d.terms),
        Some(day("2027-02-04"))
    );
    // Never past the lease: six months from 6 July on a lease ending 31 December.
    let mut short = r.clone();
    short.start = day("2026-07-06");
    short.months = Some(6);
    d.terms.end = day("2026-12-31");
    assert_eq!(
        procedure::registration_until(&short, &d.terms),
        Some(day("2026-12-31"))
    );
    // One month from 31 January ends on 27 February (28 Feb minus a day).
    short.start = day("2026-01-31");
    short.months = Some(1);
    assert_eq!(
        procedure::registration_until(&short, &d.terms),
        Some(day("2026-02-27"))
    );
    let pdf = render(
        DocKind::RegistrationSheet,
        &sample("lease-astana.json"),
        DocLang::Ru,
    )
    .expect("renders");
    if let Some(text) = text_of(&pdf) {
        assert!(
            text.contains("2026/014, 04.02.2027) 05.02.2026 – 04.02.2027"),
            "{text}"
        );
        assert!(!text.contains("05.02.2027"), "the day after the lease");
    }
}

#[test]
fn an_invalid_iban_is_refused_with_its_reason() {
    let mut d = sample("lease-astana.json");
    d.landlord.bank = Some(BankDetails {
        iban: "KZ12601A861000123457".into(),
        bank: "АО «Народный банк Казахстана»".into(),
        bic: None,
    });
    let e = render(DocKind::Agreement, &d, DocLang::Ru).unwrap_err();
    assert_eq!(e.field(), Some("landlord.bank.iban"));
    let msg = e.to_string();
    assert!(msg.contains("iban-check-digits"), "{msg}");
    d.landlord.bank.as_mut().unwrap().iban = "KZ12601A86100012345".into();
    let e = render(DocKind::Agreement, &d, DocLang::Ru).unwrap_err();
    assert!(e.to_string().contains("iban-wrong-length"), "{e}");
}

#[test]
fn arrival_on_30_june_and_on_1_july_give_the_two_regimes() {
    assert_eq!(
        ForeignerRegime::on(day("2026-06-30")),
        ForeignerRegime::HostNotice
    );
    assert_eq!(
        ForeignerRegime::on(day("2026-07-01")),
        ForeignerRegime::ImmigrantApplication
    );
    let mut d = sample("foreigner-almaty.json");
    let mut texts = Vec::new();
    for arrival in ["2026-06-30", "2026-07-01"] {
        d.foreigner.as_mut().unwrap().arrival_date = day(arrival);
        let pdf = render(DocKind::ForeignerNotice, &d, DocLang::Ru).expect("renders");
        assert!(verify(&pdf).intact);
        texts.push(text_of(&pdf));
    }
    let (Some(before), Some(after)) = (&texts[0], &texts[1]) else {
        return;
    };
    assert!(before.contains("УВЕДОМЛЕНИЕ О ПРИБЫТИИ ИНОСТРАНЦА"));
    assert!(before.contains("vmp.gov.kz, портал eGov.kz или систему eQonaq"));
    assert!(before.contains("Номер визы"));
    assert!(!before.contains("ЗАЯВЛЕНИЕ ИММИГРАНТА"));
    assert!(after.contains("ЗАЯВЛЕНИЕ ИММИГРАНТА О РЕГИСТРАЦИИ"));
    assert!(after.contains("информационной системе миграционной полиции"));
    assert!(after.contains("Подтверждение собственников в мобильном приложении"));
    assert!(!after.contains("УВЕДОМЛЕНИЕ О ПРИБЫТИИ"));
}

/// Every new document in Kazakh and Russian gives back its names and
/// numbers through pdftotext, and passes qpdf --check.
#[test]
fn new_documents_round_trip_names_and_numbers() {
    let lease = sample("lease-astana.json");
    let almaty = sample("foreigner-almaty.json");
    let shymkent = sample("foreigner-shymkent.json");
    let cases: Vec<(DocKind, &DocumentData, Vec<&str>)> = vec![
        (
            DocKind::RegistrationSheet,
            &lease,
            vec![
                "Құрманов Ғалымжан Өмірұлы",
                "900723310006",
                "Өмірбекова Һәдия Қасымқызы",
                "601120410004",
                "0201300451873",
                "850312410006",
                "+7 702 118 90 35",
                "2026/014",
            ],
        ),
        (
            DocKind::Consent,
            &lease,
            vec![
                "Сейітқали Әлия Нұрланқызы",
                "850312410006",
                "0201300451873",
                "21:320:081:1542:18/2:87",
            ],
        ),
        (
            DocKind::HandoverAct,
            &lease,
            vec![
                "CE-0148826",
                "012457.3",
                "00318.42",
                "4.812",
                "2026/014",
                "Құрманов Ғалымжан Өмірұлы",
            ],
        ),
        (
            DocKind::Agreement,
            &lease,
            vec!["KZ12601A861000123456", "HSBKKZKX", "250 000", "2026/014"],
        ),
        (
            DocKind::ForeignerNotice,
            &shymkent,
            vec![
                "SHARMA",
                "Z7719034",
                "KZ0481775",
                "01.03.2026",
                "31.08.2026",
                "780512300014",
            ],
        ),
        (
            DocKind::ForeignerNotice,
            &almaty,
            vec![
                "RAKHIMOV",
                "FA1234567",
                "820417300018",
                "870925400015",
                "0200900312244",
            ],
        ),
    ];
    for (kind, data, wanted) in cases {
        for lang in [DocLang::Kk, DocLang::Ru] {
            let pdf = render(kind, data, lang).expect("renders");
            let v = verify(&pdf);
            assert!(v.intact, "{kind} {lang}: {:?}", v.failure);
            qpdf_check(&pdf);
            let Some(text) = text_of(&pdf) else { return };
            for w in &wanted {
                assert!(text.contains(w), "{kind} {lang}: {w:?} not in\n{text}");
            }
            assert!(!text.contains('{'), "{kind} {lang}: a raw placeholder");
        }
    }
}

#[test]
fn the_deposit_has_its_civil_code_name_and_the_verify_line_is_in_the_footer() {
    let pdf = render(
        DocKind::Agreement,
        &sample("lease-astana.json"),
        DocLang::KkRu,
    )
    .unwrap();
    let Some(text) = text_of(&pdf) else { return };
    assert!(text.contains("гарантийный взнос"));
    assert!(text.contains("кепілдік жарна"));
    assert!(!text.contains("залог"));
    assert!(!text.contains("(кепіл)"));
    assert!(text.contains("преимущественную силу имеет текст на казахском языке"));
    assert!(text.contains("непреодолимой силой"));
    assert!(!text.contains("можно проверить в программе Jalga"));
    assert!(
        text.contains("Код подтверждает соответствие текста данным, но не авторство документа.")
    );
}

/// PDFs made by the release before template versions (kept in
/// `tests/fixtures/v1/`) still verify: they are re-rendered with the
/// templates of version 1.
#[test]
fn documents_of_the_previous_release_still_verify() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut n = 0;
    let mut failed = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the fixtures") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "pdf") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let env = jalga_core::documents::attached_envelope(&bytes).unwrap();
        assert_eq!(env.template_version, 1, "{}", path.display());
        let v = verify(&bytes);
        if !v.intact {
            failed.push(format!("{}: {:?}", path.display(), v.failure));
        }
        n += 1;
    }
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(n >= 6, "the fixtures are gone: {n}");
}

#[test]
fn a_template_version_this_release_does_not_know_is_refused() {
    use jalga_core::documents::{render_envelope, Envelope, FontEmbedding};
    let env = Envelope::with_version(
        DocKind::Agreement,
        DocLang::Ru,
        sample("lease-astana.json"),
        3,
    );
    let e = render_envelope(&env, FontEmbedding::Subset).unwrap_err();
    assert_eq!(e.field(), Some("template_version"));
    // Version 1 has no handover act.
    let env = Envelope::with_version(
        DocKind::HandoverAct,
        DocLang::Ru,
        sample("lease-astana.json"),
        1,
    );
    let e = render_envelope(&env, FontEmbedding::Subset).unwrap_err();
    assert!(e.to_string().contains("doc-no-template"), "{e}");
    // The current version is recorded in a new document's data.
    let pdf = render(
        DocKind::Agreement,
        &sample("lease-astana.json"),
        DocLang::Ru,
    )
    .unwrap();
    let env = jalga_core::documents::attached_envelope(&pdf).unwrap();
    assert_eq!(
        env.template_version,
        jalga_core::documents::CURRENT_TEMPLATE_VERSION
    );
    assert_eq!(env.template_version, 2);
}
