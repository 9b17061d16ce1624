# Заявление иммигранта о регистрации с подтверждением собственника (с 01.07.2026). Версия 2 (2026-12).
# Основание: приказ МВД № 923 от 17.11.2025 (вводится в действие 01.07.2026).
# Полный перечень полей формы не опубликован; поля — по сообщениям МВД.
# Выбирается по дате прибытия по адресу: с 01.07.2026.
title ЗАЯВЛЕНИЕ ИММИГРАНТА О РЕГИСТРАЦИИ: ЛИСТ ДАННЫХ
split г. {place} | {date}
note Заявление подаёт сам иммигрант в информационной системе миграционной полиции МВД не позднее 30 календарных дней со дня пересечения границы; собственник жилища подтверждает или отклоняет заявку в мобильном приложении. При смене адреса регистрацию нужно пройти заново в течение 5 рабочих дней. Этот лист — справочный, заявлением он не является.
s 1. Иммигрант (заявитель)
f Фамилия, имя (латиницей, как в паспорте) | {foreigner.name_latin}
f Фамилия, имя, отчество (кириллицей) | {foreigner.surname} {foreigner.given_names} {foreigner.patronymic}
f Дата рождения | {foreigner.birth_date}
f Пол | {foreigner.sex}
f Гражданство | {foreigner.citizenship}
s 2. Паспорт и виза
f Номер паспорта | {foreigner.passport}
f Дата выдачи | {foreigner.passport_issued}
f Действителен до | {foreigner.passport_expires}
f Виза (категория, номер) | {visa.kind} {visa.number}
f Виза действует | с {visa.valid_from} по {visa.valid_until}
s 3. Въезд и пребывание
f Дата пересечения границы | {foreigner.entry_date}
f Пункт пропуска | {foreigner.entry_point}
f Цель пребывания | {foreigner.purpose_of_stay}
f Уточнение цели | {foreigner.purpose_note}
f Срок пребывания | с {foreigner.arrival_date} по {foreigner.stay_until}
s 4. Временный адрес
f Дата прибытия по адресу | {foreigner.arrival_date}
f Адрес | {dwelling.address}
f РКА | {dwelling.rka}
f Основание | договор найма № {number} от {date}; наймодатель {landlord.name}, {landlord.iin}, тел. {landlord.phone}
signatures foreigner
s 5. Подтверждение собственников в мобильном приложении (собственников: {owners.count})
each owner
f Собственник {owner.n} | {owner.name}
f ИИН, доля | {owner.iin}, {owner.share}
f Подтверждает | {owner.acting}
signatures this-owner
end
