//! The audit's candidate queries. Each finds, set-based, the few records a
//! rule must look at; the rule itself runs in Rust on those. Parameters are
//! named (`:today`), so the same text runs in the `sqlite3` shell after
//! `.parameter set` (the benchmark's baseline does exactly that).

/// "Active on a day": submitted or registered, started, not yet ended
/// (`jalga_store::on_day_sql`, the one statement of it in SQL).
use jalga_store::registered_on_sql as active;

/// The overcrowding core query. Dwellings where more people are registered
/// on `:today` than the area allows at `:m2` per person *before*
/// exemptions (a superset of the overcrowded ones), and for those, how many
/// people of each relation (from the lease's occupants; `unrelated` without
/// one) were registered before `:new_from` (the day the norm took effect)
/// or on or after it, with the dwelling's areas. A dwelling where nobody
/// was registered on or after `:new_from` is left out: a norm for new
/// registrations only cannot refuse it (`:new_from` is `1900-01-01` for
/// other norms: the first day a store holds, `limits::FIRST_YEAR`, which
/// PostgreSQL's `date` takes too). (`+r.status` keeps SQLite on the covering index in
/// property order rather than the status index.) Parameters: `:today`,
/// `:m2`, `:basis` (`useful`|`living`), `:new_from`.
pub const OVERCROWDED: &str = concat!(
    "WITH active AS (
    SELECT r.property_id, count(*) AS n FROM registration r
    WHERE +",
    active!("r"),
    "
    GROUP BY r.property_id
    HAVING max(r.date_from) >= :new_from
), candidate AS (
    SELECT a.property_id, d.useful_area, d.living_area, d.total_area
    FROM active a JOIN property d ON d.id = a.property_id
    WHERE a.n * :m2 > CASE :basis WHEN 'living' THEN d.living_area ELSE d.useful_area END
)
SELECT r.property_id, coalesce(o.relation, 'unrelated') AS relation,
       r.date_from < :new_from AS registered, count(*) AS n, max(r.date_from) AS latest,
       c.useful_area, c.living_area, c.total_area
FROM candidate c
JOIN registration r ON r.property_id = c.property_id
LEFT JOIN occupant o ON o.lease_id = r.lease_id AND o.person_id = r.person_id
WHERE ",
    active!("r"),
    "
GROUP BY r.property_id, relation, registered
ORDER BY r.property_id, relation, registered"
);

/// Pairs of one person's registrations of the same kind at different
/// dwellings whose periods overlap by at least a day beyond a moving day.
/// A permanent registration at home and a temporary one where the person
/// stays are the lawful, ordinary case and never pair up. Person records
/// that share an IIN are one person (`same`: each record with itself and
/// with the others of its IIN).
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
JOIN registration b ON b.person_id = s.b AND b.id > a.id
WHERE a.status <> 'draft' AND b.status <> 'draft' AND b.kind = a.kind
  AND a.property_id <> b.property_id
  AND a.date_from < coalesce(b.date_to, '9999-12-31')
  AND b.date_from < coalesce(a.date_to, '9999-12-31')";

/// IINs recorded on more than one person: one person entered twice. The
/// ids in order, comma-separated.
pub const DUPLICATE_PERSON: &str = "SELECT iin, group_concat(id, ',') AS ids, count(*) AS n
FROM (SELECT iin, id FROM person WHERE iin IS NOT NULL ORDER BY iin, id)
GROUP BY iin HAVING count(*) > 1
ORDER BY iin";

/// Temporary registrations with no lease on file: no lease named, the
/// person on no lease of the dwelling (as tenant or occupant: a tenant's or
/// an owner-tenant's relatives are on its occupants list), and not among
/// the dwelling's owners (by IIN). eGov never asks for a lease, so this is
/// only an indicator.
pub const NO_LEASE: &str = "SELECT r.id, r.person_id, r.property_id, r.date_from, r.date_to
FROM registration r
WHERE r.lease_id IS NULL AND r.kind = 'temporary' AND r.status <> 'draft'
  AND NOT EXISTS (
    SELECT 1 FROM owner o JOIN person p ON p.id = r.person_id
    WHERE o.property_id = r.property_id AND p.iin IS NOT NULL AND o.iin_bin = p.iin)
  AND NOT EXISTS (
    SELECT 1 FROM occupant o JOIN lease l ON l.id = o.lease_id
    WHERE o.person_id = r.person_id AND l.property_id = r.property_id)
  AND NOT EXISTS (
    SELECT 1 FROM lease l
    WHERE l.tenant_id = r.person_id AND l.property_id = r.property_id)";

/// Registrations that start before their lease or run past its end.
pub const OUTSIDE_LEASE: &str = "SELECT r.id, r.person_id, r.property_id, r.date_from, r.date_to,
       l.id, l.start_date, l.end_date
FROM lease l
JOIN registration r ON r.lease_id = l.id
WHERE r.lease_id IS NOT NULL AND r.status <> 'draft'
  AND (r.date_from < l.start_date
       OR (l.end_date IS NOT NULL AND coalesce(r.date_to, '9999-12-31') > l.end_date))";

/// Every IIN with the birth date and sex it must agree with.
pub const PEOPLE_IIN: &str = "SELECT id, kind, iin, birth_date, sex FROM person";

/// Citizens' registrations submitted more than `:days` days after they
/// started, or still drafts `:days` days after (with the birth date: a
/// child under 14 is not expected to register).
pub const LATE_REGISTRATION: &str = "SELECT r.id, r.person_id, r.property_id, r.kind, r.status,
       r.date_from, r.date_to, r.submitted_on, p.birth_date
FROM registration r JOIN person p ON p.id = r.person_id
WHERE p.kind = 'citizen' AND (
    (r.submitted_on IS NOT NULL AND julianday(r.submitted_on) - julianday(r.date_from) > :days
     AND r.status <> 'draft')
 OR (r.status = 'draft' AND r.date_from < date(:today, '-' || :days || ' days')))";

/// Notices filed (or, as drafts, still unfiled on `:today`) more than
/// `:days` days after the arrival: the shortest period a notice can have
/// (working days are never fewer than calendar days), so a superset.
pub const LATE_NOTICE: &str =
    "SELECT n.id, n.person_id, n.property_id, n.arrival_date, n.status, n.filed_on,
       p.citizenship, p.entry_date,
       EXISTS (SELECT 1 FROM foreigner_notice e
               WHERE e.person_id = n.person_id AND e.arrival_date < n.arrival_date) AS moved
FROM foreigner_notice n JOIN person p ON p.id = n.person_id
WHERE (n.filed_on IS NOT NULL
       AND julianday(n.filed_on) - julianday(n.arrival_date) > :days)
   OR (n.status = 'draft' AND n.filed_on IS NULL
       AND julianday(:today) - julianday(n.arrival_date) > :days)";

/// Foreigners of the `:countries` (a JSON array: those the stay limit binds)
/// who entered more than `:days` days before `:today` and are registered
/// somewhere on `:today`, with the end of a worker's labour contract.
pub const OVERSTAY: &str = concat!(
    "SELECT p.id, p.citizenship, p.entry_date, p.labour_contract_end,
       (SELECT r.property_id FROM registration r WHERE r.person_id = p.id AND ",
    active!("r"),
    "
        ORDER BY r.date_from DESC, r.id DESC LIMIT 1) AS at
FROM person p
WHERE p.kind = 'foreigner' AND p.entry_date IS NOT NULL
  AND p.entry_date < date(:today, '-' || :days || ' days')
  AND p.citizenship IN (SELECT value FROM json_each(:countries))
  AND at IS NOT NULL"
);

/// Registrations since consent became required (`:since`), without it.
pub const NO_CONSENT: &str = "SELECT r.property_id, r.id, r.date_from
FROM registration r
WHERE r.consent_by IS NULL AND r.status <> 'draft' AND r.date_from >= :since
ORDER BY r.property_id, r.date_from, r.id";

/// The parameters of [`OVERCROWDED`] for a preset on a day; `None` when the
/// preset has no norm or is not in force then (nothing to look for).
#[derive(Debug, Clone, PartialEq)]
pub struct OvercrowdedParams {
    pub today: String,
    pub m2: f64,
    pub basis: &'static str,
    pub new_from: String,
}

impl OvercrowdedParams {
    pub fn new(
        preset: &crate::rules::norm::NormPreset,
        today: chrono::NaiveDate,
    ) -> Option<OvercrowdedParams> {
        use crate::domain::AreaBasis;
        use crate::rules::norm::NormStatus;
        let m2 = preset.m2_per_person?;
        if preset.status == NormStatus::None || !preset.in_force_on(today) {
            return None;
        }
        Some(OvercrowdedParams {
            today: today.format("%Y-%m-%d").to_string(),
            m2,
            basis: match preset.basis {
                AreaBasis::Useful => "useful",
                AreaBasis::Living => "living",
            },
            // Nobody counts as "already registered" unless the preset
            // spares them.
            new_from: match (preset.new_registrations_only, preset.effective_from) {
                (true, Some(d)) => d.format("%Y-%m-%d").to_string(),
                _ => format!("{}-01-01", jalga_domain::limits::FIRST_YEAR),
            },
        })
    }

    /// `.parameter set` lines for the sqlite3 shell (text values quoted so
    /// the shell keeps them as text).
    pub fn shell_lines(&self) -> Vec<String> {
        vec![
            ".parameter init".to_owned(),
            format!(".parameter set :today \"'{}'\"", self.today),
            format!(".parameter set :m2 {:?}", self.m2),
            format!(".parameter set :basis \"'{}'\"", self.basis),
            format!(".parameter set :new_from \"'{}'\"", self.new_from),
        ]
    }

    /// The parameters, named as the query names them.
    pub fn named(&self) -> [(&'static str, jalga_store::query::Param<'_>); 4] {
        use jalga_store::query::Param;
        [
            (":today", Param::Text(&self.today)),
            (":m2", Param::Real(self.m2)),
            (":basis", Param::Text(self.basis)),
            (":new_from", Param::Text(&self.new_from)),
        ]
    }

    /// How many rows the core query gives on `store` (for the benchmark).
    pub fn count_rows(&self, store: &crate::Store) -> Result<usize, crate::CoreError> {
        let mut n = 0;
        for snapshot in store.snapshots(1)? {
            snapshot.each(&crate::sql_pg::queries::OVERCROWDED, &self.named(), |_| {
                n += 1;
                Ok(())
            })?;
        }
        Ok(n)
    }
}
