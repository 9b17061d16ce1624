# Jalga — English messages of the data area: validation, store, import and export.

## Validation of records

v-id = Must be 1–{ $max } characters: Latin letters, digits, “.”, “_” or “-”
v-required = Required
v-too-long = Too long: at most { $max } characters, got { $found }
v-control-char = Contains a control character
v-name-char = A name may contain only letters, spaces, hyphens, apostrophes and dots, found “{ $found }”
v-digits = Digits only
v-cadastral = A cadastral number is numeric groups separated by “:” (the last parts may use “/”)
v-area-positive = An area must be a positive number of square metres, got { $value }
v-passport = A passport number is 5–20 Latin capital letters and digits, as printed
v-document = A document number is 3–30 capital letters and digits
v-citizenship = Citizenship is a three-letter ISO 3166-1 code, e.g. RUS
v-useful-over-total = The useful area { $useful } m² is larger than the total area { $total } m²
v-living-over-useful = The living area { $living } m² is larger than the useful area { $useful } m²
v-share = A share must be a fraction between 0 and 1, got { $numerator }/{ $denominator }
v-iin-birth-date = The IIN gives the birth date { $iin }, but { $typed } was entered
v-iin-sex = The sex does not match the IIN
v-dates-order = The end { $to } must come after the start { $from }
v-tenant-is-landlord = The tenant and the landlord must be different people
v-temporary-period = A temporary registration lasts 1 to 12 months: { $from } to { $to } does not
v-consent-incomplete = The consent needs both who gave it and the date
v-rooms = The number of rooms must be { $min }–{ $max }, got { $value }
v-floor = The floor must be { $min }–{ $max }, got { $value }
v-money = The amount is out of range: { $value } tenge
v-payment-day = The payment day must be 1–31, got { $value }

## Import

v-json = Not valid JSON at line { $line }, column { $column }: { $detail }
v-bundle-shape = Not a Jalga bundle: the data has the wrong shape
v-bundle-format = Not a Jalga bundle: “format” must be “{ $expected }”
v-bundle-version = Bundle version { $found } is not supported; this Jalga reads version { $supported }
v-unknown-field = Unknown field “{ $field }”
v-format = Wrong value: { $detail }
v-duplicate = The id { $id } appears more than once
v-unknown-ref = Refers to { $kind ->
        [property] dwelling
        [owner] owner
        [person] person
        [lease] lease
        [registration] registration
        [foreigner-notice] foreigner notice
       *[other] { $kind }
    } { $id }, which is neither in the file nor in the database
v-date = Not a calendar date (YYYY-MM-DD): “{ $found }”
v-number = Not a number: “{ $found }”
v-enum = “{ $found }” is not one of: { $allowed }
v-csv = Unreadable CSV: { $detail }
v-csv-header = Wrong CSV header; expected: { $expected }

## Store

error-store = Database { $path }: { $detail }
error-database-too-new = Database { $path } has schema version { $found }, but this Jalga knows only up to version { $supported }; update Jalga. The file was not changed.
error-migration = Database { $path } could not be upgraded: { $detail }
error-import-rejected = Import rejected: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; nothing was written
error-not-found = No { $kind ->
        [property] dwelling
        [owner] owner
        [person] person
        [lease] lease
        [registration] registration
        [foreigner-notice] foreigner notice
       *[other] { $kind }
    } with id { $id }
error-io = { $path }: { $detail }

## Command line

cli-init-done = Database { $path } is ready (schema version { $version })
cli-needs-db = This command needs a database: give --db FILE (or set JALGA_DB)
cli-unknown-format = Cannot tell the format of { $path }: name it .json or .csv, or pass --format
cli-import-done = Imported { $records ->
    [one] { $records } record
   *[other] { $records } records
}
cli-demo-done = Demo data loaded: { $records } records
cli-export-done = Exported to { $path }

## What the documents print (bank details, power of attorney, visa, signing)

v-phone = A phone number is an optional “+” and 10–15 digits (spaces, hyphens and brackets may group them), got “{ $found }”
v-iban-required = Payment by bank transfer needs the landlord's IBAN
v-bic = A Kazakh bank's BIC is 8 or 11 Latin capitals and digits with KZ in places 5–6, got “{ $found }”
v-bank-incomplete = Bank details go together: the IBAN, the bank's name and its BIC
v-poa-incomplete = A power of attorney goes together: its number, date and notary
v-poa-after-signing = The power of attorney of { $poa } is dated after the signing on { $signed }
v-signed-after-end = The signing date { $signed } is after the lease's end { $end }
v-visa-incomplete = A visa needs its number, type and both validity dates
v-visa-before-birth = The visa is valid from { $from }, before the birth date { $birth }
v-visa-dates = A visa's validity must end after it starts: { $from } to { $to } is impossible
v-sms-needs-phone = Signing by SMS code needs the phone the code is sent to
doc-missing-field = Lease { $id }: { $field ->
        [signed_on] the signing date
        [payment_method] the payment method
       *[other] { $field }
    } is not recorded, and the document cannot be printed without it: fill it in first
v-date-range = A date must be within the years { $from }–{ $to }, got { $found }

v-csv-duplicate-id = Registration id { $id } is on line { $first } and again on line { $line }: each row must have its own id
v-more-problems = …and { $count } more problems not listed
# Another program kept the database busy past the wait (a store error).
error-store-busy = Database { $path } is busy: another program is writing to it. Nothing was saved; try again in a moment.
## Office files: encodings, workbooks, column mapping, exports for people
office-note-encoding = The file is in { $encoding }; it was converted to UTF-8.
office-note-sheet = Sheet “{ $sheet }” was read (the workbook has { $count } sheets).
v-office-dates = column “{ $column }” has { $count ->
    [one] { $count } date that does not exist or cannot be read
   *[other] { $count } dates that do not exist or cannot be read
} (the first: “{ $found }”): rows { $rows }
v-office-rows = column “{ $column }”: { $cause } — { $count ->
    [one] { $count } row
   *[other] { $count } rows
}: { $rows }
v-office-unmapped = no column of the file is matched to “{ $column }”, which every row needs ({ $count ->
    [one] { $count } row
   *[other] { $count } rows
})
v-office-more = and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
}
v-office-mapping-field = The mapping names a column Jalga does not have: “{ $field }”
v-office-workbook = The workbook cannot be read: { $detail }
v-office-sheet = The workbook has no sheet “{ $sheet }”; its sheets: { $sheets }
v-office-profile = The mapping profile cannot be read: { $detail }
cli-import-note = Note: { $note }
xlsx-sheet-registrations = Registrations
xlsx-sheet-findings = Findings
xlsx-finding-kind = Finding
xlsx-finding-severity = Severity
xlsx-finding-subject-kind = Subject kind
xlsx-finding-subject-id = Subject id
xlsx-finding-subject = Concerns
xlsx-finding-district = District
xlsx-finding-date = Date
xlsx-finding-score = Score
xlsx-finding-summary = Summary
xlsx-finding-explanation = Explanation
xlsx-finding-related = Related records
## The handover act as kept in the store
v-meter-reading = A meter reading is digits with at most one decimal point (e.g. 01234.5), got “{ $found }”
v-too-many-lines = Too many lines: at most { $max }, got { $found }
v-quantity = The quantity must be 1–999, got { $value }
v-key-count = The number of keys must be 1–99, got { $value }
v-csv-row-too-long = A CSV row runs past { $max } KB (an unclosed quote or a file with no line ends); nothing was imported
error-page-key = A page of this list starts after a sort key of { $expected } parts, got { $found }
