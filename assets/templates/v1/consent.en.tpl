# Owner's consent to residence registration. Version 1 (2026-01).
title OWNER'S CONSENT TO RESIDENCE REGISTRATION
split {place} | {date}
p I, {landlord.name}, {landlord.id}, of {landlord.address}, as the owner (or the person authorised by the owner) of the dwelling at {dwelling.address}, RKA {dwelling.rka}, cadastral number {dwelling.cadastral}, consent to the registration of the following persons at the address of this dwelling:
table people
s Registration
f Kind of registration | {registration.kind}
f Start | {registration.start}
f Period, months | {registration.months}
f End | {registration.end}
f Grounds for living there | lease agreement No. {number} of {date}
s Owners of the dwelling
table owners
f All co-owners have consented | {registration.co_owners_consent}
p I confirm that this information is true and that the consent is confirmed on eGov.kz (eGov Mobile) by {registration.signature}. The consent is valid for the period stated and may be withdrawn with notice to the persons registered.
signatures owner
