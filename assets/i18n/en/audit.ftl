# Jalga — English messages of the clerk's audit.

audit-cancelled = The audit was cancelled
audit-unknown-kind = Unknown finding kind “{ $kind }”; known: { $known }
audit-unknown-severity = Unknown severity “{ $severity }”; known: low, medium, high, critical

audit-kind-overcrowded = Overcrowded dwelling
audit-kind-double-registration = Registered at two addresses
audit-kind-no-lease = No lease on file
audit-kind-outside-lease = Registration outside the lease term
audit-kind-invalid-iin = Invalid IIN
audit-kind-iin-mismatch = IIN does not match the person
audit-kind-late-registration = Late registration
audit-kind-late-notice = Late foreigner notice
audit-kind-overstay = Stay limit exceeded
audit-kind-no-consent = No owner's consent

audit-severity-low = low
audit-severity-medium = medium
audit-severity-high = high
audit-severity-critical = critical

audit-open-end = { $to ->
    [open] open-ended
   *[other] { $to }
}

audit-overcrowded = { $address }: { $counted } counted of { $people } registered on { $area } m², the norm { $preset } allows { $capacity } (one per { $m2 } m²)
audit-double-registration = { $person } has two { $kind ->
    [permanent] permanent
   *[temporary] temporary
} registrations at once: { $first } and at { $second } at once from { $from } to { $to ->
    [open] now
   *[other] { $to }
} ({ $days } days)
audit-registration-period = Registration { $registration } at { $address }: { $from } – { $to ->
    [open] open-ended
   *[other] { $to }
}
audit-no-lease = { $person }: temporary registration at { $address } from { $from }, no lease on file
audit-no-lease-owner-checked = The person is not among the dwelling's owners and on no lease of it. This is an indicator, not an offence: eGov does not ask for a lease, the owner's consent is the ground
audit-outside-lease = { $person }'s registration at { $address } ({ $from } – { $to ->
    [open] open-ended
   *[other] { $to }
}) is outside lease { $lease } ({ $start } – { $end ->
    [open] open-ended
   *[other] { $end }
}) by { $days } days
audit-outside-lease-before = It starts { $days } days before the lease
audit-outside-lease-after = It runs { $days } days past the lease's end
audit-no-consent = { $address }: { $count } registrations since { $first } without the owner's consent, required since { $since }
audit-iin-missing = The citizen has no IIN on record
audit-invalid-iin = IIN { $iin } is not valid
audit-iin-mismatch = IIN { $iin } is valid but does not match the record
audit-iin-birth-differs = The IIN gives birth date { $iin_birth }, the record says { $recorded }
audit-iin-sex-differs = The IIN gives sex { $iin_sex ->
    [male] male
   *[female] female
}, the record says { $recorded ->
    [male] male
   *[female] female
}
audit-invalid-iin-summary = { $person }: invalid IIN
audit-iin-mismatch-summary = { $person }: the IIN does not match the birth date or sex
audit-late-registration = { $person } at { $address }: registration from { $from } submitted { $days } days after the deadline { $due }
audit-registration-not-submitted = { $person } at { $address }: living there since { $from }, registration still not submitted, { $days } days past the deadline { $due }
audit-late-notice = { $person } at { $address }: arrival { $arrival }, { $actor ->
    [immigrant] the immigrant's registration
   *[other] the host's notice
} filed { $days } days after the deadline { $due }
audit-notice-not-filed = { $person } at { $address }: arrival { $arrival }, { $actor ->
    [immigrant] the immigrant's registration
   *[other] the host's notice
} not filed, { $days } days past the deadline { $due }
audit-overstay = { $person } at { $address }: entered { $entry }, permitted stay ended { $due }, { $days } days over

audit-header = Audit as of { $today }, norm { $preset }: { $total } findings
audit-clean = No findings
audit-checked = Checked: { $dwellings } dwellings, { $people } people, { $registrations } registrations, { $notices } notices
audit-count-row = { $kind }: { $total } (critical { $critical }, high { $high }, medium { $medium }, low { $low })
audit-csv-written = Findings written to { $path }
audit-pdf-written = Audit report written to { $path }

gen-city-done = Generated { $people } people, { $registrations } registrations in { $dwellings } dwellings; planted violations: { $planted }
gen-city-manifest = Manifest of planted violations: { $path }

verify-store-intact = matches the database ({ $kind } { $subject })
verify-store-altered = differs from the database ({ $kind } { $subject }): { $what }
verify-store-unknown = { $reason ->
    [code-unknown] this code was not issued from this database
    [subject-unknown] the record it is about is not in this database
   *[other] not a Jalga document
}

audit-pdf-title = Registration audit report
audit-pdf-as-of = As of { $today }
audit-pdf-preset = Area norm: { $preset }
audit-pdf-summary = Findings by kind and severity
audit-pdf-col-kind = Kind
audit-pdf-col-total = Total
audit-pdf-by-kind = Findings by kind
audit-pdf-densest = The densest dwellings (counted people per person the norm allows; logarithmic scale)
audit-pdf-density = { $people } people, ×{ $ratio }
audit-pdf-findings = Findings, worst first within each kind
audit-pdf-truncated = The first { $shown } of { $total } findings; the CSV export lists them all.
audit-kind-duplicate-person = One IIN on several people
audit-duplicate-person = { $person }: IIN { $iin } is on { $count } person records, one person entered more than once
audit-duplicate-record = Record { $id }: { $person }
audit-double-same-iin = Records { $first } and { $second } share one IIN and are taken as one person
audit-late-party = Late: { $actor ->
    [host] the host
    [immigrant] the immigrant
    [resident] the resident
    [owner] the owner
   *[other] —
}; liable under CAO art. { $articles }
