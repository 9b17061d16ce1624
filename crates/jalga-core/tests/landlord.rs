//! The landlord app's core: transliteration and the lease wizard's norm
//! against case tables; lists, dwelling status, saving leases as draft or
//! ready (with a recorded override), form drafts, the dashboard and export.

use chrono::{NaiveDate, NaiveDateTime};
use jalga_core::documents::{verify, DocKind, DocLang};
use jalga_core::domain::{
    ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Owner, OwnerKind, PaymentMethod, Person,
    PersonKind, Property, Registration, RegistrationKind, RegistrationReason, RegistrationStatus,
    Relation, SigningMethod,
};
use jalga_core::ident::Sex;
use jalga_core::landlord::lease::{
    check_draft, readiness, save_lease, DraftOccupant, DraftRegistrant, LeaseDraft, LeaseState,
    NormOverride, SaveAs,
};
use jalga_core::landlord::translit::{transliterate, Direction};
use jalga_core::landlord::{dashboard, drafts, dwellings, export, people};
use jalga_core::rules::deadlines::DeadlineKind;
use jalga_core::rules::norm::NormVerdict;
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::make_iin;

pub(crate) fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub(crate) fn noon(s: &str) -> NaiveDateTime {
    date(s).and_hms_opt(12, 0, 0).unwrap()
}

fn rows(table: &str) -> Vec<(usize, Vec<&str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
        .collect()
}

#[test]
fn names_are_transliterated_by_the_tables() {
    let cases = rows(include_str!("cases/translit.tsv"));
    assert!(cases.len() >= 10);
    for (line, c) in cases {
        let direction = match c[1] {
            "lc" => Direction::LatinToCyrillic,
            "cl" => Direction::CyrillicToLatin,
            other => panic!("line {line}: direction {other}"),
        };
        assert_eq!(
            transliterate(c[0], direction),
            c[2],
            "line {line}: {}",
            c[0]
        );
    }
}

pub(crate) fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
    (dir, store)
}

pub(crate) fn property(id: &str, useful: f64) -> Property {
    Property {
        id: id.into(),
        region: "Astana".into(),
        city: "Astana".into(),
        district: None,
        street: format!("Street {id}"),
        building: "1".into(),
        flat: Some("5".into()),
        kato: None,
        rka: Some("1234567890".into()),
        cadastral_number: None,
        total_area: useful + 5.0,
        useful_area: useful,
        living_area: useful,
        rooms: 2,
        floor: Some(3),
    }
}

pub(crate) fn owner(property_id: &str, serial: u32) -> Owner {
    Owner {
        id: String::new(),
        property_id: property_id.into(),
        kind: OwnerKind::Person,
        iin_bin: make_iin(date("1970-05-05"), Sex::Male, serial),
        name: "Owner Ownerov".into(),
        share_numerator: 1,
        share_denominator: 1,
    }
}

pub(crate) fn citizen(id: &str, serial: u32) -> Person {
    let birth = date("1990-03-04");
    Person {
        id: id.into(),
        kind: PersonKind::Citizen,
        iin: Some(make_iin(birth, Sex::Female, serial)),
        surname: format!("Surname{}", "x".repeat(serial as usize % 3)),
        given_name: id.replace(|c: char| !c.is_alphabetic(), ""),
        birth_date: birth,
        sex: Sex::Female,
        ..Default::default()
    }
}

fn foreigner(id: &str) -> Person {
    Person {
        kind: PersonKind::Foreigner,
        iin: None,
        passport_number: Some("E12345678".into()),
        citizenship: Some("CHN".into()),
        surname_latin: Some("WANG".into()),
        given_name_latin: Some("LI".into()),
        entry_date: Some(date("2026-03-01")),
        purpose_of_stay: Some(jalga_core::domain::StayPurpose::Work),
        sex: Sex::Male,
        ..citizen(id, 0)
    }
}

pub(crate) fn draft(
    property_id: &str,
    owner_id: &str,
    tenant: &str,
    occupants: &[(&str, Relation)],
) -> LeaseDraft {
    LeaseDraft {
        property_id: Some(property_id.into()),
        landlord_owner_id: Some(owner_id.into()),
        tenant_id: Some(tenant.into()),
        occupants: occupants
            .iter()
            .map(|(p, r)| DraftOccupant {
                person_id: (*p).into(),
                relation: *r,
            })
            .collect(),
        start_date: "2026-03-02".into(),
        end_date: "2027-03-01".into(),
        rent: "250 000".into(),
        deposit: "250000".into(),
        payment_day: "5".into(),
        utilities: "The tenant pays by the meters".into(),
        language: Some(LeaseLanguage::KkRu),
        signed_on: "2026-02-27".into(),
        payment_method: Some(PaymentMethod::Cash),
        ..LeaseDraft::default()
    }
}

fn relation(s: &str) -> Relation {
    serde_json::from_value(serde_json::Value::String(s.into())).unwrap()
}

#[test]
fn the_wizard_checks_the_norm_live_for_everyone_who_would_live_there() {
    for (line, c) in rows(include_str!("cases/lease-norm.tsv")) {
        let (_dir, mut store) = store();
        let useful: f64 = c[0].parse().unwrap();
        let p = property("d1", useful);
        dwellings::save_dwelling(&mut store, &p, &[owner("d1", 1)]).unwrap();
        let mut occupants = Vec::new();
        let mut serial = 10;
        let tenant = citizen("tenant", 2);
        people::save_person(&mut store, &tenant).unwrap();
        for r in c[1].split(',').filter(|r| *r != "-") {
            serial += 1;
            let id = format!("occ{serial}");
            people::save_person(&mut store, &citizen(&id, serial)).unwrap();
            occupants.push((id, relation(r)));
        }
        // Registered without a lease: their relation is not known, so they count.
        for _ in c[2].split(',').filter(|r| *r != "-") {
            serial += 1;
            let id = format!("reg{serial}");
            people::save_person(&mut store, &citizen(&id, serial)).unwrap();
            store
                .put_all(&[Registration {
                    id: format!("r{serial}"),
                    person_id: id,
                    property_id: "d1".into(),
                    kind: RegistrationKind::Permanent,
                    status: RegistrationStatus::Registered,
                    date_from: date("2020-01-01"),
                    ..Default::default()
                }])
                .unwrap();
        }
        let occ: Vec<(&str, Relation)> = occupants.iter().map(|(p, r)| (p.as_str(), *r)).collect();
        // The Astana norm judges leases from its start (1 Aug 2026).
        let d = LeaseDraft {
            start_date: "2026-09-01".into(),
            end_date: "2027-08-31".into(),
            ..draft("d1", "d1-o1", "tenant", &occ)
        };
        let check = check_draft(&store, &d, date("2026-09-01")).unwrap();
        assert!(
            check.problems.is_empty(),
            "line {line}: {:?}",
            check.problems
        );
        let norm = check.norm.expect("a dwelling was chosen");
        let verdict = serde_json::to_value(norm.verdict).unwrap();
        assert_eq!(verdict, c[3], "line {line}: {:?}", norm.summary);
        assert_eq!(norm.counted.to_string(), c[4], "line {line}: counted");
        assert_eq!(
            norm.capacity.unwrap().to_string(),
            c[5],
            "line {line}: capacity"
        );
        assert_eq!(check.m2_per_person, Some(15.0));
    }
}

#[test]
fn an_incomplete_draft_says_what_is_missing_field_by_field() {
    let (_dir, store) = store();
    let d = LeaseDraft {
        start_date: "2026-13-01".into(),
        rent: "lots".into(),
        ..LeaseDraft::default()
    };
    let check = check_draft(&store, &d, date("2026-03-02")).unwrap();
    let fields: Vec<(&str, &str)> = check
        .problems
        .iter()
        .map(|v| (v.path.as_str(), v.message.id.as_str()))
        .collect();
    for want in [
        ("property_id", "landlord-choose-dwelling"),
        ("landlord_id", "landlord-choose-landlord"),
        ("tenant_id", "landlord-choose-tenant"),
        ("start_date", "landlord-bad-date"),
        ("end_date", "v-required"),
        ("rent", "landlord-bad-number"),
        ("payment_day", "v-required"),
    ] {
        assert!(fields.contains(&want), "{want:?} missing from {fields:?}");
    }
    assert!(check.norm.is_none());
}

/// A 30 m² flat (2 allowed), a tenant, another citizen and a foreigner.
pub(crate) fn scenario() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = store();
    fill_scenario(&mut store);
    (dir, store)
}

/// [`scenario`]'s records written into `store` (a file or a server).
pub(crate) fn fill_scenario(store: &mut Store) {
    dwellings::save_dwelling(store, &property("d1", 30.0), &[owner("d1", 1)]).unwrap();
    people::save_person(store, &citizen("tenant", 2)).unwrap();
    people::save_person(store, &citizen("partner", 3)).unwrap();
    people::save_person(store, &foreigner("guest")).unwrap();
}

#[test]
fn a_lease_the_norm_refuses_is_a_draft_unless_an_override_is_recorded() {
    let refused = [
        ("partner", Relation::Unrelated),
        ("guest", Relation::Unrelated),
    ];
    let fixed = [
        ("partner", Relation::Spouse),
        ("guest", Relation::Unrelated),
    ];
    let by = |who: &str, why: &str| NormOverride {
        by: who.into(),
        reason: why.into(),
        at: None,
    };
    // occupants, how saved, expected state (None: refused), override kept
    type Case<'a> = (&'a [(&'a str, Relation)], SaveAs, Option<LeaseState>, bool);
    let cases: Vec<Case> = vec![
        (&refused, SaveAs::Draft, Some(LeaseState::Draft), false),
        (
            &refused,
            SaveAs::Ready {
                norm_override: None,
            },
            None,
            false,
        ),
        (
            &refused,
            SaveAs::Ready {
                norm_override: Some(by(" ", "no reason")),
            },
            None,
            false,
        ),
        (
            &refused,
            SaveAs::Ready {
                norm_override: Some(by("A. Owner", " ")),
            },
            None,
            false,
        ),
        (
            &refused,
            SaveAs::Ready {
                norm_override: Some(by("A. Owner", "Court order 12")),
            },
            Some(LeaseState::Ready),
            true,
        ),
        (
            &fixed,
            SaveAs::Ready {
                norm_override: None,
            },
            Some(LeaseState::Ready),
            false,
        ),
        (&fixed, SaveAs::Draft, Some(LeaseState::Draft), false),
    ];
    for (i, (occ, save_as, want, kept)) in cases.into_iter().enumerate() {
        let (_dir, mut store) = scenario();
        let d = LeaseDraft {
            lease_id: Some("L1".into()),
            start_date: "2026-09-01".into(),
            end_date: "2027-08-31".into(),
            ..draft("d1", "d1-o1", "tenant", occ)
        };
        let got = save_lease(&mut store, &d, &save_as, noon("2026-09-01"));
        match want {
            None => {
                let e = got.expect_err(&format!("case {i}"));
                assert!(
                    matches!(&e, CoreError::Invalid { field, .. } if field == "norm_override"),
                    "case {i}: {e:?}"
                );
                assert_eq!(
                    store.count::<jalga_core::domain::Lease>().unwrap(),
                    0,
                    "case {i}: nothing written"
                );
            }
            Some(state) => {
                let saved = got.unwrap_or_else(|e| panic!("case {i}: {e:?}"));
                assert_eq!(saved.state, state, "case {i}");
                let again = readiness(&store, "L1").unwrap();
                assert_eq!(again, saved, "case {i}: read back");
                assert_eq!(again.norm_override.is_some(), kept, "case {i}");
                if kept {
                    let o = again.norm_override.unwrap();
                    assert_eq!(
                        (o.by.as_str(), o.reason.as_str()),
                        ("A. Owner", "Court order 12")
                    );
                    assert_eq!(o.at, Some(noon("2026-09-01")));
                    assert_eq!(again.norm_verdict, NormVerdict::NotAllowed);
                }
                // The tenant lives there too, and the owner became the landlord.
                let occupants = store
                    .list_where::<jalga_core::domain::Occupant>("lease_id", "L1")
                    .unwrap();
                assert_eq!(occupants.len(), 3, "case {i}");
                assert!(occupants
                    .iter()
                    .any(|o| o.person_id == "tenant" && o.relation == Relation::Tenant));
                let lease = store
                    .get::<jalga_core::domain::Lease>("L1")
                    .unwrap()
                    .unwrap();
                let landlord = store.get::<Person>(&lease.landlord_id).unwrap().unwrap();
                assert_eq!(
                    landlord.birth_date,
                    date("1970-05-05"),
                    "from the owner's IIN"
                );
            }
        }
    }
}

#[test]
fn only_a_ready_lease_exports_and_its_pdf_verifies() {
    let (dir, mut store) = scenario();
    let d = LeaseDraft {
        lease_id: Some("L1".into()),
        ..draft(
            "d1",
            "d1-o1",
            "tenant",
            &[
                ("partner", Relation::Unrelated),
                ("guest", Relation::Unrelated),
            ],
        )
    };
    save_lease(&mut store, &d, &SaveAs::Draft, noon("2026-03-02")).unwrap();
    let e = export::export_data(&store, "L1", DocKind::Agreement).unwrap_err();
    assert!(
        matches!(&e, CoreError::Invalid { message, .. } if message.id == "landlord-export-not-ready")
    );
    assert!(export::batch_plan(&store).unwrap().is_empty());

    let fixed = LeaseDraft {
        occupants: vec![
            DraftOccupant {
                person_id: "partner".into(),
                relation: Relation::Spouse,
            },
            DraftOccupant {
                person_id: "guest".into(),
                relation: Relation::Unrelated,
            },
        ],
        ..d
    };
    save_lease(
        &mut store,
        &fixed,
        &SaveAs::Ready {
            norm_override: None,
        },
        noon("2026-03-02"),
    )
    .unwrap();
    let data = export::export_data(&store, "L1", DocKind::Agreement).unwrap();
    let out = dir.path().join("docs");
    let path = export::write_pdf("L1", DocKind::Agreement, DocLang::KkRu, &data, &out).unwrap();
    assert_eq!(path.file_name().unwrap(), "L1-agreement-kk-ru.pdf");
    let verdict = verify(&std::fs::read(&path).unwrap());
    assert!(verdict.intact, "{verdict:?}");

    let plan = export::batch_plan(&store).unwrap();
    let kinds: Vec<DocKind> = plan.iter().map(|j| j.kind).collect();
    assert_eq!(kinds, vec![DocKind::Agreement, DocKind::ForeignerNotice]);
}

#[test]
fn the_dashboard_shows_the_foreigners_notice_deadline() {
    let (_dir, mut store) = scenario();
    let d = draft(
        "d1",
        "d1-o1",
        "tenant",
        &[
            ("partner", Relation::Spouse),
            ("guest", Relation::Unrelated),
        ],
    );
    save_lease(
        &mut store,
        &d,
        &SaveAs::Ready {
            norm_override: None,
        },
        noon("2026-03-02"),
    )
    .unwrap();
    let board = dashboard::dashboard(&store, date("2026-03-03")).unwrap();
    let notice = board
        .items
        .iter()
        .find(|d| d.kind == DeadlineKind::ForeignerNotice)
        .expect("a notice deadline for the foreigner");
    assert!(notice.person.contains("guest"), "{}", notice.person);
    assert_eq!(board.due + board.overdue, board.items.len() as u32);
    // Once the notice is sent, it is no longer open.
    store
        .put_all(&[ForeignerNotice {
            id: "n1".into(),
            person_id: "guest".into(),
            property_id: "d1".into(),
            host_id: "tenant".into(),
            arrival_date: date("2026-03-02"),
            status: NoticeStatus::Sent,
            filed_on: None,
        }])
        .unwrap();
    let board = dashboard::dashboard(&store, date("2026-03-03")).unwrap();
    assert!(!board
        .items
        .iter()
        .any(|d| d.kind == DeadlineKind::ForeignerNotice));
}

#[test]
fn a_dwellings_status_lists_residents_and_the_norm_at_a_glance() {
    let (_dir, mut store) = scenario();
    let d = LeaseDraft {
        lease_id: Some("L1".into()),
        ..draft(
            "d1",
            "d1-o1",
            "tenant",
            &[
                ("partner", Relation::Spouse),
                ("guest", Relation::Unrelated),
            ],
        )
    };
    save_lease(
        &mut store,
        &d,
        &SaveAs::Ready {
            norm_override: None,
        },
        noon("2026-03-02"),
    )
    .unwrap();
    let status = dwellings::dwelling_status(&store, "d1", "kz-astana", date("2026-06-01")).unwrap();
    assert_eq!(status.owners.len(), 1);
    assert_eq!(status.residents.len(), 3);
    assert_eq!(
        (
            status.norm.counted,
            status.norm.capacity,
            status.norm.exempt
        ),
        (2, Some(2), 1)
    );
    assert_eq!(status.norm.m2_per_counted_person, Some(15.0));
    // After the lease ends, nobody lives there.
    let later = dwellings::dwelling_status(&store, "d1", "kz-astana", date("2027-06-01")).unwrap();
    assert!(later.residents.is_empty());
    assert!(dwellings::dwelling_status(&store, "nope", "kz-astana", date("2026-06-01")).is_err());
}

#[test]
fn lists_page_and_search_without_loading_everything() {
    let (_dir, mut store) = store();
    for i in 0..250 {
        dwellings::save_dwelling(&mut store, &property(&format!("d{i:03}"), 40.0), &[]).unwrap();
    }
    let page = dwellings::list_dwellings(&store, "", 100, 50).unwrap();
    assert_eq!((page.total, page.offset, page.rows.len()), (250, 100, 50));
    let cases = [
        ("Street d12", 10),
        ("d199", 1),
        ("%", 0),
        ("_", 0),
        ("nothing", 0),
    ];
    for (q, n) in cases {
        assert_eq!(
            dwellings::list_dwellings(&store, q, 0, 500).unwrap().total,
            n,
            "{q:?}"
        );
    }
    people::save_person(&mut store, &citizen("anna", 5)).unwrap();
    people::save_person(&mut store, &foreigner("guest")).unwrap();
    let found = people::list_people(&store, "E1234", 0, 10).unwrap();
    assert_eq!(found.rows.len(), 1);
    assert_eq!(found.rows[0].document, "E12345678");
}

#[test]
fn bad_input_changes_nothing_and_names_its_field() {
    let (_dir, mut store) = store();
    let mut bad_owner = owner("d1", 1);
    bad_owner.iin_bin = "123".into();
    let cases: Vec<(Property, Vec<Owner>, &str)> = vec![
        (property("d1", 30.0), vec![bad_owner], "owners[0].iin_bin"),
        (
            Property {
                useful_area: 90.0,
                ..property("d1", 30.0)
            },
            vec![],
            "useful_area",
        ),
        (
            Property {
                city: " ".into(),
                ..property("d1", 30.0)
            },
            vec![],
            "city",
        ),
    ];
    for (p, owners, field) in cases {
        let e = dwellings::save_dwelling(&mut store, &p, &owners).unwrap_err();
        assert!(
            matches!(&e, CoreError::Invalid { field: f, .. } if f == field),
            "{field}: {e:?}"
        );
        assert_eq!(store.count::<Property>().unwrap(), 0);
    }
    // The same person twice is refused, pointing at the one to reuse.
    people::save_person(&mut store, &citizen("anna", 5)).unwrap();
    let e = people::save_person(&mut store, &citizen("anna2", 5)).unwrap_err();
    assert!(
        matches!(&e, CoreError::Invalid { field, message } if field == "iin" && message.id == "landlord-person-exists")
    );
    // Editing the same record is fine.
    people::save_person(
        &mut store,
        &Person {
            given_name: "Anya".into(),
            ..citizen("anna", 5)
        },
    )
    .unwrap();
    assert_eq!(store.count::<Person>().unwrap(), 1);
}

#[test]
fn form_drafts_survive_a_reopen_and_refuse_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        drafts::save_form(
            &mut store,
            "lease-wizard",
            r#"{"step":2}"#,
            noon("2026-03-02"),
        )
        .unwrap();
        for (key, json) in [("lease-wizard", "{not json"), ("bad key!", "{}")] {
            assert!(
                drafts::save_form(&mut store, key, json, noon("2026-03-02")).is_err(),
                "{key}"
            );
        }
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        drafts::load_form(&store, "lease-wizard")
            .unwrap()
            .as_deref(),
        Some(r#"{"step":2}"#)
    );
    drafts::delete_form(&mut store, "lease-wizard").unwrap();
    assert_eq!(drafts::load_form(&store, "lease-wizard").unwrap(), None);
}

#[test]
fn the_wizard_keeps_bank_details_and_each_registrants_application() {
    let (_dir, mut store) = scenario();
    let mut d = draft("d1", "d1-o1", "tenant", &[("partner", Relation::Spouse)]);
    d.payment_method = Some(PaymentMethod::BankTransfer);
    d.bank_iban = "KZ86 125K ZT50 0410 0100".into();
    d.bank_name = "Kaspi Bank".into();
    d.bank_bic = "caspkzka".into();
    d.registrants = vec![
        DraftRegistrant {
            person_id: "tenant".into(),
            reason: Some(RegistrationReason::Lease),
            signing_method: Some(SigningMethod::Eds),
            signing_phone: String::new(),
        },
        DraftRegistrant {
            person_id: "partner".into(),
            reason: Some(RegistrationReason::Family),
            signing_method: Some(SigningMethod::Sms),
            signing_phone: String::new(),
        },
    ];
    // Signing by SMS without a phone is refused at that registrant's line.
    let check = check_draft(&store, &d, date("2026-03-01")).unwrap();
    assert!(
        check
            .problems
            .iter()
            .any(|v| v.path == "registrants[1].signing_phone" && v.code == "sms-needs-phone"),
        "{:?}",
        check.problems
    );
    // So is an IBAN with a mistyped character, with its reason.
    d.registrants[1].signing_phone = "+7 701 555 12 34".into();
    d.bank_iban = "KZ86 125K ZT50 0410 0109".into();
    let check = check_draft(&store, &d, date("2026-03-01")).unwrap();
    let iban = check
        .problems
        .iter()
        .find(|v| v.path == "bank_iban")
        .unwrap();
    assert_eq!(iban.message.id, "iban-check-digits");
    d.bank_iban = "KZ86 125K ZT50 0410 0100".into();
    let saved = save_lease(&mut store, &d, &SaveAs::Draft, noon("2026-03-01")).unwrap();

    let lease: Lease = store.get(&saved.lease_id).unwrap().unwrap();
    assert_eq!(lease.signed_on, Some(date("2026-02-27")));
    assert_eq!(lease.bank_iban.as_deref(), Some("KZ86 125K ZT50 0410 0100"));
    assert_eq!(lease.bank_bic.as_deref(), Some("CASPKZKA"));
    let regs: Vec<Registration> = store.list_where("lease_id", &lease.id).unwrap();
    assert_eq!(regs.len(), 2, "{regs:?}");
    for r in &regs {
        assert_eq!(r.status, RegistrationStatus::Draft);
        assert_eq!(r.date_from, date("2026-03-02"));
        // Twelve months from 2 March end on 1 March, the lease's last day.
        assert_eq!(r.date_to, Some(date("2027-03-01")));
    }
    let partner = regs.iter().find(|r| r.person_id == "partner").unwrap();
    assert_eq!(partner.reason, Some(RegistrationReason::Family));
    assert_eq!(partner.signing_method, Some(SigningMethod::Sms));
    assert_eq!(partner.signing_phone.as_deref(), Some("+7 701 555 12 34"));

    // Saving again updates the same registrations, never adds a copy.
    let d = LeaseDraft {
        lease_id: Some(lease.id.clone()),
        ..d
    };
    save_lease(&mut store, &d, &SaveAs::Draft, noon("2026-03-01")).unwrap();
    let again: Vec<Registration> = store.list_where("lease_id", &lease.id).unwrap();
    assert_eq!(again.len(), 2);
}

#[test]
fn a_landlord_who_is_not_an_owner_needs_a_power_of_attorney() {
    let (_dir, mut store) = scenario();
    people::save_person(&mut store, &citizen("manager", 7)).unwrap();
    let mut d = draft("d1", "d1-o1", "tenant", &[]);
    d.landlord_owner_id = None;
    d.landlord_id = Some("manager".into());
    let check = check_draft(&store, &d, date("2026-03-01")).unwrap();
    assert!(
        check
            .problems
            .iter()
            .any(|v| v.path == "poa_number" && v.code == "landlord-poa-required"),
        "{:?}",
        check.problems
    );
    // A power of attorney dated after the signing is refused too.
    d.poa_number = "2026-77".into();
    d.poa_date = "2026-02-28".into();
    d.poa_notary = "Notary Bekova A. S.".into();
    let check = check_draft(&store, &d, date("2026-03-01")).unwrap();
    assert!(
        check
            .problems
            .iter()
            .any(|v| v.path == "poa_date" && v.code == "poa-after-signing"),
        "{:?}",
        check.problems
    );
    d.poa_date = "2026-02-20".into();
    let check = check_draft(&store, &d, date("2026-03-01")).unwrap();
    assert!(check.problems.is_empty(), "{:?}", check.problems);
}

#[test]
fn search_folds_cyrillic_and_kazakh_case_and_pages_by_key() {
    let (_dir, mut store) = store();
    for (i, city) in ["Астана", "Алматы", "Шымкент"].iter().enumerate() {
        for j in 0..40 {
            let p = Property {
                city: (*city).into(),
                street: format!("Әлихан Бөкейхан {j:02}"),
                ..property(&format!("d{i}-{j:02}"), 40.0)
            };
            dwellings::save_dwelling(&mut store, &p, &[]).unwrap();
        }
    }
    for (q, n) in [
        ("астана", 40),
        ("АСТАНА", 40),
        ("Астана", 40),
        ("әлихан", 120),
        ("ӘЛИХАН бөкейхан 07", 3),
        ("шымкент", 40),
    ] {
        assert_eq!(
            dwellings::list_dwellings(&store, q, 0, 500).unwrap().total,
            n,
            "{q:?}"
        );
    }
    let alia = Person {
        surname: "Сейітқали".into(),
        given_name: "Әлия".into(),
        ..citizen("alia", 7)
    };
    people::save_person(&mut store, &alia).unwrap();
    for q in ["әлия", "ӘЛИЯ", "сейітқали әлия", "СЕЙІТҚАЛИ"] {
        let found = people::list_people(&store, q, 0, 10).unwrap();
        assert_eq!(
            found.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["alia"],
            "{q:?}"
        );
    }
    // Paging by key walks the whole list once, in the list's order, the
    // same rows as paging by offset.
    let by_offset: Vec<String> = (0..6)
        .flat_map(|k| {
            dwellings::list_dwellings(&store, "", k * 25, 25)
                .unwrap()
                .rows
        })
        .map(|r| r.id)
        .collect();
    let mut by_key = Vec::new();
    let mut after = None;
    loop {
        let page = dwellings::list_dwellings_after(&store, "", after.as_ref(), 25).unwrap();
        by_key.extend(page.rows.into_iter().map(|r| r.id));
        match page.next {
            Some(k) => after = Some(k),
            None => break,
        }
    }
    assert_eq!(by_key.len(), 120);
    assert_eq!(by_key, by_offset);
    let astana: Vec<String> = {
        let first = dwellings::list_dwellings_after(&store, "астана", None, 30).unwrap();
        let rest =
            dwellings::list_dwellings_after(&store, "астана", first.next.as_ref(), 30).unwrap();
        assert!(rest.next.is_none());
        first
            .rows
            .into_iter()
            .chain(rest.rows)
            .map(|r| r.id)
            .collect()
    };
    assert_eq!(astana.len(), 40);
    assert!(astana.iter().all(|id| id.starts_with("d0-")));
    let first = people::list_people_after(&store, "", None, 1).unwrap();
    assert_eq!(first.rows[0].id, "alia");
    let rest = people::list_people_after(&store, "", first.next.as_ref(), 1).unwrap();
    assert!(rest.rows.is_empty() && rest.next.is_none());
}

#[test]
fn new_ids_are_uuid_v7_and_never_repeat() {
    let ids: Vec<String> = (0..10_000)
        .map(|_| jalga_core::landlord::new_id("lease"))
        .collect();
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    for id in &ids[..10] {
        let hex = id.strip_prefix("lease-").unwrap();
        assert_eq!(hex.len(), 32, "{id}");
        // The version nibble of a UUID v7.
        assert_eq!(&hex[12..13], "7", "{id}");
        assert!(jalga_core::domain::validate::id(id).is_ok(), "{id}");
    }
}
