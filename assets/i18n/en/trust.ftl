# Jalga — English messages of the trust area: encryption, backups, restore, change log, forgetting.

## Errors

trust-passphrase-empty = The passphrase must not be empty
trust-error-locked = Database { $path } is protected by a passphrase (or is not a database). Enter the passphrase to open it. The file was not changed.
trust-error-wrong-passphrase = The passphrase does not open database { $path } (or the file is not a database). The file was not changed.
trust-error-not-jalga = { $path } is not a Jalga database. Nothing was restored.
trust-error-corrupt = Database { $path } is damaged: { $detail }
trust-error-in-use = Database { $path } is open in another program; close it and try again. Nothing was changed.
trust-error-forget-blocked = Person { $id } cannot be forgotten yet: they are named in documents that must be kept ({ $documents }). Nothing was changed.

## Command line

trust-backup-done = Backup written: { $path } ({ $bytes } bytes)
trust-backup-none = No backups yet
trust-restore-done = Restored { $from } into { $path } (schema version { $version })
trust-passphrase-prompt = Passphrase:{" "}
trust-passphrase-new-prompt = New passphrase:{" "}
trust-passphrase-repeat-prompt = Repeat the new passphrase:{" "}
trust-passphrase-mismatch = The two passphrases differ. Nothing was changed.
trust-passphrase-needed = This needs a passphrase: set JALGA_PASSPHRASE or run in a terminal
trust-passphrase-set-done = Database { $path } is now protected by a passphrase
trust-passphrase-changed = The passphrase of database { $path } was changed
trust-passphrase-removed = Database { $path } is no longer protected by a passphrase
trust-log-ok = Change log intact: { $count } entries
trust-log-broken = Change log altered at entry { $seq }: that entry or one before it was edited, inserted or removed
trust-forget-done = Person forgotten. Kept as facts under { $tombstone }: { $registrations } registration(s), { $notices } notice(s); { $occupancies } occupancy(ies) removed

## Settings screen

settings-title = Settings
settings-backups = Backups
settings-backup-now = Back up now
settings-backup-made = Backup made: { $name }
settings-backups-empty = No backups yet
settings-backup-on-server = You work on the office server { $server }. Its data is backed up on the server itself (pg_dump, pgBackRest) by whoever runs it. The backups listed here are of this computer's own file, which Jalga opens again when the office server setting is cleared.
settings-restore = Restore from a file
settings-restore-path = Path of the backup file
settings-restore-passphrase = Its passphrase, if it has one
settings-restore-confirm = Replace the current database with this backup? The current data will be replaced.
settings-restore-done = Restored. The app now shows the restored data.
settings-passphrase = Passphrase
settings-passphrase-on = The database is protected by a passphrase
settings-passphrase-off = The database is not protected by a passphrase
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase (empty to remove)
settings-passphrase-save = Save passphrase
settings-passphrase-saved = Passphrase saved
unlock-title = Database locked
unlock-text = This database is protected by a passphrase.
unlock-passphrase = Passphrase
unlock-submit = Unlock

## The office server (PostgreSQL)
server-not-built = This jalga was built without the office server backend (PostgreSQL): use a build with it, or give a database file
server-not-here = This command works on a database file, not on an office server ({ $server })
server-backup-elsewhere = The office server { $server } is backed up on the server itself: pg_dump for a copy, pgBackRest for scheduled backups and restore to a point in time. jalga backup copies a database file.
server-roles-need-server = --roles sets up an office server's roles: give --db postgres://USER@HOST:PORT/DB
server-roles-done = Roles set up on { $server }: jalga_clerk reads and writes, jalga_supervisor reads; each login sees the district given to it in jalga_access
