# Jalga — қызметкердің жұмыс орны: жүктеу, тексеру, құжатты салыстыру, есептер.

error-cancelled = Тоқтатылды: ештеңе жазылған жоқ
clerk-doc-no-identity = { $name } адам ретінде жүктелмейді: құжатта ЖСН жоқ, ал туған күні мен жынысы еш жерде көрсетілмеген
clerk-load-unknown-format = { $path }: тек .json топтамалары, .csv тіркеу тізімдері және .pdf құжаттары жүктеледі
clerk-no-audit = Алдымен тексеруді іске қосыңыз

## Навигация және жұмыс орны

nav-home = Басты бет
nav-clerk = Қызметкер
clerk-title = Қызметкердің жұмыс орны
clerk-tab-load = Жүктеу
clerk-tab-audit = Тексеру
clerk-tab-verify = Құжатты салыстыру
clerk-tab-reports = Есептер
clerk-cancel = Болдырмау
clerk-all = Барлығы
clerk-records = { $count } жазба

## Жүктеу

clerk-load-title = Тіркеулерді жүктеу
clerk-load-hint = Жалға берушінің JSON топтамасы (.json), тіркеулердің CSV тізімі (.csv) немесе Jalga жасаған PDF (.pdf: алдымен ол салыстырылады, содан кейін деректері жүктеледі). Ештеңе жазылмас бұрын бәрі тексеріледі.
clerk-load-path = Файл
clerk-load-start = Жүктеу
clerk-load-drop = …немесе файлды терезеге сүйреп әкеліңіз
clerk-phase-reading = Файл оқылып жатыр
clerk-phase-checking = Жазбалар тексерілуде
clerk-phase-writing = Жазылуда (тек соңында сақталады)
clerk-phase-done = Аяқталуда
clerk-load-done = Жүктелді: { $records } жазба
clerk-load-doc-done = { $code } құжаты өзгертілмеген; оның деректері жүктелді: { $records } жазба

## Тексеру

clerk-audit-title = Тексеру
clerk-preset = Аудан нормасы
clerk-district = Аудан
clerk-from = Бастап
clerk-to = Дейін
clerk-min-severity = Маңыздылығы кемінде
clerk-today = Күні бойынша
clerk-audit-run = Тексеруді бастау
clerk-audit-running = Тексеру жүріп жатыр…
clerk-audit-cancelled = Тексеру тоқтатылды
clerk-audit-summary = { $total } бұзушылық · { $dwellings } тұрғын үйдегі { $registrations } тіркеу тексерілді
clerk-col-severity = Маңыздылығы
clerk-col-kind = Бұзушылық
clerk-col-subject = Кімге қатысты
clerk-col-district = Аудан
clerk-col-date = Күні
clerk-related = Байланысты жазбалар
clerk-finding-pick = Неліктен табылғанын көру үшін бұзушылықты таңдаңыз.

## Құжатты салыстыру

clerk-verify-title = Құжатты салыстыру
clerk-verify-hint = Jalga жасаған PDF өз деректерін ішінде сақтайды; салыстыру кезінде құжат осы деректер бойынша қайта құрылып, файлмен салыстырылады.
clerk-verify-path = PDF файлы
clerk-verify-run = Салыстыру
clerk-verify-intact = Өзгертілмеген: құжат өз деректеріне сәйкес келеді
clerk-verify-altered = Өзгертілген: құжат өз деректеріне сәйкес келмейді
clerk-verify-unknown = Белгісіз: Jalga бұл құжатты тексере алмайды
clerk-verify-code = Тексеру коды
clerk-verify-kind = Түрі
clerk-verify-number = Нөмірі

## Есептер

clerk-reports-title = Есептер
clerk-export-path = Бұзушылықтарды CSV файлына сақтау
clerk-export-csv = CSV-ге шығару
clerk-export-done = Сақталды: { $path }
clerk-chart-months = Соңғы екі жылдағы тіркеулер, басталған айы бойынша
clerk-chart-densest = Бүгінгі ең тығыз қоныстанған тұрғын үйлер
clerk-chart-empty = Әзірге деректер жоқ
clerk-chart-density = { $people } адам · әрқайсысына { $area } м²
clerk-verify-code-typed = …немесе онда басылған тексеру коды
clerk-export-pdf-path = Тексеру есебін PDF файлына сақтау
clerk-export-lang = Есептің тілі
clerk-export-pdf = PDF-ке шығару
clerk-verify-issued-here = Осында берілген: құжат өз деректеріне сәйкес келеді және оны осы дерекқор берген

## Сәйкестендіру экраны: мекеменің файлы, оның бағандары және Jalga бағандары
clerk-map-title = Мекеменің файлын жүктеу
clerk-map-hint = Кесте (.xlsx, .xls, .ods) немесе кез келген кодтаудағы CSV, бағандары өз атауларымен кез келген ретте. Оны оқыңыз, қай баған Jalga-ның қай бағанына сәйкес келетінін тексеріңіз, қолмен түзетіңіз және келесі айдың файлы үшін атау беріп сақтаңыз.
clerk-map-profile = Сақталған сәйкестендіру
clerk-map-auto = Бағандарды тану
clerk-map-read = Бағандарды оқу
clerk-map-workbook = Кітап, «{ $sheet }» парағы
clerk-map-text = Мәтіндік файл, { $encoding }, бөлгіш: { $separator }
clerk-map-sheet = Парақ
clerk-map-column = «{ $header }» үшін Jalga бағаны
clerk-map-skip = (өткізіп жіберу)
clerk-map-summary = { $total } бағанның { $mapped } сәйкестендірілді
clerk-map-name = Сәйкестендіру атауы, мысалы мекеме
clerk-map-save = Сәйкестендіруді сақтау
clerk-map-saved = «{ $name }» сәйкестендіруі сақталды
clerk-map-import = Осы сәйкестендірумен жүктеу
clerk-verify-authentic = Түпнұсқа: оған екі тарап та жарамды ЭЦҚ-мен қол қойған
clerk-verify-signatures = Қолтаңбалар
clerk-verify-unsigned = Келісімді, қол қойылмаған: ЭЦҚ жоқ
