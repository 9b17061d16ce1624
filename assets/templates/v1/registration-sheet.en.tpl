# Data sheet for residence registration on eGov.kz. Version 1 (2026-01).
# The fields follow the order of eGov's form (2025).
title RESIDENCE REGISTRATION DATA SHEET (eGov.kz)
split {place} | {date}
note The fields follow the order of the "Registration at the place of residence" service on eGov.kz and in eGov Mobile.
s 1. Period
f Kind of registration | {registration.kind}
f Period, months (1 to 12) | {registration.months}
f From | {registration.start}
f To | {registration.end}
s 2. Owner
f "I am the owner" | {registration.is_owner}
f Owner's region | {registration.owner_region}
f Dwelling's RKA | {dwelling.rka}
f Owner's IIN (if the applicant is not the owner) | {registration.owner_iin}
f Dwelling's address | {dwelling.address}
f Co-owners' consent | {registration.co_owners_consent}
s 3. Persons to register
table people
s 4. Signing the application
f Signature | {registration.signature}
s For reference: dwelling and grounds
f Cadastral number | {dwelling.cadastral}
f KATO code | {dwelling.kato}
f Area total / useful / living, m² | {dwelling.total_area} / {dwelling.useful_area} / {dwelling.living_area}
f Lease agreement | No. {number} of {date}, from {terms.start} to {terms.end}
f Landlord | {landlord.name}, {landlord.id}, {landlord.phone}
signatures landlord tenant
