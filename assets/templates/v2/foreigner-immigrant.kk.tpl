# Иммигранттың меншік иесі растайтын тіркеу туралы өтініші (01.07.2026 бастап). 2-нұсқа (2026-12).
# Негізі: ІІМ-нің 17.11.2025 жылғы № 923 бұйрығы (01.07.2026 бастап қолданысқа енгізіледі).
# Нысан өрістерінің толық тізбесі жарияланбаған; өрістер ІІМ хабарламалары бойынша.
# Мекенжайға келген күні бойынша таңдалады: 01.07.2026 бастап.
title ИММИГРАНТТЫҢ ТІРКЕУ ТУРАЛЫ ӨТІНІШІ: ДЕРЕКТЕР ПАРАҒЫ
split {place} қ. | {date}
note Өтінішті иммигранттың өзі шекарадан өткен күннен бастап 30 күнтізбелік күннен кешіктірмей ІІМ көші-қон полициясының ақпараттық жүйесінде береді; тұрғынжайдың меншік иесі өтінімді мобильді қосымшада растайды немесе қабылдамайды. Мекенжай ауысса, 5 жұмыс күні ішінде қайта тіркелу керек. Бұл парақ анықтамалық, өтініш емес.
s 1. Иммигрант (өтініш беруші)
f Тегі, аты (паспорттағыдай латынша) | {foreigner.name_latin}
f Тегі, аты, әкесінің аты (кириллицамен) | {foreigner.surname} {foreigner.given_names} {foreigner.patronymic}
f Туған күні | {foreigner.birth_date}
f Жынысы | {foreigner.sex}
f Азаматтығы | {foreigner.citizenship}
s 2. Паспорт және виза
f Паспорт нөмірі | {foreigner.passport}
f Берілген күні | {foreigner.passport_issued}
f Жарамдылық мерзімі | {foreigner.passport_expires}
f Виза (санаты, нөмірі) | {visa.kind} {visa.number}
f Визаның қолданылу мерзімі | {visa.valid_from} – {visa.valid_until}
s 3. Келу және болу
f Шекарадан өткен күні | {foreigner.entry_date}
f Өткізу пункті | {foreigner.entry_point}
f Болу мақсаты | {foreigner.purpose_of_stay}
f Мақсатты нақтылау | {foreigner.purpose_note}
f Болу мерзімі | {foreigner.arrival_date} – {foreigner.stay_until}
s 4. Уақытша мекенжай
f Мекенжайға келген күні | {foreigner.arrival_date}
f Мекенжайы | {dwelling.address}
f МТК | {dwelling.rka}
f Негізі | {date} жылғы № {number} жалдау шарты; жалға беруші {landlord.name}, {landlord.iin}, тел. {landlord.phone}
signatures foreigner
s 5. Меншік иелерінің мобильді қосымшадағы растауы (меншік иелерінің саны: {owners.count})
each owner
f {owner.n}-меншік иесі | {owner.name}
f ЖСН, үлесі | {owner.iin}, {owner.share}
f Растайды | {owner.acting}
signatures this-owner
end
