//! A document's data gathered from the store: every field the store keeps
//! for the documents reaches them, and what it lacks is refused by name.

use chrono::NaiveDate;
use jalga_core::documents::from_store::document_data;
use jalga_core::documents::{
    DocKind, PaymentMethod, PurposeOfStay, RegistrationReason, SignatureMethod,
};
use jalga_core::domain::{iban::check_kz_iban, Lease};
use jalga_core::interchange::{self};
use jalga_core::{CoreError, Lang, Store};
use jalga_testkit::demo::demo_bundle;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    (dir, store)
}

#[test]
fn the_demo_leases_documents_print_recorded_values() {
    let (_dir, store) = demo_store();
    // The Dostyk flat belongs to a company; Omarova lets it under a power
    // of attorney, paid to her bank account.
    let d = document_data(&store, DocKind::Agreement, "l-dostyk-2026").unwrap();
    assert_eq!(d.date, date("2026-09-12"), "the signing day, not the start");
    assert_eq!(d.terms.payment_method, PaymentMethod::BankTransfer);
    let bank = d.landlord.bank.as_ref().expect("bank details");
    assert!(check_kz_iban(&bank.iban).is_ok(), "{}", bank.iban);
    assert_eq!(bank.bic.as_deref(), Some("HSBKKZKX"));
    let poa = d
        .landlord
        .power_of_attorney
        .as_ref()
        .expect("power of attorney");
    assert_eq!(
        (poa.number.as_str(), poa.date),
        ("2026-1847", date("2026-08-20"))
    );
    assert!(poa.notary.contains("Бекова"));
    // The owner's consent is given through the same power of attorney.
    let owner_poa = d.dwelling.owners[0].power_of_attorney.as_ref().unwrap();
    assert_eq!(
        owner_poa.holder.as_deref(),
        Some("Омарова Сауле Кайратовна")
    );
    assert_eq!(owner_poa.number, "2026-1847");
    assert!(!d.landlord.address.is_empty() && d.landlord.phone.is_some());
    assert!(d.tenant.address.contains("Омск"), "{}", d.tenant.address);
    // Each registrant's own application.
    let ivanov = d
        .occupants
        .iter()
        .find(|o| o.name.starts_with("Иванов"))
        .unwrap();
    let app = ivanov.application.as_ref().expect("Ivanov's application");
    assert_eq!(app.reason, Some(RegistrationReason::Lease));
    assert!(app.signature.is_some());

    // A landlord who owns the flat: no power of attorney anywhere.
    let d = document_data(&store, DocKind::Agreement, "l-tauelsizdik-2026").unwrap();
    assert!(d.landlord.power_of_attorney.is_none());
    assert!(d
        .dwelling
        .owners
        .iter()
        .all(|o| o.power_of_attorney.is_none()));
    let daniyar = &d.occupants[0];
    let app = daniyar.application.as_ref().unwrap();
    assert_eq!(app.reason, Some(RegistrationReason::Lease));
    // Madina signs by SMS, with her phone.
    let madina = d
        .occupants
        .iter()
        .find(|o| o.name.contains("Мадина"))
        .unwrap();
    let app = madina.application.as_ref().unwrap();
    assert_eq!(app.signature, Some(SignatureMethod::Sms));
    assert!(app.phone.as_deref().is_some_and(|p| p.starts_with("+7 7")));
    // Cash rent: no bank details to print.
    let d = document_data(&store, DocKind::Agreement, "l-kabanbay-2026").unwrap();
    assert_eq!(d.terms.payment_method, PaymentMethod::Cash);
    assert!(d.landlord.bank.is_none());
}

#[test]
fn a_foreigners_notice_carries_the_visa_border_point_and_purpose() {
    let (_dir, store) = demo_store();
    let d = document_data(&store, DocKind::ForeignerNotice, "n-0005").unwrap();
    let f = d.foreigner.expect("the notice's foreigner");
    assert_eq!(f.surname_latin, "WANG", "the notice's own foreigner");
    assert_eq!(f.purpose_of_stay, Some(PurposeOfStay::Business));
    assert_eq!(f.entry_point, "Международный аэропорт Алматы");
    let visa = f.visa.expect("a visa national's visa");
    assert_eq!(visa.number, "B 1127845");
    assert_eq!(visa.valid_from, date("2026-10-31"));
    assert_eq!(visa.valid_until, date("2027-02-10"));
    // A visa-free foreigner has none, and it is not made up.
    let d = document_data(&store, DocKind::ForeignerNotice, "n-0001").unwrap();
    let f = d.foreigner.unwrap();
    assert_eq!(f.surname_latin, "IVANOV");
    assert!(f.visa.is_none());
    assert_eq!(f.purpose_of_stay, Some(PurposeOfStay::Work));
}

#[test]
fn what_the_text_cannot_do_without_is_refused_by_name() {
    let (_dir, mut store) = demo_store();
    let mut lease: Lease = store.get("l-abay-2026").unwrap().unwrap();
    lease.signed_on = None;
    store.put_all(&[lease.clone()]).unwrap();
    let err = document_data(&store, DocKind::Agreement, "l-abay-2026").unwrap_err();
    let CoreError::Invalid { field, message } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(field, "signed_on");
    assert!(message.render(Lang::Ru).contains("дата подписания"));
    assert!(message.render(Lang::Kk).contains("қол қойылған күні"));
    lease.signed_on = Some(date("2026-05-28"));
    lease.payment_method = None;
    lease.bank_iban = None;
    lease.bank_name = None;
    lease.bank_bic = None;
    store.put_all(&[lease]).unwrap();
    let err = document_data(&store, DocKind::Consent, "l-abay-2026").unwrap_err();
    assert!(matches!(&err, CoreError::Invalid { field, .. } if field == "payment_method"));
}
