-- Version 9, as SQLite's 0009-archive.sql: dwellings, people and leases can
-- be archived (hidden from the landlord's lists, kept for the record).
-- `archived_at` is when, to the second; NULL: not archived. A record's save
-- never writes it.

ALTER TABLE property ADD COLUMN archived_at timestamp(0) without time zone;
ALTER TABLE person ADD COLUMN archived_at timestamp(0) without time zone;
ALTER TABLE lease ADD COLUMN archived_at timestamp(0) without time zone;
