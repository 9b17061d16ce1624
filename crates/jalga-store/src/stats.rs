//! Aggregates behind the clerk's charts: registrations started per month,
//! and the dwellings with the least area per registered person. Each is
//! one grouped query over the indexed tables, so a city answers quickly.

use chrono::{Datelike, NaiveDate};
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::Store;

/// Registrations that started in one calendar month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// A dwelling and how many people were registered there on a day.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DwellingDensity {
    pub property_id: String,
    /// Street, building and flat, as a person reads them.
    pub address: String,
    pub district: Option<String>,
    pub useful_area: f64,
    #[ts(type = "number")]
    pub people: u64,
    /// Useful area divided by the people registered.
    pub m2_per_person: f64,
}

/// What the charts may be narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsFilter {
    pub district: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Registrations by the month they start, oldest first. Months inside the
/// range with none are listed with 0, so a chart's axis has no holes.
pub fn registrations_per_month(
    store: &Store,
    filter: &StatsFilter,
) -> Result<Vec<MonthCount>, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return Ok(fill_months(server.registrations_per_month(filter)?));
    }
    let sql = "SELECT substr(r.date_from, 1, 7) AS m, COUNT(*) FROM registration r \
        JOIN property d ON d.id = r.property_id \
        WHERE (?1 IS NULL OR d.district = ?1) \
          AND (?2 IS NULL OR r.date_from >= ?2) \
          AND (?3 IS NULL OR r.date_from <= ?3) \
        GROUP BY m ORDER BY m";
    let mut stmt = store.conn().prepare(sql).map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map(
            params![
                filter.district,
                filter.from.map(|d| d.to_string()),
                filter.to.map(|d| d.to_string())
            ],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)),
        )
        .map_err(|e| store.err(e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| store.err(e))?;
    Ok(fill_months(rows))
}

/// `(YYYY-MM, n)` pairs, sorted, with the missing months in between as 0.
fn fill_months(rows: Vec<(String, u64)>) -> Vec<MonthCount> {
    let parse = |m: &str| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok();
    let mut out: Vec<MonthCount> = Vec::with_capacity(rows.len());
    for (month, count) in rows {
        if let (Some(prev), Some(next)) = (out.last().and_then(|p| parse(&p.month)), parse(&month))
        {
            let mut m = next_month(prev);
            while m < next {
                out.push(MonthCount {
                    month: m.format("%Y-%m").to_string(),
                    count: 0,
                });
                m = next_month(m);
            }
        }
        out.push(MonthCount { month, count });
    }
    out
}

fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).expect("first of a month")
}

/// The `top` dwellings with the least useful area per person registered
/// on `day` (submitted or registered, the day within the period), most
/// crowded first; ties go to more people, then to the id.
pub fn densest_dwellings(
    store: &Store,
    day: NaiveDate,
    district: Option<&str>,
    top: u32,
) -> Result<Vec<DwellingDensity>, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return server.densest_dwellings(day, district, top);
    }
    let sql = concat!(
        "SELECT d.id, d.street, d.building, d.flat, d.district, d.useful_area, \
            COUNT(DISTINCT r.person_id) AS people, d.city \
        FROM registration r JOIN property d ON d.id = r.property_id \
        WHERE ",
        crate::registered_on_sql!("r"),
        " AND (:district IS NULL OR d.district = :district) \
        GROUP BY d.id \
        ORDER BY d.useful_area / COUNT(DISTINCT r.person_id) ASC, people DESC, d.id \
        LIMIT :top"
    );
    let mut stmt = store.conn().prepare(sql).map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map(
            rusqlite::named_params! { ":today": day.to_string(), ":district": district, ":top": top },
            |r| {
            let flat: Option<String> = r.get(3)?;
            let street: String = r.get(1)?;
            let building: String = r.get(2)?;
            let useful_area: f64 = r.get(5)?;
            let people = r.get::<_, i64>(6)? as u64;
            Ok(DwellingDensity {
                property_id: r.get(0)?,
                address: crate::domain::on_day::address_label(
                    &r.get::<_, String>(7)?,
                    &street,
                    &building,
                    flat.as_deref(),
                ),
                district: r.get(4)?,
                useful_area,
                people,
                m2_per_person: useful_area / people as f64,
            })
        })
        .map_err(|e| store.err(e))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(|e| store.err(e))
}

/// Every district named by a dwelling, sorted, for the filters.
pub fn districts(store: &Store) -> Result<Vec<String>, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(mut server) = store.server() {
        return server.districts();
    }
    let mut stmt = store
        .conn()
        .prepare("SELECT DISTINCT district FROM property WHERE district IS NOT NULL ORDER BY 1")
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(|e| store.err(e))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(|e| store.err(e))
}
