-- Jalga schema, version 1: dwellings, owners, people, leases, occupants,
-- registrations and foreigner-arrival notices. Dates are ISO 8601 text
-- (YYYY-MM-DD), areas are m², money is whole tenge.

CREATE TABLE property (
    id               TEXT PRIMARY KEY NOT NULL,
    region           TEXT NOT NULL,
    city             TEXT NOT NULL,
    district         TEXT,
    street           TEXT NOT NULL,
    building         TEXT NOT NULL,
    flat             TEXT,
    kato             TEXT,
    rka              TEXT,
    cadastral_number TEXT,
    total_area       REAL NOT NULL CHECK (total_area > 0),
    useful_area      REAL NOT NULL CHECK (useful_area > 0 AND useful_area <= total_area),
    living_area      REAL NOT NULL CHECK (living_area > 0 AND living_area <= useful_area),
    rooms            INTEGER NOT NULL CHECK (rooms >= 1),
    floor            INTEGER
) STRICT;
CREATE INDEX property_city ON property (city);
CREATE INDEX property_rka ON property (rka) WHERE rka IS NOT NULL;

CREATE TABLE owner (
    id                TEXT PRIMARY KEY NOT NULL,
    property_id       TEXT NOT NULL REFERENCES property (id),
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    iin_bin           TEXT NOT NULL,
    name              TEXT NOT NULL,
    share_numerator   INTEGER NOT NULL,
    share_denominator INTEGER NOT NULL
) STRICT;
CREATE INDEX owner_property ON owner (property_id);
CREATE INDEX owner_iin_bin ON owner (iin_bin);

CREATE TABLE person (
    id               TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('citizen', 'foreigner')),
    iin              TEXT,
    surname          TEXT NOT NULL,
    given_name       TEXT NOT NULL,
    patronymic       TEXT,
    birth_date       TEXT NOT NULL,
    sex              TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    id_document      TEXT,
    passport_number  TEXT,
    citizenship      TEXT,
    surname_latin    TEXT,
    given_name_latin TEXT,
    entry_date       TEXT,
    purpose_of_stay  TEXT,
    visa_number      TEXT
) STRICT;
CREATE INDEX person_iin ON person (iin) WHERE iin IS NOT NULL;
CREATE INDEX person_passport ON person (citizenship, passport_number) WHERE passport_number IS NOT NULL;

CREATE TABLE lease (
    id          TEXT PRIMARY KEY NOT NULL,
    property_id TEXT NOT NULL REFERENCES property (id),
    landlord_id TEXT NOT NULL REFERENCES person (id),
    tenant_id   TEXT NOT NULL REFERENCES person (id),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    rent        INTEGER NOT NULL,
    deposit     INTEGER NOT NULL,
    payment_day INTEGER NOT NULL CHECK (payment_day BETWEEN 1 AND 31),
    utilities   TEXT NOT NULL,
    language    TEXT NOT NULL
) STRICT;
CREATE INDEX lease_property ON lease (property_id, start_date);
CREATE INDEX lease_tenant ON lease (tenant_id);

CREATE TABLE occupant (
    lease_id  TEXT NOT NULL REFERENCES lease (id),
    person_id TEXT NOT NULL REFERENCES person (id),
    relation  TEXT NOT NULL,
    PRIMARY KEY (lease_id, person_id)
) STRICT;
CREATE INDEX occupant_person ON occupant (person_id);

CREATE TABLE registration (
    id           TEXT PRIMARY KEY NOT NULL,
    person_id    TEXT NOT NULL REFERENCES person (id),
    property_id  TEXT NOT NULL REFERENCES property (id),
    -- Not a foreign key: a clerk's CSV names leases kept by landlords, not
    -- in this file. A bundle's references are checked on import.
    lease_id     TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('permanent', 'temporary')),
    status       TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'registered', 'ended')),
    date_from    TEXT NOT NULL,
    date_to      TEXT,
    consent_by   TEXT,
    consent_date TEXT
) STRICT;
-- An audit of a whole city: who is registered at an address (and when),
-- where a person is registered (and when), what was active on a day.
CREATE INDEX registration_property ON registration (property_id, date_from);
CREATE INDEX registration_person ON registration (person_id, date_from);
CREATE INDEX registration_dates ON registration (date_from, date_to);
CREATE INDEX registration_status ON registration (status);

CREATE TABLE foreigner_notice (
    id           TEXT PRIMARY KEY NOT NULL,
    person_id    TEXT NOT NULL REFERENCES person (id),
    property_id  TEXT NOT NULL REFERENCES property (id),
    host_id      TEXT NOT NULL REFERENCES person (id),
    arrival_date TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'confirmed'))
) STRICT;
CREATE INDEX notice_person ON foreigner_notice (person_id, arrival_date);
CREATE INDEX notice_property ON foreigner_notice (property_id);
CREATE INDEX notice_arrival ON foreigner_notice (arrival_date);
