# Лист данных уведомления о прибытии иностранца. Версия 1 (2026-01).
# Порядок полей — как в форме регистрации иммигранта с 01.07.2026 (приказ МВД № 923 от 17.11.2025).
title ЛИСТ ДАННЫХ УВЕДОМЛЕНИЯ О ПРИБЫТИИ ИНОСТРАНЦА
split г. {place} | {date}
note Поля перечислены в порядке формы регистрации иммигранта на eGov.kz; принимающая сторона подтверждает заявку.
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
s 3. Въезд и пребывание
f Дата въезда в РК | {foreigner.entry_date}
f Пункт пропуска | {foreigner.entry_point}
f Цель поездки | {foreigner.purpose}
f Срок пребывания до | {foreigner.stay_until}
s 4. Принимающая сторона
f Наименование / ФИО | {landlord.name}
f ИИН / БИН | {landlord.iin}
f Адрес | {landlord.address}
f Телефон | {landlord.phone}
s 5. Временный адрес
f Дата прибытия по адресу | {foreigner.arrival_date}
f Адрес | {dwelling.address}
f РКА | {dwelling.rka}
f Основание | договор найма № {number} от {date}
signatures host
