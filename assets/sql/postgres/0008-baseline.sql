-- Jalga's schema on PostgreSQL, equal to the SQLite schema at version 8
-- (assets/sql/0001-initial.sql .. 0008-handover.sql): the same tables,
-- columns, keys and constraints, in PostgreSQL's own types. The office
-- server starts at version 8; every later SQLite step gets a PostgreSQL twin
-- with the same number, so a version means the same schema on both.
--
-- Types: days are `date` (a real calendar day by type; the bounds
-- 1900-01-01..2100-12-31 of `limits::FIRST_YEAR`/`LAST_YEAR` are CHECKs, as
-- SQLite's triggers hold them), areas are exact `numeric` m², money whole
-- tenge in `bigint`. Timestamps the program writes (`*_at`) stay text: the
-- change log hashes them as written.

-- The schema's version, one row; a server at a newer version than this
-- build knows is refused before anything is written.
CREATE TABLE jalga_schema (
    one         boolean PRIMARY KEY DEFAULT true CHECK (one),
    application text NOT NULL CHECK (application = 'JALG'),
    version     integer NOT NULL
);
INSERT INTO jalga_schema (application, version) VALUES ('JALG', 8);

CREATE TABLE property (
    id               text PRIMARY KEY,
    region           text NOT NULL,
    city             text NOT NULL,
    district         text,
    street           text NOT NULL,
    building         text NOT NULL,
    flat             text,
    kato             text,
    rka              text,
    cadastral_number text,
    total_area       numeric NOT NULL CHECK (total_area > 0),
    useful_area      numeric NOT NULL CHECK (useful_area > 0 AND useful_area <= total_area),
    living_area      numeric NOT NULL CHECK (living_area > 0 AND living_area <= useful_area),
    rooms            integer NOT NULL CHECK (rooms >= 1),
    floor            integer,
    search           text
);
CREATE INDEX property_city ON property (city);
CREATE INDEX property_rka ON property (rka) WHERE rka IS NOT NULL;
CREATE INDEX property_district ON property (district);
CREATE INDEX property_address_order
    ON property (city, street, building, coalesce(flat, ''), id);

CREATE TABLE owner (
    id                text PRIMARY KEY,
    property_id       text NOT NULL REFERENCES property (id),
    kind              text NOT NULL CHECK (kind IN ('person', 'company')),
    iin_bin           text NOT NULL,
    name              text NOT NULL,
    share_numerator   integer NOT NULL,
    share_denominator integer NOT NULL
);
CREATE INDEX owner_property ON owner (property_id);
CREATE INDEX owner_iin_bin ON owner (iin_bin);

CREATE TABLE person (
    id                  text PRIMARY KEY,
    kind                text NOT NULL CHECK (kind IN ('citizen', 'foreigner')),
    iin                 text,
    surname             text NOT NULL,
    given_name          text NOT NULL,
    patronymic          text,
    birth_date          date NOT NULL CHECK (birth_date BETWEEN '1900-01-01' AND '2100-12-31'),
    sex                 text NOT NULL CHECK (sex IN ('male', 'female')),
    id_document         text,
    passport_number     text,
    citizenship         text,
    surname_latin       text,
    given_name_latin    text,
    entry_date          date CHECK (entry_date BETWEEN '1900-01-01' AND '2100-12-31'),
    purpose_of_stay     text,
    visa_number         text,
    labour_contract_end date CHECK (labour_contract_end BETWEEN '1900-01-01' AND '2100-12-31'),
    address             text,
    phone               text,
    visa_type           text,
    visa_valid_from     date CHECK (visa_valid_from BETWEEN '1900-01-01' AND '2100-12-31'),
    visa_valid_to       date CHECK (visa_valid_to BETWEEN '1900-01-01' AND '2100-12-31'),
    entry_point         text,
    search              text
);
CREATE INDEX person_iin ON person (iin) WHERE iin IS NOT NULL;
CREATE INDEX person_passport ON person (citizenship, passport_number) WHERE passport_number IS NOT NULL;
CREATE INDEX person_foreigner ON person (entry_date) WHERE kind = 'foreigner';
CREATE INDEX person_name_order ON person (surname, given_name, id);

CREATE TABLE lease (
    id                  text PRIMARY KEY,
    property_id         text NOT NULL REFERENCES property (id),
    landlord_id         text NOT NULL REFERENCES person (id),
    tenant_id           text NOT NULL REFERENCES person (id),
    start_date          date NOT NULL CHECK (start_date BETWEEN '1900-01-01' AND '2100-12-31'),
    end_date            date CHECK (end_date BETWEEN '1900-01-01' AND '2100-12-31'),
    rent                bigint NOT NULL,
    deposit             bigint NOT NULL,
    payment_day         integer NOT NULL CHECK (payment_day BETWEEN 1 AND 31),
    utilities           text NOT NULL,
    language            text NOT NULL,
    signed_on           date CHECK (signed_on BETWEEN '1900-01-01' AND '2100-12-31'),
    payment_method      text CHECK (payment_method IN ('bank-transfer', 'cash')),
    bank_iban           text,
    bank_name           text,
    bank_bic            text,
    poa_number          text,
    poa_date            date CHECK (poa_date BETWEEN '1900-01-01' AND '2100-12-31'),
    poa_notary          text,
    prevailing_language text CHECK (prevailing_language IN ('kk', 'ru'))
);
CREATE INDEX lease_property ON lease (property_id, start_date);
CREATE INDEX lease_tenant ON lease (tenant_id);

CREATE TABLE occupant (
    lease_id  text NOT NULL REFERENCES lease (id),
    person_id text NOT NULL REFERENCES person (id),
    relation  text NOT NULL,
    PRIMARY KEY (lease_id, person_id)
);
CREATE INDEX occupant_person ON occupant (person_id);

CREATE TABLE registration (
    id             text PRIMARY KEY,
    person_id      text NOT NULL REFERENCES person (id),
    property_id    text NOT NULL REFERENCES property (id),
    -- Not a foreign key: a clerk's CSV names leases kept by landlords.
    lease_id       text,
    kind           text NOT NULL CHECK (kind IN ('permanent', 'temporary')),
    status         text NOT NULL CHECK (status IN ('draft', 'submitted', 'registered', 'ended')),
    date_from      date NOT NULL CHECK (date_from BETWEEN '1900-01-01' AND '2100-12-31'),
    date_to        date CHECK (date_to BETWEEN '1900-01-01' AND '2100-12-31'),
    consent_by     text,
    consent_date   date CHECK (consent_date BETWEEN '1900-01-01' AND '2100-12-31'),
    submitted_on   date CHECK (submitted_on BETWEEN '1900-01-01' AND '2100-12-31'),
    reason         text CHECK (reason IN ('lease', 'family', 'work', 'study', 'medical', 'other')),
    signing_method text CHECK (signing_method IN ('eds', 'sms')),
    signing_phone  text
);
CREATE INDEX registration_audit_property
    ON registration (property_id, status, date_from, date_to, lease_id, person_id);
CREATE INDEX registration_audit_person
    ON registration (person_id, date_from, date_to, status, property_id);
CREATE INDEX registration_dates ON registration (date_from, date_to);
CREATE INDEX registration_status ON registration (status);
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
    ON registration ((submitted_on - date_from))
    WHERE submitted_on IS NOT NULL;
CREATE INDEX registration_drafts ON registration (date_from) WHERE status = 'draft';

CREATE TABLE foreigner_notice (
    id           text PRIMARY KEY,
    person_id    text NOT NULL REFERENCES person (id),
    property_id  text NOT NULL REFERENCES property (id),
    host_id      text NOT NULL REFERENCES person (id),
    arrival_date date NOT NULL CHECK (arrival_date BETWEEN '1900-01-01' AND '2100-12-31'),
    status       text NOT NULL CHECK (status IN ('draft', 'sent', 'confirmed')),
    filed_on     date CHECK (filed_on BETWEEN '1900-01-01' AND '2100-12-31')
);
CREATE INDEX notice_person ON foreigner_notice (person_id, arrival_date);
CREATE INDEX notice_property ON foreigner_notice (property_id);
CREATE INDEX notice_arrival ON foreigner_notice (arrival_date);

-- The hash-chained change log (see 0002-trust.sql). Several clerks write
-- at once here: the chain's head is one row that every writing transaction
-- locks (`SELECT … FOR UPDATE`) before it appends, so the rows of the log
-- follow each other in commit order and no two writers take the same seq.
CREATE TABLE change_log (
    seq           bigint PRIMARY KEY,
    at            text NOT NULL,
    actor         text NOT NULL,
    action        text NOT NULL,
    entity        text NOT NULL,
    entity_id     text NOT NULL,
    entity_salt   text NOT NULL,
    entity_digest text NOT NULL,
    summary       text NOT NULL,
    prev_hash     text NOT NULL,
    hash          text NOT NULL
);
CREATE TABLE change_log_head (
    one  boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq  bigint NOT NULL,
    hash text NOT NULL
);
INSERT INTO change_log_head (seq, hash)
    VALUES (0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE forgotten_fact (
    tombstone_id text NOT NULL,
    forgotten_at text NOT NULL,
    fact         text NOT NULL CHECK (fact IN ('registration', 'foreigner-notice')),
    property_id  text NOT NULL,
    lease_id     text,
    kind         text,
    status       text NOT NULL,
    date_from    date NOT NULL CHECK (date_from BETWEEN '1900-01-01' AND '2100-12-31'),
    date_to      date CHECK (date_to BETWEEN '1900-01-01' AND '2100-12-31')
);
CREATE INDEX forgotten_fact_property ON forgotten_fact (property_id, date_from);

CREATE TABLE lease_state (
    lease_id        text PRIMARY KEY REFERENCES lease (id),
    state           text NOT NULL CHECK (state IN ('draft', 'ready')),
    norm_verdict    text NOT NULL,
    override_by     text,
    override_at     text,
    override_reason text,
    CHECK ((override_by IS NULL) = (override_at IS NULL)
       AND (override_by IS NULL) = (override_reason IS NULL))
);

CREATE TABLE form_draft (
    key      text PRIMARY KEY,
    json     text NOT NULL,
    saved_at text NOT NULL
);

CREATE TABLE issued_document (
    code       text PRIMARY KEY,
    kind       text NOT NULL,
    subject_id text NOT NULL,
    language   text NOT NULL,
    data_hash  text NOT NULL,
    data       text NOT NULL,
    issued_at  text NOT NULL
);
CREATE INDEX issued_document_subject ON issued_document (kind, subject_id);

CREATE TABLE handover (
    id        text PRIMARY KEY,
    lease_id  text NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    direction text NOT NULL CHECK (direction IN ('move-in', 'return')),
    handed_on date NOT NULL CHECK (handed_on BETWEEN '1900-01-01' AND '2100-12-31'),
    inventory jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(inventory) = 'array'),
    meters    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(meters) = 'array'),
    keys      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(keys) = 'array'),
    remarks   text,
    UNIQUE (lease_id, direction)
);
