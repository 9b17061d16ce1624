-- Version 9: dwellings, people and leases can be archived: hidden from the
-- landlord's lists, kept for the record. `archived_at` is when (local
-- time, to the second, as the program writes it); NULL: not archived.
-- The audit, the deadlines and the documents still read archived records
-- (an archived lease's registrations are still the law's business); only
-- the lists and the pickers leave them out. A record's save never writes
-- this column, so editing an archived record keeps it archived.

ALTER TABLE property ADD COLUMN archived_at TEXT;
ALTER TABLE person ADD COLUMN archived_at TEXT;
ALTER TABLE lease ADD COLUMN archived_at TEXT;
