# Jalga — жалға берушінің экрандарының қазақша хабарлары.

nav-dwellings = Тұрғын үй
nav-people = Адамдар
nav-lease = Жаңа шарт
nav-deadlines = Мерзімдер
nav-documents = Құжаттар
nav-badge-title = Мерзімі жеткен немесе өткен: { $count }

## Common actions

action-add = Қосу
action-edit = Өзгерту
action-save = Сақтау
action-cancel = Бас тарту
action-delete = Жою
action-undo = Қайтару
action-next = Әрі қарай
action-back = Артқа
action-search = Іздеу
action-remove = Алып тастау
draft-restored = Сақталмаған форма қалпына келтірілді
draft-autosaved = Жоба сақталды
saved-ok = Сақталды
deleted-ok = Жойылды. Мұны қайтаруға болады.
confirm-delete = Жою керек пе? Мұны қайтару мүмкін болмайды.
list-count = Табылды: { $count }
list-empty = Ештеңе табылмады

## Dwellings

dwellings-title = Тұрғын үй
dwellings-search = Мекенжай, МТК, кадастрлық нөмір бойынша іздеу
dwelling-new = Жаңа тұрғын үй
dwelling-edit = Тұрғын үйді өзгерту
field-region = Облыс
field-city = Қала
field-district = Аудан
field-street = Көше
field-building = Үй
field-flat = Пәтер
field-kato = ӘАОЖ коды
field-rka = МТК (мекенжайдың тіркеу коды)
field-cadastral = Кадастрлық нөмір
field-total-area = Жалпы алаңы, м²
field-useful-area = Пайдалы алаңы, м²
field-living-area = Тұрғын алаңы, м²
field-rooms = Бөлме саны
field-floor = Қабат
owners-title = Меншік иелері мен ортақ меншік иелері
owner-kind-person = Жеке тұлға (ЖСН)
owner-kind-company = Ұйым (БСН)
field-owner-kind = Меншік иесінің түрі
field-owner-id = ЖСН немесе БСН
field-owner-name = Меншік иесінің аты
field-share = Үлесі
owner-add = Меншік иесін қосу
residents-title = Қазір тұратындар
residents-none = Мұнда шарт немесе тіркеу бойынша ешкім тұрмайды
resident-registered = { $until } дейін тіркелген
resident-registered-open = тіркелген
resident-not-registered = тіркелмеген
norm-glance = Рұқсат етілген { $capacity } адамның { $counted }, бір адамға { $per } м²
norm-glance-empty = Ешкім есептелмейді: { $capacity } адамға дейін рұқсат
norm-glance-none = Алаң нормасы қолданылмайды

## People

people-title = Адамдар
people-search = Аты, ЖСН, паспорт бойынша іздеу
person-new = Жаңа адам
person-edit = Адамның деректерін өзгерту
person-kind-citizen = Қазақстан азаматы
person-kind-foreigner = Шетелдік
field-kind = Кім
field-iin = ЖСН
field-surname = Тегі
field-given-name = Аты
field-patronymic = Әкесінің аты
field-birth-date = Туған күні
field-sex = Жынысы
field-id-document = Жеке куәлік немесе паспорт нөмірі
field-passport = Паспорт нөмірі
field-citizenship = Азаматтығы (ISO коды, мысалы CHN)
field-surname-latin = Тегі латын әріптерімен
field-given-name-latin = Аты латын әріптерімен
field-entry-date = Қазақстанға келген күні
field-purpose = Болу мақсаты
field-visa = Виза немесе көші-қон картасының нөмірі
iin-filled = Туған күні мен жынысы ЖСН бойынша толтырылды
translit-to-cyrillic = Латын → кирилл
translit-to-latin = Кирилл → латын
translit-hint = Бұл ұсыныс қана: паспортпен салыстырып, қажет болса түзетіңіз
landlord-person-exists = { $name } осы нөмірмен бұрыннан сақталған: қайта қоспай, тізімнен таңдаңыз

## Lease wizard

wizard-title = Жаңа шарт
wizard-step-dwelling = Тұрғын үй
wizard-step-tenant = Жалға алушы
wizard-step-occupants = Тұратындар
wizard-step-terms = Талаптар
wizard-step-review = Тексеру
wizard-landlord = Жалға беруші
wizard-landlord-owner = { $name } (меншік иесі, { $share })
wizard-pick = Таңдаңыз…
wizard-occupant-add = Тұратын адамды қосу
wizard-relation = Жалға алушыға кім болады
relation-tenant = жалға алушы
relation-spouse = жұбайы
relation-child = баласы
relation-parent = ата-анасы
relation-sibling = бауыры немесе апа-қарындасы
relation-other-relative = басқа туысы
relation-unrelated = туыс емес
wizard-norm-title = Алаң нормасы
wizard-norm-line = Норма ({ $place }): бір адамға { $basis ->
    [living] тұрғын
   *[useful] пайдалы
} алаңның { $m2 } м²; { $area } м² { $capacity } адамға рұқсат береді; тіркелетіндер: { $counted }
preset-place-kz-astana = Астана
preset-place-kz-none = норма жоқ
preset-place-ru-proposal-6m2-living = ұсыныс, 6 м²
preset-place-ru-proposal-8m2-migrant = ұсыныс, 8 м²
wizard-norm-exempt = { $name }: { $relation } — есептелмейді
wizard-norm-counted = { $name }: { $relation } — есептеледі
wizard-norm-living = { $name }: мұнда бұрыннан тұрады
wizard-norm-ok = Рұқсат етіледі
wizard-norm-refused = Норма рұқсат етпейді
field-start-date = Басталу күні
field-end-date = Аяқталу күні
field-rent = Айлық төлем, теңге
field-deposit = Кепілдік жарна, теңге
field-payment-day = Төлем күні
field-utilities = Коммуналдық қызметтер
field-language = Шарттың тілі
utilities-default = Жалға алушы есептегіштер бойынша төлейді
doc-lang-kk = Қазақша
doc-lang-ru = Орысша
doc-lang-kk-ru = Қазақша және орысша
wizard-save-draft = Жоба ретінде сақтау
wizard-save-ready = Қол қоюға дайын ретінде сақтау
wizard-override-title = Нормаға қарамастан жалғастыру
wizard-override-text = Шарт алаң нормасын бұзады. Оны дайын деп белгілеу үшін кім және неге шешім қабылдағанын жазыңыз.
field-override-by = Кім шешеді
field-override-reason = Неге
wizard-saved-draft = Жоба ретінде сақталды: оны дайын ретінде шығаруға болмайды
wizard-saved-ready = Қол қоюға дайын ретінде сақталды
wizard-problems = Аяқтау үшін назар аударатын өрістер: { $count }
landlord-bad-date = Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, енгізілгені: «{ $found }»
landlord-bad-number = Бүтін сан енгізіңіз, енгізілгені: «{ $found }»
landlord-choose-dwelling = Тұрғын үйді таңдаңыз
landlord-choose-landlord = Тұрғын үйді кім жалға беретінін таңдаңыз
landlord-choose-tenant = Жалға алушыны таңдаңыз
landlord-norm-needs-override = Норма бұл шартқа рұқсат етпейді: дайын деп белгілеу үшін кім және неге шешетінін жазыңыз немесе жоба ретінде сақтаңыз
landlord-bad-draft = Форманы сақтау мүмкін болмады: мазмұны дұрыс емес
lease-state-draft = Жоба
lease-state-ready = Дайын
lease-state-override = Нормаға қарамастан дайын: { $by }, { $at }: { $reason }

## Deadlines

deadlines-title = Мерзімдер
deadlines-summary = Мерзімі өткен: { $overdue } · жақындаған: { $due }
deadlines-none = Мерзімдер жоқ
deadline-col-person = Кім және қайда
deadline-col-what = Не істеу керек
deadline-col-due = Мерзімі
deadline-col-status = Жағдайы
deadline-col-rule = Ереже
deadline-col-fine = Ықтимал айыппұл
deadline-kind-citizen-registration = Азаматты тіркеу
deadline-kind-foreigner-notice = Шетелдіктің келгені туралы хабарлау
deadline-kind-foreigner-registration = Шетелдікті тіркеу
deadline-kind-foreigner-address-change = Мекенжай ауысқанда қайта тіркеу
deadline-kind-short-stay-exemption = Тіркеусіз қысқа мерзімге болу
deadline-kind-temporary-registration-end = Тіркеуді ұзарту немесе тоқтату
deadline-kind-lease-end = Шарттың аяқталуы
deadline-kind-deregistration = Тіркеуден шығару
deadline-kind-eaeu-stay = Болу күндері

## Documents

documents-title = Құжаттар
documents-search = Шарттарды мекенжай немесе жалға алушы бойынша іздеу
doc-kind-agreement = Тұрғын үйді жалға алу шарты
doc-kind-consent = Меншік иесінің тіркеуге келісімі
doc-kind-registration-sheet = Тіркеу парағы
doc-kind-foreigner-notice = Шетелдіктің келгені туралы хабарлама
doc-export = PDF шығару
doc-preview = Алдын ала көру
doc-open-folder = Қалтаны ашу
doc-exported = Сақталды: { $path }
doc-batch = Барлық дайын шарттарды шығару
doc-batch-progress = { $total } ішінен { $done }
doc-batch-done = { $total } ішінен { $ok } шығарылды; қате: { $failed }
doc-preview-note = Құжат мәтінін алдын ала көру: PDF-пен бірдей деректерден жасалған
landlord-export-not-ready = { $id } шарты — жоба: шығармас бұрын оны дайын деп белгілеңіз (норма рұқсат етпесе — шешімді жазып)
relation-grandparent = атасы немесе әжесі
relation-grandchild = немересі
field-labour-contract-end = Еңбек шартының аяқталуы (ЕАЭО еңбекшісі)

## Құжаттар басып шығаратын деректер: қол қою, төлем, деректемелер, сенімхат, байланыс, виза

field-signed-on = Қол қойылған күні
field-payment-method = Төлем тәсілі
payment-bank-transfer = банктік аударыммен
payment-cash = қолма-қол ақшамен
wizard-bank = Жалға берушінің банк деректемелері
field-bank-iban = IBAN (KZ және 18 таңба)
field-bank-name = Банк
field-bank-bic = БСК
wizard-poa = Сенімхат
field-poa-number = Нөмірі
field-poa-date = Күні
field-poa-notary = Кім куәландырды (нотариус)
wizard-poa-hint = Жалға беруші тұрғын үйдің меншік иесі болмаса қажет: шарт пен келісім ол әрекет ететін нотариаттық сенімхатты атайды.
landlord-poa-required = Жалға беруші бұл тұрғын үйдің меншік иесі емес: ол әрекет ететін сенімхатты көрсетіңіз
field-address = Тіркелген мекенжайы
field-phone = Телефон
field-entry-point = Шекарадан өткізу пункті
field-visa-type = Виза түрі
field-visa-valid-from = Виза қай күннен жарамды
field-visa-valid-to = Виза қай күнге дейін жарамды
purpose-private = Жеке сапар
purpose-business = Іскерлік сапар
purpose-tourism = Туризм
purpose-study = Оқу
purpose-work = Жұмыс
purpose-medical = Емделу
purpose-family = Отбасымен қосылу
purpose-transit = Транзит
purpose-other = Басқа
wizard-registrants = Осы мекенжай бойынша тіркеу
wizard-registrants-hint = 14 жастан асқан әр азамат eGov-та өтінішті өзі береді; мұнда енгізілгені оның осы шарт бойынша тіркеуінің жобасы ретінде сақталады. 14 жасқа толмаған балалар тіркелмейді: олар ата-анасына ереді.
field-reason = Тіркеу себебі
field-signing-method = Өтінішке қол қою тәсілі
signing-eds = электрондық цифрлық қолтаңбамен (ЭЦҚ)
signing-sms = бір реттік SMS-кодпен
field-signing-phone = SMS-кодқа арналған телефон
reason-lease = Жалдау шарты
reason-family = Отбасымен тұру
reason-work = Жұмыс
reason-study = Оқу
reason-medical = Емделу
reason-other = Басқа

# A save waited for the office import that was writing, and gave up.
shell-store-busy-import = Мекеме деректерін жүктеу дерекқорға әлі жазып жатыр. Ештеңе сақталған жоқ; ол аяқталғанда қайталаңыз.
# The form could not be kept in the store as it was typed.
draft-save-failed = Терілгені сақталмай жатыр: { $reason } Ол экранда қалды; келесі өзгерісте сақтау қайталанады.
doc-sign-title = ЭЦҚ-мен қол қою
doc-sign-hint = Жалға беруші мен жалға алушы әрқайсысы ҰКО-ның өз қол қою кілтімен (AUTH_RSA… емес, RSA… файлы) қол қояды. Құпиясөз бір рет қолданылады және сақталмайды.
doc-sign-file = Қол қойылатын құжат (PDF)
doc-sign-p12 = Кілттер қоймасы (.p12)
doc-sign-password = Кілттер қоймасының құпиясөзі
doc-sign-run = Қол қою
doc-sign-done = қол қойылды: { $path }; бөлек CMS қолтаңбасы: { $cms }
## Қабылдау-беру актісінің нысаны және шарттың басым мәтіні
doc-kind-handover-act = Қабылдау-беру актісі
handover-title = Қабылдау-беру актісі
handover-direction = Қашан
handover-move-in = Көшіп кірген кезде
handover-return = Қайтарған кезде
handover-date = Беру күні (есептегіш көрсеткіштері осы күні алынады)
handover-inventory = Бөлмелер мен мүлік
handover-room = Бөлме
handover-item = Зат
handover-quantity = Саны
handover-condition = Жай-күйі
handover-meters = Есептегіш көрсеткіштері
handover-meter-kind = Есептегіш
meter-electricity = Электр энергиясы
meter-cold-water = Суық су
meter-hot-water = Ыстық су
meter-gas = Газ
meter-heat = Жылу энергиясы
handover-serial = Зауыттық нөмірі
handover-reading = Көрсеткіш
handover-keys = Кілттер
handover-key-what = Нені ашады
handover-key-count = Саны
handover-remarks = Тараптар келісетін ескертпелер
handover-add = Жол қосу
handover-remove = Жою
handover-save = Актіні сақтау
handover-saved = Акт сақталды; оны «Қабылдау-беру актісі» ретінде шығарыңыз.
field-prevailing-language = kk+ru шартындағы басым мәтін
prevailing-none = Таңдалмаған (шартта бос жол)
prevailing-kk = Қазақ тілі
prevailing-ru = Орыс тілі

## Күндер, мұрағат және жою, экрандағы құжат
date-pick = Күнді таңдау
date-prev-month = Алдыңғы ай
date-next-month = Келесі ай
date-bad-shape = Күнді { $pattern } түрінде енгізіңіз, енгізілгені: «{ $found }»
date-no-such-day = Мұндай күн жоқ: «{ $found }»
date-out-of-range = { $first }–{ $last } жылдар аралығындағы күнді енгізіңіз, енгізілгені: «{ $found }»
record-archive = Мұрағатқа
record-delete = Жою
record-undo = Болдырмау
record-archived = Мұрағатта: { $name }
record-deleted = Жойылды: { $name }
record-restored = Қалпына келтірілді: { $name }
ref-leases = { $n } шарт
ref-occupancies = тұрушы ретінде { $n } шарт
ref-registrations = { $n } тіркеу
ref-notices = келу туралы { $n } хабарлама
ref-documents = берілген { $n } құжат
ref-and = { $a } және { $b }
delete-refused-dwelling = Бұл тұрғын үйді жоюға болмайды, оған сілтейтіндер: { $refs }. Оны мұрағатқа жіберуге болады.
delete-refused-person = Бұл адамды жоюға болмайды, оған сілтейтіндер: { $refs }. Оны мұрағатқа жіберуге болады.
delete-refused-lease = Бұл шартты жоюға болмайды, оған сілтейтіндер: { $refs }. Оны мұрағатқа жіберуге болады.
restore-taken = Болдырмау мүмкін емес: { $id } сәйкестендіргіші бар жазба қайтадан бар.
preview-zoom-in = Үлкейту
preview-zoom-out = Кішірейту
preview-zoom-fit = Ені бойынша
preview-print = Басып шығару
preview-page = { $total } беттің { $n }-беті
doc-open-file = Файлды ашу
doc-preview-pages = Құжаттың беттері PDF басып шығаратын күйінде
## Басты бет: бүгін не істеу керек
nav-today = Бүгін
today-title = Бүгін
today-none = Бүгін ештеңе істеудің қажеті жоқ: мерзімдер алыс, 30 күн ішінде мерзімі бітетін құжат жоқ.
today-summary = { $count } іс, мерзімі өткені: { $overdue }
today-when-overdue = { $days } күнге кешіктірілді
today-when-left = { $days ->
    [0] бүгін
   *[other] { $days } күннен кейін
}
today-consent = Меншік иесінің келісімі жазылмаған
today-consent-explain = { $from } бастап тіркеу үшін меншік иесінің келісімі керек ({ $required } бастап тіркеулер үшін міндетті); ол жазылмаған.
today-confirmation-explain = 2026 жылғы 1 шілдеден бастап иммигрант көші-қон полициясының ақпараттық жүйесінде өтініш береді, ал меншік иесі тұруды мобильді қосымшада уақытында растайды.
today-document-id-card = Жеке куәліктің мерзімі бітеді
today-document-passport = Төлқұжаттың мерзімі бітеді
today-document-visa = Визаның мерзімі бітеді
today-document-expires = { $date } дейін жарамды: { $days ->
    [0] соңғы күні — бүгін
   *[other] { $days } күн қалды
}.
today-document-expired = Мерзімі { $date } бітті, { $days } күн бұрын.
today-draft-lease = Шарт жоба күйінде қалды
today-draft-lease-explain = { $start } бастап шарт жоба ретінде сақталған: оны аяқтап, басып шығаруға дайын деп белгілеңіз.
today-do-create-from-lease = Шарт бойынша тіркеу жасау
today-do-submitted = Белгілеу: тапсырылды
today-do-registered = Белгілеу: тіркелді
today-do-ended = Белгілеу: тіркеуден шығарылды
today-do-sent = Белгілеу: хабарлама жіберілді
today-do-confirmed = Белгілеу: расталды
today-do-record-consent = Келісімді жазу
today-do-open-lease = Шартты аяқтау
today-do-open-person = Құжаттарды жаңарту
today-on = Күні
today-consent-by = Келісім берген
today-renew-until = Жаңа мерзім соңы
today-renew = Ұзарту
today-end = Осы күннен бұзу
today-made = Дайын: { $what } — { $subject } ({ $action })
cycle-not-occupant = { $person } бұл шарт бойынша тұрмайды
cycle-lease-over = Шарт { $end } аяқталды
cycle-notice-exists = { $person } келгені туралы хабарлама бұл шарт бойынша бұрыннан бар
cycle-child-not-registered = { $person } { $age } жасқа толмаған және тіркелмейді
cycle-registration-exists = { $person } бұл шарт бойынша тіркеуі бұрыннан бар
cycle-lease-too-short = { $from } бастап шарттың соңына ({ $end }) дейін уақытша тіркеуге қажетті бір айдан аз қалды
cycle-step-out-of-order =
    «{ $from ->
        [draft] жоба
        [submitted] тапсырылған
        [registered] тіркелген
        [ended] аяқталған
        [sent] жіберілген
        [confirmed] расталған
       *[other] { $from }
    }» күйіндегі жазбаны «{ $step ->
        [submitted] тапсырылды
        [registered] тіркелді
        [ended] аяқталды
        [sent] жіберілді
        [confirmed] расталды
       *[other] { $step }
    }» деп белгілеуге болмайды
cycle-date-before = { $on } күні { $earliest } күнінен ерте
cycle-date-after = { $on } күні { $latest } күнінен кеш
cycle-consent-who = Келісімді кім бергенін көрсетіңіз
cycle-renew-open-ended = Шарттың аяқталу күні жоқ: ол жалғаса береді, ұзартудың қажеті жоқ
person-id-document-expires = Жеке куәлік жарамды
person-passport-expires = Төлқұжат жарамды
today-pending = Тапсырылды: тіркеуді күтуде
today-pending-explain = { $submitted } күні { $from } – { $to } кезеңіне тапсырылды: eGov тіркеген күні «тіркелді» деп белгілеңіз.
cycle-board-title = Тіркеу кезеңдері
cycle-board-none = Әзірге жалдау шарттары мен тіркеулер жоқ
cycle-board-more = Тағы { $count } жол көрсетілмеді
cycle-step-submitted = Тапсыру (тіркеу немесе хабарлама)
cycle-step-registered = Тіркелді
cycle-step-deregistered = Тіркеуден шығару
cycle-state-due = { $due } дейін: { $days } күн қалды
cycle-state-overdue = Мерзімі { $due } болатын, { $days } күнге кешіктірілді
cycle-state-waiting = eGov жауабын күтуде
cycle-state-exempt = Талап етілмейді
cycle-state-later = Әлі ерте
wizard-lease-opened = { $address } мекенжайындағы сақталған шарт ашылды: аяқтап, басып шығаруға дайын деп белгілеңіз
cycle-state-done = { $on } күні
