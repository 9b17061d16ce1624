# Jalga — русские сообщения проверки (аудита) для сотрудника.

audit-cancelled = Проверка отменена
audit-unknown-kind = Неизвестный вид нарушения «{ $kind }»; известные: { $known }
audit-unknown-severity = Неизвестная степень «{ $severity }»; известные: low, medium, high, critical

audit-kind-overcrowded = Перенаселённое жилище
audit-kind-double-registration = Регистрация по двум адресам
audit-kind-no-lease = Договора найма нет в базе
audit-kind-outside-lease = Регистрация вне срока договора
audit-kind-invalid-iin = Недействительный ИИН
audit-kind-iin-mismatch = ИИН не соответствует данным человека
audit-kind-late-registration = Регистрация с опозданием
audit-kind-late-notice = Уведомление об иностранце с опозданием
audit-kind-overstay = Превышен срок пребывания
audit-kind-no-consent = Нет согласия собственника

audit-severity-low = низкая
audit-severity-medium = средняя
audit-severity-high = высокая
audit-severity-critical = критическая

audit-open-end = { $to ->
    [open] бессрочно
   *[other] { $to }
}

audit-overcrowded = { $address }: учитывается { $counted } из { $people } зарегистрированных на { $area } м², норма { $preset } допускает { $capacity } (один человек на { $m2 } м²)
audit-double-registration = У { $person } одновременно две { $kind ->
    [permanent] постоянные
   *[temporary] временные
} регистрации: по адресам { $first } и { $second } с { $from } по { $to ->
    [open] настоящее время
   *[other] { $to }
} ({ $days } дн.)
audit-registration-period = Регистрация { $registration } по адресу { $address }: { $from } – { $to ->
    [open] бессрочно
   *[other] { $to }
}
audit-no-lease = { $person }: временная регистрация по адресу { $address } с { $from }, договора найма в базе нет
audit-no-lease-owner-checked = Человек не числится среди собственников жилища и не указан ни в одном его договоре найма. Это повод проверить, а не нарушение: eGov не требует договора найма, основание — согласие собственника
audit-outside-lease = Регистрация { $person } по адресу { $address } ({ $from } – { $to ->
    [open] бессрочно
   *[other] { $to }
}) выходит за срок договора { $lease } ({ $start } – { $end ->
    [open] бессрочно
   *[other] { $end }
}) на { $days } дн.
audit-outside-lease-before = Она начинается за { $days } дн. до начала договора
audit-outside-lease-after = Она продолжается { $days } дн. после окончания договора
audit-no-consent = { $address }: { $count } регистраций с { $first } без согласия собственника, обязательного с { $since }
audit-iin-missing = У гражданина не указан ИИН
audit-invalid-iin = ИИН { $iin } недействителен
audit-iin-mismatch = ИИН { $iin } действителен, но не совпадает с записью
audit-iin-birth-differs = По ИИН дата рождения { $iin_birth }, в записи — { $recorded }
audit-iin-sex-differs = По ИИН пол { $iin_sex ->
    [male] мужской
   *[female] женский
}, в записи — { $recorded ->
    [male] мужской
   *[female] женский
}
audit-invalid-iin-summary = { $person }: недействительный ИИН
audit-iin-mismatch-summary = { $person }: ИИН не совпадает с датой рождения или полом
audit-late-registration = { $person }, { $address }: регистрация с { $from } подана на { $days } дн. позже срока { $due }
audit-registration-not-submitted = { $person }, { $address }: проживает с { $from }, регистрация до сих пор не подана, срок { $due } пропущен на { $days } дн.
audit-late-notice = { $person }, { $address }: прибытие { $arrival }, { $actor ->
    [immigrant] регистрация иммигранта подана
   *[other] уведомление принимающей стороны подано
} на { $days } дн. позже срока { $due }
audit-notice-not-filed = { $person }, { $address }: прибытие { $arrival }, { $actor ->
    [immigrant] регистрация иммигранта не подана
   *[other] уведомление принимающей стороны не подано
}, срок { $due } пропущен на { $days } дн.
audit-overstay = { $person }, { $address }: въезд { $entry }, разрешённый срок пребывания истёк { $due }, превышение { $days } дн.

audit-header = Проверка на { $today }, норма { $preset }: нарушений — { $total }
audit-clean = Нарушений не найдено
audit-checked = Проверено: жилищ — { $dwellings }, людей — { $people }, регистраций — { $registrations }, уведомлений — { $notices }
audit-count-row = { $kind }: { $total } (критических { $critical }, высоких { $high }, средних { $medium }, низких { $low })
audit-csv-written = Нарушения записаны в { $path }
audit-pdf-written = Отчёт о проверке записан в { $path }

gen-city-done = Создано людей — { $people }, регистраций — { $registrations }, жилищ — { $dwellings }; заложено нарушений — { $planted }
gen-city-manifest = Список заложенных нарушений: { $path }

verify-store-intact = совпадает с базой данных ({ $kind } { $subject })
verify-store-altered = отличается от базы данных ({ $kind } { $subject }): { $what }
verify-store-unknown = { $reason ->
    [code-unknown] этот код не выдавался из этой базы данных
    [subject-unknown] записи, к которой относится документ, нет в этой базе данных
   *[other] это не документ Jalga
}

audit-pdf-title = Отчёт о проверке регистраций
audit-pdf-as-of = По состоянию на { $today }
audit-pdf-preset = Норма площади: { $preset }
audit-pdf-summary = Нарушения по видам и степени
audit-pdf-col-kind = Вид
audit-pdf-col-total = Всего
audit-pdf-by-kind = Нарушения по видам
audit-pdf-densest = Самые перенаселённые жилища (учтённых людей на одного допустимого по норме; логарифмическая шкала)
audit-pdf-density = { $people } чел., ×{ $ratio }
audit-pdf-findings = Нарушения, в каждом виде начиная с самых серьёзных
audit-pdf-truncated = Первые { $shown } из { $total } нарушений; полный список — в выгрузке CSV.
audit-kind-duplicate-person = Один ИИН у нескольких людей
audit-duplicate-person = { $person }: ИИН { $iin } указан в { $count } записях о людях, один человек внесён несколько раз
audit-duplicate-record = Запись { $id }: { $person }
audit-double-same-iin = Записи { $first } и { $second } имеют один ИИН и считаются одним человеком
audit-late-party = Срок пропустил(а): { $actor ->
    [host] принимающая сторона
    [immigrant] иммигрант
    [resident] проживающий
    [owner] собственник
   *[other] —
}; ответственность по ст. { $articles } КоАП
