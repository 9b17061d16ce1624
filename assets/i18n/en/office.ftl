# Jalga — the office server: moving a store onto it, connecting securely, English.

migrate-target-not-empty = { $target } already holds { $records } records: nothing was moved. Migrate into an empty database, or add --merge to write over the records with the same ids.
migrate-done = Moved { $records } records from { $source } to { $target } in one transaction; the server's change log records the migration
server-tls-bad-mode = Unknown sslmode “{ $mode }” in the server's address: use disable, require, verify-ca or verify-full
server-tls-no-root = sslmode={ $mode } checks the server's certificate against your office's certificate authority, but there is no CA file at { $path }: add sslrootcert=PATH to the server's address
server-tls-bad-root = The certificate authority file { $path } could not be read: { $detail }
server-tls-unsupported = The office server { $server } does not accept encrypted connections, and Jalga does not send passwords and records to another machine in plain text (sslmode={ $mode }). Turn on TLS on the server, or write sslmode=disable in the address only for a network you trust. Nothing was read or written.
server-tls-failed = The connection to the office server { $server } could not be secured (sslmode={ $mode }): { $detail }. Check that sslrootcert is your office's certificate authority and that the server's certificate names the host in the address. Nothing was read or written.
