//! Loading the data behind a document: an intact PDF's records land in
//! the store (once, however often it is loaded); an altered one is refused
//! with the verification's reason and changes nothing.

use jalga_core::documents::{self, from_store::document_data, DocKind, DocLang};
use jalga_core::domain::{ForeignerNotice, Lease, Occupant, Person, Property, Registration};
use jalga_core::interchange::{self, Format, Watch};
use jalga_core::{CoreError, Store};
use jalga_testkit::demo::demo_bundle;

fn demo(dir: &tempfile::TempDir, name: &str) -> Store {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    store
}

fn pdf(store: &Store, kind: DocKind, lease: &str) -> Vec<u8> {
    let data = document_data(store, kind, lease).unwrap();
    documents::render(kind, &data, DocLang::Ru).unwrap()
}

fn load(store: &mut Store, bytes: &[u8]) -> Result<u64, CoreError> {
    documents::import_document(store, bytes, &mut Watch::unwatched()).map(|d| d.records)
}

fn snapshot(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, Format::Json, &mut out).unwrap();
    out
}

#[test]
fn an_intact_documents_records_load_once() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo(&dir, "source.sqlite");
    // (kind, lease, who cannot become a person). A foreigner listed only as
    // an occupant has no sex on the document; the arrival notice gives it.
    let cases = [
        (DocKind::RegistrationSheet, "l-kabanbay-2026", None),
        (DocKind::RegistrationSheet, "l-tauelsizdik-2026", None),
        (DocKind::Agreement, "l-abay-2026", None),
        // The notice is about the other foreigner of this lease.
        (
            DocKind::ForeignerNotice,
            "l-dostyk-2026",
            Some("Иванов Сергей"),
        ),
    ];
    for (kind, lease_id, unmappable) in cases {
        let bytes = pdf(&source, kind, lease_id);
        let data = document_data(&source, kind, lease_id).unwrap();
        let mut clerk = Store::open(&dir.path().join(format!("{lease_id}.sqlite"))).unwrap();
        if let Some(name) = unmappable {
            match load(&mut clerk, &bytes) {
                Err(CoreError::ImportRejected(v)) => {
                    assert!(v.iter().all(|v| v.code == "doc-unmappable"), "{v:?}");
                    assert!(
                        v[0].message.render(jalga_core::Lang::Ru).contains(name),
                        "{v:?}"
                    );
                }
                other => panic!("{kind:?} {lease_id}: {other:?}"),
            }
            assert_eq!(clerk.count::<Person>().unwrap(), 0);
            continue;
        }
        let records = load(&mut clerk, &bytes).unwrap();
        assert!(records > 0, "{kind:?}");
        let lease = clerk.get::<Lease>(lease_id).unwrap().expect("the lease");
        assert_eq!(lease.start_date, data.terms.start);
        assert_eq!(lease.rent, data.terms.rent);
        let property = clerk.get::<Property>(&lease.property_id).unwrap().unwrap();
        assert_eq!(property.useful_area, data.dwelling.useful_area, "{kind:?}");
        let occupants = clerk.list_where::<Occupant>("lease_id", lease_id).unwrap();
        assert_eq!(occupants.len(), data.occupants.len(), "{kind:?}");
        for o in &data.occupants {
            if let Some(iin) = &o.iin {
                let p = clerk.list_where::<Person>("iin", iin).unwrap();
                assert_eq!(p.len(), 1, "{kind:?}: {iin}");
                assert_eq!(p[0].birth_date, o.birth_date);
            }
        }
        let regs = clerk.count::<Registration>().unwrap();
        let expected = data.registration.as_ref().map_or(0, |r| r.people.len());
        assert_eq!(regs as usize, expected, "{kind:?}");
        let notices = clerk.count::<ForeignerNotice>().unwrap();
        assert_eq!(notices, u64::from(data.foreigner.is_some()), "{kind:?}");
        // Loading it again changes nothing.
        let before = snapshot(&clerk);
        load(&mut clerk, &bytes).unwrap();
        assert!(
            snapshot(&clerk) == before,
            "{kind:?}: a second load changed the store"
        );
    }
}

#[test]
fn a_document_loaded_back_into_its_own_store_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo(&dir, "a.sqlite");
    let bytes = pdf(&store, DocKind::RegistrationSheet, "l-tauelsizdik-2026");
    let before = snapshot(&store);
    load(&mut store, &bytes).unwrap();
    assert!(
        snapshot(&store) == before,
        "known records are reused, not duplicated"
    );
}

#[test]
fn an_altered_document_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo(&dir, "source.sqlite");
    let mut bytes = pdf(&source, DocKind::Agreement, "l-kabanbay-2026");
    // Flip one byte of the pages' text is hard in compressed streams; the
    // trailer's recorded hash is plain text: change one of its digits.
    let at = bytes
        .windows(11)
        .position(|w| w == b"JalgaSHA256")
        .expect("the recorded hash");
    let digit = bytes[at..]
        .iter()
        .position(|b| b.is_ascii_hexdigit() && *b != b'S' && *b != b'A')
        .map(|i| at + i + 11)
        .unwrap();
    bytes[digit] = if bytes[digit] == b'0' { b'1' } else { b'0' };
    let mut clerk = Store::open(&dir.path().join("clerk.sqlite")).unwrap();
    let err = load(&mut clerk, &bytes).unwrap_err();
    match &err {
        CoreError::Invalid { field, message } => {
            assert_eq!(field, "document");
            assert!(message.id.starts_with("verify-"), "{message:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(clerk.count::<Person>().unwrap(), 0);
    assert_eq!(clerk.count::<Lease>().unwrap(), 0);
    let err = load(&mut clerk, b"not a pdf at all").unwrap_err();
    assert_eq!(err.code(), "invalid");
}
