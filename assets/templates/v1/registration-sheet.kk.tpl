# eGov.kz-те тұрғылықты жері бойынша тіркеуге арналған деректер парағы. 1-нұсқа (2026-01).
# Өрістер eGov қызметі нысанының ретімен берілген (2025).
title ТҰРҒЫЛЫҚТЫ ЖЕРІ БОЙЫНША ТІРКЕУГЕ АРНАЛҒАН ДЕРЕКТЕР ПАРАҒЫ (eGov.kz)
split {place} қ. | {date}
note Өрістер eGov.kz порталындағы және eGov Mobile-дегі «Тұрғылықты жері бойынша тіркеу» қызметі нысанының ретімен берілген.
s 1. Тіркеу мерзімі
f Тіркеу түрі | {registration.kind}
f Мерзімі, ай (1-ден 12-ге дейін) | {registration.months}
f Басталуы | {registration.start}
f Аяқталуы | {registration.end}
s 2. Меншік иесі
f «Мен тұрғын үйдің меншік иесімін» | {registration.is_owner}
f Меншік иесінің өңірі | {registration.owner_region}
f Тұрғын үйдің МТК | {dwelling.rka}
f Меншік иесінің ЖСН (өтініш беруші меншік иесі болмаса) | {registration.owner_iin}
f Тұрғын үйдің мекенжайы | {dwelling.address}
f Ортақ меншік иелерінің келісімі | {registration.co_owners_consent}
s 3. Тіркелетін адамдар
table people
s 4. Өтінішке қол қою
f Қол қою тәсілі | {registration.signature}
s Анықтама үшін: тұрғын үй және негіздеме
f Кадастрлық нөмірі | {dwelling.cadastral}
f ӘАОЖ (КАТО) коды | {dwelling.kato}
f Жалпы / пайдалы / тұрғын алаңы, м² | {dwelling.total_area} / {dwelling.useful_area} / {dwelling.living_area}
f Жалдау шарты | {date} № {number}, мерзімі {terms.start} – {terms.end}
f Жалға беруші | {landlord.name}, {landlord.id}, {landlord.phone}
signatures landlord tenant
