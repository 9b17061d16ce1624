# Jalga — the clerk's workspace: loading, audit, verification, reports.

error-cancelled = Cancelled: nothing was written
clerk-doc-no-identity = { $name } cannot be loaded as a person: the document gives no IIN, and no birth date and sex elsewhere
clerk-load-unknown-format = { $path }: only .json bundles, .csv registrations and .pdf documents can be loaded
clerk-no-audit = Run an audit first
