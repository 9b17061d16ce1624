# The host's notice of a foreigner's arrival (until 30.06.2026). Version 2 (2026-12).
# Basis: Government decree No. 148 of 21.01.2012 (para 9), MVD order No. 83 of 27.01.2016.
# Chosen by the date of arrival at the address: before 01.07.2026.
title NOTICE OF A FOREIGNER'S ARRIVAL: THE HOST'S DATA SHEET
split {place} | {date}
note The host gives the notice within 3 working days of the foreigner's arrival, through vmp.gov.kz, eGov.kz or eQonaq. This sheet is for reference; it is not the notice.
s 1. Foreigner
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
s 3. Visa (for nationals of visa countries)
f Visa category | {visa.kind}
f Visa number | {visa.number}
f Valid from | {visa.valid_from}
f Valid until | {visa.valid_until}
f Entries | {visa.entries}
s 4. Entry and stay
f Date of entry into Kazakhstan | {foreigner.entry_date}
f Border crossing point | {foreigner.entry_point}
f Purpose of stay | {foreigner.purpose_of_stay}
f Purpose in detail | {foreigner.purpose_note}
f Period of stay | {foreigner.arrival_date} to {foreigner.stay_until}
s 5. Host
f Name | {landlord.name}
f IIN / BIN | {landlord.iin}
f Address | {landlord.address}
f Phone | {landlord.phone}
s 6. Place of stay
f Date of arrival at the address | {foreigner.arrival_date}
f Address | {dwelling.address}
f RKA | {dwelling.rka}
f Basis | lease No. {number} of {date}
signatures host
