# The immigrant's application for registration, confirmed by the owner (from 01.07.2026). Version 2 (2026-12).
# Basis: MVD order No. 923 of 17.11.2025 (in force 01.07.2026).
# The form's full field list is not published; the fields follow the MVD's announcements.
# Chosen by the date of arrival at the address: from 01.07.2026.
title THE IMMIGRANT'S APPLICATION FOR REGISTRATION: DATA SHEET
split {place} | {date}
note The immigrant applies in the migration police information system (MVD) within 30 calendar days of crossing the border; the owner of the dwelling confirms or refuses the request in the mobile app. After a change of address, registration is made again within 5 working days. This sheet is for reference; it is not the application.
s 1. Immigrant (applicant)
f Surname, given names (Latin, as in the passport) | {foreigner.name_latin}
f Full name in Cyrillic | {foreigner.surname} {foreigner.given_names} {foreigner.patronymic}
f Date of birth | {foreigner.birth_date}
f Sex | {foreigner.sex}
f Citizenship | {foreigner.citizenship}
s 2. Passport and visa
f Passport number | {foreigner.passport}
f Issued | {foreigner.passport_issued}
f Valid until | {foreigner.passport_expires}
f Visa (category, number) | {visa.kind} {visa.number}
f Visa valid | {visa.valid_from} to {visa.valid_until}
s 3. Entry and stay
f Date of crossing the border | {foreigner.entry_date}
f Border crossing point | {foreigner.entry_point}
f Purpose of stay | {foreigner.purpose_of_stay}
f Purpose in detail | {foreigner.purpose_note}
f Period of stay | {foreigner.arrival_date} to {foreigner.stay_until}
s 4. Temporary address
f Date of arrival at the address | {foreigner.arrival_date}
f Address | {dwelling.address}
f RKA | {dwelling.rka}
f Basis | lease No. {number} of {date}; landlord {landlord.name}, {landlord.iin}, phone {landlord.phone}
signatures foreigner
s 5. The owners' confirmation in the mobile app (owners: {owners.count})
each owner
f Owner {owner.n} | {owner.name}
f IIN, share | {owner.iin}, {owner.share}
f Confirms | {owner.acting}
signatures this-owner
end
