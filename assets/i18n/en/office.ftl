# Jalga — the office server: moving a store onto it, connecting securely, English.

migrate-target-not-empty = { $target } already holds { $records } records: nothing was moved. Migrate into an empty database, or add --merge to write over the records with the same ids.
migrate-done = Moved { $records } records from { $source } to { $target } in one transaction; the server's change log records the migration
server-tls-bad-mode = Unknown sslmode “{ $mode }” in the server's address: use disable, require, verify-ca or verify-full
server-tls-no-root = sslmode={ $mode } checks the server's certificate against your office's certificate authority, but there is no CA file at { $path }: add sslrootcert=PATH to the server's address
server-tls-bad-root = The certificate authority file { $path } could not be read: { $detail }
server-tls-unsupported = The office server { $server } does not accept encrypted connections, and Jalga does not send passwords and records to another machine in plain text (sslmode={ $mode }). Turn on TLS on the server, or write sslmode=disable in the address only for a network you trust. Nothing was read or written.
server-tls-failed = The connection to the office server { $server } could not be secured (sslmode={ $mode }): { $detail }. Check that sslrootcert is your office's certificate authority and that the server's certificate names the host in the address. Nothing was read or written.
office-url-invalid = The office server's address is postgres://HOST:PORT/DATABASE (with ?sslmode=verify-full&sslrootcert=PATH if your office gives a CA file)
office-url-has-password = Leave the password out of the address: Jalga does not keep it in a file. It asks for it when the app opens, or reads JALGA_PG_PASSWORD.
office-role-needed = Give your login role on the office server (the name the office's administrator made for you)
settings-office = Office server
settings-office-text = Clerks of a migration office work on one shared database. When an address is set, Jalga opens the office server instead of the file on this computer; the password is asked when the app opens (or read from JALGA_PG_PASSWORD) and is never saved.
settings-office-url = Address (postgres://HOST:PORT/DATABASE)
settings-office-role = Your login role
settings-office-save = Use this server
settings-office-clear = Work on this computer's file again
settings-office-saved = The office server is set: Jalga now opens it
settings-office-cleared = Jalga opens the file on this computer again
settings-office-on = Now working on the office server { $url } as { $role }
settings-office-off = Now working on the file on this computer
unlock-server-text = Jalga works on your office's server. Its password is not saved anywhere: type it for this session.
unlock-server-password = Your password on the office server
