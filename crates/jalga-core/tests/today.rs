//! The landlord's home (`landlord::today`) against the case table
//! `cases/today.tsv`, and the registration cycle (`landlord::cycle`,
//! `landlord::tenancy`): a registration made from a lease, submitted,
//! registered and gone from the home; the steps' order; a lease renewed
//! and ended early; the refusals and their codes.

use chrono::NaiveDate;
use jalga_core::domain::{
    ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Occupant, Person, PersonKind, Property,
    Registration, RegistrationKind, RegistrationStatus, Relation,
};
use jalga_core::ident::Sex;
use jalga_core::landlord::cycle::{
    self, create_from_lease, mark_registration, next_status, Created, Step,
};
use jalga_core::landlord::tenancy::{end_lease, renew_lease};
use jalga_core::landlord::today::{today, TodayAction, TodayItem};
use jalga_core::{CoreError, Store};

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
    (dir, store)
}

fn property() -> Property {
    Property {
        id: "d1".into(),
        region: "Astana".into(),
        city: "Astana".into(),
        district: None,
        street: "Mangilik El".into(),
        building: "1".into(),
        flat: Some("5".into()),
        kato: None,
        rka: None,
        cadastral_number: None,
        total_area: 60.0,
        useful_area: 55.0,
        living_area: 40.0,
        rooms: 2,
        floor: Some(3),
    }
}

pub fn person(id: &str, kind: PersonKind, birth: NaiveDate) -> Person {
    let foreigner = kind == PersonKind::Foreigner;
    Person {
        id: id.into(),
        kind,
        iin: None,
        surname: format!("Surname{id}"),
        given_name: "Aigerim".into(),
        patronymic: None,
        birth_date: birth,
        sex: Sex::Female,
        id_document: None,
        passport_number: foreigner.then(|| "FA1234567".into()),
        citizenship: foreigner.then(|| "UZB".into()),
        ..Default::default()
    }
}

pub fn lease(start: NaiveDate, end: Option<NaiveDate>) -> Lease {
    Lease {
        id: "l1".into(),
        property_id: "d1".into(),
        landlord_id: "owner".into(),
        tenant_id: "t".into(),
        start_date: start,
        end_date: end,
        rent: 200_000,
        deposit: 0,
        payment_day: 5,
        utilities: "by the meters".into(),
        language: LeaseLanguage::Ru,
        ..Default::default()
    }
}

/// A store with the dwelling, its owner-landlord, the tenant `t` and the
/// lease `l1`.
pub fn tenancy(store: &mut Store, tenant: &Person, l: &Lease) {
    let unit = store.write("test").unwrap();
    unit.save(&property()).unwrap();
    unit.save(&person("owner", PersonKind::Citizen, date("1970-01-01")))
        .unwrap();
    unit.save(tenant).unwrap();
    unit.save(l).unwrap();
    unit.save(&Occupant {
        lease_id: l.id.clone(),
        person_id: tenant.id.clone(),
        relation: Relation::Tenant,
    })
    .unwrap();
    unit.commit().unwrap();
}

fn summary(items: &[TodayItem]) -> String {
    if items.is_empty() {
        return "-".into();
    }
    items
        .iter()
        .map(|i| {
            let action = serde_json::to_value(&i.action).unwrap()["do"]
                .as_str()
                .unwrap()
                .to_owned();
            let state = if i.overdue {
                "overdue".to_owned()
            } else {
                i.days.to_string()
            };
            format!("{}/{action}/{state}", i.title.id)
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn the_home_lists_what_is_due_by_the_case_table() {
    let table = include_str!("cases/today.tsv");
    let mut n = 0;
    let mut wrong = Vec::new();
    for (line, row) in table.lines().enumerate() {
        if row.starts_with('#') || row.starts_with("case\t") || row.trim().is_empty() {
            continue;
        }
        n += 1;
        let c: Vec<&str> = row.split('\t').collect();
        assert_eq!(c.len(), 10, "line {}: {row}", line + 1);
        let (start, end, on) = (date(c[3]), date(c[4]), date(c[8]));
        let kind = match c[1] {
            "foreigner" => PersonKind::Foreigner,
            _ => PersonKind::Citizen,
        };
        let mut t = person("t", kind, date(c[2]));
        if kind == PersonKind::Foreigner {
            t.entry_date = Some(start);
        }
        match (c[6], c[7]) {
            ("passport", d) => t.passport_expires = Some(date(d)),
            ("id-card", d) => t.id_document_expires = Some(date(d)),
            ("visa", d) => {
                t.visa_type = Some("B3".into());
                t.visa_valid_from = Some(start);
                t.visa_valid_to = Some(date(d));
            }
            _ => {}
        }
        let (_dir, mut s) = store();
        tenancy(&mut s, &t, &lease(start, Some(end)));
        let unit = s.write("test").unwrap();
        let reg = |status, to| Registration {
            id: "r1".into(),
            person_id: "t".into(),
            property_id: "d1".into(),
            lease_id: Some("l1".into()),
            kind: RegistrationKind::Temporary,
            status,
            date_from: start,
            date_to: Some(to),
            consent_by: None,
            consent_date: None,
            submitted_on: None,
            reason: None,
            signing_method: None,
            signing_phone: None,
        };
        let notice = |status| ForeignerNotice {
            id: "n1".into(),
            person_id: "t".into(),
            property_id: "d1".into(),
            host_id: "owner".into(),
            arrival_date: start,
            status,
            filed_on: None,
        };
        match c[5] {
            "draft" => unit.save(&reg(RegistrationStatus::Draft, end)).unwrap(),
            "submitted" => unit.save(&reg(RegistrationStatus::Submitted, end)).unwrap(),
            "registered" => unit
                .save(&Registration {
                    consent_by: Some("Owner".into()),
                    consent_date: Some(start),
                    ..reg(RegistrationStatus::Registered, end)
                })
                .unwrap(),
            "registered-long" => unit
                .save(&Registration {
                    consent_by: Some("Owner".into()),
                    consent_date: Some(start),
                    ..reg(RegistrationStatus::Registered, date("2027-03-01"))
                })
                .unwrap(),
            "notice-draft" => unit.save(&notice(NoticeStatus::Draft)).unwrap(),
            "notice-sent" => unit.save(&notice(NoticeStatus::Sent)).unwrap(),
            "-" => {}
            other => panic!("line {}: registration {other}", line + 1),
        }
        unit.commit().unwrap();
        let home = today(&s, on).unwrap();
        let got = summary(&home.items);
        if got != c[9] {
            wrong.push(format!(
                "line {}: {}: got {got}, want {}",
                line + 1,
                c[0],
                c[9]
            ));
        }
        // Every item explains itself.
        for i in &home.items {
            assert!(!i.explanation.is_empty(), "line {}: {}", line + 1, c[0]);
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(n >= 15);
}

#[test]
fn a_registration_made_from_a_lease_goes_through_its_steps_and_leaves_the_home() {
    let (_dir, mut s) = store();
    let start = date("2026-03-02");
    tenancy(
        &mut s,
        &person("t", PersonKind::Citizen, date("1990-03-04")),
        &lease(start, Some(date("2026-09-30"))),
    );
    let on = date("2026-03-20");
    let before = today(&s, on).unwrap();
    assert_eq!(
        before.items[0].action,
        TodayAction::CreateFromLease {
            lease_id: "l1".into(),
            person_id: "t".into()
        }
    );
    assert!(before.items[0].overdue);
    let Created::Registration { id } = create_from_lease(&mut s, "l1", "t", on).unwrap() else {
        panic!("a citizen gets a registration");
    };
    let r = s.get::<Registration>(&id).unwrap().unwrap();
    // From the day it is made (the lease began earlier), capped at the lease.
    assert_eq!((r.date_from, r.date_to), (on, Some(date("2026-09-30"))));
    assert_eq!(r.status, RegistrationStatus::Draft);
    // Made twice: refused.
    let again = create_from_lease(&mut s, "l1", "t", on).unwrap_err();
    assert!(
        matches!(again, CoreError::Invalid { ref message, .. } if message.id == "cycle-registration-exists")
    );

    mark_registration(&mut s, &id, Step::Submitted, on).unwrap();
    let r = s.get::<Registration>(&id).unwrap().unwrap();
    assert_eq!(
        (r.status, r.submitted_on),
        (RegistrationStatus::Submitted, Some(on))
    );
    // Submitted late: the deadline is done, late; only the consent waits.
    let mid = today(&s, on).unwrap();
    assert_eq!(
        summary(&mid.items),
        "today-consent/record-consent/0,today-pending/mark-registration/0"
    );
    assert_eq!(
        mid.items[1].action,
        TodayAction::MarkRegistration {
            registration_id: id.clone(),
            step: Step::Registered
        }
    );
    cycle::record_consent(&mut s, &id, "Owner Ownerov", on).unwrap();
    mark_registration(&mut s, &id, Step::Registered, date("2026-03-23")).unwrap();
    let after = today(&s, date("2026-03-23")).unwrap();
    assert_eq!(summary(&after.items), "-");
    // Each step is in the change log.
    let log = jalga_core::store::change_log::list(&s, 100).unwrap();
    let saves = log.iter().filter(|e| e.entity_id == id).count();
    assert_eq!(saves, 4, "{log:?}");
}

#[test]
fn a_registration_steps_in_order_only() {
    use RegistrationStatus as S;
    let table = [
        (S::Draft, Step::Submitted, Some(S::Submitted)),
        (S::Draft, Step::Registered, None),
        (S::Draft, Step::Ended, None),
        (S::Submitted, Step::Submitted, None),
        (S::Submitted, Step::Registered, Some(S::Registered)),
        (S::Submitted, Step::Ended, Some(S::Ended)),
        (S::Registered, Step::Submitted, None),
        (S::Registered, Step::Ended, Some(S::Ended)),
        (S::Ended, Step::Ended, None),
        (S::Ended, Step::Registered, None),
    ];
    for (from, step, want) in table {
        assert_eq!(next_status(from, step), want, "{from:?} + {step:?}");
    }
}

#[test]
fn making_a_registration_is_refused_with_a_reason() {
    // (case, tenant kind, birth, lease end, day, person asked, code)
    let table = [
        (
            "not living there",
            "1990-03-04",
            "2027-03-01",
            "2026-03-05",
            "owner",
            "cycle-not-occupant",
        ),
        (
            "a child of 13",
            "2012-06-01",
            "2027-03-01",
            "2026-03-05",
            "t",
            "cycle-child-not-registered",
        ),
        (
            "less than a month left",
            "1990-03-04",
            "2026-03-30",
            "2026-03-05",
            "t",
            "cycle-lease-too-short",
        ),
        (
            "the lease is over",
            "1990-03-04",
            "2026-03-30",
            "2026-04-01",
            "t",
            "cycle-lease-over",
        ),
    ];
    for (case, birth, end, on, who, code) in table {
        let (_dir, mut s) = store();
        tenancy(
            &mut s,
            &person("t", PersonKind::Citizen, date(birth)),
            &lease(date("2026-03-02"), Some(date(end))),
        );
        let e = create_from_lease(&mut s, "l1", who, date(on)).unwrap_err();
        match e {
            CoreError::Invalid { message, .. } => assert_eq!(message.id, code, "{case}"),
            other => panic!("{case}: {other:?}"),
        }
        assert!(s.list::<Registration>().unwrap().is_empty(), "{case}");
    }
}

#[test]
fn a_foreigner_gets_an_arrival_notice_from_the_lease() {
    let (_dir, mut s) = store();
    let start = date("2026-03-02");
    tenancy(
        &mut s,
        &person("t", PersonKind::Foreigner, date("1990-03-04")),
        &lease(start, Some(date("2027-03-01"))),
    );
    let Created::Notice { id } = create_from_lease(&mut s, "l1", "t", start).unwrap() else {
        panic!("a foreigner gets a notice");
    };
    let n = s.get::<ForeignerNotice>(&id).unwrap().unwrap();
    assert_eq!((n.host_id.as_str(), n.arrival_date), ("owner", start));
    cycle::mark_notice(&mut s, &id, cycle::NoticeStep::Sent, date("2026-03-03")).unwrap();
    let n = s.get::<ForeignerNotice>(&id).unwrap().unwrap();
    assert_eq!(
        (n.status, n.filed_on),
        (NoticeStatus::Sent, Some(date("2026-03-03")))
    );
}

#[test]
fn a_lease_is_renewed_with_its_parties_or_ended_early() {
    let (_dir, mut s) = store();
    tenancy(
        &mut s,
        &person("t", PersonKind::Citizen, date("1990-03-04")),
        &lease(date("2026-03-02"), Some(date("2026-12-31"))),
    );
    // Renewed: a new term from the next day, same parties, same occupants;
    // the old lease leaves the home. The home offers a year's renewal.
    let before = today(&s, date("2026-12-10")).unwrap();
    assert!(before.items.iter().any(|i| i.action
        == TodayAction::RenewOrEnd {
            lease_id: "l1".into(),
            until: Some(date("2027-12-31")),
        }));
    let new = renew_lease(&mut s, "l1", date("2027-12-31")).unwrap();
    assert_eq!(
        (new.start_date, new.end_date, new.tenant_id.as_str()),
        (date("2027-01-01"), Some(date("2027-12-31")), "t")
    );
    let occ = s.list_where::<Occupant>("lease_id", &new.id).unwrap();
    assert_eq!(occ.len(), 1);
    let after = today(&s, date("2026-12-10")).unwrap();
    assert!(after
        .items
        .iter()
        .all(|i| !matches!(i.action, TodayAction::RenewOrEnd { .. })));
    assert_eq!(
        s.get::<Lease>("l1").unwrap().unwrap().end_date,
        Some(date("2026-12-31"))
    );

    // Ended early on a day within its term; outside it, refused.
    let ended = end_lease(&mut s, &new.id, date("2027-05-31")).unwrap();
    assert_eq!(ended.end_date, Some(date("2027-05-31")));
    for (on, code) in [
        ("2026-12-31", "cycle-date-before"),
        ("2027-06-01", "cycle-date-after"),
    ] {
        match end_lease(&mut s, &new.id, date(on)).unwrap_err() {
            CoreError::Invalid { message, .. } => assert_eq!(message.id, code, "{on}"),
            other => panic!("{on}: {other:?}"),
        }
    }
    // A lease without a last day runs on: it is not renewed.
    let (_dir2, mut s2) = store();
    tenancy(
        &mut s2,
        &person("t", PersonKind::Citizen, date("1990-03-04")),
        &lease(date("2026-03-02"), None),
    );
    match renew_lease(&mut s2, "l1", date("2027-12-31")).unwrap_err() {
        CoreError::Invalid { message, .. } => assert_eq!(message.id, "cycle-renew-open-ended"),
        other => panic!("{other:?}"),
    }
}

/// The deadline list reads a tenancy as the home does: a renewed lease's
/// old term leaves nothing behind, and a lease ended early is over on its
/// last day (its end done, the de-registration due from that day).
#[test]
fn the_deadline_list_reads_a_renewed_or_ended_lease_as_the_home_does() {
    use jalga_core::landlord::dashboard::dashboard;
    let open = |s: &Store, on: &str| -> Vec<String> {
        dashboard(s, date(on))
            .unwrap()
            .items
            .iter()
            .map(|d| format!("{} {}", d.kind.code(), d.due))
            .collect()
    };
    let registered = |s: &mut Store, on: NaiveDate| {
        let Created::Registration { id } = create_from_lease(s, "l1", "t", on).unwrap() else {
            panic!("a citizen gets a registration");
        };
        mark_registration(s, &id, Step::Submitted, on).unwrap();
        mark_registration(s, &id, Step::Registered, on).unwrap();
    };
    let tenant = person("t", PersonKind::Citizen, date("1990-03-04"));

    // Renewed: the old term's end is not overdue, nobody moved out.
    let (_dir, mut s) = store();
    tenancy(
        &mut s,
        &tenant,
        &lease(date("2026-03-02"), Some(date("2026-12-31"))),
    );
    registered(&mut s, date("2026-03-05"));
    renew_lease(&mut s, "l1", date("2027-12-31")).unwrap();
    let after = open(&s, "2027-02-01");
    assert!(
        after
            .iter()
            .all(|d| d != "lease-end 2026-12-31" && !d.starts_with("deregistration")),
        "{after:?}"
    );

    // Ended early: the de-registration runs from the new last day.
    let (_dir2, mut s2) = store();
    tenancy(
        &mut s2,
        &tenant,
        &lease(date("2026-03-02"), Some(date("2026-12-31"))),
    );
    registered(&mut s2, date("2026-03-05"));
    end_lease(&mut s2, "l1", date("2026-05-31")).unwrap();
    let ended = open(&s2, "2026-06-05");
    assert!(
        ended.contains(&"deregistration 2026-06-10".to_owned()),
        "{ended:?}"
    );
    assert!(
        ended.iter().all(|d| !d.starts_with("lease-end")),
        "{ended:?}"
    );
}

/// A step out of order is refused in the user's words: the statuses are
/// named in each language, never as their codes.
#[test]
fn a_step_out_of_order_names_the_statuses_in_each_language() {
    use jalga_core::i18n::Lang;
    let (_dir, mut s) = store();
    tenancy(
        &mut s,
        &person("t", PersonKind::Citizen, date("1990-03-04")),
        &lease(date("2026-03-02"), Some(date("2026-12-31"))),
    );
    let on = date("2026-03-05");
    let Created::Registration { id } = create_from_lease(&mut s, "l1", "t", on).unwrap() else {
        panic!("a citizen gets a registration");
    };
    let CoreError::Invalid { message, .. } =
        mark_registration(&mut s, &id, Step::Registered, on).unwrap_err()
    else {
        panic!("refused as invalid");
    };
    for (lang, expected) in [
        (
            Lang::Kk,
            "«жоба» күйіндегі жазбаны «тіркелді» деп белгілеуге болмайды",
        ),
        (
            Lang::Ru,
            "Запись в состоянии «черновик» нельзя отметить как «зарегистрирована»",
        ),
        (
            Lang::En,
            "A record that is a draft cannot be marked registered",
        ),
    ] {
        assert_eq!(message.render(lang), expected, "{lang:?}");
    }
}
