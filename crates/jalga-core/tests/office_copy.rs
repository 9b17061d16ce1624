//! A unit's inserts-if-absent and puts, gathered for COPY on the
//! office server, keep the order of a file's one-by-one writes: a stored
//! record stays, the first insert-if-absent of a key wins, the last put
//! wins. Run on a file always and on the server when it is up.
#![cfg(feature = "postgres")]

use jalga_core::domain::Property;
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::demo::demo_bundle;

/// The demo's first flat under another id and room count.
pub(crate) fn flat(id: &str, rooms: u32) -> Property {
    Property {
        id: id.into(),
        rooms,
        ..demo_bundle().properties[0].clone()
    }
}

#[test]
fn inserts_if_absent_keep_the_stored_and_the_first_puts_keep_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let mut stores = vec![(Store::open(&dir.path().join("f.sqlite3")).unwrap(), None)];
    if let Some(url) =
        test_server("inserts_if_absent_keep_the_stored_and_the_first_puts_keep_the_last")
    {
        let db = ScratchDb::create(&url).unwrap();
        let server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
        stores.push((server, Some(db)));
    }
    for (mut store, _keep) in stores {
        let unit = store.write("save").unwrap();
        unit.save(&flat("stored", 1)).unwrap();
        unit.commit().unwrap();
        let mut unit = store.write("import").unwrap();
        unit.insert_if_absent(&flat("stored", 2)).unwrap();
        unit.insert_if_absent(&flat("new", 3)).unwrap();
        unit.put(&flat("put", 5)).unwrap();
        unit.insert_if_absent(&flat("new", 4)).unwrap();
        unit.put(&flat("put", 6)).unwrap();
        unit.insert_if_absent(&flat("put", 7)).unwrap();
        // What the unit sees before it commits: everything so far.
        assert!(unit.exists::<Property>("new").unwrap());
        unit.commit().unwrap();
        let rooms = |id: &str| store.get::<Property>(id).unwrap().unwrap().rooms;
        assert_eq!(
            (rooms("stored"), rooms("new"), rooms("put")),
            (1, 3, 6),
            "{:?}",
            store.backend()
        );
    }
}
