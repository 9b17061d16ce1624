# Jalga — рабочее место сотрудника: загрузка, проверка, сверка документов, отчёты.

error-cancelled = Отменено: ничего не записано
clerk-doc-no-identity = { $name } нельзя загрузить как человека: в документе нет ИИН, а дата рождения и пол нигде не указаны
clerk-load-unknown-format = { $path }: загружаются только пакеты .json, реестры регистраций .csv и документы .pdf
clerk-no-audit = Сначала запустите проверку

## Навигация и рабочее место

nav-home = Главная
nav-clerk = Сотрудник
clerk-title = Рабочее место сотрудника
clerk-tab-load = Загрузка
clerk-tab-audit = Проверка
clerk-tab-verify = Сверка документа
clerk-tab-reports = Отчёты
clerk-cancel = Отменить
clerk-all = Все
clerk-records = { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[other] { $count } записей
}

## Загрузка

clerk-load-title = Загрузка регистраций
clerk-load-hint = Пакет наймодателя в JSON (.json), реестр регистраций в CSV (.csv) или PDF, созданный в Jalga (.pdf: сначала он сверяется, затем загружаются его данные). Всё проверяется до того, как что-либо записывается.
clerk-load-path = Файл
clerk-load-start = Загрузить
clerk-load-drop = …или перетащите файл в окно
clerk-phase-reading = Чтение файла
clerk-phase-checking = Проверка записей
clerk-phase-writing = Запись (сохранится только в конце)
clerk-phase-done = Завершение
clerk-load-done = Загружено: { $records ->
    [one] { $records } запись
    [few] { $records } записи
   *[other] { $records } записей
}
clerk-load-doc-done = Документ { $code } не изменён; его данные загружены: { $records ->
    [one] { $records } запись
    [few] { $records } записи
   *[other] { $records } записей
}

## Проверка

clerk-audit-title = Проверка
clerk-preset = Норма площади
clerk-district = Район
clerk-from = С
clerk-to = По
clerk-min-severity = Важность не ниже
clerk-today = На дату
clerk-audit-run = Запустить проверку
clerk-audit-running = Идёт проверка…
clerk-audit-cancelled = Проверка отменена
clerk-audit-summary = { $total ->
    [one] { $total } нарушение
    [few] { $total } нарушения
   *[other] { $total } нарушений
} · проверено регистраций: { $registrations }, жилищ: { $dwellings }
clerk-col-severity = Важность
clerk-col-kind = Нарушение
clerk-col-subject = Кого касается
clerk-col-district = Район
clerk-col-date = Дата
clerk-related = Связанные записи
clerk-finding-pick = Выберите нарушение, чтобы увидеть, почему оно найдено.

## Сверка документа

clerk-verify-title = Сверка документа
clerk-verify-hint = PDF из Jalga содержит свои данные; при сверке документ заново строится по этим данным и сравнивается с файлом.
clerk-verify-path = Файл PDF
clerk-verify-run = Сверить
clerk-verify-intact = Не изменён: документ соответствует своим данным
clerk-verify-altered = Изменён: документ не соответствует своим данным
clerk-verify-unknown = Неизвестен: этот документ Jalga проверить не может
clerk-verify-code = Код проверки
clerk-verify-kind = Вид
clerk-verify-number = Номер

## Отчёты

clerk-reports-title = Отчёты
clerk-export-path = Сохранить нарушения в CSV-файл
clerk-export-csv = Выгрузить CSV
clerk-export-done = Сохранено: { $path }
clerk-chart-months = Регистрации по месяцу начала за последние два года
clerk-chart-densest = Самые перенаселённые жилища на сегодня
clerk-chart-empty = Данных пока нет
clerk-chart-density = { $people } чел. · по { $area } м²
clerk-verify-code-typed = …или напечатанный на нём код проверки
clerk-export-pdf-path = Сохранить отчёт о проверке в PDF-файл
clerk-export-lang = Язык отчёта
clerk-export-pdf = Выгрузить PDF
clerk-verify-issued-here = Выдан здесь: документ соответствует своим данным и выдан этой базой

## Экран сопоставления: файл учреждения, его столбцы и столбцы Jalga
clerk-map-title = Загрузить файл учреждения
clerk-map-hint = Таблица (.xlsx, .xls, .ods) или CSV в любой кодировке, со своими названиями столбцов в любом порядке. Прочитайте её, проверьте, какой столбец чему соответствует в Jalga, исправьте вручную и сохраните под именем для файла следующего месяца.
clerk-map-profile = Сохранённое сопоставление
clerk-map-auto = Распознать столбцы
clerk-map-read = Прочитать столбцы
clerk-map-workbook = Книга, лист «{ $sheet }»
clerk-map-text = Текстовый файл, { $encoding }, разделитель: { $separator }
clerk-map-sheet = Лист
clerk-map-column = Столбец Jalga для «{ $header }»
clerk-map-skip = (пропустить)
clerk-map-summary = Сопоставлено столбцов: { $mapped } из { $total }
clerk-map-name = Название сопоставления, например учреждение
clerk-map-save = Сохранить сопоставление
clerk-map-saved = Сопоставление «{ $name }» сохранено
clerk-map-import = Загрузить с этим сопоставлением
clerk-verify-authentic = Подлинный: обе стороны подписали его действительными ЭЦП
clerk-verify-signatures = Подписи
clerk-verify-unsigned = Согласован, не подписан: ЭЦП нет
