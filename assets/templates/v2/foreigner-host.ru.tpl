# Уведомление принимающей стороны о прибытии иностранца (до 30.06.2026). Версия 2 (2026-12).
# Основание: постановление Правительства № 148 от 21.01.2012 (п. 9), приказ МВД № 83 от 27.01.2016.
# Выбирается по дате прибытия по адресу: до 01.07.2026.
title УВЕДОМЛЕНИЕ О ПРИБЫТИИ ИНОСТРАНЦА: ЛИСТ ДАННЫХ ПРИНИМАЮЩЕЙ СТОРОНЫ
split г. {place} | {date}
note Уведомление подаёт принимающая сторона в течение 3 рабочих дней со дня прибытия иностранца через vmp.gov.kz, портал eGov.kz или систему eQonaq. Этот лист — справочный, уведомлением он не является.
s 1. Иностранец
f Фамилия | {foreigner.surname} ({foreigner.surname_latin})
f Имя | {foreigner.given_names} ({foreigner.given_names_latin})
f Отчество | {foreigner.patronymic}
f Дата рождения | {foreigner.birth_date}
f Пол | {foreigner.sex}
f Гражданство | {foreigner.citizenship}
s 2. Паспорт
f Номер паспорта | {foreigner.passport}
f Дата выдачи | {foreigner.passport_issued}
f Действителен до | {foreigner.passport_expires}
s 3. Виза (для граждан государств с визовым порядком въезда)
f Категория визы | {visa.kind}
f Номер визы | {visa.number}
f Действует с | {visa.valid_from}
f Действует по | {visa.valid_until}
f Кратность | {visa.entries}
s 4. Въезд и пребывание
f Дата въезда в РК | {foreigner.entry_date}
f Пункт пропуска через границу | {foreigner.entry_point}
f Цель пребывания | {foreigner.purpose_of_stay}
f Уточнение цели | {foreigner.purpose_note}
f Срок пребывания | с {foreigner.arrival_date} по {foreigner.stay_until}
s 5. Принимающая сторона
f Наименование / ФИО | {landlord.name}
f ИИН / БИН | {landlord.iin}
f Адрес | {landlord.address}
f Телефон | {landlord.phone}
s 6. Место пребывания
f Дата прибытия по адресу | {foreigner.arrival_date}
f Адрес | {dwelling.address}
f РКА | {dwelling.rka}
f Основание | договор найма № {number} от {date}
signatures host
