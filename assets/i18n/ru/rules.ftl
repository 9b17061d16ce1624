# Jalga — русские сообщения движка правил: нормы площади и сроки.

rules-bad-json = Файл не подходит (строка { $line }, столбец { $column }): { $detail }
rule-source = Источник: { $source_ru }

## Норма площади

norm-unknown-preset = Неизвестная норма «{ $preset }»; известные: { $known }
norm-preset-no-id = У нормы должен быть идентификатор
norm-preset-bad-m2 = Норма «{ $preset }»: число квадратных метров на человека должно быть больше нуля
norm-preset-bad-dates = Норма «{ $preset }»: она не может закончиться раньше, чем начнётся
norm-preset = Норма { $preset } ({ $jurisdiction }, { $status ->
    [law] закон
    [proposal] предложение
   *[none] законной нормы нет
}){ $status ->
    [none] : показывается только плотность заселения
   *[other] : один человек на { $m2 } м² { $basis ->
        [useful] полезной
       *[living] жилой
    } площади
}
norm-proposal-warning = Эта норма — предложение, а не закон: используйте её только для сравнения
norm-area-missing = { $basis ->
    [useful] Полезная
   *[living] Жилая
} площадь равна нулю или неизвестна
norm-area-fallback-total = Норма разрешает взять вместо неё общую площадь: { $area } м²
norm-exempt-group = Не учитываются как { $relation ->
    [tenant] наниматель
    [spouse] супруг или супруга
    [child] дети
    [parent] родители
    [sibling] братья и сёстры
    [grandparent] дедушки и бабушки
    [grandchild] внуки
    [other-relative] другие родственники
   *[unrelated] посторонние
}: { $count } (совместно проживающие родственники не учитываются в норме)
norm-grandfathered = Уже зарегистрированы и остаются независимо от нормы: { $count }
norm-counted = Всего { $people ->
    [one] { $people } человек
    [few] { $people } человека
   *[other] { $people } человек
}, из них по норме учитываются { $counted }, освобождены { $exempt }
norm-density = { $area } м² { $basis ->
    [useful] полезной
    [living] жилой
   *[total] общей
} площади: { $per } м² на учитываемого человека
norm-capacity = { $area } м² { $basis ->
    [useful] полезной
    [living] жилой
   *[total] общей
} площади при норме { $m2 } м² на человека рассчитаны на { $capacity ->
    [one] { $capacity } человека
    [few] { $capacity } человека
   *[other] { $capacity } человек
}
norm-allowed = Разрешено: учитываются { $counted }, площадь позволяет { $capacity }
norm-allowed-grandfathered = Разрешено, так как новые регистрации не учитываются по норме; но уже учитываются { $counted }, а площадь позволяет { $capacity }
norm-not-allowed = Не разрешено: по норме учитываются { $counted }, площадь позволяет { $capacity } (лишних: { $over })
norm-no-norm = Норма площади здесь не действует: число жильцов ничем не ограничено
norm-not-in-force = На { $date } норма не действует (действует { $from ->
    [none] —
   *[other] с { $from }
}{ $to ->
    [none] {""}
   *[other] {" "}по { $to }
}): регистрация пока ничем не ограничена
norm-cannot-evaluate = Решить нельзя: нужна { $basis ->
    [useful] полезная
   *[living] жилая
} площадь, а норма не разрешает брать вместо неё общую
norm-effective-unconfirmed = Дата вступления нормы в силу ({ $from }) не подтверждена

## Сроки

deadline-status-done = Сделано { $on }{ $late ->
    [0] , в срок
   *[other] , с опозданием на { $late } дн.
}
deadline-status-due = Срок не истёк: { $days ->
    [0] последний день сегодня
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[other] осталось { $days } дней
}
deadline-status-overdue = Просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
deadline-status-exempt = Не требуется: действует освобождение
deadline-fine = { $who ->
    [resident] Проживающий
    [owner] Собственник
    [host] Принимающая сторона
   *[foreigner] Иностранец
}, ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП: { $mrp } МРП = { $tenge } тенге (МРП { $year }: { $mrp_tenge } тенге)
deadline-fine-unrecorded = { $who ->
    [resident] Проживающий
    [owner] Собственник
    [host] Принимающая сторона
   *[foreigner] Иностранец
}, ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП: размер пока не внесён в данные
deadline-fine-warning = { $who ->
    [resident] Проживающий
    [owner] Собственник
    [host] Принимающая сторона
   *[foreigner] Иностранец
}, ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП: предупреждение (за первое нарушение физическое лицо не штрафуется)
deadline-fine-warning-then = { $who ->
    [resident] Проживающий
    [owner] Собственник
    [host] Принимающая сторона
   *[foreigner] Иностранец
}, ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП: предупреждение, пока проживание без регистрации длится не больше месяца; с { $from }: { $mrp } МРП = { $tenge } тенге
deadline-fine-repeat = Повторное нарушение в течение года (ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП): { $mrp } МРП = { $tenge } тенге{ $confirmed ->
    [yes] {""}
   *[other] {" "}(этот размер не подтверждён)
}
deadline-fine-unconfirmed = Штраф по ст. { $article }{ $part ->
    [none] {""}
   *[other] , ч. { $part }
} КоАП не подтверждён: проверьте, прежде чем на него полагаться
deadline-mrp-substituted = МРП на { $wanted } год ещё нет в данных; взято значение { $year } года
deadline-no-fine = К этой дате штраф не привязан
deadline-calendar-unconfirmed = Рабочие дни посчитаны по ещё не подтверждённому календарю
deadline-rule-unconfirmed = Это правило не подтверждено: проверьте его, прежде чем на него полагаться
deadline-citizen-registration = { $person }: зарегистрироваться по адресу в течение { $days } календарных дней после заселения { $start }: до { $due }
deadline-short-stay = { $person } ({ $country }): при пребывании до { $days } дней со дня въезда { $start } регистрация не нужна; если дольше — зарегистрироваться до { $due }
deadline-foreigner-notice = { $person } ({ $country }): принимающая сторона уведомляет миграционную полицию в течение { $days } рабочих дней после прибытия { $start }: до { $due }
deadline-foreigner-registration = { $person } ({ $country }): иммигрант регистрируется в течение { $days } календарных дней после въезда { $start }, собственник подтверждает: до { $due }
deadline-foreigner-address-change = { $person } ({ $country }): иммигрант перерегистрирует смену адреса в течение { $days } рабочих дней после { $start }: до { $due }
deadline-registration-end = { $person }: временная регистрация заканчивается { $due }: продлите или завершите её
deadline-lease-end = { $person }: договор найма заканчивается { $due }
deadline-deregistration = { $person }: выехал { $start }; снять с регистрации в течение { $days } дней: до { $due }
deadline-eaeu-stay = { $person }: на { $on } в стране { $present } из последних { $window } дней; допускается не более { $limit } в любые { $window }, поэтому пребывание возможно до { $due }

## Команды norm и deadlines

norm-bad-area = Площадь должна быть числом квадратных метров, не меньше нуля; указано { $area }
norm-too-many-exempt = Освобождённых ({ $exempt }) и уже зарегистрированных ({ $registered }) не может быть больше, чем жильцов ({ $occupants })
deadlines-no-input = Укажите базу данных (--db ФАЙЛ) или сведения о людях (--input ФАЙЛ.json)
deadline-child-not-registered = { $person } ({ $birth } г. р.) ещё нет { $age } лет: дети до { $age } лет не регистрируются; срок регистрации начинается { $due }
deadline-eaeu-worker = { $person }: трудящийся из ЕАЭС с трудовым договором может пребывать на срок договора, сверх { $limit } дней в любые { $window } (они закончились бы { $last }): до { $due }
unconfirmed-badge = не подтверждено
unconfirmed-badge-title = Это основано на факте, ещё не подтверждённом по первоисточнику: проверьте, прежде чем полагаться
