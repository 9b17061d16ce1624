# Заявление о регистрации по месту жительства: лист данных на каждого заявителя. Версия 2 (2026-12).
# На eGov заявление подаёт сам регистрируемый (за 14–16-летнего — родитель);
# «Я собственник» относится к нему; каждый собственник даёт согласие ЭЦП.
# Дети до 14 лет не регистрируются (постановление Правительства № 30 от 04.02.2020).
each registrant
newpage
title ЗАЯВЛЕНИЕ О РЕГИСТРАЦИИ ПО МЕСТУ ЖИТЕЛЬСТВА: ЛИСТ ДАННЫХ ({registrant.n} из {registrant.total})
split г. {place} | {date}
note Справочный лист для заполнения формы eGov.kz / eGov Mobile. Заявление подаётся онлайн самим регистрируемым лицом; этот лист заявлением не является.
s 1. Заявитель (регистрируемое лицо)
f Фамилия, имя, отчество | {registrant.name}
f ИИН / документ | {registrant.id}
f Дата рождения | {registrant.birth}
f Кем приходится нанимателю | {registrant.relation}
f Кто подаёт заявление | {registrant.filed_by}
f Причина регистрации | {registrant.reason}
s 2. Срок регистрации
f Вид регистрации | {registration.kind}
f Срок, месяцев (от 1 до 12) | {registration.months}
f С | {registration.start}
f По (не позже окончания договора найма {terms.end}) | {registration.until}
s 3. Жилище и собственник
f «Я собственник» / «Я не собственник» | {registrant.is_owner}
f Регион | {registration.owner_region}
f РКА жилища | {dwelling.rka}
f ИИН собственника (для пути «Я не собственник») | {registrant.owner_iin}
f Адрес жилища | {dwelling.address}
s 4. Согласие собственников: каждый подтверждает заявку на eGov своей ЭЦП
table approvals
s 5. Подписание заявления заявителем
f Способ подписи | {registrant.signature}
f Телефон (для кода из SMS; номер должен быть в базе мобильных граждан) | {registrant.phone}
s 6. Дети до 14 лет, проживающие с заявителем
table followers
s Справочно: основание проживания
f Договор найма | № {number} от {date}, срок с {terms.start} по {terms.end}
f Наймодатель | {landlord.name}, {landlord.id}
signatures applicant
end
