# Шетелдіктің келгені туралы хабарламаның деректер парағы. 1-нұсқа (2026-01).
# Өрістердің реті — 01.07.2026 бастап иммигрантты тіркеу нысанындағыдай (ІІМ 17.11.2025 № 923 бұйрығы).
title ШЕТЕЛДІКТІҢ КЕЛГЕНІ ТУРАЛЫ ХАБАРЛАМАНЫҢ ДЕРЕКТЕР ПАРАҒЫ
split {place} қ. | {date}
note Өрістер eGov.kz-тегі иммигрантты тіркеу нысанының ретімен берілген; қабылдаушы тарап өтінімді растайды.
s 1. Шетелдік
f Тегі | {foreigner.surname} ({foreigner.surname_latin})
f Аты | {foreigner.given_names} ({foreigner.given_names_latin})
f Әкесінің аты | {foreigner.patronymic}
f Туған күні | {foreigner.birth_date}
f Жынысы | {foreigner.sex}
f Азаматтығы | {foreigner.citizenship}
s 2. Паспорт
f Паспорт нөмірі | {foreigner.passport}
f Берілген күні | {foreigner.passport_issued}
f Жарамдылық мерзімі | {foreigner.passport_expires}
s 3. Келу және болу
f ҚР-ға келген күні | {foreigner.entry_date}
f Өткізу пункті | {foreigner.entry_point}
f Сапар мақсаты | {foreigner.purpose}
f Болу мерзімі | {foreigner.stay_until}
s 4. Қабылдаушы тарап
f Атауы / ТАӘ | {landlord.name}
f ЖСН / БСН | {landlord.iin}
f Мекенжайы | {landlord.address}
f Телефоны | {landlord.phone}
s 5. Уақытша мекенжай
f Мекенжайға келген күні | {foreigner.arrival_date}
f Мекенжайы | {dwelling.address}
f МТК | {dwelling.rka}
f Негіздеме | {date} жалдау шарты № {number}
signatures host
