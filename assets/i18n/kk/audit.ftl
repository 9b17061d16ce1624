# Jalga — қызметкердің тексеруі (аудиті) бойынша қазақша хабарлар.

audit-cancelled = Тексеру тоқтатылды
audit-unknown-kind = «{ $kind }» бұзушылық түрі белгісіз; белгілілері: { $known }
audit-unknown-severity = «{ $severity }» дәрежесі белгісіз; белгілілері: low, medium, high, critical

audit-kind-overcrowded = Адам саны шектен тыс тұрғын үй
audit-kind-double-registration = Екі мекенжайда тіркелген
audit-kind-no-lease = Базада жалдау шарты жоқ
audit-kind-outside-lease = Шарт мерзімінен тыс тіркеу
audit-kind-invalid-iin = Жарамсыз ЖСН
audit-kind-iin-mismatch = ЖСН адам деректеріне сәйкес емес
audit-kind-late-registration = Кешіктірілген тіркеу
audit-kind-late-notice = Шетелдік туралы кешіктірілген хабарлама
audit-kind-overstay = Болу мерзімі асып кеткен
audit-kind-no-consent = Меншік иесінің келісімі жоқ

audit-severity-low = төмен
audit-severity-medium = орташа
audit-severity-high = жоғары
audit-severity-critical = аса қауіпті

audit-open-end = { $to ->
    [open] мерзімсіз
   *[other] { $to }
}

audit-overcrowded = { $address }: { $area } м² алаңда тіркелген { $people } адамның { $counted } есептеледі, { $preset } нормасы { $capacity } адамға рұқсат береді ({ $m2 } м²-ге бір адам)
audit-double-registration = { $person } бір мезгілде екі { $kind ->
    [permanent] тұрақты
   *[temporary] уақытша
} тіркеуі бар: { $first } және { $second } мекенжайларында, { $from } бастап { $to ->
    [open] қазірге дейін
   *[other] { $to } дейін
} ({ $days } күн)
audit-registration-period = { $address } мекенжайындағы { $registration } тіркеуі: { $from } – { $to ->
    [open] мерзімсіз
   *[other] { $to }
}
audit-no-lease = { $person }: { $address } мекенжайында { $from } бастап уақытша тіркеу, базада жалдау шарты жоқ
audit-no-lease-owner-checked = Адам тұрғын үйдің меншік иелерінің арасында жоқ және оның ешбір жалдау шартында көрсетілмеген. Бұл құқық бұзушылық емес, тексеруге себеп: eGov жалдау шартын сұрамайды, негіз — меншік иесінің келісімі
audit-outside-lease = { $person } адамның { $address } мекенжайындағы тіркеуі ({ $from } – { $to ->
    [open] мерзімсіз
   *[other] { $to }
}) { $lease } шартының мерзімінен ({ $start } – { $end ->
    [open] мерзімсіз
   *[other] { $end }
}) { $days } күнге шығып тұр
audit-outside-lease-before = Ол шарт басталғанға дейін { $days } күн бұрын басталады
audit-outside-lease-after = Ол шарт аяқталғаннан кейін { $days } күн жалғасады
audit-no-consent = { $address }: { $first } бастап меншік иесінің келісімінсіз { $count } тіркеу; келісім { $since } бастап міндетті
audit-iin-missing = Азаматтың ЖСН-і көрсетілмеген
audit-invalid-iin = { $iin } ЖСН-і жарамсыз
audit-iin-mismatch = { $iin } ЖСН-і жарамды, бірақ жазбаға сәйкес емес
audit-iin-birth-differs = ЖСН бойынша туған күні { $iin_birth }, жазбада — { $recorded }
audit-iin-sex-differs = ЖСН бойынша жынысы { $iin_sex ->
    [male] ер
   *[female] әйел
}, жазбада — { $recorded ->
    [male] ер
   *[female] әйел
}
audit-invalid-iin-summary = { $person }: жарамсыз ЖСН
audit-iin-mismatch-summary = { $person }: ЖСН туған күнге немесе жынысқа сәйкес емес
audit-late-registration = { $person }, { $address }: { $from } бастап тіркеу { $due } мерзімінен { $days } күн кеш берілді
audit-registration-not-submitted = { $person }, { $address }: { $from } бастап тұрады, тіркеу әлі берілмеген, { $due } мерзімі { $days } күнге өтіп кетті
audit-late-notice = { $person }, { $address }: келген күні { $arrival }, { $actor ->
    [immigrant] иммигранттың тіркелу өтініші
   *[other] қабылдаушы тараптың хабарламасы
} { $due } мерзімінен { $days } күн кеш берілді
audit-notice-not-filed = { $person }, { $address }: келген күні { $arrival }, { $actor ->
    [immigrant] иммигранттың тіркелу өтініші
   *[other] қабылдаушы тараптың хабарламасы
} берілмеген, { $due } мерзімі { $days } күнге өтіп кетті
audit-overstay = { $person }, { $address }: елге кірген күні { $entry }, рұқсат етілген болу мерзімі { $due } аяқталды, { $days } күн асып кетті

audit-header = { $today } күнгі тексеру, { $preset } нормасы: бұзушылықтар саны — { $total }
audit-clean = Бұзушылық табылған жоқ
audit-checked = Тексерілді: тұрғын үй — { $dwellings }, адам — { $people }, тіркеу — { $registrations }, хабарлама — { $notices }
audit-count-row = { $kind }: { $total } (аса қауіпті { $critical }, жоғары { $high }, орташа { $medium }, төмен { $low })
audit-csv-written = Бұзушылықтар { $path } файлына жазылды
audit-pdf-written = Тексеру есебі { $path } файлына жазылды

gen-city-done = Адам — { $people }, тіркеу — { $registrations }, тұрғын үй — { $dwellings } жасалды; әдейі енгізілген бұзушылықтар — { $planted }
gen-city-manifest = Әдейі енгізілген бұзушылықтар тізімі: { $path }

verify-store-intact = дерекқорға сәйкес келеді ({ $kind } { $subject })
verify-store-altered = дерекқордан өзгеше ({ $kind } { $subject }): { $what }
verify-store-unknown = { $reason ->
    [code-unknown] бұл код осы дерекқордан берілмеген
    [subject-unknown] құжат қатысты жазба осы дерекқорда жоқ
   *[other] бұл Jalga құжаты емес
}

audit-pdf-title = Тіркеулерді тексеру есебі
audit-pdf-as-of = { $today } жағдай бойынша
audit-pdf-preset = Алаң нормасы: { $preset }
audit-pdf-summary = Бұзушылықтар түрі және дәрежесі бойынша
audit-pdf-col-kind = Түрі
audit-pdf-col-total = Барлығы
audit-pdf-by-kind = Бұзушылықтар түрі бойынша
audit-pdf-densest = Адам саны ең көп тұрғын үйлер (норма рұқсат ететін бір адамға шаққандағы есептелген адамдар; логарифмдік шкала)
audit-pdf-density = { $people } адам, ×{ $ratio }
audit-pdf-findings = Бұзушылықтар, әр түрде ең ауырынан бастап
audit-pdf-truncated = { $total } бұзушылықтың алғашқы { $shown }; толық тізім CSV файлында.
audit-kind-duplicate-person = Бір ЖСН бірнеше адамда
audit-duplicate-person = { $person }: { $iin } ЖСН-і адамдар туралы { $count } жазбада көрсетілген, бір адам бірнеше рет енгізілген
audit-duplicate-record = { $id } жазбасы: { $person }
audit-double-same-iin = { $first } және { $second } жазбаларының ЖСН-і бір, олар бір адам ретінде алынады
audit-late-party = Мерзімді өткізіп алған: { $actor ->
    [host] қабылдаушы тарап
    [immigrant] иммигрант
    [resident] тұрушы
    [owner] меншік иесі
   *[other] —
}; жауапкершілік ӘҚБтК { $articles }-бабы бойынша
