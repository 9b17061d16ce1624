# Jalga — English messages shared by the app, the CLI and the documents.

app-name = Jalga
app-tagline = Lease agreements and residence registration in Kazakhstan
lang-name = English

## Identifier checks (IIN and BIN)

id-empty = Nothing entered
id-not-digit = Only digits are allowed: character { $position } is “{ $found }”
id-wrong-length = Must be 12 digits, got { $found ->
    [one] { $found } digit
   *[other] { $found } digits
}
id-no-check-digit = No check digit exists for these first 11 digits: the number cannot be valid
id-checksum-mismatch = Check digit is { $found }, but the first 11 digits give { $expected }: a digit is mistyped
iin-century-digit = Digit 7 must be 1–6 (century and sex), got { $digit }
iin-impossible-date = The birth date { $date } does not exist
bin-impossible-month = Digits 3–4 must be a month 01–12, got { $month }
bin-entity-type = Digit 5 must be 4 (resident), 5 (non-resident) or 6 (joint entrepreneurship), got { $digit }
bin-attribute = Digit 6 must be 0 (head office), 1 (branch), 2 (representative office) or 3 (farm), got { $digit }

sex-male = male
sex-female = female
bin-entity-resident = resident
bin-entity-non-resident = non-resident
bin-entity-joint-entrepreneurship = joint entrepreneurship
bin-attribute-head-office = head office
bin-attribute-branch = branch
bin-attribute-representative-office = representative office
bin-attribute-farm = farm

## The IIN form

iin-check-title = Check an IIN
iin-valid = Valid IIN
iin-invalid = Invalid IIN
iin-birth-date = Date of birth
iin-sex = Sex
language-label = Language
data-folder = Data folder
office-server-footer = Office server

## Errors

error-unknown-language = Unknown language “{ $lang }”: use kk, ru or en
database-summary = Database: { $dwellings ->
    [one] { $dwellings } dwelling
   *[other] { $dwellings } dwellings
} · { $people ->
    [one] { $people } person
   *[other] { $people } people
} · { $registrations ->
    [one] { $registrations } registration
   *[other] { $registrations } registrations
}
iban-not-kazakh = A Kazakh IBAN starts with “KZ”, not “{ $found }”
iban-wrong-length = A Kazakh IBAN has 20 characters (KZ and 18 more), got { $found }
iban-bad-character = Character { $position } of the IBAN cannot be “{ $found }”: the check digits and the bank code are digits, the account digits or Latin capitals
iban-check-digits = The IBAN's check digits do not match the rest of the number: a character is mistyped
