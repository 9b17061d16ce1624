# Jalga — қолданбаға, CLI-ге және құжаттарға ортақ қазақша хабарламалар.

app-name = Jalga
app-tagline = Қазақстандағы тұрғын үй жалдау шарттары және тұрғылықты жері бойынша тіркеу
lang-name = Қазақша

## Сәйкестендіру нөмірлерін тексеру (ЖСН және БСН)

id-empty = Ештеңе енгізілмеген
id-not-digit = Тек цифрлар рұқсат етіледі: { $position }-таңба — «{ $found }»
id-wrong-length = 12 цифр болуы керек, енгізілгені: { $found } цифр
id-no-check-digit = Осы алғашқы 11 цифр үшін бақылау цифры жоқ: нөмір жарамды бола алмайды
id-checksum-mismatch = Бақылау цифры { $found }, ал алғашқы 11 цифр бойынша { $expected } болуы керек: бір цифр қате терілген
iin-century-digit = 7-цифр 1–6 аралығында болуы керек (ғасыр мен жыныс), енгізілгені: { $digit }
iin-impossible-date = { $date } туған күні болмайды
bin-impossible-month = 3–4-цифрлар 01–12 ай болуы керек, енгізілгені: { $month }
bin-entity-type = 5-цифр 4 (резидент), 5 (бейрезидент) немесе 6 (бірлескен кәсіпкерлік) болуы керек, енгізілгені: { $digit }
bin-attribute = 6-цифр 0 (бас бөлімше), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) болуы керек, енгізілгені: { $digit }

sex-male = ер
sex-female = әйел
bin-entity-resident = резидент
bin-entity-non-resident = бейрезидент
bin-entity-joint-entrepreneurship = бірлескен кәсіпкерлік
bin-attribute-head-office = бас бөлімше
bin-attribute-branch = филиал
bin-attribute-representative-office = өкілдік
bin-attribute-farm = шаруа (фермер) қожалығы

## ЖСН тексеру формасы

iin-check-title = ЖСН тексеру
iin-valid = ЖСН дұрыс
iin-invalid = ЖСН қате
iin-birth-date = Туған күні
iin-sex = Жынысы
language-label = Тіл
data-folder = Деректер қалтасы
office-server-footer = Мекеменің сервері

## Қателер

error-unknown-language = Белгісіз тіл «{ $lang }»: kk, ru немесе en көрсетіңіз
database-summary = Дерекқор: { $dwellings } тұрғын үй · { $people } адам · { $registrations } тіркеу
iban-not-kazakh = Қазақстандық IBAN «KZ» әріптерінен басталады, ал мұнда «{ $found }»
iban-wrong-length = Қазақстандық IBAN 20 таңбадан тұрады (KZ және тағы 18 таңба), енгізілгені: { $found }
iban-bad-character = IBAN-ның { $position }-таңбасы «{ $found }» бола алмайды: бақылау цифрлары мен банк коды тек цифрлар, шот нөмірі цифрлар немесе латын бас әріптері
iban-check-digits = IBAN-ның бақылау цифрлары нөмірдің қалған бөлігіне сәйкес келмейді: бір таңба қате терілген
