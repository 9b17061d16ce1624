# Jalga — деректер бөлімінің қазақша хабарлары: тексеру, қойма, импорт және экспорт.

## Жазбаларды тексеру

v-id = 1–{ $max } таңба болуы керек: латын әріптері, цифрлар, «.», «_» немесе «-»
v-required = Міндетті өріс
v-too-long = Тым ұзын: ең көбі { $max } таңба, енгізілгені { $found }
v-control-char = Басқару таңбасы бар
v-name-char = Атта тек әріптер, бос орын, дефис, апостроф және нүкте болады, табылғаны «{ $found }»
v-digits = Тек цифрлар
v-cadastral = Кадастрлық нөмір — «:» арқылы бөлінген цифр топтары (соңғы бөліктері «/» арқылы болуы мүмкін)
v-area-positive = Аудан шаршы метрмен оң сан болуы керек, енгізілгені { $value }
v-passport = Паспорт нөмірі — басылғандай 5–20 латынның бас әріптері мен цифрлары
v-document = Құжат нөмірі — 3–30 бас әріп пен цифр
v-citizenship = Азаматтық — ISO 3166-1 үш әріпті коды, мысалы RUS
v-useful-over-total = Пайдалы аудан { $useful } м² жалпы аудан { $total } м²-ден үлкен
v-living-over-useful = Тұрғын аудан { $living } м² пайдалы аудан { $useful } м²-ден үлкен
v-share = Үлес 0 мен 1 арасындағы бөлшек болуы керек, енгізілгені { $numerator }/{ $denominator }
v-iin-birth-date = ЖСН бойынша туған күні { $iin }, ал енгізілгені { $typed }
v-iin-sex = Жынысы ЖСН-ге сәйкес келмейді
v-dates-order = Аяқталуы { $to } басталуынан { $from } кейін болуы керек
v-tenant-is-landlord = Жалға алушы мен жалға беруші әр түрлі адам болуы керек
v-temporary-period = Уақытша тіркеу 1 айдан 12 айға дейін созылады, ал { $from } – { $to } кезеңі олай емес
v-consent-incomplete = Келісім үшін оны кім бергені де, күні де керек
v-rooms = Бөлме саны { $min }–{ $max } болуы керек, енгізілгені { $value }
v-floor = Қабат { $min }–{ $max } болуы керек, енгізілгені { $value }
v-money = Сома рұқсат етілген шектен тыс: { $value } теңге
v-payment-day = Төлем күні 1–31 болуы керек, енгізілгені { $value }

## Импорт

v-json = { $line }-жолда, { $column }-позицияда JSON қате: { $detail }
v-bundle-shape = Бұл Jalga пакеті емес: деректердің құрылымы дұрыс емес
v-bundle-format = Бұл Jalga пакеті емес: «format» өрісі «{ $expected }» болуы керек
v-bundle-version = Пакеттің { $found } нұсқасына қолдау жоқ; Jalga-ның бұл нұсқасы { $supported } нұсқаны оқиды
v-unknown-field = Белгісіз өріс «{ $field }»
v-format = Мәні қате: { $detail }
v-duplicate = { $id } идентификаторы бірнеше рет кездеседі
v-unknown-ref = «{ $kind ->
        [property] тұрғын үй
        [owner] меншік иесі
        [person] адам
        [lease] жалдау шарты
        [registration] тіркеу
        [foreigner-notice] шетелдіктің келуі туралы хабарлама
       *[other] { $kind }
    }» { $id } жазбасына сілтейді, ол файлда да, дерекқорда да жоқ
v-date = Күнтізбелік күн емес (ЖЖЖЖ-АА-КК): «{ $found }»
v-number = Сан емес: «{ $found }»
v-enum = «{ $found }» мына тізімде жоқ: { $allowed }
v-csv = CSV оқылмайды: { $detail }
v-csv-header = CSV тақырыбы қате; күтілгені: { $expected }

## Қойма

error-store = { $path } дерекқоры: { $detail }
error-database-too-new = { $path } дерекқорының схема нұсқасы { $found }, ал Jalga-ның бұл нұсқасы тек { $supported } нұсқаға дейін біледі; Jalga-ны жаңартыңыз. Файл өзгертілген жоқ.
error-migration = { $path } дерекқорын жаңарту мүмкін болмады: { $detail }
error-import-rejected = Импорт қабылданбады: { $count } қате; ештеңе жазылған жоқ
error-not-found = { $id } идентификаторы бар «{ $kind ->
        [property] тұрғын үй
        [owner] меншік иесі
        [person] адам
        [lease] жалдау шарты
        [registration] тіркеу
        [foreigner-notice] шетелдіктің келуі туралы хабарлама
       *[other] { $kind }
    }» жазбасы жоқ
error-io = { $path }: { $detail }

## Пәрмен жолы

cli-init-done = { $path } дерекқоры дайын (схема нұсқасы { $version })
cli-needs-db = Бұл командаға дерекқор керек: --db ФАЙЛ көрсетіңіз (немесе JALGA_DB айнымалысын орнатыңыз)
cli-unknown-format = { $path } пішімін анықтау мүмкін емес: файлға .json немесе .csv кеңейтімін беріңіз не --format көрсетіңіз
cli-import-done = Импортталған жазбалар: { $records }
cli-demo-done = Демо деректер жүктелді: { $records } жазба
cli-export-done = { $path } файлына экспортталды

## Құжаттар басып шығаратын деректер (деректемелер, сенімхат, виза, қол қою)

v-phone = Телефон нөмірі — міндетті емес «+» белгісі мен 10–15 цифр (бос орын, сызықша және жақша жіберіледі), енгізілгені: «{ $found }»
v-iban-required = Банктік аударыммен төлеу үшін жалға берушінің IBAN-ы қажет
v-bic = Қазақстандық банктің БСК-сы — 8 немесе 11 бас латын әрпі мен цифр, 5–6 орындарда KZ, енгізілгені: «{ $found }»
v-bank-incomplete = Банк деректемелері бірге көрсетіледі: IBAN, банктің атауы және БСК
v-poa-incomplete = Сенімхат толық көрсетіледі: нөмірі, күні және нотариус
v-poa-after-signing = { $poa } күнгі сенімхат қол қойылған күннен ({ $signed }) кейін берілген
v-signed-after-end = Қол қою күні ({ $signed }) шарттың аяқталу күнінен ({ $end }) кейін
v-visa-incomplete = Визаның нөмірі, түрі және қолданылу мерзімінің екі күні де қажет
v-visa-before-birth = Виза { $from } бастап жарамды, бұл туған күннен ({ $birth }) бұрын
v-visa-dates = Визаның қолданылу мерзімі басталғаннан кейін аяқталуы тиіс: { $from } – { $to } мүмкін емес
v-sms-needs-phone = SMS-кодпен қол қою үшін код жіберілетін телефон нөмірі қажет
doc-missing-field = { $id } шарты: { $field ->
        [signed_on] қол қойылған күні
        [payment_method] төлем тәсілі
       *[other] { $field }
    } көрсетілмеген, ал онсыз құжатты басып шығару мүмкін емес: алдымен оны толтырыңыз
v-date-range = Күн { $from }–{ $to } жылдар аралығында болуы керек, енгізілгені: { $found }

v-csv-duplicate-id = { $id } тіркеу идентификаторы { $first }-жолда да, { $line }-жолда да бар: әр жолдың өз идентификаторы болуы керек
v-more-problems = …және мұнда көрсетілмеген тағы { $count } мәселе
# Another program kept the database busy past the wait (a store error).
error-store-busy = { $path } дерекқоры бос емес: оған басқа бағдарлама жазып жатыр. Ештеңе сақталған жоқ; сәлден кейін қайталаңыз.
## Мекемелердің файлдары: кодтаулар, Excel кітаптары, бағандарды сәйкестендіру, адамдарға арналған экспорт
office-note-encoding = Файл { $encoding } кодтауында; ол UTF-8 кодтауына ауыстырылды.
office-note-sheet = «{ $sheet }» парағы оқылды (кітапта { $count } парақ бар).
v-office-dates = «{ $column }» бағанында күнтізбеде жоқ немесе оқылмайтын { $count } күн бар (біріншісі: «{ $found }»): жолдар { $rows }
v-office-rows = «{ $column }» бағаны: { $cause } — { $count } жол: { $rows }
v-office-unmapped = «{ $column }» өрісіне файлдың ешбір бағаны сәйкестендірілмеген, ал ол әр жолда қажет ({ $count } жол)
v-office-more = тағы { $count } ескерту
v-office-mapping-field = Сәйкестендіруде Jalga-да жоқ баған көрсетілген: «{ $field }»
v-office-workbook = Кітапты оқу мүмкін емес: { $detail }
v-office-sheet = Кітапта «{ $sheet }» парағы жоқ; оның парақтары: { $sheets }
v-office-profile = Сәйкестендіру профилін оқу мүмкін емес: { $detail }
cli-import-note = Ескерту: { $note }
xlsx-sheet-registrations = Тіркеулер
xlsx-sheet-findings = Бұзушылықтар
xlsx-finding-kind = Бұзушылық
xlsx-finding-severity = Маңыздылығы
xlsx-finding-subject-kind = Нысан түрі
xlsx-finding-subject-id = Нысан коды
xlsx-finding-subject = Кімге қатысты
xlsx-finding-district = Аудан
xlsx-finding-date = Күні
xlsx-finding-score = Бағасы
xlsx-finding-summary = Мәні
xlsx-finding-explanation = Негіздеме
xlsx-finding-related = Байланысты жазбалар
## Дерекқордағы қабылдау-беру актісі
v-meter-reading = Есептегіш көрсеткіші — цифрлар және ең көбі бір ондық бөлгіш (мысалы, 01234,5), енгізілгені: «{ $found }»
v-too-many-lines = Жолдар тым көп: ең көбі { $max }, енгізілгені { $found }
v-quantity = Саны 1–999 аралығында болуы керек, енгізілгені: { $value }
v-key-count = Кілттер саны 1–99 аралығында болуы керек, енгізілгені: { $value }
v-csv-row-too-long = CSV жолы { $max } КБ-тан асады (жабылмаған тырнақша немесе жол соңы жоқ файл); ештеңе импортталмады
error-page-key = Бұл тізімнің беті { $expected } бөліктен тұратын сұрыптау кілтінен кейін басталады, берілгені: { $found }
