-- Version 8: the handover act's content and the agreement's prevailing
-- text are kept in the store, and the dates that versions 5 and 6 added are
-- bounded like the older ones.
--
-- Bounds: the date columns added after `0007-hardening.sql` must be a real
-- `YYYY-MM-DD` day from 1900-01-01 to 2100-12-31 (`limits::FIRST_YEAR`,
-- `LAST_YEAR`), held by triggers for the reason given in 0007 (no CHECK
-- without rebuilding a table). `forgotten_fact` keeps the periods of
-- forgotten registrations and gets the same bound. Rows already stored are
-- not touched. The `*_at` columns are timestamps the program writes, not
-- dates anyone types.

CREATE TRIGGER person_later_dates_insert BEFORE INSERT ON person
WHEN (NEW.labour_contract_end IS NOT NULL AND (date(NEW.labour_contract_end) IS NOT NEW.labour_contract_end OR NEW.labour_contract_end NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.visa_valid_from IS NOT NULL AND (date(NEW.visa_valid_from) IS NOT NEW.visa_valid_from OR NEW.visa_valid_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.visa_valid_to IS NOT NULL AND (date(NEW.visa_valid_to) IS NOT NEW.visa_valid_to OR NEW.visa_valid_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER person_later_dates_update BEFORE UPDATE OF labour_contract_end, visa_valid_from, visa_valid_to ON person
WHEN (NEW.labour_contract_end IS NOT NULL AND (date(NEW.labour_contract_end) IS NOT NEW.labour_contract_end OR NEW.labour_contract_end NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.visa_valid_from IS NOT NULL AND (date(NEW.visa_valid_from) IS NOT NEW.visa_valid_from OR NEW.visa_valid_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.visa_valid_to IS NOT NULL AND (date(NEW.visa_valid_to) IS NOT NEW.visa_valid_to OR NEW.visa_valid_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER lease_later_dates_insert BEFORE INSERT ON lease
WHEN (NEW.signed_on IS NOT NULL AND (date(NEW.signed_on) IS NOT NEW.signed_on OR NEW.signed_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.poa_date IS NOT NULL AND (date(NEW.poa_date) IS NOT NEW.poa_date OR NEW.poa_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: lease date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER lease_later_dates_update BEFORE UPDATE OF signed_on, poa_date ON lease
WHEN (NEW.signed_on IS NOT NULL AND (date(NEW.signed_on) IS NOT NEW.signed_on OR NEW.signed_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.poa_date IS NOT NULL AND (date(NEW.poa_date) IS NOT NEW.poa_date OR NEW.poa_date NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: lease date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER forgotten_fact_dates_insert BEFORE INSERT ON forgotten_fact
WHEN (NEW.date_from IS NOT NULL AND (date(NEW.date_from) IS NOT NEW.date_from OR NEW.date_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.date_to IS NOT NULL AND (date(NEW.date_to) IS NOT NEW.date_to OR NEW.date_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: forgotten_fact date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER forgotten_fact_dates_update BEFORE UPDATE OF date_from, date_to ON forgotten_fact
WHEN (NEW.date_from IS NOT NULL AND (date(NEW.date_from) IS NOT NEW.date_from OR NEW.date_from NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.date_to IS NOT NULL AND (date(NEW.date_to) IS NOT NEW.date_to OR NEW.date_to NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: forgotten_fact date out of 1900-01-01..2100-12-31');
END;

-- The language whose text prevails in a bilingual (kk+ru) agreement; NULL:
-- not chosen, and the agreement prints the clause with a blank.
ALTER TABLE lease ADD COLUMN prevailing_language TEXT
    CHECK (prevailing_language IN ('kk', 'ru'));

-- The handover act: at most one at move-in and one at return per lease,
-- made on `handed_on`, the day the meters are read. The inventory (room,
-- item, quantity, condition), the meter readings (kind, serial, reading)
-- and the keys (what, how many) are small lists only ever read and written
-- whole with their act; each is kept as a JSON array, shaped and bounded
-- by the domain's validation (`domain::handover`) and checked to be an
-- array here.
CREATE TABLE handover (
    id        TEXT PRIMARY KEY,
    lease_id  TEXT NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('move-in', 'return')),
    handed_on TEXT NOT NULL
        CHECK (date(handed_on) IS handed_on AND handed_on BETWEEN '1900-01-01' AND '2100-12-31'),
    inventory TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(inventory) AND json_type(inventory) = 'array'),
    meters    TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(meters) AND json_type(meters) = 'array'),
    keys      TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(keys) AND json_type(keys) = 'array'),
    remarks   TEXT,
    UNIQUE (lease_id, direction)
);
