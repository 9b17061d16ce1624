# Foreigner-arrival notice data sheet. Version 1 (2026-01).
# Field order of the immigrant registration form from 1 Jul 2026 (MVD order No. 923 of 17 Nov 2025).
title FOREIGNER-ARRIVAL NOTICE DATA SHEET
split {place} | {date}
note The fields follow the order of the immigrant registration form on eGov.kz; the host confirms the application.
s 1. Foreign national
f Surname | {foreigner.surname_latin} ({foreigner.surname})
f Given names | {foreigner.given_names_latin} ({foreigner.given_names})
f Patronymic | {foreigner.patronymic}
f Date of birth | {foreigner.birth_date}
f Sex | {foreigner.sex}
f Citizenship | {foreigner.citizenship}
s 2. Passport
f Passport number | {foreigner.passport}
f Issued | {foreigner.passport_issued}
f Valid until | {foreigner.passport_expires}
s 3. Entry and stay
f Date of entry into Kazakhstan | {foreigner.entry_date}
f Border crossing point | {foreigner.entry_point}
f Purpose of the visit | {foreigner.purpose}
f Staying until | {foreigner.stay_until}
s 4. Host
f Name | {landlord.name}
f IIN / BIN | {landlord.iin}
f Address | {landlord.address}
f Phone | {landlord.phone}
s 5. Temporary address
f Date of arrival at the address | {foreigner.arrival_date}
f Address | {dwelling.address}
f RKA | {dwelling.rka}
f Grounds | lease agreement No. {number} of {date}
signatures host
