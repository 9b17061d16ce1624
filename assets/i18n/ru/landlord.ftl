# Jalga — сообщения экранов арендодателя на русском.

nav-dwellings = Жильё
nav-people = Люди
nav-lease = Новый договор
nav-deadlines = Сроки
nav-documents = Документы
nav-badge-title = { $count ->
    [one] { $count } срок наступил или просрочен
    [few] { $count } срока наступили или просрочены
   *[other] { $count } сроков наступили или просрочены
}

## Common actions

action-add = Добавить
action-edit = Изменить
action-save = Сохранить
action-cancel = Отмена
action-delete = Удалить
action-undo = Вернуть
action-next = Далее
action-back = Назад
action-search = Поиск
action-remove = Убрать
draft-restored = Восстановлена несохранённая форма
draft-autosaved = Черновик сохранён
saved-ok = Сохранено
deleted-ok = Удалено. Это можно отменить.
confirm-delete = Удалить? Это нельзя будет отменить.
list-count = { $count ->
    [one] Найден { $count }
    [few] Найдено { $count }
   *[other] Найдено { $count }
}
list-empty = Ничего не найдено

## Dwellings

dwellings-title = Жильё
dwellings-search = Поиск по адресу, РКА, кадастровому номеру
dwelling-new = Новое жильё
dwelling-edit = Изменить жильё
field-region = Область
field-city = Город
field-district = Район
field-street = Улица
field-building = Дом
field-flat = Квартира
field-kato = Код КАТО
field-rka = РКА (регистрационный код адреса)
field-cadastral = Кадастровый номер
field-total-area = Общая площадь, м²
field-useful-area = Полезная площадь, м²
field-living-area = Жилая площадь, м²
field-rooms = Комнат
field-floor = Этаж
owners-title = Собственники и сособственники
owner-kind-person = Физическое лицо (ИИН)
owner-kind-company = Организация (БИН)
field-owner-kind = Тип собственника
field-owner-id = ИИН или БИН
field-owner-name = Имя собственника
field-share = Доля
owner-add = Добавить собственника
residents-title = Сейчас проживают
residents-none = Никто не проживает здесь по договору или регистрации
resident-registered = зарегистрирован до { $until }
resident-registered-open = зарегистрирован
resident-not-registered = не зарегистрирован
norm-glance = { $counted } из { $capacity } допустимых, { $per } м² на человека
norm-glance-empty = Никто не учитывается: допустимо до { $capacity } человек
norm-glance-none = Норма площади не применяется

## People

people-title = Люди
people-search = Поиск по имени, ИИН, паспорту
person-new = Новый человек
person-edit = Изменить данные человека
person-kind-citizen = Гражданин Казахстана
person-kind-foreigner = Иностранец
field-kind = Кто
field-iin = ИИН
field-surname = Фамилия
field-given-name = Имя
field-patronymic = Отчество
field-birth-date = Дата рождения
field-sex = Пол
field-id-document = Номер удостоверения личности или паспорта
field-passport = Номер паспорта
field-citizenship = Гражданство (код ISO, например CHN)
field-surname-latin = Фамилия латиницей
field-given-name-latin = Имя латиницей
field-entry-date = Дата въезда в Казахстан
field-purpose = Цель пребывания
field-visa = Номер визы или миграционной карточки
iin-filled = Дата рождения и пол заполнены по ИИН
translit-to-cyrillic = Латиница → кириллица
translit-to-latin = Кириллица → латиница
translit-hint = Это подсказка: сверьте с паспортом и исправьте при необходимости
landlord-person-exists = { $name } уже сохранён с этим номером: выберите его из списка, а не добавляйте снова

## Lease wizard

wizard-title = Новый договор
wizard-step-dwelling = Жильё
wizard-step-tenant = Наниматель
wizard-step-occupants = Проживающие
wizard-step-terms = Условия
wizard-step-review = Проверка
wizard-landlord = Наймодатель
wizard-landlord-owner = { $name } (собственник, { $share })
wizard-pick = Выберите…
wizard-occupant-add = Добавить проживающего
wizard-relation = Кем приходится нанимателю
relation-tenant = наниматель
relation-spouse = супруг(а)
relation-child = ребёнок
relation-parent = родитель
relation-sibling = брат или сестра
relation-other-relative = другой родственник
relation-unrelated = не родственник
wizard-norm-title = Норма площади
wizard-norm-line = Норма ({ $place }): { $m2 } м² { $basis ->
    [living] жилой
   *[useful] полезной
} площади на человека; { $area } м² допускают { $capacity }; будут зарегистрированы { $counted }
preset-place-kz-astana = Астана
preset-place-kz-none = нет нормы
preset-place-ru-proposal-6m2-living = предложение, 6 м²
preset-place-ru-proposal-8m2-migrant = предложение, 8 м²
wizard-norm-exempt = { $name }: { $relation } — не учитывается
wizard-norm-counted = { $name }: { $relation } — учитывается
wizard-norm-living = { $name }: уже проживает здесь
wizard-norm-ok = Допускается
wizard-norm-refused = Норма не допускает
field-start-date = Дата начала
field-end-date = Дата окончания
field-rent = Плата в месяц, тенге
field-deposit = Гарантийный взнос, тенге
field-payment-day = День оплаты
field-utilities = Коммунальные услуги
field-language = Язык договора
utilities-default = Наниматель оплачивает по счётчикам
doc-lang-kk = Казахский
doc-lang-ru = Русский
doc-lang-kk-ru = Казахский и русский
wizard-save-draft = Сохранить черновик
wizard-save-ready = Сохранить как готовый к подписанию
wizard-override-title = Продолжить вопреки норме
wizard-override-text = Договор нарушает норму площади. Отметить его готовым можно, только записав, кто принимает решение и почему.
field-override-by = Кто принимает решение
field-override-reason = Почему
wizard-saved-draft = Сохранён как черновик: его нельзя выгрузить как готовый
wizard-saved-ready = Сохранён как готовый к подписанию
wizard-problems = Осталось: { $count ->
    [one] { $count } поле требует
    [few] { $count } поля требуют
   *[other] { $count } полей требуют
} внимания
landlord-bad-date = Введите дату в виде ГГГГ-ММ-ДД, введено «{ $found }»
landlord-bad-number = Введите целое число, введено «{ $found }»
landlord-choose-dwelling = Выберите жильё
landlord-choose-landlord = Выберите, кто сдаёт жильё
landlord-choose-tenant = Выберите нанимателя
landlord-norm-needs-override = Норма не допускает этот договор: чтобы отметить его готовым, запишите, кто решает и почему, или сохраните черновик
landlord-bad-draft = Форму не удалось сохранить: её содержимое неверно
lease-state-draft = Черновик
lease-state-ready = Готов
lease-state-override = Готов вопреки норме: { $by }, { $at }: { $reason }

## Deadlines

deadlines-title = Сроки
deadlines-summary = Просрочено: { $overdue } · наступает: { $due }
deadlines-none = Сроков нет
deadline-col-person = Кто и где
deadline-col-what = Что
deadline-col-due = До
deadline-col-status = Состояние
deadline-col-rule = Правило
deadline-col-fine = Возможный штраф
deadline-kind-citizen-registration = Зарегистрировать гражданина
deadline-kind-foreigner-notice = Уведомить о прибытии иностранца
deadline-kind-foreigner-registration = Зарегистрировать иностранца
deadline-kind-foreigner-address-change = Перерегистрировать при смене адреса
deadline-kind-short-stay-exemption = Короткое пребывание без регистрации
deadline-kind-temporary-registration-end = Продлить или прекратить регистрацию
deadline-kind-lease-end = Окончание договора
deadline-kind-deregistration = Снять с учёта
deadline-kind-eaeu-stay = Дни пребывания

## Documents

documents-title = Документы
documents-search = Поиск договоров по адресу или нанимателю
doc-kind-agreement = Договор найма
doc-kind-consent = Согласие собственника на регистрацию
doc-kind-registration-sheet = Лист регистрации
doc-kind-foreigner-notice = Уведомление о прибытии иностранца
doc-export = Выгрузить PDF
doc-preview = Просмотр
doc-open-folder = Открыть папку
doc-exported = Сохранено: { $path }
doc-batch = Выгрузить все готовые договоры
doc-batch-progress = { $done } из { $total }
doc-batch-done = Выгружено { $ok } из { $total }; ошибок: { $failed }
doc-preview-note = Просмотр текста документа, построенный по тем же данным, что и PDF
landlord-export-not-ready = Договор { $id } — черновик: отметьте его готовым (вопреки норме — с записью решения) перед выгрузкой
relation-grandparent = дедушка или бабушка
relation-grandchild = внук или внучка
field-labour-contract-end = Окончание трудового договора (трудящийся из ЕАЭС)

## Что печатают документы: подписание, оплата, реквизиты, доверенность, контакты, виза

field-signed-on = Дата подписания
field-payment-method = Способ оплаты
payment-bank-transfer = банковским переводом
payment-cash = наличными
wizard-bank = Банковские реквизиты наймодателя
field-bank-iban = IBAN (KZ и 18 знаков)
field-bank-name = Банк
field-bank-bic = БИК
wizard-poa = Доверенность
field-poa-number = Номер
field-poa-date = Дата
field-poa-notary = Кем удостоверена (нотариус)
wizard-poa-hint = Нужна, если наймодатель не собственник жилья: договор и согласие называют нотариальную доверенность, по которой он действует.
landlord-poa-required = Наймодатель не собственник этого жилья: укажите доверенность, по которой он действует
field-address = Адрес регистрации
field-phone = Телефон
field-entry-point = Пункт пропуска через границу
field-visa-type = Вид визы
field-visa-valid-from = Виза действует с
field-visa-valid-to = Виза действует по
purpose-private = Частная
purpose-business = Деловая
purpose-tourism = Туризм
purpose-study = Учёба
purpose-work = Работа
purpose-medical = Лечение
purpose-family = Воссоединение семьи
purpose-transit = Транзит
purpose-other = Иная
wizard-registrants = Регистрация по этому адресу
wizard-registrants-hint = Каждый гражданин с 14 лет подаёт заявление на eGov сам; то, что введено здесь, сохраняется как черновик его регистрации по этому договору. Дети до 14 лет не регистрируются: они следуют за родителем.
field-reason = Причина регистрации
field-signing-method = Подписывает заявление
signing-eds = электронной цифровой подписью (ЭЦП)
signing-sms = одноразовым SMS-кодом
field-signing-phone = Телефон для SMS-кода
reason-lease = Договор найма
reason-family = Проживание с семьёй
reason-work = Работа
reason-study = Учёба
reason-medical = Лечение
reason-other = Иное

# A save waited for the office import that was writing, and gave up.
shell-store-busy-import = Загрузка данных ведомства ещё записывает в базу. Ничего не сохранено; повторите, когда она закончится.
# The form could not be kept in the store as it was typed.
draft-save-failed = Вводимое не сохраняется: { $reason } Оно осталось на экране; сохранение повторится при следующем изменении.
doc-sign-title = Подписать ЭЦП
doc-sign-hint = Наймодатель и наниматель подписывают каждый своим ключом подписи НУЦ РК (файл RSA…, не AUTH_RSA…). Пароль используется один раз и не сохраняется.
doc-sign-file = Документ для подписи (PDF)
doc-sign-p12 = Хранилище ключей (.p12)
doc-sign-password = Пароль к хранилищу ключей
doc-sign-run = Подписать
doc-sign-done = подписан: { $path }; отдельная подпись CMS: { $cms }
## Форма акта приёма-передачи и преимущественный текст договора
doc-kind-handover-act = Акт приёма-передачи
handover-title = Акт приёма-передачи
handover-direction = Когда
handover-move-in = При вселении
handover-return = При возврате
handover-date = День передачи (в этот день снимаются показания)
handover-inventory = Помещения и имущество
handover-room = Помещение
handover-item = Предмет
handover-quantity = Кол-во
handover-condition = Состояние
handover-meters = Показания приборов учёта
handover-meter-kind = Прибор
meter-electricity = Электроэнергия
meter-cold-water = Холодная вода
meter-hot-water = Горячая вода
meter-gas = Газ
meter-heat = Тепловая энергия
handover-serial = Заводской номер
handover-reading = Показание
handover-keys = Ключи
handover-key-what = Что открывает
handover-key-count = Сколько
handover-remarks = Замечания, с которыми согласны стороны
handover-add = Добавить строку
handover-remove = Удалить
handover-save = Сохранить акт
handover-saved = Акт сохранён; выгрузите его как «Акт приёма-передачи».
field-prevailing-language = Текст с преимущественной силой в договоре на kk+ru
prevailing-none = Не выбран (в договоре пустая строка)
prevailing-kk = Казахский
prevailing-ru = Русский

## Даты, архив и удаление, документ на экране
date-pick = Выбрать дату
date-prev-month = Предыдущий месяц
date-next-month = Следующий месяц
date-bad-shape = Введите дату в виде { $pattern }, введено «{ $found }»
date-no-such-day = Такого дня нет: «{ $found }»
date-out-of-range = Введите дату с { $first } по { $last } год, введено «{ $found }»
record-archive = В архив
record-delete = Удалить
record-undo = Отменить
record-archived = В архиве: { $name }
record-deleted = Удалено: { $name }
record-restored = Восстановлено: { $name }
ref-leases =
    { $n ->
        [one] { $n } договор
        [few] { $n } договора
        *[many] { $n } договоров
    }
ref-occupancies =
    { $n ->
        [one] { $n } договор (как проживающий)
        [few] { $n } договора (как проживающий)
        *[many] { $n } договоров (как проживающий)
    }
ref-registrations =
    { $n ->
        [one] { $n } регистрация
        [few] { $n } регистрации
        *[many] { $n } регистраций
    }
ref-notices =
    { $n ->
        [one] { $n } уведомление о прибытии
        [few] { $n } уведомления о прибытии
        *[many] { $n } уведомлений о прибытии
    }
ref-documents =
    { $n ->
        [one] { $n } выданный документ
        [few] { $n } выданных документа
        *[many] { $n } выданных документов
    }
ref-and = { $a } и { $b }
delete-refused-dwelling = Это жильё нельзя удалить, на него ссылаются: { $refs }. Его можно отправить в архив.
delete-refused-person = Этого человека нельзя удалить, на него ссылаются: { $refs }. Его можно отправить в архив.
delete-refused-lease = Этот договор нельзя удалить, на него ссылаются: { $refs }. Его можно отправить в архив.
restore-taken = Отменить нельзя: запись с идентификатором { $id } уже снова есть.
preview-zoom-in = Крупнее
preview-zoom-out = Мельче
preview-zoom-fit = По ширине
preview-print = Печать
preview-page = Страница { $n } из { $total }
doc-open-file = Открыть файл
doc-preview-pages = Страницы документа в том виде, в каком их печатает PDF
## Главная: что сделать сегодня
nav-today = Сегодня
today-title = Сегодня
today-none = Сегодня ничего не нужно: сроки не близко, документы в ближайшие 30 дней не истекают.
today-summary = { $count ->
    [one] { $count } дело
    [few] { $count } дела
   *[other] { $count } дел
}, просрочено: { $overdue }
today-when-overdue = Просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
today-when-left = { $days ->
    [0] сегодня
    [one] через { $days } день
    [few] через { $days } дня
   *[other] через { $days } дней
}
today-consent = Согласие собственника не записано
today-consent-explain = Для регистрации с { $from } нужно согласие собственника (обязательно для регистраций с { $required }); оно не записано.
today-confirmation-explain = С 1 июля 2026 года иммигрант подаёт заявление в ИС МП, а собственник вовремя подтверждает проживание в мобильном приложении.
today-document-id-card = Истекает удостоверение личности
today-document-passport = Истекает паспорт
today-document-visa = Истекает виза
today-document-expires = Действителен по { $date }: { $days ->
    [0] сегодня последний день
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[other] осталось { $days } дней
}.
today-document-expired = Истёк { $date }, { $days ->
    [one] { $days } день назад
    [few] { $days } дня назад
   *[other] { $days } дней назад
}.
today-draft-lease = Договор остался черновиком
today-draft-lease-explain = Договор с { $start } сохранён как черновик: завершите его и отметьте готовым к печати.
today-do-create-from-lease = Создать регистрацию по договору
today-do-submitted = Отметить: подано
today-do-registered = Отметить: зарегистрирован
today-do-ended = Отметить: снят с регистрации
today-do-sent = Отметить: уведомление отправлено
today-do-confirmed = Отметить: подтверждено
today-do-record-consent = Записать согласие
today-do-open-lease = Завершить договор
today-do-open-person = Обновить документы
today-on = Дата
today-consent-by = Кто дал согласие
today-renew-until = Новый срок до
today-renew = Продлить
today-end = Расторгнуть с этой даты
today-made = Готово: { $what } — { $subject } ({ $action })
cycle-not-occupant = { $person } не проживает по этому договору
cycle-lease-over = Договор закончился { $end }
cycle-notice-exists = Уведомление о прибытии { $person } по этому договору уже есть
cycle-child-not-registered = { $person } младше { $age } лет и не регистрируется
cycle-registration-exists = У { $person } уже есть регистрация по этому договору
cycle-lease-too-short = С { $from } до конца договора { $end } остаётся меньше месяца, нужного для временной регистрации
cycle-step-out-of-order =
    Запись в состоянии «{ $from ->
        [draft] черновик
        [submitted] подана
        [registered] зарегистрирована
        [ended] завершена
        [sent] отправлено
        [confirmed] подтверждено
       *[other] { $from }
    }» нельзя отметить как «{ $step ->
        [draft] черновик
        [submitted] подана
        [registered] зарегистрирована
        [ended] завершена
        [sent] отправлено
        [confirmed] подтверждено
       *[other] { $step }
    }»
cycle-date-before = { $on } раньше { $earliest }
cycle-date-after = { $on } позже { $latest }
cycle-consent-who = Укажите, кто дал согласие
cycle-renew-open-ended = У договора нет даты окончания: он продолжается и не требует продления
person-id-document-expires = Удостоверение действительно по
person-passport-expires = Паспорт действителен по
today-pending = Подано: ждёт регистрации
today-pending-explain = Подано { $submitted } на период { $from } – { $to }: отметьте регистрацию в день, когда eGov её оформит.
cycle-board-title = Этапы регистрации
cycle-board-none = Пока нет ни договоров найма, ни регистраций
cycle-board-more = Ещё строк не показано: { $count }
cycle-step-submitted = Подача (регистрация или уведомление)
cycle-step-registered = Зарегистрирован
cycle-step-deregistered = Снятие с учёта
cycle-state-due = До { $due }: осталось { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
cycle-state-overdue = Срок { $due }, просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
cycle-state-waiting = Ждёт ответа eGov
cycle-state-exempt = Не требуется
cycle-state-later = Пока рано
wizard-lease-opened = Открыт сохранённый договор по адресу { $address }: завершите его и отметьте готовым к печати
cycle-state-done = { $on }
