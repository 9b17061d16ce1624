//! A first load into empty tables on the office server copies rows with
//! new keys straight into the tables, a few thousand at a time, while the
//! file is still being read: a bad row found after some were sent still
//! leaves nothing behind, and a key met again later in the load (a person
//! named by two rows, a put repeated) ends as it does on SQLite. Skipped
//! without a test server.
#![cfg(feature = "postgres")]

use jalga_core::domain::{Person, Property};
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::{Entity, OpenOptions};
use jalga_core::Store;
use jalga_testkit::synthetic;

use super::office_copy::flat;

/// More rows than one direct batch holds, so that some are sent before
/// the end of the file.
const ROWS: u64 = 9_000;

fn lines(rows: u64) -> Vec<String> {
    let mut out = Vec::new();
    synthetic::write_registrations_csv(rows, &mut out).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn join(lines: &[String]) -> Vec<u8> {
    (lines.join("\n") + "\n").into_bytes()
}

/// Replaces `from` in data row `row` (0-based) with `to`.
fn change(lines: &mut [String], row: usize, from: &str, to: &str) {
    let line = &mut lines[row + 1];
    let changed = line.replacen(from, to, 1);
    assert_ne!(&changed, line, "row {row} has {from}");
    *line = changed;
}

fn counts(admin: &mut Client) -> Vec<i64> {
    ["property", "person", "registration", "change_log"]
        .iter()
        .map(|t| {
            admin
                .query_one(&format!("SELECT count(*) FROM {t}"), &[])
                .unwrap()
                .get(0)
        })
        .collect()
}

fn export(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    interchange::export(store, Format::Csv, &mut out).unwrap();
    out
}

#[test]
fn a_bad_row_found_after_rows_were_sent_leaves_nothing() {
    let Some(url) = test_server("a_bad_row_found_after_rows_were_sent_leaves_nothing") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    let before = counts(&mut admin);
    assert_eq!(before[..3], [0, 0, 0]);

    // Near the end: thousands of rows were copied into the tables by then.
    let mut file = lines(ROWS);
    change(&mut file, 8_800, ",temporary,", ",no-such-kind,");
    let refused = interchange::import(&mut store, Format::Csv, &mut &join(&file)[..]);
    let Err(jalga_core::CoreError::ImportRejected(problems)) = refused else {
        panic!("the file is refused: {refused:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "line 8802: kind");
    assert_eq!(counts(&mut admin), before);

    // The same file mended loads whole, into the same empty tables.
    let good = join(&lines(ROWS));
    let summary = interchange::import(&mut store, Format::Csv, &mut &good[..]).unwrap();
    assert_eq!(summary.records, ROWS);
    let after = counts(&mut admin);
    assert_eq!(after[..3], [ROWS as i64 / 5, ROWS as i64, ROWS as i64]);
}

/// A person and a dwelling named again thousands of rows later, with other
/// details: the first row's stay (as on SQLite, where each row's person
/// and dwelling are inserted only if absent).
#[test]
fn a_key_met_again_in_a_later_batch_ends_as_on_sqlite() {
    let Some(url) = test_server("a_key_met_again_in_a_later_batch_ends_as_on_sqlite") else {
        return;
    };
    let mut file = lines(ROWS);
    change(&mut file, 8_500, "p-00008500", "p-00000001");
    change(&mut file, 8_500, "d-00001700", "d-00000000");
    change(&mut file, 8_700, "p-00008700", "p-00008650");
    let file = join(&file);

    let dir = tempfile::tempdir().unwrap();
    let mut local = Store::open(&dir.path().join("local.sqlite3")).unwrap();
    interchange::import(&mut local, Format::Csv, &mut &file[..]).unwrap();
    let db = ScratchDb::create(&url).unwrap();
    let mut server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    interchange::import(&mut server, Format::Csv, &mut &file[..]).unwrap();

    assert_eq!(server.count::<Person>().unwrap(), ROWS - 2);
    assert_eq!(server.count::<Property>().unwrap(), ROWS / 5);
    assert_eq!(
        server.list::<Person>().unwrap(),
        local.list::<Person>().unwrap()
    );
    assert_eq!(
        server.list::<Property>().unwrap(),
        local.list::<Property>().unwrap()
    );
    assert_eq!(export(&server), export(&local));
    let first = server.get::<Person>("p-00000001").unwrap().unwrap();
    let one = local.get::<Person>("p-00000001").unwrap().unwrap();
    assert_eq!(first, one);
    assert_eq!(first.surname, lines(2)[2].split(',').nth(12).unwrap());
}

/// Puts and inserts-if-absent of keys sent several batches before: the
/// last put wins, an insert-if-absent yields, on both backends.
#[test]
fn puts_and_inserts_of_keys_sent_batches_before_keep_their_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut stores = vec![(Store::open(&dir.path().join("f.sqlite3")).unwrap(), None)];
    if let Some(url) = test_server("puts_and_inserts_of_keys_sent_batches_before_keep_their_order")
    {
        let db = ScratchDb::create(&url).unwrap();
        let server = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
        stores.push((server, Some(db)));
    }
    for (mut store, _keep) in stores {
        let bulk = store
            .write("import")
            .unwrap()
            .bulk(&[Property::TABLE])
            .unwrap();
        let mut puts = bulk.writer::<Property>(true).unwrap();
        let mut inserts = bulk.writer::<Property>(false).unwrap();
        inserts.write(&bulk, &flat("kept", 2)).unwrap();
        for i in 0..20_000 {
            puts.write(&bulk, &flat(&format!("f-{i:05}"), 1)).unwrap();
        }
        puts.write(&bulk, &flat("f-00005", 7)).unwrap();
        inserts.write(&bulk, &flat("f-00006", 9)).unwrap();
        inserts.write(&bulk, &flat("kept", 4)).unwrap();
        puts.write(&bulk, &flat("f-00005", 8)).unwrap();
        inserts.write(&bulk, &flat("new", 3)).unwrap();
        for i in 0..10_000 {
            inserts
                .write(&bulk, &flat(&format!("g-{i:05}"), 5))
                .unwrap();
        }
        puts.write(&bulk, &flat("g-00007", 6)).unwrap();
        drop((puts, inserts));
        let mut bulk = bulk;
        bulk.count(Property::TABLE, 20_003);
        bulk.commit().unwrap();
        let rooms = |id: &str| store.get::<Property>(id).unwrap().unwrap().rooms;
        assert_eq!(
            [
                rooms("f-00005"),
                rooms("f-00006"),
                rooms("kept"),
                rooms("new"),
                rooms("g-00007"),
                rooms("g-00008"),
                rooms("f-19999"),
            ],
            [8, 1, 2, 3, 6, 5, 1],
            "{:?}",
            store.backend()
        );
        assert_eq!(store.count::<Property>().unwrap(), 30_002);
    }
}
