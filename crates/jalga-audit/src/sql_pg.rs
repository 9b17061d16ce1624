//! The audit's candidate queries in PostgreSQL's dialect, next to
//! [`crate::sql`]'s SQLite texts: the same candidates, on the server's
//! real types. Days are `date`s compared and subtracted as days
//! (`submitted_on - date_from` is a number of days, `:today::date - :days`
//! a day), areas exact `numeric`s; ids are compared and ordered bytewise
//! (`COLLATE "C"`), as SQLite compares them, so both stores pick the same
//! row of a pair and list ids in the same order. Parameters are named as
//! in SQLite (`:today`), which is also how `psql` names its variables, so
//! the benchmark runs these texts in `psql` unchanged; each is cast to the
//! type it stands for.
//!
//! [`queries`] pairs each SQLite text with its PostgreSQL twin.

use jalga_store::query::Query;

use crate::sql;

/// "Registered on `:today`" for registration `$r`: the twin of
/// `jalga_store::registered_on_sql!`.
macro_rules! registered_on {
    ($r:literal) => {
        concat!(
            $r,
            ".status IN ('submitted', 'registered') AND ",
            $r,
            ".date_from <= :today::date AND (",
            $r,
            ".date_to IS NULL OR ",
            $r,
            ".date_to >= :today::date)"
        )
    };
}

/// See [`sql::OVERCROWDED`]. `registered` is a boolean (read as 0 or 1).
pub const OVERCROWDED: &str = concat!(
    "WITH active AS (
    SELECT r.property_id, count(*) AS n FROM registration r
    WHERE ",
    registered_on!("r"),
    "
    GROUP BY r.property_id
    HAVING max(r.date_from) >= :new_from::date
), candidate AS (
    SELECT a.property_id, d.useful_area, d.living_area, d.total_area
    FROM active a JOIN property d ON d.id = a.property_id
    WHERE a.n * :m2::float8
        > CASE :basis::text WHEN 'living' THEN d.living_area ELSE d.useful_area END
)
SELECT r.property_id, coalesce(o.relation, 'unrelated') AS relation,
       r.date_from < :new_from::date AS registered, count(*) AS n,
       max(r.date_from) AS latest, c.useful_area, c.living_area, c.total_area
FROM candidate c
JOIN registration r ON r.property_id = c.property_id
LEFT JOIN occupant o ON o.lease_id = r.lease_id AND o.person_id = r.person_id
WHERE ",
    registered_on!("r"),
    "
GROUP BY 1, 2, 3, 6, 7, 8
ORDER BY r.property_id COLLATE \"C\", coalesce(o.relation, 'unrelated') COLLATE \"C\", 3"
);

/// See [`sql::DOUBLE`].
pub const DOUBLE: &str = "WITH same AS (
    SELECT id AS a, id AS b FROM person
    UNION ALL
    SELECT p.id, q.id FROM person p JOIN person q ON q.iin = p.iin AND q.id <> p.id
    WHERE p.iin IS NOT NULL
)
SELECT a.person_id, a.id, a.property_id, a.date_from, a.date_to,
       b.id, b.property_id, b.date_from, b.date_to, a.kind, b.person_id
FROM same s
JOIN registration a ON a.person_id = s.a
JOIN registration b ON b.person_id = s.b AND b.id COLLATE \"C\" > a.id
WHERE a.status <> 'draft' AND b.status <> 'draft' AND b.kind = a.kind
  AND a.property_id <> b.property_id
  AND a.date_from < coalesce(b.date_to, 'infinity'::date)
  AND b.date_from < coalesce(a.date_to, 'infinity'::date)";

/// See [`sql::DUPLICATE_PERSON`]: the IINs recorded twice are found first
/// (a hash of every IIN), and only their records are listed.
pub const DUPLICATE_PERSON: &str =
    "SELECT p.iin, string_agg(p.id, ',' ORDER BY p.id COLLATE \"C\") AS ids, count(*) AS n
FROM person p
WHERE p.iin IN (SELECT iin FROM person WHERE iin IS NOT NULL GROUP BY iin HAVING count(*) > 1)
GROUP BY p.iin
ORDER BY p.iin COLLATE \"C\"";

/// See [`sql::OUTSIDE_LEASE`].
pub const OUTSIDE_LEASE: &str = "SELECT r.id, r.person_id, r.property_id, r.date_from, r.date_to,
       l.id, l.start_date, l.end_date
FROM lease l
JOIN registration r ON r.lease_id = l.id
WHERE r.lease_id IS NOT NULL AND r.status <> 'draft'
  AND (r.date_from < l.start_date
       OR (l.end_date IS NOT NULL AND coalesce(r.date_to, 'infinity'::date) > l.end_date))";

/// See [`sql::LATE_REGISTRATION`]: the delay is `submitted_on - date_from`
/// days (the expression the `registration_submission_delay` index holds).
pub const LATE_REGISTRATION: &str = "SELECT r.id, r.person_id, r.property_id, r.kind, r.status,
       r.date_from, r.date_to, r.submitted_on, p.birth_date
FROM registration r JOIN person p ON p.id = r.person_id
WHERE p.kind = 'citizen' AND (
    (r.submitted_on IS NOT NULL AND r.submitted_on - r.date_from > :days::int
     AND r.status <> 'draft')
 OR (r.status = 'draft' AND r.date_from < :today::date - :days::int))";

/// See [`sql::LATE_NOTICE`].
pub const LATE_NOTICE: &str =
    "SELECT n.id, n.person_id, n.property_id, n.arrival_date, n.status, n.filed_on,
       p.citizenship, p.entry_date,
       EXISTS (SELECT 1 FROM foreigner_notice e
               WHERE e.person_id = n.person_id AND e.arrival_date < n.arrival_date) AS moved
FROM foreigner_notice n JOIN person p ON p.id = n.person_id
WHERE (n.filed_on IS NOT NULL AND n.filed_on - n.arrival_date > :days::int)
   OR (n.status = 'draft' AND n.filed_on IS NULL
       AND :today::date - n.arrival_date > :days::int)";

/// See [`sql::OVERSTAY`]; `:countries` is the same JSON array.
pub const OVERSTAY: &str = concat!(
    "SELECT id, citizenship, entry_date, labour_contract_end, at FROM (
    SELECT p.id, p.citizenship, p.entry_date, p.labour_contract_end,
       (SELECT r.property_id FROM registration r WHERE r.person_id = p.id AND ",
    registered_on!("r"),
    "
        ORDER BY r.date_from DESC, r.id COLLATE \"C\" DESC LIMIT 1) AS at
    FROM person p
    WHERE p.kind = 'foreigner' AND p.entry_date IS NOT NULL
      AND p.entry_date < :today::date - :days::int
      AND p.citizenship IN (SELECT json_array_elements_text(:countries::json))
) x
WHERE at IS NOT NULL"
);

/// See [`sql::NO_CONSENT`].
pub const NO_CONSENT: &str = "SELECT r.property_id, r.id, r.date_from
FROM registration r
WHERE r.consent_by IS NULL AND r.status <> 'draft' AND r.date_from >= :since::date
ORDER BY r.property_id COLLATE \"C\", r.date_from, r.id COLLATE \"C\"";

/// Each candidate query in both dialects.
pub mod queries {
    use super::*;

    pub const OVERCROWDED: Query = Query::both(sql::OVERCROWDED, super::OVERCROWDED);
    pub const DOUBLE: Query = Query::both(sql::DOUBLE, super::DOUBLE);
    pub const DUPLICATE_PERSON: Query = Query::both(sql::DUPLICATE_PERSON, super::DUPLICATE_PERSON);
    /// The same text on both: no day arithmetic, no order.
    pub const NO_LEASE: Query = Query::both(sql::NO_LEASE, sql::NO_LEASE);
    pub const OUTSIDE_LEASE: Query = Query::both(sql::OUTSIDE_LEASE, super::OUTSIDE_LEASE);
    /// The same text on both: the dates come back as `YYYY-MM-DD`.
    pub const PEOPLE_IIN: Query = Query::both(sql::PEOPLE_IIN, sql::PEOPLE_IIN);
    pub const LATE_REGISTRATION: Query =
        Query::both(sql::LATE_REGISTRATION, super::LATE_REGISTRATION);
    pub const LATE_NOTICE: Query = Query::both(sql::LATE_NOTICE, super::LATE_NOTICE);
    pub const OVERSTAY: Query = Query::both(sql::OVERSTAY, super::OVERSTAY);
    pub const NO_CONSENT: Query = Query::both(sql::NO_CONSENT, super::NO_CONSENT);
}
