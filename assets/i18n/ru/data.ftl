# Jalga — сообщения раздела данных на русском: проверка, хранилище, импорт и экспорт.

## Проверка записей

v-id = Должно быть 1–{ $max } символов: латинские буквы, цифры, «.», «_» или «-»
v-required = Обязательное поле
v-too-long = Слишком длинно: не более { $max } символов, получено { $found }
v-control-char = Содержит управляющий символ
v-name-char = В имени допускаются только буквы, пробелы, дефисы, апострофы и точки, найдено «{ $found }»
v-digits = Только цифры
v-cadastral = Кадастровый номер — группы цифр через «:» (последние части могут быть через «/»)
v-area-positive = Площадь должна быть положительным числом квадратных метров, получено { $value }
v-passport = Номер паспорта — 5–20 заглавных латинских букв и цифр, как напечатано
v-document = Номер документа — 3–30 заглавных букв и цифр
v-citizenship = Гражданство — трёхбуквенный код ISO 3166-1, например RUS
v-useful-over-total = Полезная площадь { $useful } м² больше общей площади { $total } м²
v-living-over-useful = Жилая площадь { $living } м² больше полезной площади { $useful } м²
v-share = Доля должна быть дробью от 0 до 1, получено { $numerator }/{ $denominator }
v-iin-birth-date = По ИИН дата рождения { $iin }, а введено { $typed }
v-iin-sex = Пол не совпадает с ИИН
v-dates-order = Окончание { $to } должно быть позже начала { $from }
v-tenant-is-landlord = Наниматель и наймодатель должны быть разными лицами
v-temporary-period = Временная регистрация длится от 1 до 12 месяцев, а период с { $from } по { $to } — нет
v-consent-incomplete = Для согласия нужны и кто его дал, и дата
v-rooms = Число комнат должно быть { $min }–{ $max }, получено { $value }
v-floor = Этаж должен быть { $min }–{ $max }, получено { $value }
v-money = Сумма вне допустимых пределов: { $value } тенге
v-payment-day = День оплаты должен быть 1–31, получено { $value }

## Импорт

v-json = Некорректный JSON в строке { $line }, позиция { $column }: { $detail }
v-bundle-shape = Это не пакет Jalga: данные неверной структуры
v-bundle-format = Это не пакет Jalga: поле «format» должно быть «{ $expected }»
v-bundle-version = Версия пакета { $found } не поддерживается; эта версия Jalga читает версию { $supported }
v-unknown-field = Неизвестное поле «{ $field }»
v-format = Неверное значение: { $detail }
v-duplicate = Идентификатор { $id } встречается более одного раза
v-unknown-ref = Ссылка на запись «{ $kind ->
        [property] жильё
        [owner] собственник
        [person] лицо
        [lease] договор найма
        [registration] регистрация
        [foreigner-notice] уведомление о прибытии иностранца
       *[other] { $kind }
    }» { $id }, которой нет ни в файле, ни в базе
v-date = Не календарная дата (ГГГГ-ММ-ДД): «{ $found }»
v-number = Не число: «{ $found }»
v-enum = «{ $found }» не входит в список: { $allowed }
v-csv = CSV не читается: { $detail }
v-csv-header = Неверный заголовок CSV; ожидается: { $expected }

## Хранилище

error-store = База данных { $path }: { $detail }
error-database-too-new = База данных { $path } имеет версию схемы { $found }, а эта версия Jalga знает только до { $supported }; обновите Jalga. Файл не изменён.
error-migration = Не удалось обновить базу данных { $path }: { $detail }
error-import-rejected = Импорт отклонён: { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}; ничего не записано
error-not-found = Нет записи «{ $kind ->
        [property] жильё
        [owner] собственник
        [person] лицо
        [lease] договор найма
        [registration] регистрация
        [foreigner-notice] уведомление о прибытии иностранца
       *[other] { $kind }
    }» с идентификатором { $id }
error-io = { $path }: { $detail }

## Командная строка

cli-init-done = База данных { $path } готова (версия схемы { $version })
cli-needs-db = Этой команде нужна база данных: укажите --db ФАЙЛ (или переменную JALGA_DB)
cli-unknown-format = Не удаётся определить формат { $path }: дайте файлу расширение .json или .csv либо укажите --format
cli-import-done = Импортировано записей: { $records }
cli-demo-done = Демонстрационные данные загружены: записей { $records }
cli-export-done = Экспортировано в { $path }

## Что печатают документы (реквизиты, доверенность, виза, подпись)

v-phone = Номер телефона — необязательный «+» и 10–15 цифр (допускаются пробелы, дефисы и скобки), введено «{ $found }»
v-iban-required = Для оплаты банковским переводом нужен IBAN наймодателя
v-bic = БИК казахстанского банка — 8 или 11 заглавных латинских букв и цифр, на 5–6 местах KZ, введено «{ $found }»
v-bank-incomplete = Банковские реквизиты указываются вместе: IBAN, наименование банка и БИК
v-poa-incomplete = Доверенность указывается полностью: номер, дата и нотариус
v-poa-after-signing = Доверенность от { $poa } выдана позже даты подписания { $signed }
v-signed-after-end = Дата подписания { $signed } позже окончания договора { $end }
v-visa-incomplete = Для визы нужны номер, вид и обе даты срока действия
v-visa-before-birth = Виза действует с { $from }, раньше даты рождения { $birth }
v-visa-dates = Срок действия визы должен заканчиваться позже начала: с { $from } по { $to } — невозможно
v-sms-needs-phone = Для подписи SMS-кодом нужен номер телефона, на который придёт код
doc-missing-field = Договор { $id }: не указана { $field ->
        [signed_on] дата подписания
        [payment_method] форма оплаты
       *[other] { $field }
    }, а без неё документ не напечатать: сначала заполните её
v-date-range = Дата должна быть в пределах { $from }–{ $to } годов, указано { $found }

v-csv-duplicate-id = Идентификатор регистрации { $id } указан в строке { $first } и ещё раз в строке { $line }: у каждой строки должен быть свой идентификатор
v-more-problems = …и ещё проблем, не показанных здесь: { $count }
# Another program kept the database busy past the wait (a store error).
error-store-busy = База данных { $path } занята: в неё записывает другая программа. Ничего не сохранено; повторите чуть позже.
## Файлы учреждений: кодировки, книги Excel, сопоставление столбцов, выгрузки для людей
office-note-encoding = Файл в кодировке { $encoding }; он перекодирован в UTF-8.
office-note-sheet = Прочитан лист «{ $sheet }» (в книге листов: { $count }).
v-office-dates = в столбце «{ $column }» { $count ->
    [one] { $count } дата, которой нет в календаре или которую не прочитать
    [few] { $count } даты, которых нет в календаре или которые не прочитать
   *[other] { $count } дат, которых нет в календаре или которые не прочитать
} (первая: «{ $found }»): строки { $rows }
v-office-rows = столбец «{ $column }»: { $cause } — { $count ->
    [one] { $count } строка
    [few] { $count } строки
   *[other] { $count } строк
}: { $rows }
v-office-unmapped = ни один столбец файла не сопоставлен с «{ $column }», а он нужен в каждой строке ({ $count ->
    [one] { $count } строка
    [few] { $count } строки
   *[other] { $count } строк
})
v-office-more = и ещё { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[other] { $count } замечаний
}
v-office-mapping-field = В сопоставлении указан столбец, которого в Jalga нет: «{ $field }»
v-office-workbook = Книгу не удаётся прочитать: { $detail }
v-office-sheet = В книге нет листа «{ $sheet }»; её листы: { $sheets }
v-office-profile = Профиль сопоставления не удаётся прочитать: { $detail }
cli-import-note = Примечание: { $note }
xlsx-sheet-registrations = Регистрации
xlsx-sheet-findings = Нарушения
xlsx-finding-kind = Нарушение
xlsx-finding-severity = Важность
xlsx-finding-subject-kind = Вид объекта
xlsx-finding-subject-id = Код объекта
xlsx-finding-subject = Кого касается
xlsx-finding-district = Район
xlsx-finding-date = Дата
xlsx-finding-score = Оценка
xlsx-finding-summary = Суть
xlsx-finding-explanation = Обоснование
xlsx-finding-related = Связанные записи
## Акт приёма-передачи в базе
v-meter-reading = Показание счётчика — цифры и не более одного десятичного разделителя (например, 01234,5), указано «{ $found }»
v-too-many-lines = Слишком много строк: не более { $max }, указано { $found }
v-quantity = Количество должно быть от 1 до 999, указано { $value }
v-key-count = Число ключей должно быть от 1 до 99, указано { $value }
v-csv-row-too-long = Строка CSV длиннее { $max } КБ (незакрытая кавычка или файл без концов строк); ничего не импортировано
error-page-key = Страница этого списка начинается после ключа сортировки из { $expected } частей, передано { $found }
