//! Archiving and deleting the landlord's records, with undo
//! (`landlord::archive`): what refuses a deletion and how the refusal
//! reads, what the lists show, and that undo gives everything back.

use jalga_core::domain::{
    Lease, Occupant, Owner, Person, Property, Registration, RegistrationKind, RegistrationStatus,
    Relation,
};
use jalga_core::i18n::Lang;
use jalga_core::landlord::archive::{self, RecordKind};
use jalga_core::landlord::lease::{save_lease, LeaseDraft, SaveAs};
use jalga_core::landlord::{dwellings, lease, people};
use jalga_core::{CoreError, Store};

use super::landlord::{citizen, date, draft, fill_scenario, noon, owner, property};

/// d1 has lease L1 (tenant, with partner as an occupant) and partner's
/// registration under it; d2 has lease L2 (tenant2 alone) and nothing
/// else; d3 and the person "lonely" are referred to by nothing.
fn world() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = super::landlord::store();
    fill_world(&mut store);
    (dir, store)
}

/// [`world`]'s records written into `store` (a file or a server).
pub(crate) fn fill_world(store: &mut Store) {
    fill_scenario(store);
    dwellings::save_dwelling(store, &property("d2", 60.0), &[owner("d2", 4)]).unwrap();
    dwellings::save_dwelling(store, &property("d3", 45.0), &[owner("d3", 5)]).unwrap();
    people::save_person(store, &citizen("tenant2", 6)).unwrap();
    people::save_person(store, &citizen("lonely", 7)).unwrap();
    let ready = SaveAs::Ready {
        norm_override: None,
    };
    let l1 = LeaseDraft {
        lease_id: Some("L1".into()),
        ..draft("d1", "d1-o1", "tenant", &[("partner", Relation::Spouse)])
    };
    save_lease(store, &l1, &ready, noon("2026-03-01")).unwrap();
    let l2 = LeaseDraft {
        lease_id: Some("L2".into()),
        ..draft("d2", "d2-o1", "tenant2", &[])
    };
    save_lease(store, &l2, &ready, noon("2026-03-01")).unwrap();
    store
        .put_all(&[Registration {
            id: "r1".into(),
            person_id: "partner".into(),
            property_id: "d1".into(),
            lease_id: Some("L1".into()),
            kind: RegistrationKind::Temporary,
            status: RegistrationStatus::Registered,
            date_from: date("2026-03-02"),
            date_to: Some(date("2027-03-01")),
            consent_by: None,
            consent_date: None,
            submitted_on: None,
            reason: None,
            signing_method: None,
            signing_phone: None,
        }])
        .unwrap();
}

/// The ids the people list shows.
pub(crate) fn people_shown(store: &Store) -> Vec<String> {
    people::list_people(store, "", 0, 100)
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.id)
        .collect()
}

fn kind(s: &str) -> RecordKind {
    serde_json::from_value(serde_json::Value::String(s.into())).unwrap()
}

#[test]
fn a_deletion_is_refused_while_something_refers_and_says_what() {
    // kind, id, language, the refusal's message ("" = deleted)
    let cases = [
        ("dwelling", "d1", Lang::En, "This dwelling cannot be deleted, these refer to it: 1 lease and 1 registration. Archive it instead."),
        ("dwelling", "d1", Lang::Ru, "Это жильё нельзя удалить, на него ссылаются: 1 договор и 1 регистрация. Его можно отправить в архив."),
        ("dwelling", "d1", Lang::Kk, "Бұл тұрғын үйді жоюға болмайды, оған сілтейтіндер: 1 шарт және 1 тіркеу. Оны мұрағатқа жіберуге болады."),
        ("dwelling", "d2", Lang::En, "This dwelling cannot be deleted, these refer to it: 1 lease. Archive it instead."),
        ("person", "tenant", Lang::En, "This person cannot be deleted, these refer to them: 1 lease. Archive them instead."),
        ("person", "partner", Lang::En, "This person cannot be deleted, these refer to them: 1 lease as an occupant and 1 registration. Archive them instead."),
        ("person", "partner", Lang::Ru, "Этого человека нельзя удалить, на него ссылаются: 1 договор (как проживающий) и 1 регистрация. Его можно отправить в архив."),
        ("lease", "L1", Lang::En, "This lease cannot be deleted, these refer to it: 1 registration. Archive it instead."),
        ("dwelling", "d3", Lang::En, ""),
        ("person", "lonely", Lang::En, ""),
        ("lease", "L2", Lang::En, ""),
    ];
    for (k, id, lang, want) in cases {
        let (_dir, mut store) = world();
        let got = archive::delete(&mut store, kind(k), id, lang);
        if want.is_empty() {
            let trash = got.unwrap_or_else(|e| panic!("{k} {id}: {e:?}"));
            assert_eq!(trash.id, id);
        } else {
            let e = got.expect_err(&format!("{k} {id} is referred to"));
            assert!(
                matches!(&e, CoreError::Invalid { field, .. } if field == "references"),
                "{k} {id}: {e:?}"
            );
            assert_eq!(e.to_problem(lang).message, want, "{k} {id} in {lang:?}");
        }
    }
}

#[test]
fn russian_counts_take_their_plural_forms() {
    let (_dir, mut store) = world();
    let refs = archive::References {
        leases: 2,
        registrations: 5,
        notices: 1,
        ..Default::default()
    };
    assert_eq!(
        refs.list(Lang::Ru),
        "2 договора, 5 регистраций и 1 уведомление о прибытии"
    );
    assert_eq!(
        refs.list(Lang::En),
        "2 leases, 5 registrations and 1 arrival notice"
    );
    assert_eq!(
        archive::references(&store, RecordKind::Dwelling, "d3").unwrap(),
        Default::default()
    );
    // Counting changes nothing.
    archive::delete(&mut store, RecordKind::Dwelling, "d3", Lang::En).unwrap();
}

#[test]
fn a_deleted_lease_comes_back_whole_with_undo() {
    let (_dir, mut store) = world();
    let before = lease::readiness(&store, "L2").unwrap();
    let owners_before = store.list_where::<Owner>("property_id", "d3").unwrap();
    let trash = archive::delete(&mut store, RecordKind::Lease, "L2", Lang::En).unwrap();
    assert!(store.get::<Lease>("L2").unwrap().is_none());
    assert!(store
        .list_where::<Occupant>("lease_id", "L2")
        .unwrap()
        .is_empty());
    // The JSON round trip is how the app holds it for undo.
    let held: archive::Trash =
        serde_json::from_str(&serde_json::to_string(&trash).unwrap()).unwrap();
    archive::restore(&mut store, &held).unwrap();
    assert_eq!(store.get::<Lease>("L2").unwrap(), trash.lease);
    assert_eq!(lease::readiness(&store, "L2").unwrap(), before);
    // A dwelling goes with its owners and comes back with them.
    let d3 = archive::delete(&mut store, RecordKind::Dwelling, "d3", Lang::En).unwrap();
    assert!(store
        .list_where::<Owner>("property_id", "d3")
        .unwrap()
        .is_empty());
    archive::restore(&mut store, &d3).unwrap();
    assert_eq!(
        store.list_where::<Owner>("property_id", "d3").unwrap(),
        owners_before
    );
    // An undo that would overwrite a record made since is refused.
    let again = archive::restore(&mut store, &d3).expect_err("d3 exists again");
    assert!(matches!(again, CoreError::Invalid { field, .. } if field == "id"));
    let log: Vec<String> = jalga_store::change_log::list(&store, 10_000)
        .unwrap()
        .into_iter()
        .map(|e| format!("{} {} {}", e.action, e.entity, e.entity_id))
        .collect();
    for want in [
        "delete lease L2",
        "delete occupant L2/tenant2",
        "save lease L2",
        "delete property d3",
    ] {
        assert!(log.iter().any(|l| l == want), "{want} in {log:?}");
    }
}

#[test]
fn an_archived_record_leaves_the_lists_and_undo_brings_it_back() {
    let (_dir, mut store) = world();
    let names = people_shown;
    assert!(names(&store).contains(&"partner".to_owned()));
    // Archiving is allowed while others refer to the record.
    archive::archive(&mut store, RecordKind::Person, "partner").unwrap();
    assert!(!names(&store).contains(&"partner".to_owned()));
    assert!(
        store.get::<Person>("partner").unwrap().is_some(),
        "kept for the record"
    );
    // A save from a form keeps the mark.
    people::save_person(&mut store, &citizen("partner", 3)).unwrap();
    assert!(!names(&store).contains(&"partner".to_owned()));
    archive::unarchive(&mut store, RecordKind::Person, "partner").unwrap();
    assert!(names(&store).contains(&"partner".to_owned()));

    archive::archive(&mut store, RecordKind::Dwelling, "d1").unwrap();
    let dwellings_shown = dwellings::list_dwellings(&store, "", 0, 100).unwrap();
    assert!(dwellings_shown.rows.iter().all(|r| r.id != "d1"));
    assert_eq!(dwellings_shown.total, 2);
    archive::archive(&mut store, RecordKind::Lease, "L1").unwrap();
    let leases: Vec<String> = lease::list_leases(&store, "", 100)
        .unwrap()
        .into_iter()
        .map(|l| l.id)
        .collect();
    assert_eq!(leases, ["L2"]);
    // A deleted archived record comes back archived.
    archive::archive(&mut store, RecordKind::Person, "lonely").unwrap();
    let trash = archive::delete(&mut store, RecordKind::Person, "lonely", Lang::Kk).unwrap();
    archive::restore(&mut store, &trash).unwrap();
    assert!(!names(&store).contains(&"lonely".to_owned()));
    assert!(store.get::<Property>("d1").unwrap().is_some());

    let missing =
        archive::archive(&mut store, RecordKind::Lease, "nope").expect_err("no such lease");
    assert!(matches!(missing, CoreError::NotFound { .. }));
}

#[test]
fn the_audit_and_the_deadlines_still_see_archived_records() {
    use jalga_core::audit::{self, AuditOptions};
    use jalga_core::landlord::dashboard;
    use std::sync::atomic::AtomicBool;

    let (_dir, mut store) = world();
    let on = date("2026-03-20");
    let run = |store: &Store| {
        let report = audit::run(store, &AuditOptions::new(on), &AtomicBool::new(false)).unwrap();
        (
            report.findings,
            report.checked,
            dashboard::dashboard(store, on).unwrap(),
        )
    };
    let before = run(&store);
    assert!(
        !before.2.items.is_empty(),
        "the world has open deadlines to keep: {:?}",
        before.2
    );
    archive::archive(&mut store, RecordKind::Dwelling, "d1").unwrap();
    archive::archive(&mut store, RecordKind::Lease, "L1").unwrap();
    archive::archive(&mut store, RecordKind::Person, "tenant").unwrap();
    // Archiving hides from the lists; the law's checks read on.
    assert_eq!(run(&store), before);
}

#[test]
fn a_record_is_named_in_its_undo_as_the_core_names_it() {
    use jalga_core::landlord::record_label::record_label;
    let (_dir, store) = world();
    let d1 = store.get::<Property>("d1").unwrap().unwrap();
    let tenant = store.get::<Person>("tenant").unwrap().unwrap();
    let table = [
        (
            RecordKind::Dwelling,
            "d1",
            "Astana, Street d1 1, 5".to_owned(),
        ),
        (
            RecordKind::Person,
            "tenant",
            format!("{} {}", tenant.surname, tenant.given_name),
        ),
        (
            RecordKind::Lease,
            "L1",
            format!("{} — {} {}", d1.label(), tenant.surname, tenant.given_name),
        ),
    ];
    for (kind, id, want) in table {
        assert_eq!(
            record_label(&store, kind, id).unwrap(),
            want,
            "{kind:?} {id}"
        );
    }
    assert!(matches!(
        record_label(&store, RecordKind::Dwelling, "nope"),
        Err(CoreError::NotFound { .. })
    ));
}
