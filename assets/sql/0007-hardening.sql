-- Hardening: dates bounded in the schema as validation bounds them, a
-- Unicode case-folded search text kept by Jalga for the landlord's lists.
--
-- Dates: every date column must be a real `YYYY-MM-DD` day (date(x) IS x)
-- from 1900-01-01 to 2100-12-31, the bounds of `limits::FIRST_YEAR` and
-- `LAST_YEAR`. SQLite cannot add a CHECK to an existing table without
-- rebuilding it; triggers that abort the write hold the same rule without
-- rewriting the tables (and without touching columns that other steps
-- add). Rows already stored are not touched.

CREATE TRIGGER person_dates_insert BEFORE INSERT ON person
WHEN (NEW.birth_date IS NOT NULL AND (date(NEW.birth_date) IS NOT NEW.birth_date OR NEW.birth_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.entry_date IS NOT NULL AND (date(NEW.entry_date) IS NOT NEW.entry_date OR NEW.entry_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER person_dates_update BEFORE UPDATE OF birth_date, entry_date ON person
WHEN (NEW.birth_date IS NOT NULL AND (date(NEW.birth_date) IS NOT NEW.birth_date OR NEW.birth_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.entry_date IS NOT NULL AND (date(NEW.entry_date) IS NOT NEW.entry_date OR NEW.entry_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER lease_dates_insert BEFORE INSERT ON lease
WHEN (NEW.start_date IS NOT NULL AND (date(NEW.start_date) IS NOT NEW.start_date OR NEW.start_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.end_date IS NOT NULL AND (date(NEW.end_date) IS NOT NEW.end_date OR NEW.end_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: lease date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER lease_dates_update BEFORE UPDATE OF start_date, end_date ON lease
WHEN (NEW.start_date IS NOT NULL AND (date(NEW.start_date) IS NOT NEW.start_date OR NEW.start_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.end_date IS NOT NULL AND (date(NEW.end_date) IS NOT NEW.end_date OR NEW.end_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: lease date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER registration_dates_insert BEFORE INSERT ON registration
WHEN (NEW.date_from IS NOT NULL AND (date(NEW.date_from) IS NOT NEW.date_from OR NEW.date_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.date_to IS NOT NULL AND (date(NEW.date_to) IS NOT NEW.date_to OR NEW.date_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.consent_date IS NOT NULL AND (date(NEW.consent_date) IS NOT NEW.consent_date OR NEW.consent_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.submitted_on IS NOT NULL AND (date(NEW.submitted_on) IS NOT NEW.submitted_on OR NEW.submitted_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: registration date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER registration_dates_update BEFORE UPDATE OF date_from, date_to, consent_date, submitted_on ON registration
WHEN (NEW.date_from IS NOT NULL AND (date(NEW.date_from) IS NOT NEW.date_from OR NEW.date_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.date_to IS NOT NULL AND (date(NEW.date_to) IS NOT NEW.date_to OR NEW.date_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.consent_date IS NOT NULL AND (date(NEW.consent_date) IS NOT NEW.consent_date OR NEW.consent_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.submitted_on IS NOT NULL AND (date(NEW.submitted_on) IS NOT NEW.submitted_on OR NEW.submitted_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: registration date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER foreigner_notice_dates_insert BEFORE INSERT ON foreigner_notice
WHEN (NEW.arrival_date IS NOT NULL AND (date(NEW.arrival_date) IS NOT NEW.arrival_date OR NEW.arrival_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.filed_on IS NOT NULL AND (date(NEW.filed_on) IS NOT NEW.filed_on OR NEW.filed_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: foreigner_notice date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER foreigner_notice_dates_update BEFORE UPDATE OF arrival_date, filed_on ON foreigner_notice
WHEN (NEW.arrival_date IS NOT NULL AND (date(NEW.arrival_date) IS NOT NEW.arrival_date OR NEW.arrival_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.filed_on IS NOT NULL AND (date(NEW.filed_on) IS NOT NEW.filed_on OR NEW.filed_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: foreigner_notice date out of 1900-01-01..2100-12-31');
END;

-- Search: the landlord's lists search a dwelling's address and codes and a
-- person's names and numbers. SQLite folds ASCII only (`LIKE` would not
-- match `астана` with `Астана`), so the text is folded in Rust and kept in
-- `search` by every save; rows from before this step are filled when the
-- store is opened (the partial indexes find them). The lists page by key
-- in the order of the indexes below, not by OFFSET.
ALTER TABLE property ADD COLUMN search TEXT;
ALTER TABLE person ADD COLUMN search TEXT;
CREATE INDEX property_unsearched ON property (id) WHERE search IS NULL;
CREATE INDEX person_unsearched ON person (id) WHERE search IS NULL;
CREATE INDEX property_address_order
    ON property (city, street, building, coalesce(flat, ''), id);
CREATE INDEX person_name_order ON person (surname, given_name, id);
