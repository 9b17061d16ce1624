# Қабылдаушы тараптың шетелдіктің келгені туралы хабарламасы (30.06.2026 дейін). 2-нұсқа (2026-12).
# Негізі: Үкіметтің 21.01.2012 жылғы № 148 қаулысы (9-т.), ІІМ-нің 27.01.2016 жылғы № 83 бұйрығы.
# Мекенжайға келген күні бойынша таңдалады: 01.07.2026 дейін.
title ШЕТЕЛДІКТІҢ КЕЛГЕНІ ТУРАЛЫ ХАБАРЛАМА: ҚАБЫЛДАУШЫ ТАРАПТЫҢ ДЕРЕКТЕР ПАРАҒЫ
split {place} қ. | {date}
note Хабарламаны қабылдаушы тарап шетелдік келген күннен бастап 3 жұмыс күні ішінде vmp.gov.kz, eGov.kz порталы немесе eQonaq жүйесі арқылы береді. Бұл парақ анықтамалық, хабарлама емес.
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
s 3. Виза (визалық тәртіппен келетін мемлекеттердің азаматтары үшін)
f Виза санаты | {visa.kind}
f Виза нөмірі | {visa.number}
f Қолданылу басы | {visa.valid_from}
f Қолданылу соңы | {visa.valid_until}
f Кіру саны | {visa.entries}
s 4. Келу және болу
f ҚР-ға келген күні | {foreigner.entry_date}
f Шекарадан өткізу пункті | {foreigner.entry_point}
f Болу мақсаты | {foreigner.purpose_of_stay}
f Мақсатты нақтылау | {foreigner.purpose_note}
f Болу мерзімі | {foreigner.arrival_date} – {foreigner.stay_until}
s 5. Қабылдаушы тарап
f Атауы / аты-жөні | {landlord.name}
f ЖСН / БСН | {landlord.iin}
f Мекенжайы | {landlord.address}
f Телефоны | {landlord.phone}
s 6. Болатын орны
f Мекенжайға келген күні | {foreigner.arrival_date}
f Мекенжайы | {dwelling.address}
f МТК | {dwelling.rka}
f Негізі | {date} жылғы № {number} жалдау шарты
signatures host
