# Jalga — the office server: moving a store onto it, connecting securely, English.

migrate-target-not-empty = { $target } already holds { $records } records: nothing was moved. Migrate into an empty database, or add --merge to write over the records with the same ids.
migrate-done = Moved { $records } records from { $source } to { $target } in one transaction; the server's change log records the migration
