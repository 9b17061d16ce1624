# Jalga — the clerk's workspace: loading, audit, verification, reports.

error-cancelled = Cancelled: nothing was written
clerk-doc-no-identity = { $name } cannot be loaded as a person: the document gives no IIN, and no birth date and sex elsewhere
clerk-load-unknown-format = { $path }: only .json bundles, .csv registrations and .pdf documents can be loaded
clerk-no-audit = Run an audit first

## Navigation and the workspace

nav-home = Home
nav-clerk = Clerk
clerk-title = Clerk's workspace
clerk-tab-load = Load
clerk-tab-audit = Audit
clerk-tab-verify = Verify
clerk-tab-reports = Reports
clerk-cancel = Cancel
clerk-all = All
clerk-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}

## Loading

clerk-load-title = Load registrations
clerk-load-hint = A landlord's JSON bundle (.json), a registrations CSV (.csv) or a PDF made by Jalga (.pdf: it is verified first, then its data is loaded). Everything is checked before anything is written.
clerk-load-path = File
clerk-load-start = Load
clerk-load-drop = …or drop a file onto the window
clerk-phase-reading = Reading the file
clerk-phase-checking = Checking the records
clerk-phase-writing = Writing (nothing is kept until the end)
clerk-phase-done = Finishing
clerk-load-done = Loaded: { $records ->
    [one] { $records } record
   *[other] { $records } records
}
clerk-load-doc-done = The document { $code } is intact; its data is loaded: { $records ->
    [one] { $records } record
   *[other] { $records } records
}

## Audit

clerk-audit-title = Audit
clerk-preset = Area norm
clerk-district = District
clerk-from = From
clerk-to = To
clerk-min-severity = Severity at least
clerk-today = As of
clerk-audit-run = Run the audit
clerk-audit-running = Auditing…
clerk-audit-cancelled = The audit was cancelled
clerk-audit-summary = { $total ->
    [one] { $total } finding
   *[other] { $total } findings
} · checked { $registrations } registrations at { $dwellings } dwellings
clerk-col-severity = Severity
clerk-col-kind = Finding
clerk-col-subject = Subject
clerk-col-district = District
clerk-col-date = Date
clerk-related = Related records
clerk-finding-pick = Pick a finding to see why it was raised.

## Verification

clerk-verify-title = Verify a document
clerk-verify-hint = A PDF made by Jalga carries its data; the check renders that data again and compares it with the file.
clerk-verify-path = PDF file
clerk-verify-run = Verify
clerk-verify-intact = Intact: the document matches its data
clerk-verify-altered = Altered: the document does not match its data
clerk-verify-unknown = Unknown: not a document Jalga can check
clerk-verify-code = Verification code
clerk-verify-kind = Kind
clerk-verify-number = Number

## Reports

clerk-reports-title = Reports
clerk-export-path = Save the findings as CSV to
clerk-export-csv = Export CSV
clerk-export-done = Saved: { $path }
clerk-chart-months = Registrations by month they start, the last two years
clerk-chart-densest = Most crowded dwellings today
clerk-chart-empty = No data yet
clerk-chart-density = { $people } people · { $area } m² each
clerk-verify-code-typed = …or the verification code printed on it
clerk-export-pdf-path = Save the audit report as PDF to
clerk-export-lang = Report language
clerk-export-pdf = Export PDF
clerk-verify-issued-here = Issued here: the document matches its data and this database issued it

## The mapping screen: an office's file, its columns matched to Jalga's
clerk-map-title = Load an office's file
clerk-map-hint = A spreadsheet (.xlsx, .xls, .ods) or a CSV in any encoding, with the office's own column names in any order. Read it, check which column feeds which of Jalga's, correct any by hand, and save the choices under a name for next month's file.
clerk-map-profile = Saved mapping
clerk-map-auto = Recognise the columns
clerk-map-read = Read the columns
clerk-map-workbook = Workbook, sheet “{ $sheet }”
clerk-map-text = Text file, { $encoding }, separator: { $separator }
clerk-map-sheet = Sheet
clerk-map-column = Jalga column for “{ $header }”
clerk-map-skip = (skip)
clerk-map-summary = { $mapped } of { $total } columns matched
clerk-map-name = Name of the mapping, e.g. the office
clerk-map-save = Save mapping
clerk-map-saved = Mapping “{ $name }” saved
clerk-map-import = Load with this mapping
clerk-verify-authentic = Authentic: both parties signed it with EDS signatures that hold
clerk-verify-signatures = Signatures
clerk-verify-unsigned = Consistent, unsigned: no EDS signature
