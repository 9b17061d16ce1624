//! The landlord's and the app's own writes on both backends: a dwelling's
//! owners replaced, a lease with its occupants and readiness (and a norm
//! override), a form's draft, archiving with undo, deleting with undo, an
//! issued document verified by its code. Each is made through the core's
//! calls the app and the CLI use, then read back; both stores must end
//! with the same records and an intact change log.
#![cfg(feature = "postgres")]

use jalga_core::audit::issued::{self, StoreCheck};
use jalga_core::documents::{DocKind, DocLang};
use jalga_core::domain::{Lease, Occupant, Owner, Relation};
use jalga_core::i18n::Lang;
use jalga_core::landlord::archive::{self, RecordKind};
use jalga_core::landlord::lease::{
    readiness, save_lease, LeaseDraft, LeaseState, NormOverride, SaveAs,
};
use jalga_core::landlord::{drafts, dwellings, export};
use jalga_core::store::change_log;

use super::archive::{fill_world, people_shown};
use super::conformance::{backends, export_json};
use super::landlord::{draft, noon, owner, property};

#[test]
fn the_landlords_writes_read_back_the_same_on_both() {
    let mut exports = Vec::new();
    for (mut store, _keep) in backends("the_landlords_writes_read_back_the_same_on_both") {
        let backend = format!("{:?}", store.backend());
        let store = &mut store;
        fill_world(store);

        // A dwelling saved again with other owners keeps only those.
        dwellings::save_dwelling(store, &property("d3", 45.0), &[owner("d3", 8)]).unwrap();
        let owners: Vec<String> = store
            .list_where::<Owner>("property_id", "d3")
            .unwrap()
            .into_iter()
            .map(|o| o.iin_bin)
            .collect();
        assert_eq!(owners, [owner("d3", 8).iin_bin], "{backend}");

        // A lease the norm refuses, made ready with an override: its
        // occupants and the override are kept and read back.
        let crowded = LeaseDraft {
            lease_id: Some("L3".into()),
            start_date: "2026-09-01".into(),
            end_date: "2027-08-31".into(),
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
        let ready = SaveAs::Ready {
            norm_override: Some(NormOverride {
                by: "Clerk A".into(),
                reason: "checked on site".into(),
                at: None,
            }),
        };
        save_lease(store, &crowded, &ready, noon("2026-04-01")).unwrap();
        let kept = readiness(store, "L3").unwrap();
        assert_eq!(kept.state, LeaseState::Ready, "{backend}");
        let over = kept.norm_override.expect("the override is kept");
        assert_eq!(
            (over.by.as_str(), over.reason.as_str(), over.at),
            ("Clerk A", "checked on site", Some(noon("2026-04-01"))),
            "{backend}"
        );
        // Saved again with fewer occupants: the old ones are gone.
        let fewer = LeaseDraft {
            lease_id: Some("L3".into()),
            start_date: "2026-09-01".into(),
            end_date: "2027-08-31".into(),
            ..draft("d1", "d1-o1", "tenant", &[("partner", Relation::Spouse)])
        };
        let plain = SaveAs::Ready {
            norm_override: None,
        };
        save_lease(store, &fewer, &plain, noon("2026-04-02")).unwrap();
        let occupants: Vec<String> = store
            .list_where::<Occupant>("lease_id", "L3")
            .unwrap()
            .into_iter()
            .map(|o| o.person_id)
            .collect();
        assert_eq!(occupants, ["partner", "tenant"], "{backend}");
        assert_eq!(readiness(store, "L3").unwrap().norm_override, None);

        // A form's draft: kept, replaced, read, forgotten.
        let key = "lease-wizard-L9";
        assert_eq!(drafts::load_form(store, key).unwrap(), None);
        drafts::save_form(store, key, r#"{"step":1}"#, noon("2026-04-03")).unwrap();
        drafts::save_form(store, key, r#"{"step":2}"#, noon("2026-04-03")).unwrap();
        assert_eq!(
            drafts::load_form(store, key).unwrap().as_deref(),
            Some(r#"{"step":2}"#),
            "{backend}"
        );
        drafts::delete_form(store, key).unwrap();
        assert_eq!(drafts::load_form(store, key).unwrap(), None, "{backend}");

        // Archived: out of the list, kept for the record; back with undo.
        archive::archive(store, RecordKind::Person, "lonely").unwrap();
        assert!(
            !people_shown(store).contains(&"lonely".to_owned()),
            "{backend}"
        );
        archive::unarchive(store, RecordKind::Person, "lonely").unwrap();
        assert!(
            people_shown(store).contains(&"lonely".to_owned()),
            "{backend}"
        );

        // Deleted with its occupants and readiness; undo gives all back.
        let before = readiness(store, "L2").unwrap();
        let trash = archive::delete(store, RecordKind::Lease, "L2", Lang::En).unwrap();
        assert!(store.get::<Lease>("L2").unwrap().is_none(), "{backend}");
        assert!(store
            .list_where::<Occupant>("lease_id", "L2")
            .unwrap()
            .is_empty());
        archive::restore(store, &trash).unwrap();
        assert_eq!(readiness(store, "L2").unwrap(), before, "{backend}");
        // A dwelling archived and deleted: the undo brings back the mark.
        archive::archive(store, RecordKind::Dwelling, "d3").unwrap();
        let d3 = archive::delete(store, RecordKind::Dwelling, "d3", Lang::En).unwrap();
        assert!(
            d3.archived_at.is_some(),
            "{backend}: the archive mark is read"
        );
        archive::restore(store, &d3).unwrap();
        archive::unarchive(store, RecordKind::Dwelling, "d3").unwrap();

        // A document issued from this store is found by its code and
        // matches what the store holds.
        let data = export::issue(
            store,
            "L1",
            DocKind::Agreement,
            DocLang::KkRu,
            noon("2026-04-04"),
        )
        .unwrap();
        let doc = issued::record_issued(
            store,
            DocKind::Agreement,
            "L1",
            DocLang::KkRu,
            &data,
            noon("2026-04-04"),
        )
        .unwrap();
        let check = issued::verify_code(store, &doc.code.to_lowercase()).unwrap();
        assert!(
            matches!(check, StoreCheck::Intact { .. }),
            "{backend}: {check:?}"
        );
        let unknown = issued::verify_code(store, "AAAA-BBBB-CCCC").unwrap();
        assert!(matches!(unknown, StoreCheck::Unknown { .. }), "{backend}");

        let verdict = change_log::verify(store).unwrap();
        assert_eq!(verdict.first_broken, None, "{backend}");
        let log: Vec<String> = change_log::list(store, 10_000)
            .unwrap()
            .into_iter()
            .map(|e| format!("{} {}", e.action, e.entity))
            .collect();
        for want in [
            "save form_draft",
            "delete form_draft",
            "issue issued_document",
            "archive person",
            "delete lease",
        ] {
            assert!(
                log.iter().any(|l| l == want),
                "{backend}: {want} in {log:?}"
            );
        }
        exports.push((backend, export_json(store)));
    }
    if let [(_, file), (_, server)] = exports.as_slice() {
        assert_eq!(file, server, "the same records on both");
    }
}

/// "Back up now" copies a database file. On an office server there is no
/// file of the clerk's to copy: the store refuses with the message that
/// names the server's own tools, and makes no folder beside its address.
#[test]
fn a_server_is_not_backed_up_as_a_file_and_nothing_is_made() {
    use jalga_core::store::{backup, BackendKind};
    use jalga_core::CoreError;

    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    for (store, _keep) in backends("a_server_is_not_backed_up_as_a_file_and_nothing_is_made") {
        let folder = backup::backups_dir(store.path());
        let made = backup::backup_now(&store, today, backup::DEFAULT_KEEP);
        match store.backend() {
            BackendKind::Sqlite => {
                let b = made.expect("a file is backed up");
                assert!(std::path::Path::new(&b.path).is_file(), "{b:?}");
            }
            backend => {
                let Err(CoreError::Invalid { field, message }) = made else {
                    panic!("{backend:?}: {made:?}")
                };
                assert_eq!(field, "backup");
                assert_eq!(message.id, "server-backup-elsewhere");
                assert!(!folder.exists(), "{backend:?}: {}", folder.display());
            }
        }
    }
}
