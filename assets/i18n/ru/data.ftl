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

# Another program kept the database busy past the wait (a store error).
error-store-busy = База данных { $path } занята: в неё записывает другая программа. Ничего не сохранено; повторите чуть позже.
