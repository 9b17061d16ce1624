//! "Finish the lease": a lease saved as a draft opens in the wizard as the
//! draft it was saved from (`landlord::lease_open`), so that saving it
//! again changes nothing but what the landlord changes.

use jalga_core::domain::{Lease, RegistrationReason, Relation, SigningMethod};
use jalga_core::landlord::lease::{save_lease, DraftRegistrant, LeaseDraft, SaveAs};
use jalga_core::landlord::lease_open::open_lease;
use jalga_core::CoreError;

use super::landlord::{draft, noon, scenario};

#[test]
fn a_saved_draft_opens_as_the_draft_it_was_saved_from() {
    let (_dir, mut store) = scenario();
    let typed = LeaseDraft {
        lease_id: Some("L1".into()),
        rent: "250000".into(),
        registrants: vec![DraftRegistrant {
            person_id: "partner".into(),
            reason: Some(RegistrationReason::Family),
            signing_method: Some(SigningMethod::Sms),
            signing_phone: "+77011234567".into(),
        }],
        ..draft("d1", "d1-o1", "tenant", &[("partner", Relation::Spouse)])
    };
    save_lease(&mut store, &typed, &SaveAs::Draft, noon("2026-03-02")).unwrap();
    let opened = open_lease(&store, "L1").unwrap();
    let mut got = opened.draft.clone();
    // The registrants come back in the store's order; compare as sets.
    got.registrants
        .sort_by(|a, b| a.person_id.cmp(&b.person_id));
    let want_partner = typed.registrants[0].clone();
    assert!(
        got.registrants.contains(&want_partner),
        "{:?}",
        got.registrants
    );
    assert_eq!(
        LeaseDraft {
            registrants: Vec::new(),
            ..got
        },
        LeaseDraft {
            registrants: Vec::new(),
            ..typed.clone()
        }
    );
    assert!(
        opened.dwelling_label.contains("Street d1"),
        "{}",
        opened.dwelling_label
    );
    // Saved again as it opened: the same lease.
    let before = store.get::<Lease>("L1").unwrap().unwrap();
    save_lease(
        &mut store,
        &opened.draft,
        &SaveAs::Draft,
        noon("2026-03-03"),
    )
    .unwrap();
    assert_eq!(store.get::<Lease>("L1").unwrap().unwrap(), before);
}

#[test]
fn a_lease_not_in_the_store_is_not_found() {
    let (_dir, store) = scenario();
    assert!(matches!(
        open_lease(&store, "nope"),
        Err(CoreError::NotFound { .. })
    ));
}
