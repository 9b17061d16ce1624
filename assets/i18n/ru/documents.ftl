# Документы (PDF) и их проверка.

doc-unknown-kind = Неизвестный вид документа «{ $kind }»: agreement, consent, registration-sheet или foreigner-notice
doc-unknown-lang = Неизвестный язык документа «{ $lang }»: kk, ru, en или kk+ru
doc-missing-data = Для документа { $kind } не хватает данных: { $field }
doc-bad-occupant = В списке регистрируемых указан проживающий № { $index }, а такого в списке проживающих нет
doc-template = Ошибка в шаблоне документа: { $what }
doc-pdf-error = Не удалось записать или прочитать PDF: { $detail }
doc-lease-no-end = У договора { $id } не указана дата окончания: типовому договору нужен срок, укажите его
doc-notice-no-lease = Уведомление { $id }: { $person } не указан ни в одном договоре найма этого жилища; сначала добавьте его в договор как проживающего
doc-no-data-files = Не найдено ни одного файла данных .json
doc-written = Записано документов: { $count }
verify-unreadable = Файл не читается как PDF: { $detail }
verify-no-data = В PDF нет встроенных данных документа: они удалены, или файл создан не в Jalga
verify-bad-data = Встроенные данные не являются данными документа Jalga: { $detail }
verify-data-altered = Встроенные данные изменены: их хеш { $computed }, а в файле записан { $recorded }
verify-page-altered = Текст страницы { $page } не совпадает с данными документа: страница изменена
verify-page-count = По данным документа страниц должно быть { $expected }, а в файле { $found }

doc-too-many = Слишком много записей: не более { $max }, указано { $found }
doc-qr-too-long = Номер, РКА и номер паспорта вместе слишком длинные для QR-кода
