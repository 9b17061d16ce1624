-- Jalga schema: what a clerk's audit needs beyond version 1.
-- The day a registration was submitted and the day a foreigner notice was
-- filed (the deadlines count to these days; NULL in older data: not judged),
-- covering indexes for the whole-city audit, and the documents Jalga issued
-- (so a printed verification code can be checked against the store).

ALTER TABLE registration ADD COLUMN submitted_on TEXT;
ALTER TABLE foreigner_notice ADD COLUMN filed_on TEXT;

-- Who is registered where, and when: a whole-city audit reads these instead
-- of the table. They start with the columns of version 1's two indexes,
-- which they replace (one index less to keep up on import).
DROP INDEX registration_property;
DROP INDEX registration_person;
CREATE INDEX registration_audit_property
    ON registration (property_id, status, date_from, date_to, lease_id, person_id);
CREATE INDEX registration_audit_person
    ON registration (person_id, date_from, date_to, status, property_id);

CREATE TABLE issued_document (
    code        TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    data_hash   TEXT NOT NULL,
    -- The canonical data the code was made from, to say what changed since.
    data        TEXT NOT NULL,
    issued_at   TEXT NOT NULL
) STRICT;
CREATE INDEX issued_document_subject ON issued_document (kind, subject_id);

-- Small partial and expression indexes: each audit check reads only its
-- candidates.
CREATE INDEX registration_without_lease
    ON registration (property_id, person_id)
    WHERE lease_id IS NULL AND kind = 'temporary' AND status <> 'draft';
CREATE INDEX registration_with_lease
    ON registration (lease_id, date_from, date_to, status)
    WHERE lease_id IS NOT NULL;
CREATE INDEX registration_without_consent
    ON registration (property_id, date_from)
    WHERE consent_by IS NULL AND status <> 'draft';
CREATE INDEX registration_submission_delay
    ON registration (julianday(submitted_on) - julianday(date_from))
    WHERE submitted_on IS NOT NULL;
CREATE INDEX registration_drafts
    ON registration (date_from)
    WHERE status = 'draft';
CREATE INDEX person_foreigner
    ON person (entry_date)
    WHERE kind = 'foreigner';
