//! The handover act's table (`0008-handover.sql`): one row per lease and
//! direction; its three lists are JSON arrays in their columns.

use rusqlite::types::Value;
use rusqlite::Row;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::repo::{bad, c, code, d, date, ot, t, Columns, Entity, EntityKind};
use crate::domain::Handover;

fn json<T: Serialize>(v: &T) -> Value {
    // Plain structs of strings and numbers: serialising cannot fail.
    Value::Text(serde_json::to_string(v).unwrap_or_else(|_| "[]".to_owned()))
}

fn list<T: DeserializeOwned>(row: &Row<'_>, col: usize) -> rusqlite::Result<Vec<T>> {
    let s: String = row.get(col)?;
    serde_json::from_str(&s).map_err(|e| bad(col, format!("{e}")))
}

impl Entity for Handover {
    const KIND: EntityKind = EntityKind::Handover;
    const TABLE: &'static str = "handover";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "lease_id",
        "direction",
        "handed_on",
        "inventory",
        "meters",
        "keys",
        "remarks",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Handover {
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.lease_id),
            c(self.direction),
            d(self.handed_on),
            json(&self.inventory),
            json(&self.meters),
            json(&self.keys),
            ot(&self.remarks),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Handover {
            id: r.get(0)?,
            lease_id: r.get(1)?,
            direction: code(r, 2)?,
            handed_on: date(r, 3)?,
            inventory: list(r, 4)?,
            meters: list(r, 5)?,
            keys: list(r, 6)?,
            remarks: r.get(7)?,
        })
    }
}
