//! The charts' aggregates and the deadline engine's record look-ups on the
//! office server, for [`crate::stats`] and [`crate::rule_facts`]: the same
//! questions in PostgreSQL's dialect, on real `date` columns (a month is
//! `to_char(date_from, 'YYYY-MM')`, "registered on a day" compares days),
//! texts ordered bytewise as SQLite orders them.

use serde::de::DeserializeOwned;

use super::PgStore;
use crate::query::Param;
use crate::stats::{DwellingDensity, StatsFilter};
use crate::{CoreError, Entity};

/// Registrations started per month (`YYYY-MM`), months without any left
/// out (the caller fills them), as `stats::registrations_per_month` asks.
const PER_MONTH: &str = "SELECT to_char(r.date_from, 'YYYY-MM') AS m, count(*)
FROM registration r JOIN property d ON d.id = r.property_id
WHERE (:district::text IS NULL OR d.district = :district::text)
  AND (:from::date IS NULL OR r.date_from >= :from::date)
  AND (:to::date IS NULL OR r.date_from <= :to::date)
GROUP BY m ORDER BY min(r.date_from)";

/// The dwellings with the least area per person registered on `:today`;
/// the area per person divided in `double precision`, as SQLite divides.
const DENSEST: &str = "SELECT d.id, d.street, d.building, d.flat, d.district, d.useful_area,
       count(DISTINCT r.person_id) AS people, d.city
FROM registration r JOIN property d ON d.id = r.property_id
WHERE r.status IN ('submitted', 'registered') AND r.date_from <= :today::date
  AND (r.date_to IS NULL OR r.date_to >= :today::date)
  AND (:district::text IS NULL OR d.district = :district::text)
GROUP BY d.id
ORDER BY d.useful_area::float8 / count(DISTINCT r.person_id) ASC, people DESC, d.id COLLATE \"C\"
LIMIT :top";

const DISTRICTS: &str = "SELECT district FROM (
    SELECT DISTINCT district FROM property WHERE district IS NOT NULL) x
ORDER BY district COLLATE \"C\"";

fn day(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

fn text_or_null(s: &Option<String>) -> Param<'_> {
    s.as_deref().map_or(Param::Null, Param::Text)
}

impl PgStore {
    pub(crate) fn registrations_per_month(
        &mut self,
        filter: &StatsFilter,
    ) -> Result<Vec<(String, u64)>, CoreError> {
        let (from, to) = (day(filter.from), day(filter.to));
        let params = [
            (":district", text_or_null(&filter.district)),
            (":from", text_or_null(&from)),
            (":to", text_or_null(&to)),
        ];
        self.rows_of(PER_MONTH, &params, |r| {
            Ok((r.get::<String>(0)?, r.get::<i64>(1)?.max(0) as u64))
        })
    }

    pub(crate) fn densest_dwellings(
        &mut self,
        today: chrono::NaiveDate,
        district: Option<&str>,
        top: u32,
    ) -> Result<Vec<DwellingDensity>, CoreError> {
        let today = today.format("%Y-%m-%d").to_string();
        let params = [
            (":today", Param::Text(&today)),
            (":district", district.map_or(Param::Null, Param::Text)),
            (":top", Param::Int(top.into())),
        ];
        self.rows_of(DENSEST, &params, |r| {
            let useful_area: f64 = r.get(5)?;
            let people = r.get::<i64>(6)?.max(0) as u64;
            Ok(DwellingDensity {
                property_id: r.get(0)?,
                address: crate::domain::on_day::address_label(
                    r.text(7)?,
                    r.text(1)?,
                    r.text(2)?,
                    r.opt_text(3)?,
                ),
                district: r.get(4)?,
                useful_area,
                people,
                m2_per_person: useful_area / people as f64,
            })
        })
    }

    pub(crate) fn districts(&mut self) -> Result<Vec<String>, CoreError> {
        self.rows_of(DISTRICTS, &[], |r| r.get(0))
    }

    /// The records of `T` of one person at one dwelling, by id.
    pub(crate) fn at_place<T: Entity + DeserializeOwned>(
        &mut self,
        person: &str,
        property: &str,
    ) -> Result<Vec<T>, CoreError> {
        let cols = T::COLUMNS.join(", ");
        let sql = format!(
            "SELECT to_json(x)::text FROM (SELECT {cols} FROM {} \
             WHERE person_id = $1 AND property_id = $2) x ORDER BY x.id COLLATE \"C\"",
            T::TABLE
        );
        let statement = self.prepared(&sql)?;
        let rows = self
            .client
            .query(&statement, &[&person, &property])
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(|r| super::from_json::<T>(&self.name, r.get(0)))
            .collect()
    }
}
