# Jalga — ережелер қозғалтқышының қазақша хабарламалары: аудан нормалары және мерзімдер.

rules-bad-json = Файл жарамсыз ({ $line }-жол, { $column }-баған): { $detail }
rule-source = Дереккөз: { $source_kk }

## Аудан нормасы

norm-unknown-preset = «{ $preset }» нормасы белгісіз; белгілілері: { $known }
norm-preset-no-id = Норманың сәйкестендіргіші болуы керек
norm-preset-bad-m2 = «{ $preset }» нормасы: бір адамға шаққандағы шаршы метр нөлден үлкен сан болуы керек
norm-preset-bad-dates = «{ $preset }» нормасы: ол басталмай тұрып аяқтала алмайды
norm-preset = { $preset } нормасы ({ $jurisdiction }, { $status ->
    [law] заң
    [proposal] ұсыныс
   *[none] заңды норма жоқ
}){ $status ->
    [none] : тек тығыздық көрсетіледі
   *[other] : { $basis ->
        [useful] пайдалы
       *[living] тұрғын
    } алаңның әр { $m2 } м²-іне бір адам
}
norm-proposal-warning = Бұл норма заң емес, ұсыныс: оны тек салыстыру үшін қолданыңыз
norm-area-missing = { $basis ->
    [useful] Пайдалы
   *[living] Тұрғын
} алаң нөлге тең немесе белгісіз
norm-area-fallback-total = Норма оның орнына жалпы алаңды алуға рұқсат етеді: { $area } м²
norm-exempt-group = { $relation ->
    [tenant] Жалдаушы
    [spouse] Жұбайы
    [child] Балалары
    [parent] Ата-анасы
    [sibling] Бауырлары
    [grandparent] Атасы мен әжесі
    [grandchild] Немерелері
    [other-relative] Басқа туыстары
   *[unrelated] Туыс еместер
} ретінде есепке алынбайды: { $count } (бірге тұратын туыстар нормада есептелмейді)
norm-grandfathered = Тіркелгені бұрыннан бар, нормаға қарамастан қалады: { $count }
norm-counted = Барлығы { $people } адам, оның ішінде нормада { $counted } есептеледі, { $exempt } босатылған
norm-density = { $basis ->
    [useful] Пайдалы
    [living] Тұрғын
   *[total] Жалпы
} алаң { $area } м²: есептелетін бір адамға { $per } м²
norm-capacity = { $basis ->
    [useful] Пайдалы
    [living] Тұрғын
   *[total] Жалпы
} алаң { $area } м², бір адамға { $m2 } м² нормасымен, { $capacity } адамға жетеді
norm-allowed = Рұқсат етіледі: { $counted } адам есептеледі, алаң { $capacity } адамға жетеді
norm-allowed-grandfathered = Рұқсат етіледі, өйткені жаңа тіркеулер нормада есептелмейді; бірақ қазірдің өзінде { $counted } адам есептеледі, ал алаң { $capacity } адамға ғана жетеді
norm-not-allowed = Рұқсат етілмейді: нормада { $counted } адам есептеледі, алаң { $capacity } адамға жетеді ({ $over } артық)
norm-no-norm = Мұнда аудан нормасы қолданылмайды: тұрғындар саны шектелмейді
norm-not-in-force = { $date } күні норма күшінде емес (күшіне енуі: { $from ->
    [none] —
   *[other] { $from } бастап
}{ $to ->
    [none] {""}
   *[other] {" "}{ $to } дейін
}): тіркеу әзірге шектелмейді
norm-cannot-evaluate = Шешу мүмкін емес: { $basis ->
    [useful] пайдалы
   *[living] тұрғын
} алаң керек, ал норма оның орнына жалпы алаңды алуға рұқсат етпейді
norm-effective-unconfirmed = Норманың күшіне ену күні ({ $from }) расталмаған

## Мерзімдер

deadline-status-done = { $on } орындалды{ $late ->
    [0] , мерзімінде
   *[other] , { $late } күн кешігіп
}
deadline-status-due = Мерзімі өтпеген: { $days ->
    [0] соңғы күні — бүгін
   *[other] { $days } күн қалды
}
deadline-status-overdue = { $days } күнге кешіктірілді
deadline-status-exempt = Талап етілмейді: босату қолданылады
deadline-fine = { $who ->
    [resident] Тұрушы
    [owner] Меншік иесі
    [host] Қабылдаушы тарап
   *[foreigner] Шетелдік
}, ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
}: { $mrp } АЕК = { $tenge } теңге ({ $year } жылғы АЕК: { $mrp_tenge } теңге)
deadline-fine-unrecorded = { $who ->
    [resident] Тұрушы
    [owner] Меншік иесі
    [host] Қабылдаушы тарап
   *[foreigner] Шетелдік
}, ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
}: мөлшері деректерге әлі енгізілмеген
deadline-fine-warning = { $who ->
    [resident] Тұрушы
    [owner] Меншік иесі
    [host] Қабылдаушы тарап
   *[foreigner] Шетелдік
}, ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
}: ескерту (жеке тұлғаға алғашқы бұзушылық үшін айыппұл салынбайды)
deadline-fine-warning-then = { $who ->
    [resident] Тұрушы
    [owner] Меншік иесі
    [host] Қабылдаушы тарап
   *[foreigner] Шетелдік
}, ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
}: тіркеусіз тұру бір айдан аспаса, ескерту; { $from } бастап: { $mrp } АЕК = { $tenge } теңге
deadline-fine-repeat = Бір жыл ішінде қайталанса (ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
}): { $mrp } АЕК = { $tenge } теңге{ $confirmed ->
    [yes] {""}
   *[other] {" "}(бұл мөлшер расталмаған)
}
deadline-fine-unconfirmed = ӘҚБтК { $article }-бабы{ $part ->
    [none] {""}
   *[other] , { $part }-бөлік
} бойынша айыппұл расталмаған: оған сүйенбес бұрын тексеріңіз
deadline-mrp-substituted = { $wanted } жылғы АЕК деректерде әлі жоқ; { $year } жылғы мәні алынды
deadline-no-fine = Бұл күнге айыппұл байланыстырылмаған
deadline-calendar-unconfirmed = Жұмыс күндері әлі расталмаған күнтізбе бойынша есептелді
deadline-rule-unconfirmed = Бұл ереже расталмаған: оған сүйенбес бұрын тексеріңіз
deadline-citizen-registration = { $person }: { $start } қоныстанғаннан кейін { $days } күнтізбелік күн ішінде мекенжай бойынша тіркелу керек: { $due } дейін
deadline-short-stay = { $person } ({ $country }): { $start } келген күннен бастап { $days } күнге дейін болғанда тіркелу қажет емес; одан ұзақ болса, { $due } дейін тіркелу керек
deadline-foreigner-notice = { $person } ({ $country }): қабылдаушы тарап { $start } келгеннен кейін { $days } жұмыс күні ішінде көші-қон полициясына хабарлайды: { $due } дейін
deadline-foreigner-registration = { $person } ({ $country }): иммигрант { $start } елге кіргеннен кейін { $days } күнтізбелік күн ішінде тіркеледі, меншік иесі растайды: { $due } дейін
deadline-foreigner-address-change = { $person } ({ $country }): иммигрант мекенжайдың ауысуын { $start } бастап { $days } жұмыс күні ішінде қайта тіркейді: { $due } дейін
deadline-registration-end = { $person }: уақытша тіркеу { $due } аяқталады: оны ұзартыңыз немесе тоқтатыңыз
deadline-lease-end = { $person }: жалдау шарты { $due } аяқталады
deadline-deregistration = { $person }: { $start } көшіп кетті; { $days } күн ішінде тіркеуден шығару керек: { $due } дейін
deadline-eaeu-stay = { $person }: { $on } күні соңғы { $window } күннің { $present } күні елде болды; кез келген { $window } күнде { $limit } күннен аспауы керек, сондықтан { $due } дейін болуға болады

## norm және deadlines командалары

norm-bad-area = Алаң нөлден кем емес шаршы метр саны болуы керек; көрсетілгені: { $area }
norm-too-many-exempt = Босатылғандар ({ $exempt }) мен тіркелгені бұрыннан барлар ({ $registered }) тұрғындардан ({ $occupants }) көп бола алмайды
deadlines-no-input = Дерекқорды (--db ФАЙЛ) немесе адамдар туралы мәліметтерді (--input ФАЙЛ.json) көрсетіңіз
deadline-child-not-registered = { $person } ({ $birth } ж. т.) әлі { $age } жасқа толмаған: { $age } жасқа толмаған балалар тіркелмейді; тіркелу мерзімі { $due } басталады
deadline-eaeu-worker = { $person }: еңбек шарты бар ЕАЭО еңбекшісі кез келген { $window } күнде { $limit } күннен тыс (олар { $last } аяқталар еді) шарт мерзіміне бола алады: { $due } дейін
unconfirmed-badge = расталмаған
unconfirmed-badge-title = Бұл бастапқы дереккөзде әлі расталмаған фактіге негізделген: сүйенбес бұрын тексеріңіз
