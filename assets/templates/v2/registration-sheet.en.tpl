# Application for registration at the place of residence: one data sheet per applicant. Version 2 (2026-12).
# On eGov the person registered applies (a parent for a 14–16-year-old);
# "I am the owner" is about them; every owner consents by EDS.
# Children under 14 are not registered (Government resolution No. 30 of 04.02.2020).
each registrant
newpage
title APPLICATION FOR REGISTRATION AT THE PLACE OF RESIDENCE: DATA SHEET ({registrant.n} of {registrant.total})
split {place} | {date}
note A reference sheet for filling in the eGov.kz / eGov Mobile form. The person registered applies online; this sheet is not the application.
s 1. Applicant (the person registered)
f Full name | {registrant.name}
f IIN / document | {registrant.id}
f Date of birth | {registrant.birth}
f Who files the application | {registrant.filed_by}
f Reason for registration | {registrant.reason}
s 2. Period
f Kind of registration | {registration.kind}
f Months (1 to 12) | {registration.months}
f Period (not after the end of lease No. {number}, {terms.end}) | {registration.start} – {registration.until}
s 3. Dwelling and owner
f "I am the owner" / "I am not the owner" | {registrant.is_owner}
f Region | {registration.owner_region}
f RKA of the dwelling | {dwelling.rka}
f Owner's IIN (on the "not the owner" path) | {registrant.owner_iin}
f Address | {dwelling.address}
s 4. Owners' consent: each confirms the request on eGov with their own EDS
table approvals
s 5. The applicant signs the application
f Signing method | {registrant.signature}
f Phone (for an SMS code; the number must be in the mobile-citizens database) | {registrant.phone}
s 6. Children under 14 living with the applicant
table followers
end
