# Jalga — the clerk's workspace: loading, audit, verification, reports.

error-cancelled = Cancelled: nothing was written
