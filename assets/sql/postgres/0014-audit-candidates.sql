-- Version 14: what four checks of the audit start from, kept by the server
-- as records are written, so that an audit of a city reads a few
-- candidates instead of grouping every registration by person and by
-- dwelling, every person by IIN, and comparing every leased registration
-- with its lease (at 20 million registrations, walks of 20, 20, 24 and 10
-- million index entries: about 14 s of the server's time in double
-- registrations, 10 s in overcrowding, 6 s in duplicate people, 5 s in
-- registrations outside their lease).
--
--   person_registered_twice  a person with two registrations, not drafts, of
--                            one kind at two dwellings, whose periods overlap
--   iin_recorded_twice       an IIN written on two or more person records
--   property_crowding        each dwelling with registrations submitted or
--                            registered: how many, the latest start among
--                            them, and its areas; indexed by area per
--                            registration, so the dwellings where that is
--                            within a norm's square metres per person are one
--                            range of an index
--   registration_outside_lease  a registration, not a draft, that starts
--                            before its lease or runs past its end
--
-- All four are exact and do not depend on the day an audit is run for.
-- `property_crowding` counts registrations of any dates, never fewer than
-- those in force on a day, so a dwelling crowded on any day is within the
-- range; the audit then counts the ones in force on its day. Statement
-- triggers keep the tables, one set-based statement per written statement
-- (a COPY of thousands of rows is one), and only for the people, IINs,
-- dwellings and registrations the statement touched. A bulk load into empty
-- tables switches the triggers off and derives the tables once at its end
-- (`jalga_derive_all`). Writes on a server take the change log's head
-- first, one at a time, and run at READ COMMITTED, so a trigger's statement
-- sees every write committed before its own.
--
-- The triggers' functions run as the schema's owner (SECURITY DEFINER): a
-- clerk's district must not hide from them the registrations and namesakes
-- elsewhere. Reading the tables is limited the other way, by row-level
-- security: a login sees an entry only where it sees the person, dwelling
-- or registration it names.

CREATE TABLE person_registered_twice (
    person_id text PRIMARY KEY
);

CREATE TABLE iin_recorded_twice (
    iin text PRIMARY KEY
);

CREATE TABLE property_crowding (
    property_id text PRIMARY KEY,
    registered  integer NOT NULL CHECK (registered > 0),
    -- The latest start among them: a norm for new registrations only
    -- spares a dwelling where nobody came on or after its first day.
    latest      date NOT NULL,
    total_area  numeric NOT NULL,
    useful_area numeric NOT NULL,
    living_area numeric NOT NULL
);
-- Its indexes by area per registration (one per basis of a norm) are made
-- by `jalga_derive_all`, below.

CREATE TABLE registration_outside_lease (
    registration_id text PRIMARY KEY
);

-- Those of `people` with two registrations, not drafts, of one kind at two
-- dwellings whose periods overlap: the pairs the double-registration check
-- looks at (before its moving day), whatever day it is run on. One query
-- for all of them, which the server writes into its caller (a function
-- called once per person cost a plan each: 8.5 minutes for a city).
CREATE FUNCTION jalga_registered_twice(people text[]) RETURNS TABLE (person_id text)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT a.person_id
    FROM registration a
    JOIN registration b ON b.person_id = a.person_id AND b.id <> a.id
    WHERE a.person_id = ANY (people) AND a.status <> 'draft' AND b.status <> 'draft'
      AND b.kind = a.kind AND b.property_id <> a.property_id
      AND a.date_from < coalesce(b.date_to, 'infinity'::date)
      AND b.date_from < coalesce(a.date_to, 'infinity'::date)
$$;

-- Recomputes the entries of `people`: those with such a pair are kept, the
-- others removed.
CREATE FUNCTION jalga_refresh_registered_twice(people text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM person_registered_twice t
    WHERE t.person_id = ANY (people)
      AND t.person_id NOT IN (SELECT x.person_id FROM jalga_registered_twice(people) x);
    INSERT INTO person_registered_twice (person_id)
    SELECT x.person_id FROM jalga_registered_twice(people) x
    ON CONFLICT DO NOTHING;
$$;

-- The same for IINs.
CREATE FUNCTION jalga_refresh_iin_twice(iins text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM iin_recorded_twice t
    WHERE t.iin = ANY (iins)
      AND (SELECT count(*) FROM person p WHERE p.iin = t.iin) < 2;
    INSERT INTO iin_recorded_twice (iin)
    SELECT p.iin FROM person p
    WHERE p.iin = ANY (iins)
    GROUP BY p.iin HAVING count(*) > 1
    ON CONFLICT DO NOTHING;
$$;

-- The same for dwellings: their count of registrations submitted or
-- registered, the latest start among them, and their areas; no entry
-- without any.
CREATE FUNCTION jalga_refresh_crowding(dwellings text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM property_crowding c
    WHERE c.property_id = ANY (dwellings)
      AND NOT EXISTS (SELECT 1 FROM registration r
                      WHERE r.property_id = c.property_id
                        AND r.status IN ('submitted', 'registered'));
    INSERT INTO property_crowding AS c
        (property_id, registered, latest, total_area, useful_area, living_area)
    SELECT d.id, n.registered, n.latest, d.total_area, d.useful_area, d.living_area
    FROM property d
    CROSS JOIN LATERAL (SELECT count(*) AS registered, max(r.date_from) AS latest
                        FROM registration r
                        WHERE r.property_id = d.id
                          AND r.status IN ('submitted', 'registered')) n
    WHERE d.id = ANY (dwellings) AND n.registered > 0
    ON CONFLICT (property_id) DO UPDATE
        SET registered = excluded.registered, latest = excluded.latest,
            total_area = excluded.total_area, useful_area = excluded.useful_area,
            living_area = excluded.living_area
        WHERE (c.registered, c.latest, c.total_area, c.useful_area, c.living_area)
              IS DISTINCT FROM (excluded.registered, excluded.latest, excluded.total_area,
                                excluded.useful_area, excluded.living_area);
$$;

-- Those of `registrations` that are not drafts and start before their
-- lease or run past its end (a registration names a lease that may come
-- later: it is no foreign key).
CREATE FUNCTION jalga_outside_lease(registrations text[]) RETURNS TABLE (registration_id text)
LANGUAGE sql STABLE AS $$
    SELECT r.id
    FROM registration r
    JOIN lease l ON l.id = r.lease_id
    WHERE r.id = ANY (registrations) AND r.status <> 'draft'
      AND (r.date_from < l.start_date
           OR (l.end_date IS NOT NULL AND coalesce(r.date_to, 'infinity'::date) > l.end_date))
$$;

CREATE FUNCTION jalga_refresh_outside_lease(registrations text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM registration_outside_lease x
    WHERE x.registration_id = ANY (registrations)
      AND x.registration_id NOT IN (SELECT y.registration_id
                                    FROM jalga_outside_lease(registrations) y);
    INSERT INTO registration_outside_lease (registration_id)
    SELECT y.registration_id FROM jalga_outside_lease(registrations) y
    ON CONFLICT DO NOTHING;
$$;

-- The registrations that name any of `leases`.
CREATE FUNCTION jalga_refresh_leased(leases text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    SELECT jalga_refresh_outside_lease(ARRAY(
        SELECT r.id FROM registration r WHERE r.lease_id = ANY (leases)));
$$;

-- The statement triggers. An insert and a delete both name the rows they
-- wrote `changed_rows` (the new ones, the old ones) and share a function: a
-- row that came or went touches what it names. An update pairs each
-- row before and after by key: one that changes none of the columns a table
-- is kept from touches nothing, and a changed key (the row on one side
-- only, the other all nulls) counts as changed.
CREATE FUNCTION jalga_registration_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_registered_twice(ARRAY(
        SELECT DISTINCT person_id FROM changed_rows WHERE status <> 'draft'));
    PERFORM jalga_refresh_crowding(ARRAY(
        SELECT DISTINCT property_id FROM changed_rows WHERE status IN ('submitted', 'registered')));
    PERFORM jalga_refresh_outside_lease(ARRAY(
        SELECT id FROM changed_rows WHERE lease_id IS NOT NULL AND status <> 'draft'));
    RETURN NULL;
END
$$;

CREATE FUNCTION jalga_registration_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_registered_twice(ARRAY(
        SELECT DISTINCT x.person_id
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.person_id), (o.person_id)) x (person_id)
        WHERE x.person_id IS NOT NULL
          AND (n.id, n.person_id, n.kind, n.property_id, n.date_from, n.date_to, n.status = 'draft')
              IS DISTINCT FROM
              (o.id, o.person_id, o.kind, o.property_id, o.date_from, o.date_to, o.status = 'draft')));
    PERFORM jalga_refresh_crowding(ARRAY(
        SELECT DISTINCT x.property_id
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.property_id), (o.property_id)) x (property_id)
        WHERE x.property_id IS NOT NULL
          AND (n.id, n.property_id, n.date_from, n.status IN ('submitted', 'registered'))
              IS DISTINCT FROM
              (o.id, o.property_id, o.date_from, o.status IN ('submitted', 'registered'))));
    PERFORM jalga_refresh_outside_lease(ARRAY(
        SELECT x.id
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.id), (o.id)) x (id)
        WHERE x.id IS NOT NULL
          AND (n.id, n.lease_id, n.date_from, n.date_to, n.status = 'draft')
              IS DISTINCT FROM (o.id, o.lease_id, o.date_from, o.date_to, o.status = 'draft')));
    RETURN NULL;
END
$$;

-- A dwelling's areas changed (a new dwelling has no registrations yet; a
-- deleted one has none left).
CREATE FUNCTION jalga_property_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_crowding(ARRAY(
        SELECT x.id
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.id), (o.id)) x (id)
        WHERE x.id IS NOT NULL
          AND (n.id, n.total_area, n.useful_area, n.living_area)
              IS DISTINCT FROM (o.id, o.total_area, o.useful_area, o.living_area)));
    RETURN NULL;
END
$$;

-- A lease's dates decide which of its registrations are outside it; a lease
-- may come after the registrations that name it, or go before them.
CREATE FUNCTION jalga_lease_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_leased(ARRAY(SELECT id FROM changed_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION jalga_lease_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_leased(ARRAY(
        SELECT x.id
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.id), (o.id)) x (id)
        WHERE x.id IS NOT NULL
          AND (n.id, n.start_date, n.end_date) IS DISTINCT FROM (o.id, o.start_date, o.end_date)));
    RETURN NULL;
END
$$;

CREATE FUNCTION jalga_person_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_iin_twice(ARRAY(
        SELECT DISTINCT iin FROM changed_rows WHERE iin IS NOT NULL));
    RETURN NULL;
END
$$;

CREATE FUNCTION jalga_person_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM jalga_refresh_iin_twice(ARRAY(
        SELECT DISTINCT x.iin
        FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.iin), (o.iin)) x (iin)
        WHERE x.iin IS NOT NULL AND (n.id, n.iin) IS DISTINCT FROM (o.id, o.iin)));
    RETURN NULL;
END
$$;

CREATE TRIGGER jalga_registration_inserted AFTER INSERT ON registration
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_registration_rows();
CREATE TRIGGER jalga_registration_deleted AFTER DELETE ON registration
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_registration_rows();
CREATE TRIGGER jalga_registration_updated AFTER UPDATE ON registration
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_registration_updated();
CREATE TRIGGER jalga_property_updated AFTER UPDATE ON property
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_property_updated();
CREATE TRIGGER jalga_lease_inserted AFTER INSERT ON lease
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_lease_rows();
CREATE TRIGGER jalga_lease_deleted AFTER DELETE ON lease
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_lease_rows();
CREATE TRIGGER jalga_lease_updated AFTER UPDATE ON lease
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_lease_updated();
CREATE TRIGGER jalga_person_inserted AFTER INSERT ON person
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_person_rows();
CREATE TRIGGER jalga_person_deleted AFTER DELETE ON person
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_person_rows();
CREATE TRIGGER jalga_person_updated AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jalga_person_updated();

-- The tables from scratch: after a bulk load that switched the triggers
-- off, and here, for the records already on the server. Each is emptied at
-- once and filled by one query; the dwellings' indexes are built after
-- their rows (sorted once: half the time of filling them row by row).
CREATE FUNCTION jalga_derive_all() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    TRUNCATE person_registered_twice, iin_recorded_twice, property_crowding,
        registration_outside_lease;
    INSERT INTO person_registered_twice (person_id)
    SELECT x.person_id FROM jalga_registered_twice(ARRAY(
        SELECT person_id FROM registration WHERE status <> 'draft'
        GROUP BY person_id HAVING count(*) > 1)) x;
    INSERT INTO iin_recorded_twice (iin)
    SELECT iin FROM person WHERE iin IS NOT NULL
    GROUP BY iin HAVING count(*) > 1;
    DROP INDEX IF EXISTS property_crowding_useful, property_crowding_living;
    INSERT INTO property_crowding
        (property_id, registered, latest, total_area, useful_area, living_area)
    SELECT d.id, n.registered, n.latest, d.total_area, d.useful_area, d.living_area
    FROM (SELECT property_id, count(*) AS registered, max(date_from) AS latest
          FROM registration WHERE status IN ('submitted', 'registered')
          GROUP BY property_id) n
    JOIN property d ON d.id = n.property_id;
    CREATE INDEX property_crowding_useful
        ON property_crowding ((useful_area / registered), latest);
    CREATE INDEX property_crowding_living
        ON property_crowding ((living_area / registered), latest);
    INSERT INTO registration_outside_lease (registration_id)
    SELECT r.id
    FROM registration r
    JOIN lease l ON l.id = r.lease_id
    WHERE r.status <> 'draft'
      AND (r.date_from < l.start_date
           OR (l.end_date IS NOT NULL AND coalesce(r.date_to, 'infinity'::date) > l.end_date));
END
$$;

SELECT jalga_derive_all();

REVOKE ALL ON FUNCTION jalga_registered_twice(text[]), jalga_refresh_registered_twice(text[]), jalga_refresh_iin_twice(text[]),
    jalga_refresh_crowding(text[]), jalga_outside_lease(text[]), jalga_refresh_outside_lease(text[]),
    jalga_refresh_leased(text[]), jalga_derive_all() FROM PUBLIC;

-- A login sees the entries of the people and dwellings it sees (the owner,
-- all of them).
ALTER TABLE person_registered_twice ENABLE ROW LEVEL SECURITY;
CREATE POLICY jalga_district ON person_registered_twice
    USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
ALTER TABLE iin_recorded_twice ENABLE ROW LEVEL SECURITY;
CREATE POLICY jalga_district ON iin_recorded_twice
    USING (EXISTS (SELECT 1 FROM person p WHERE p.iin = iin_recorded_twice.iin));
ALTER TABLE property_crowding ENABLE ROW LEVEL SECURITY;
CREATE POLICY jalga_district ON property_crowding
    USING (EXISTS (SELECT 1 FROM property d WHERE d.id = property_id));
ALTER TABLE registration_outside_lease ENABLE ROW LEVEL SECURITY;
CREATE POLICY jalga_district ON registration_outside_lease
    USING (EXISTS (SELECT 1 FROM registration r WHERE r.id = registration_id));

-- A server whose roles were made before this step: they read these too
-- (`init --roles` grants every table to both).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jalga_supervisor')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jalga_clerk') THEN
        GRANT SELECT ON person_registered_twice, iin_recorded_twice, property_crowding,
            registration_outside_lease TO jalga_clerk, jalga_supervisor;
    END IF;
END
$$;
