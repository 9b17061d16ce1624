# Лист данных для регистрации по месту жительства на eGov.kz. Версия 1 (2026-01).
# Поля идут в порядке формы услуги eGov (2025).
title ЛИСТ ДАННЫХ ДЛЯ РЕГИСТРАЦИИ ПО МЕСТУ ЖИТЕЛЬСТВА (eGov.kz)
split г. {place} | {date}
note Поля перечислены в порядке формы услуги «Регистрация по месту жительства» на портале eGov.kz и в eGov Mobile.
s 1. Срок регистрации
f Вид регистрации | {registration.kind}
f Срок, месяцев (от 1 до 12) | {registration.months}
f С | {registration.start}
f По | {registration.end}
s 2. Собственник
f «Я собственник жилья» | {registration.is_owner}
f Регион собственника | {registration.owner_region}
f РКА жилья | {dwelling.rka}
f ИИН собственника (если заявитель не собственник) | {registration.owner_iin}
f Адрес жилья | {dwelling.address}
f Согласие сособственников | {registration.co_owners_consent}
s 3. Регистрируемые лица
table people
s 4. Подпись заявления
f Способ подписи | {registration.signature}
s Справочно: жильё и основание
f Кадастровый номер | {dwelling.cadastral}
f Код КАТО | {dwelling.kato}
f Площадь общая / полезная / жилая, м² | {dwelling.total_area} / {dwelling.useful_area} / {dwelling.living_area}
f Договор найма | № {number} от {date}, срок с {terms.start} по {terms.end}
f Наймодатель | {landlord.name}, {landlord.id}, {landlord.phone}
signatures landlord tenant
