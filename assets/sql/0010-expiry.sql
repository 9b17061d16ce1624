-- Version 10: the day a person's identity card and passport expire, so the
-- landlord's home can say which documents run out within 30 days (a visa's
-- end is `visa_valid_to`, from version 6). NULL in older data: unknown,
-- never guessed. Bounded like every other date (see 0007 and 0008).

ALTER TABLE person ADD COLUMN id_document_expires TEXT;
ALTER TABLE person ADD COLUMN passport_expires TEXT;

CREATE TRIGGER person_expiry_dates_insert BEFORE INSERT ON person
WHEN (NEW.id_document_expires IS NOT NULL AND (date(NEW.id_document_expires) IS NOT NEW.id_document_expires OR NEW.id_document_expires NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.passport_expires IS NOT NULL AND (date(NEW.passport_expires) IS NOT NEW.passport_expires OR NEW.passport_expires NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;

CREATE TRIGGER person_expiry_dates_update BEFORE UPDATE OF id_document_expires, passport_expires ON person
WHEN (NEW.id_document_expires IS NOT NULL AND (date(NEW.id_document_expires) IS NOT NEW.id_document_expires OR NEW.id_document_expires NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.passport_expires IS NOT NULL AND (date(NEW.passport_expires) IS NOT NEW.passport_expires OR NEW.passport_expires NOT BETWEEN '1900-01-01' AND '2100-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: person date out of 1900-01-01..2100-12-31');
END;
