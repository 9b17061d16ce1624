# Jalga — English messages of the landlord's screens.

nav-dwellings = Dwellings
nav-people = People
nav-lease = New lease
nav-deadlines = Deadlines
nav-documents = Documents
nav-badge-title = { $count ->
    [one] { $count } deadline due or overdue
   *[other] { $count } deadlines due or overdue
}

## Common actions

action-add = Add
action-edit = Edit
action-save = Save
action-cancel = Cancel
action-delete = Delete
action-undo = Undo
action-next = Next
action-back = Back
action-search = Search
action-remove = Remove
draft-restored = A form you had not saved was restored
draft-autosaved = Draft kept
saved-ok = Saved
deleted-ok = Removed. You can undo this.
confirm-delete = Remove this? It cannot be undone.
list-count = { $count ->
    [one] { $count } found
   *[other] { $count } found
}
list-empty = Nothing found

## Dwellings

dwellings-title = Dwellings
dwellings-search = Search by address, RKA, cadastral number
dwelling-new = New dwelling
dwelling-edit = Edit dwelling
field-region = Region
field-city = City
field-district = District
field-street = Street
field-building = Building
field-flat = Flat
field-kato = KATO code
field-rka = RKA (address registration code)
field-cadastral = Cadastral number
field-total-area = Total area, m²
field-useful-area = Useful area, m²
field-living-area = Living area, m²
field-rooms = Rooms
field-floor = Floor
owners-title = Owners and co-owners
owner-kind-person = Person (IIN)
owner-kind-company = Company (BIN)
field-owner-kind = Owner type
field-owner-id = IIN or BIN
field-owner-name = Owner’s name
field-share = Share
owner-add = Add an owner
residents-title = Living here now
residents-none = Nobody lives here under a lease or a registration
resident-registered = registered until { $until }
resident-registered-open = registered
resident-not-registered = not registered
norm-glance = { $counted } of { $capacity } allowed, { $per } m² per person
norm-glance-empty = Nobody counted: up to { $capacity } people allowed
norm-glance-none = No area norm applies

## People

people-title = People
people-search = Search by name, IIN, passport
person-new = New person
person-edit = Edit person
person-kind-citizen = Citizen of Kazakhstan
person-kind-foreigner = Foreigner
field-kind = Who
field-iin = IIN
field-surname = Surname
field-given-name = Given name
field-patronymic = Patronymic
field-birth-date = Date of birth
field-sex = Sex
field-id-document = Identity card or passport number
field-passport = Passport number
field-citizenship = Citizenship (ISO code, e.g. CHN)
field-surname-latin = Surname in Latin letters
field-given-name-latin = Given name in Latin letters
field-entry-date = Date of entry into Kazakhstan
field-purpose = Purpose of stay
field-visa = Visa or migration card number
iin-filled = Date of birth and sex filled from the IIN
translit-to-cyrillic = Latin → Cyrillic
translit-to-latin = Cyrillic → Latin
translit-hint = A suggestion: check it against the passport and correct it if needed
landlord-person-exists = { $name } is already saved with this number: pick them from the list instead of adding again

## Lease wizard

wizard-title = New lease
wizard-step-dwelling = Dwelling
wizard-step-tenant = Tenant
wizard-step-occupants = Occupants
wizard-step-terms = Terms
wizard-step-review = Review
wizard-landlord = Landlord
wizard-landlord-owner = { $name } (owner, { $share })
wizard-pick = Choose…
wizard-occupant-add = Add an occupant
wizard-relation = Relation to the tenant
relation-tenant = tenant
relation-spouse = spouse
relation-child = child
relation-parent = parent
relation-sibling = brother or sister
relation-other-relative = other relative
relation-unrelated = not related
wizard-norm-title = Area norm
wizard-norm-line = { $place } norm: { $m2 } m² of { $basis ->
    [living] living
   *[useful] useful
} area per person; { $area } m² allows { $capacity }; { $counted } would be registered
preset-place-kz-astana = Astana
preset-place-kz-none = No
preset-place-ru-proposal-6m2-living = Proposed (6 m²)
preset-place-ru-proposal-8m2-migrant = Proposed (8 m²)
wizard-norm-exempt = { $name }: { $relation } — exempt
wizard-norm-counted = { $name }: { $relation } — counted
wizard-norm-living = { $name }: already lives here
wizard-norm-ok = Allowed
wizard-norm-refused = Refused by the norm
field-start-date = Start date
field-end-date = End date
field-rent = Monthly rent, tenge
field-deposit = Deposit, tenge
field-payment-day = Payment day of the month
field-utilities = Utilities
field-language = Language of the agreement
utilities-default = The tenant pays by the meters
doc-lang-kk = Kazakh
doc-lang-ru = Russian
doc-lang-kk-ru = Kazakh and Russian
wizard-save-draft = Save as draft
wizard-save-ready = Save as ready to sign
wizard-override-title = Go ahead despite the norm
wizard-override-text = The lease breaks the area norm. It can be marked ready only if you record who decides and why.
field-override-by = Who decides
field-override-reason = Why
wizard-saved-draft = Saved as a draft: it cannot be exported as ready
wizard-saved-ready = Saved as ready to sign
wizard-problems = To finish: { $count ->
    [one] { $count } field
   *[other] { $count } fields
} need attention
landlord-bad-date = Enter a date as YYYY-MM-DD, got “{ $found }”
landlord-bad-number = Enter a whole number, got “{ $found }”
landlord-choose-dwelling = Choose a dwelling
landlord-choose-landlord = Choose who lets the dwelling
landlord-choose-tenant = Choose the tenant
landlord-norm-needs-override = The norm refuses this lease: record who decides and why to mark it ready, or save it as a draft
landlord-bad-draft = The form could not be kept: its content is not valid
lease-state-draft = Draft
lease-state-ready = Ready
lease-state-override = Ready by override: { $by }, { $at }: { $reason }

## Deadlines

deadlines-title = Deadlines
deadlines-summary = { $overdue } overdue · { $due } due
deadlines-none = Nothing is due
deadline-col-person = Who and where
deadline-col-what = What
deadline-col-due = By
deadline-col-status = Status
deadline-col-rule = Rule
deadline-col-fine = Fine at stake
deadline-kind-citizen-registration = Register a citizen
deadline-kind-foreigner-notice = Notify about a foreigner
deadline-kind-foreigner-registration = Register a foreigner
deadline-kind-foreigner-address-change = Re-register a change of address
deadline-kind-short-stay-exemption = Short stay without registration
deadline-kind-temporary-registration-end = Renew or end a registration
deadline-kind-lease-end = Lease ends
deadline-kind-deregistration = De-register
deadline-kind-eaeu-stay = Days of stay

## Documents

documents-title = Documents
documents-search = Search leases by address or tenant
doc-kind-agreement = Lease agreement
doc-kind-consent = Owner’s consent to registration
doc-kind-registration-sheet = Registration sheet
doc-kind-foreigner-notice = Notice of a foreigner’s arrival
doc-export = Export PDF
doc-preview = Preview
doc-open-folder = Open the folder
doc-exported = Saved: { $path }
doc-batch = Export all ready leases
doc-batch-progress = { $done } of { $total }
doc-batch-done = Exported { $ok } of { $total }; { $failed } failed
doc-preview-note = Preview of the document’s text, made from the same data as the PDF
landlord-export-not-ready = Lease { $id } is a draft: mark it ready (with an override if the norm refuses) before exporting
relation-grandparent = grandparent
relation-grandchild = grandchild
field-labour-contract-end = End of the labour contract (EAEU worker)

## What the documents print: signing, payment, bank details, power of attorney, contacts, visa

field-signed-on = Signing date
field-payment-method = Rent is paid
payment-bank-transfer = by bank transfer
payment-cash = in cash
wizard-bank = The landlord's bank details
field-bank-iban = IBAN (KZ and 18 characters)
field-bank-name = Bank
field-bank-bic = BIC
wizard-poa = Power of attorney
field-poa-number = Number
field-poa-date = Date
field-poa-notary = Certified by (notary)
wizard-poa-hint = Needed when the landlord is not an owner of the dwelling: the agreement and the consent name the notarised power of attorney they act under.
landlord-poa-required = The landlord is not an owner of this dwelling: give the power of attorney they act under
field-address = Registered address
field-phone = Phone
field-entry-point = Border crossing point
field-visa-type = Visa type
field-visa-valid-from = Visa valid from
field-visa-valid-to = Visa valid until
purpose-private = Private visit
purpose-business = Business
purpose-tourism = Tourism
purpose-study = Study
purpose-work = Work
purpose-medical = Medical treatment
purpose-family = Family reunification
purpose-transit = Transit
purpose-other = Other
wizard-registrants = Registration at this dwelling
wizard-registrants-hint = Each citizen aged 14 or over applies on eGov themselves; what is typed here is kept as their draft registration under this lease. Children under 14 are not registered: they follow a parent.
field-reason = Reason for registration
field-signing-method = Signs the application
signing-eds = with an electronic digital signature (EDS)
signing-sms = with a one-time SMS code
field-signing-phone = Phone for the SMS code
reason-lease = Lease
reason-family = Living with family
reason-work = Work
reason-study = Study
reason-medical = Medical treatment
reason-other = Other

# A save waited for the office import that was writing, and gave up.
shell-store-busy-import = An import of office data is still writing to the database. Nothing was saved; try again when it has finished.
# The form could not be kept in the store as it was typed.
draft-save-failed = What you type is not being kept: { $reason } It is still on the screen and is tried again at your next change.
doc-sign-title = Sign with your EDS
doc-sign-hint = The landlord and the tenant each sign with their own NCA RK signing key (the RSA… file, not AUTH_RSA…). The password is used once and not saved.
doc-sign-file = Document to sign (PDF)
doc-sign-p12 = Key store (.p12)
doc-sign-password = Key store password
doc-sign-run = Sign
doc-sign-done = signed: { $path }; detached CMS: { $cms }
## The handover act's form and the agreement's prevailing text
doc-kind-handover-act = Handover act
handover-title = Handover act
handover-direction = When
handover-move-in = At move-in
handover-return = At return
handover-date = Day of the handover (the meters are read that day)
handover-inventory = Rooms and furniture
handover-room = Room
handover-item = Item
handover-quantity = Qty
handover-condition = Condition
handover-meters = Meter readings
handover-meter-kind = Meter
meter-electricity = Electricity
meter-cold-water = Cold water
meter-hot-water = Hot water
meter-gas = Gas
meter-heat = Heat
handover-serial = Serial number
handover-reading = Reading
handover-keys = Keys
handover-key-what = What it opens
handover-key-count = How many
handover-remarks = Remarks both sides agree on
handover-add = Add a line
handover-remove = Remove
handover-save = Save the act
handover-saved = The act is saved; export it as “Handover act”.
field-prevailing-language = Text that prevails in a kk+ru agreement
prevailing-none = Not chosen (a blank in the agreement)
prevailing-kk = Kazakh
prevailing-ru = Russian

## Dates as typed, archive and delete, the document on screen
date-pick = Choose a day
date-prev-month = Previous month
date-next-month = Next month
date-bad-shape = Enter a date as { $pattern }, got “{ $found }”
date-no-such-day = There is no such day: “{ $found }”
date-out-of-range = Enter a date from { $first } to { $last }, got “{ $found }”
record-archive = Archive
record-delete = Delete
record-undo = Undo
record-archived = Archived: { $name }
record-deleted = Deleted: { $name }
record-restored = Restored: { $name }
ref-leases =
    { $n ->
        [one] { $n } lease
        *[other] { $n } leases
    }
ref-occupancies =
    { $n ->
        [one] { $n } lease as an occupant
        *[other] { $n } leases as an occupant
    }
ref-registrations =
    { $n ->
        [one] { $n } registration
        *[other] { $n } registrations
    }
ref-notices =
    { $n ->
        [one] { $n } arrival notice
        *[other] { $n } arrival notices
    }
ref-documents =
    { $n ->
        [one] { $n } issued document
        *[other] { $n } issued documents
    }
ref-and = { $a } and { $b }
delete-refused-dwelling = This dwelling cannot be deleted, these refer to it: { $refs }. Archive it instead.
delete-refused-person = This person cannot be deleted, these refer to them: { $refs }. Archive them instead.
delete-refused-lease = This lease cannot be deleted, these refer to it: { $refs }. Archive it instead.
restore-taken = Cannot undo: a record with the id { $id } exists again.
preview-zoom-in = Zoom in
preview-zoom-out = Zoom out
preview-zoom-fit = Fit width
preview-print = Print
preview-page = Page { $n } of { $total }
doc-open-file = Open the file
doc-preview-pages = The document’s pages, laid out as the PDF prints them
## The home: what to do today
nav-today = Today
today-title = Today
today-none = Nothing needs doing today: no deadline is near, no document expires within 30 days.
today-summary = { $count ->
    [one] { $count } thing to do
   *[other] { $count } things to do
}, { $overdue } overdue
today-when-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
today-when-left = { $days ->
    [0] today
    [one] in { $days } day
   *[other] in { $days } days
}
today-consent = The owner's consent is not recorded
today-consent-explain = The registration from { $from } needs the owner's consent (required for registrations from { $required }); none is recorded.
today-confirmation-explain = From 1 July 2026 the immigrant applies in the migration police system and the owner confirms the stay in the mobile app in time.
today-document-id-card = Identity card expires
today-document-passport = Passport expires
today-document-visa = Visa expires
today-document-expires = Valid through { $date }: { $days ->
    [0] its last day is today
    [one] { $days } day left
   *[other] { $days } days left
}.
today-document-expired = Expired on { $date }, { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}.
today-draft-lease = A lease left as a draft
today-draft-lease-explain = The lease from { $start } is saved as a draft: finish it and mark it ready to print.
today-do-create-from-lease = Make the registration from the lease
today-do-submitted = Mark submitted
today-do-registered = Mark registered
today-do-ended = Mark de-registered
today-do-sent = Mark the notice sent
today-do-confirmed = Mark confirmed
today-do-record-consent = Record the consent
today-do-open-lease = Finish the lease
today-do-open-person = Update the documents
today-on = On
today-consent-by = Consent given by
today-renew-until = New term until
today-renew = Renew
today-end = End on this day
today-made = Done: { $what } — { $subject } ({ $action })
cycle-not-occupant = { $person } does not live under this lease
cycle-lease-over = The lease ended on { $end }
cycle-notice-exists = An arrival notice for { $person } under this lease already exists
cycle-child-not-registered = { $person } is under { $age } and is not registered
cycle-registration-exists = { $person } already has a registration under this lease
cycle-lease-too-short = Less than the month a temporary registration needs remains from { $from } to the lease's end { $end }
cycle-step-out-of-order =
    A record that is { $from ->
        [draft] a draft
        [submitted] submitted
        [registered] registered
        [ended] ended
        [sent] sent
        [confirmed] confirmed
       *[other] { $from }
    } cannot be marked { $step ->
        [submitted] submitted
        [registered] registered
        [ended] ended
        [sent] sent
        [confirmed] confirmed
       *[other] { $step }
    }
cycle-date-before = { $on } is before { $earliest }
cycle-date-after = { $on } is after { $latest }
cycle-consent-who = Say who gave the consent
cycle-renew-open-ended = The lease has no last day: it runs on and needs no renewal
person-id-document-expires = Identity card valid through
person-passport-expires = Passport valid through
today-pending = Submitted: waiting for the registration
today-pending-explain = Submitted on { $submitted } for { $from } – { $to }: mark it registered on the day eGov grants it.
cycle-board-title = Registration steps
cycle-board-none = No leases or registrations yet
cycle-board-more = { $count } more rows not shown
cycle-step-submitted = Filed (registration or notice)
cycle-step-registered = Registered
cycle-step-deregistered = De-registration
cycle-state-due = By { $due }: { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
cycle-state-overdue = Due { $due }, { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
cycle-state-waiting = Waiting for eGov
cycle-state-exempt = Not required
cycle-state-later = Not yet
wizard-lease-opened = The saved lease at { $address } is open: finish it and mark it ready to print
cycle-state-done = On { $on }
