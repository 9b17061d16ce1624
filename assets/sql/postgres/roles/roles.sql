-- The office's roles and per-district access (`jalga --db postgres://… init
-- --roles`), run by the database's owner after the schema; running it again
-- changes nothing. The owner keeps seeing everything (it owns the tables).
--
--   jalga_clerk       reads and writes records, appends to the change log
--   jalga_supervisor  reads only: audits and reports
--
-- A login gets one of them (`GRANT jalga_clerk TO clerk_yesil`) and its
-- district in `jalga_access` (`INSERT INTO jalga_access VALUES
-- ('clerk_yesil', 'Есильский район')`; a NULL district is the whole city).
-- A login without a row in `jalga_access` sees no records at all.
-- Row-level security then shows and lets change only the dwellings of that
-- district, and what hangs on them: owners, leases, occupants,
-- registrations, arrival notices, and the people registered or notified
-- there (a person registered nowhere yet is visible, so a clerk can enter
-- them before their registration).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jalga_clerk') THEN
        CREATE ROLE jalga_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jalga_supervisor') THEN
        CREATE ROLE jalga_supervisor NOLOGIN;
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS jalga_access (
    login    text PRIMARY KEY,
    district text
);

-- Whether the login (the session's user: inside these SECURITY DEFINER
-- functions `current_user` is their owner) may see `district`; it reads
-- jalga_access, which logins cannot read themselves.
CREATE OR REPLACE FUNCTION jalga_sees(district text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (
        SELECT 1 FROM jalga_access a
        WHERE a.login = session_user::text
          AND (a.district IS NULL OR a.district IS NOT DISTINCT FROM $1))
$$;

CREATE OR REPLACE FUNCTION jalga_sees_property(property text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM property p WHERE p.id = $1 AND jalga_sees(p.district))
$$;

CREATE OR REPLACE FUNCTION jalga_sees_lease(lease text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM lease l WHERE l.id = $1 AND jalga_sees_property(l.property_id))
$$;

-- A person: registered or notified in a visible dwelling, party to a
-- visible lease, or nowhere yet.
CREATE OR REPLACE FUNCTION jalga_sees_person(person text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM registration r
                   WHERE r.person_id = $1 AND jalga_sees_property(r.property_id))
        OR EXISTS (SELECT 1 FROM foreigner_notice n
                   WHERE (n.person_id = $1 OR n.host_id = $1) AND jalga_sees_property(n.property_id))
        OR EXISTS (SELECT 1 FROM lease l
                   WHERE (l.landlord_id = $1 OR l.tenant_id = $1) AND jalga_sees_property(l.property_id))
        OR (EXISTS (SELECT 1 FROM jalga_access a WHERE a.login = session_user::text)
            AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.person_id = $1)
            AND NOT EXISTS (SELECT 1 FROM foreigner_notice n WHERE n.person_id = $1 OR n.host_id = $1)
            AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.landlord_id = $1 OR l.tenant_id = $1))
$$;

REVOKE ALL ON FUNCTION jalga_sees(text), jalga_sees_property(text), jalga_sees_lease(text),
    jalga_sees_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jalga_sees(text), jalga_sees_property(text), jalga_sees_lease(text),
    jalga_sees_person(text) TO jalga_clerk, jalga_supervisor;

GRANT USAGE ON SCHEMA public TO jalga_clerk, jalga_supervisor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO jalga_clerk, jalga_supervisor;
REVOKE SELECT ON jalga_access FROM jalga_clerk, jalga_supervisor;
GRANT INSERT, UPDATE, DELETE ON property, owner, person, lease, occupant, registration,
    foreigner_notice, forgotten_fact, lease_state, form_draft, issued_document, handover
    TO jalga_clerk;
-- The change log: appended to and its head moved by every write; its keys
-- blanked when a person is forgotten.
GRANT INSERT, UPDATE ON change_log TO jalga_clerk;
GRANT UPDATE ON change_log_head TO jalga_clerk;

-- Per-district access on the tables that hold people and their dwellings.
ALTER TABLE property ENABLE ROW LEVEL SECURITY;
ALTER TABLE owner ENABLE ROW LEVEL SECURITY;
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE lease ENABLE ROW LEVEL SECURITY;
ALTER TABLE occupant ENABLE ROW LEVEL SECURITY;
ALTER TABLE registration ENABLE ROW LEVEL SECURITY;
ALTER TABLE foreigner_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE handover ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS jalga_district ON property;
CREATE POLICY jalga_district ON property USING (jalga_sees(district));
DROP POLICY IF EXISTS jalga_district ON owner;
CREATE POLICY jalga_district ON owner USING (jalga_sees_property(property_id));
DROP POLICY IF EXISTS jalga_district ON person;
CREATE POLICY jalga_district ON person USING (jalga_sees_person(id));
DROP POLICY IF EXISTS jalga_district ON lease;
CREATE POLICY jalga_district ON lease USING (jalga_sees_property(property_id));
DROP POLICY IF EXISTS jalga_district ON occupant;
CREATE POLICY jalga_district ON occupant USING (jalga_sees_lease(lease_id));
DROP POLICY IF EXISTS jalga_district ON registration;
CREATE POLICY jalga_district ON registration USING (jalga_sees_property(property_id));
DROP POLICY IF EXISTS jalga_district ON foreigner_notice;
CREATE POLICY jalga_district ON foreigner_notice USING (jalga_sees_property(property_id));
DROP POLICY IF EXISTS jalga_district ON handover;
CREATE POLICY jalga_district ON handover USING (jalga_sees_lease(lease_id));
