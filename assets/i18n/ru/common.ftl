# Jalga — сообщения на русском языке для приложения, CLI и документов.

app-name = Jalga
app-tagline = Договоры найма и регистрация по месту жительства в Казахстане
lang-name = Русский

## Проверка идентификаторов (ИИН и БИН)

id-empty = Ничего не введено
id-not-digit = Допустимы только цифры: символ { $position } — «{ $found }»
id-wrong-length = Нужно 12 цифр, введено { $found ->
    [one] { $found } цифра
    [few] { $found } цифры
   *[other] { $found } цифр
}
id-no-check-digit = Для этих первых 11 цифр контрольный разряд не существует: номер не может быть верным
id-checksum-mismatch = Контрольный разряд { $found }, а по первым 11 цифрам должен быть { $expected }: где-то опечатка
iin-century-digit = 7-я цифра должна быть от 1 до 6 (век и пол), введено { $digit }
iin-impossible-date = Даты рождения { $date } не существует
bin-impossible-month = 3-я и 4-я цифры должны быть месяцем 01–12, введено { $month }
bin-entity-type = 5-я цифра должна быть 4 (резидент), 5 (нерезидент) или 6 (ИП совместного предпринимательства), введено { $digit }
bin-attribute = 6-я цифра должна быть 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (КХ/ФХ), введено { $digit }

sex-male = мужской
sex-female = женский
bin-entity-resident = резидент
bin-entity-non-resident = нерезидент
bin-entity-joint-entrepreneurship = совместное предпринимательство
bin-attribute-head-office = головное подразделение
bin-attribute-branch = филиал
bin-attribute-representative-office = представительство
bin-attribute-farm = крестьянское (фермерское) хозяйство

## Форма проверки ИИН

iin-check-title = Проверка ИИН
iin-valid = ИИН верный
iin-invalid = ИИН неверный
iin-birth-date = Дата рождения
iin-sex = Пол
language-label = Язык
data-folder = Папка данных
office-server-footer = Сервер ведомства

## Ошибки

error-unknown-language = Неизвестный язык «{ $lang }»: укажите kk, ru или en
database-summary = База данных: { $dwellings ->
    [one] { $dwellings } объект
    [few] { $dwellings } объекта
   *[other] { $dwellings } объектов
} · { $people ->
    [one] { $people } человек
    [few] { $people } человека
   *[other] { $people } человек
} · { $registrations ->
    [one] { $registrations } регистрация
    [few] { $registrations } регистрации
   *[other] { $registrations } регистраций
}
iban-not-kazakh = Казахстанский IBAN начинается с «KZ», а здесь «{ $found }»
iban-wrong-length = В казахстанском IBAN 20 знаков (KZ и ещё 18), введено: { $found }
iban-bad-character = Знак { $position } в IBAN не может быть «{ $found }»: контрольные цифры и код банка — только цифры, номер счёта — цифры или заглавные латинские буквы
iban-check-digits = Контрольные цифры IBAN не сходятся с остальной частью номера: один знак набран с ошибкой
