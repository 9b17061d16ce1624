-- Jalga schema, trust: the tamper-evident change log, the facts kept after
-- a person is forgotten, and the file's application id.

-- Marks the file as a Jalga database ("JALG"), for restore to check.
PRAGMA application_id = 1245793351;

-- Who changed what and when. Each row's hash covers the previous row's
-- hash, so editing or removing a row breaks the chain from there on.
-- The record's key is covered through a salted digest: forgetting a person
-- blanks the key and its salt without breaking the chain.
CREATE TABLE change_log (
    seq           INTEGER PRIMARY KEY NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    entity_salt   TEXT NOT NULL,
    entity_digest TEXT NOT NULL,
    summary       TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
) STRICT;

-- What the law still requires after a person is forgotten: that someone
-- was registered (or notified as arrived) at a dwelling, when, and in what
-- status, under a random id that leads back to no one.
CREATE TABLE forgotten_fact (
    tombstone_id TEXT NOT NULL,
    forgotten_at TEXT NOT NULL,
    fact         TEXT NOT NULL CHECK (fact IN ('registration', 'foreigner-notice')),
    property_id  TEXT NOT NULL,
    lease_id     TEXT,
    kind         TEXT,
    status       TEXT NOT NULL,
    date_from    TEXT NOT NULL,
    date_to      TEXT
) STRICT;
CREATE INDEX forgotten_fact_property ON forgotten_fact (property_id, date_from);
