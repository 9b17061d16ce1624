-- Version 10, as SQLite's 0010-expiry.sql: the day a person's identity card
-- and passport expire (NULL: unknown), bounded like every other date.

ALTER TABLE person
    ADD COLUMN id_document_expires date
        CHECK (id_document_expires BETWEEN '1900-01-01' AND '2100-12-31'),
    ADD COLUMN passport_expires date
        CHECK (passport_expires BETWEEN '1900-01-01' AND '2100-12-31');
