-- Version 11, as SQLite's 0011-date-checks.sql. On SQLite the date bounds
-- of person and registration move from triggers into CHECK constraints;
-- the server's tables have held them as CHECK constraints (and `date`
-- columns) since the baseline, so nothing changes here but the version.

SELECT 1;
