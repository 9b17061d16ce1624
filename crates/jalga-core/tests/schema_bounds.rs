//! `0008-handover.sql`: every date column added after `0007-hardening.sql`
//! takes only a real day within 1900–2100, on insert and on update, and the
//! handover table holds its own shape, whatever code writes to it.

use jalga_core::interchange;
use jalga_core::Store;
use jalga_testkit::demo::demo_bundle;

const BAD: &[&str] = &[
    "+262142-12-30",
    "2026-02-30",
    "2026-1-5",
    "1899-12-31",
    "2101-01-01",
    "soon",
];
const GOOD: &[&str] = &["1900-01-01", "2026-02-28", "2100-12-31"];

fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
    interchange::write_bundle(&mut store, &demo_bundle()).unwrap();
    let c = store.raw_connection();
    c.execute(
        "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, status, \
         date_from, date_to) VALUES ('f-1', '2026-12-01T10:00:00', 'registration', \
         'ast-kabanbay-53-112', 'registered', '2026-01-15', NULL)",
        [],
    )
    .unwrap();
    (dir, store)
}

/// (table, column, the row changed): one case per bounded column.
const COLUMNS: &[(&str, &str, &str)] = &[
    ("person", "labour_contract_end", "rowid = 1"),
    ("person", "visa_valid_from", "rowid = 1"),
    ("person", "visa_valid_to", "rowid = 1"),
    ("lease", "signed_on", "rowid = 1"),
    ("lease", "poa_date", "rowid = 1"),
    ("forgotten_fact", "date_from", "tombstone_id = 'f-1'"),
    ("forgotten_fact", "date_to", "tombstone_id = 'f-1'"),
    ("handover", "handed_on", "rowid = 1"),
];

#[test]
fn each_later_date_column_refuses_an_out_of_range_day_on_update() {
    let (_dir, store) = demo_store();
    let c = store.raw_connection();
    for (table, column, row) in COLUMNS {
        // Other date columns of the row out of the way, so that only this
        // one is judged (a visa's validity must be whole, a lease's power
        // of attorney dated: those are validation's rules, not the schema's).
        for bad in BAD {
            let e = c
                .execute(
                    &format!("UPDATE {table} SET {column} = ?1 WHERE {row}"),
                    [bad],
                )
                .unwrap_err();
            assert!(
                e.to_string().contains("CHECK"),
                "{table}.{column} = {bad}: {e}"
            );
        }
        for good in GOOD {
            let n = c
                .execute(
                    &format!("UPDATE {table} SET {column} = ?1 WHERE {row}"),
                    [good],
                )
                .unwrap_or_else(|e| panic!("{table}.{column} = {good}: {e}"));
            assert_eq!(n, 1, "{table}.{column}: the row exists");
        }
    }
}

#[test]
fn each_later_date_column_refuses_an_out_of_range_day_on_insert() {
    let (_dir, store) = demo_store();
    let c = store.raw_connection();
    for (table, column, row) in COLUMNS {
        // A copy of an existing row, with a new key and the bad day.
        let cols: Vec<String> = {
            let mut stmt = c.prepare("SELECT name FROM pragma_table_info(?1)").unwrap();
            stmt.query_map([table], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let key = &cols[0];
        let others: Vec<&String> = cols
            .iter()
            .filter(|n| *n != key && *n != column && !(*table == "person" && *n == "iin"))
            .collect();
        let list = others
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        // The handover table allows one act per lease and direction.
        let unique = if *table == "handover" {
            "DELETE FROM handover WHERE rowid <> 1;"
        } else {
            ""
        };
        c.execute_batch(unique).unwrap();
        for bad in BAD {
            let sql = format!(
                "INSERT INTO {table} ({key}, {column}, {list}) \
                 SELECT 'copy-' || {key}, ?1, {list} FROM {table} WHERE {row}"
            );
            let sql = if *table == "handover" {
                sql.replace(
                    "SELECT 'copy-' || id, ?1, lease_id, direction",
                    "SELECT 'copy-' || id, ?1, lease_id, 'return'",
                )
            } else {
                sql
            };
            let e = c.execute(&sql, [bad]).unwrap_err();
            assert!(
                e.to_string().contains("CHECK"),
                "{table}.{column} = {bad}: {e}"
            );
        }
    }
}

#[test]
fn the_handover_table_keeps_its_shape() {
    let (_dir, store) = demo_store();
    let c = store.raw_connection();
    let bad = [
        ("direction", "'sideways'"),
        ("inventory", "'{\"room\":1}'"),
        ("meters", "'not json'"),
        ("keys", "'3'"),
    ];
    for (column, value) in bad {
        let e = c
            .execute_batch(&format!(
                "UPDATE handover SET {column} = {value} WHERE rowid = 1"
            ))
            .unwrap_err();
        assert!(e.to_string().contains("CHECK"), "{column} = {value}: {e}");
    }
    // One act per lease and direction.
    let e = c
        .execute_batch(
            "INSERT INTO handover (id, lease_id, direction, handed_on) \
             SELECT 'twice', lease_id, direction, handed_on FROM handover WHERE rowid = 1",
        )
        .unwrap_err();
    assert!(e.to_string().contains("UNIQUE"), "{e}");
    // And an act goes with its lease.
    let e = c
        .execute_batch(
            "INSERT INTO handover (id, lease_id, direction, handed_on) \
             VALUES ('orphan', 'l-nowhere', 'move-in', '2026-01-01')",
        )
        .unwrap_err();
    assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
}
