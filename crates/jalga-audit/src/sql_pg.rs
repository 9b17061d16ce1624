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
//! The server's planner cannot know how few rows a check's filter keeps
//! (a city's violations are rare, and its estimates of `HAVING count(*) > 1`
//! or of a partial index's predicate are guesses), and planned for many it
//! hashes whole tables. Where a check looks a handful of rows up, its text
//! says so: a `LATERAL` subquery or an `EXISTS` closed with `OFFSET 0` is
//! run for each row it is given, through an index, and is never turned into
//! a join over the whole table. The rows are the same; only the plan is
//! fixed.
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
/// The dwellings come from what the server keeps (schema step 14,
/// `property_crowding`): those whose area per registration submitted or
/// registered, of any dates, is within `:m2` (by the preset's basis) and
/// where one of them started on or after `:new_from`, one range of an index;
/// a slight margin is added so that rounding the division can only let more
/// through. For each of those, the registrations in force on `:today` are
/// grouped by relation; a dwelling goes on when all its groups together are
/// over the norm and one started on or after `:new_from`, as before. The
/// areas are the kept copies.
pub const OVERCROWDED: &str = concat!(
    "WITH dense AS (
    SELECT property_id, useful_area, living_area, total_area FROM property_crowding
    WHERE :basis::text = 'living' AND living_area / registered <= :m2::numeric * 1.000001
      AND latest >= :new_from::date
    UNION ALL
    SELECT property_id, useful_area, living_area, total_area FROM property_crowding
    WHERE :basis::text <> 'living' AND useful_area / registered <= :m2::numeric * 1.000001
      AND latest >= :new_from::date
), grouped AS (
    SELECT c.property_id, g.relation, g.registered, g.n, g.latest,
           c.useful_area, c.living_area, c.total_area,
           sum(g.n) OVER dwelling AS people, max(g.latest) OVER dwelling AS newest
    FROM dense c
    CROSS JOIN LATERAL (
        SELECT coalesce(o.relation, 'unrelated') AS relation,
               r.date_from < :new_from::date AS registered, count(*) AS n,
               max(r.date_from) AS latest
        FROM registration r
        LEFT JOIN LATERAL (SELECT o.relation FROM occupant o
                           WHERE o.lease_id = r.lease_id AND o.person_id = r.person_id OFFSET 0) o
          ON true
        WHERE r.property_id = c.property_id AND ",
    registered_on!("r"),
    "
        GROUP BY 1, 2
    ) g
    WINDOW dwelling AS (PARTITION BY c.property_id COLLATE \"C\"
                        ORDER BY g.relation COLLATE \"C\", g.registered
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT property_id, relation, registered, n, latest, useful_area, living_area, total_area
FROM grouped
WHERE newest >= :new_from::date
  AND people::bigint * :m2::float8
    > CASE :basis::text WHEN 'living' THEN living_area ELSE useful_area END
ORDER BY property_id COLLATE \"C\", relation COLLATE \"C\", registered"
);

/// See [`sql::DOUBLE`]. The same pairs, found from the few people who can
/// have one, as the server keeps them (schema step 14): a person with two
/// registrations, not drafts, of one kind at two dwellings whose periods
/// overlap (`person_registered_twice`), and the records that share an IIN
/// (`iin_recorded_twice`). Only their registrations are looked up, by
/// person, and paired.
pub const DOUBLE: &str = "WITH same AS MATERIALIZED (
    SELECT person_id AS a, person_id AS b FROM person_registered_twice
    UNION ALL
    SELECT p.id, q.id
    FROM iin_recorded_twice d
    CROSS JOIN LATERAL (SELECT id FROM person WHERE iin = d.iin OFFSET 0) p
    CROSS JOIN LATERAL (SELECT id FROM person WHERE iin = d.iin AND id <> p.id OFFSET 0) q
)
SELECT a.person_id, a.id, a.property_id, a.date_from, a.date_to,
       b.id, b.property_id, b.date_from, b.date_to, a.kind, b.person_id
FROM same s
CROSS JOIN LATERAL (SELECT person_id, id, property_id, date_from, date_to, kind
                    FROM registration WHERE person_id = s.a AND status <> 'draft' OFFSET 0) a
JOIN LATERAL (SELECT person_id, id, property_id, date_from, date_to, kind
              FROM registration WHERE person_id = s.b AND status <> 'draft' OFFSET 0) b
  ON b.id COLLATE \"C\" > a.id AND b.kind = a.kind
  AND a.property_id <> b.property_id
  AND a.date_from < coalesce(b.date_to, 'infinity'::date)
  AND b.date_from < coalesce(a.date_to, 'infinity'::date)";

/// See [`sql::PEOPLE_IIN`]: only the people the server's index of suspects
/// holds (schema step 13, `jalga_iin_suspect`: every person the IIN check
/// can report, and a few it then clears), not the whole city. The same
/// expression as the index's predicate, so the server reads the index.
pub const PEOPLE_IIN: &str = "SELECT id, kind, iin, birth_date, sex FROM person
WHERE jalga_iin_suspect(kind, iin, birth_date, sex)";

/// See [`sql::DUPLICATE_PERSON`]: the IINs recorded twice as the server
/// keeps them (schema step 14), and only their records listed. A login
/// limited to a district sees such an IIN where it sees one of its records,
/// and counts only the records it sees, as the grouping of its people did.
pub const DUPLICATE_PERSON: &str = "SELECT d.iin, x.ids, x.n
FROM iin_recorded_twice d
CROSS JOIN LATERAL (SELECT string_agg(p.id, ',' ORDER BY p.id COLLATE \"C\") AS ids, count(*) AS n
                    FROM person p WHERE p.iin = d.iin) x
WHERE x.n > 1
ORDER BY d.iin COLLATE \"C\"";

/// See [`sql::NO_LEASE`]: the same text, each `NOT EXISTS` looked up for
/// each candidate (`OFFSET 0`) rather than joined over every lease.
pub const NO_LEASE: &str = "SELECT r.id, r.person_id, r.property_id, r.date_from, r.date_to
FROM registration r
WHERE r.lease_id IS NULL AND r.kind = 'temporary' AND r.status <> 'draft'
  AND NOT EXISTS (
    SELECT 1 FROM owner o JOIN person p ON p.id = r.person_id
    WHERE o.property_id = r.property_id AND p.iin IS NOT NULL AND o.iin_bin = p.iin OFFSET 0)
  AND NOT EXISTS (
    SELECT 1 FROM occupant o JOIN lease l ON l.id = o.lease_id
    WHERE o.person_id = r.person_id AND l.property_id = r.property_id OFFSET 0)
  AND NOT EXISTS (
    SELECT 1 FROM lease l
    WHERE l.tenant_id = r.person_id AND l.property_id = r.property_id OFFSET 0)";

/// See [`sql::OUTSIDE_LEASE`]: the registrations the server keeps as
/// outside their lease (schema step 14, `registration_outside_lease`), each
/// looked up with its lease and tested again.
pub const OUTSIDE_LEASE: &str = "SELECT r.id, r.person_id, r.property_id, r.date_from, r.date_to,
       l.id, l.start_date, l.end_date
FROM registration_outside_lease x
CROSS JOIN LATERAL (SELECT * FROM registration r WHERE r.id = x.registration_id OFFSET 0) r
CROSS JOIN LATERAL (SELECT * FROM lease l WHERE l.id = r.lease_id OFFSET 0) l
WHERE r.status <> 'draft'
  AND (r.date_from < l.start_date
       OR (l.end_date IS NOT NULL AND coalesce(r.date_to, 'infinity'::date) > l.end_date))";

/// See [`sql::LATE_REGISTRATION`]: the delay is `submitted_on - date_from`
/// days (the expression the `registration_submission_delay` index holds);
/// the person of each candidate is looked up by id.
pub const LATE_REGISTRATION: &str = "SELECT r.id, r.person_id, r.property_id, r.kind, r.status,
       r.date_from, r.date_to, r.submitted_on, p.birth_date
FROM registration r
CROSS JOIN LATERAL (SELECT kind, birth_date FROM person p WHERE p.id = r.person_id OFFSET 0) p
WHERE p.kind = 'citizen' AND (
    (r.submitted_on IS NOT NULL AND r.submitted_on - r.date_from > :days::int
     AND r.status <> 'draft')
 OR (r.status = 'draft' AND r.date_from < :today::date - :days::int))";

/// See [`sql::LATE_NOTICE`]; the person of each candidate is looked up
/// by id.
pub const LATE_NOTICE: &str =
    "SELECT n.id, n.person_id, n.property_id, n.arrival_date, n.status, n.filed_on,
       p.citizenship, p.entry_date,
       EXISTS (SELECT 1 FROM foreigner_notice e
               WHERE e.person_id = n.person_id AND e.arrival_date < n.arrival_date) AS moved
FROM foreigner_notice n
CROSS JOIN LATERAL (SELECT citizenship, entry_date FROM person p
                    WHERE p.id = n.person_id OFFSET 0) p
WHERE (n.filed_on IS NOT NULL AND n.filed_on - n.arrival_date > :days::int)
   OR (n.status = 'draft' AND n.filed_on IS NULL
       AND :today::date - n.arrival_date > :days::int)";

/// See [`sql::OVERSTAY`]; `:countries` is the same JSON array. The
/// countries are one array, made once, so the server tests a foreigner's
/// citizenship before it looks up their registration: as a join with the
/// list, the lookup ran first, for every foreigner past the day count of
/// any country (364,710 lookups for 9,540 rows in a city of 20 million:
/// 10.4 s in `psql`, now 3.3 s).
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
      AND p.citizenship = ANY (ARRAY(SELECT json_array_elements_text(:countries::json)))
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
    pub const NO_LEASE: Query = Query::both(sql::NO_LEASE, super::NO_LEASE);
    pub const OUTSIDE_LEASE: Query = Query::both(sql::OUTSIDE_LEASE, super::OUTSIDE_LEASE);
    pub const PEOPLE_IIN: Query = Query::both(sql::PEOPLE_IIN, super::PEOPLE_IIN);
    pub const LATE_REGISTRATION: Query =
        Query::both(sql::LATE_REGISTRATION, super::LATE_REGISTRATION);
    pub const LATE_NOTICE: Query = Query::both(sql::LATE_NOTICE, super::LATE_NOTICE);
    pub const OVERSTAY: Query = Query::both(sql::OVERSTAY, super::OVERSTAY);
    pub const NO_CONSENT: Query = Query::both(sql::NO_CONSENT, super::NO_CONSENT);
}
