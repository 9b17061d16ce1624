# Jalga — English messages of the rules engine: area norms and deadlines.

rules-bad-json = The file is not valid here (line { $line }, column { $column }): { $detail }
rule-source = Source: { $source }

## Area norm

norm-unknown-preset = Unknown norm preset “{ $preset }”; known: { $known }
norm-preset-no-id = A norm preset needs an id
norm-preset-bad-m2 = Preset “{ $preset }”: square metres per person must be a number above zero
norm-preset-bad-dates = Preset “{ $preset }”: it cannot end before it starts
norm-preset = Norm { $preset } ({ $jurisdiction }, { $status ->
    [law] law
    [proposal] proposal
   *[none] no legal norm
}){ $status ->
    [none] : only the density is reported
   *[other] : one person per { $m2 } m² of { $basis ->
        [useful] useful
       *[living] living
    } area
}
norm-proposal-warning = This preset is a proposal, not law: use it for comparison only
norm-area-missing = The { $basis ->
    [useful] useful
   *[living] living
} area is zero or unknown
norm-area-fallback-total = The preset allows the total area instead: { $area } m²
norm-exempt-group = Exempt as { $relation ->
    [tenant] the tenant
    [spouse] spouse
    [child] child
    [parent] parent
    [sibling] sibling
    [grandparent] grandparent
    [grandchild] grandchild
    [other-relative] other relative
   *[unrelated] unrelated person
}: { $count } (relatives living together do not count against the norm)
norm-grandfathered = Already registered and staying whatever the norm: { $count }
norm-counted = { $people ->
    [one] { $people } person
   *[other] { $people } people
}, of whom { $counted } count against the norm and { $exempt } are exempt
norm-density = { $area } m² of { $basis ->
    [useful] useful
    [living] living
   *[total] total
} area: { $per } m² per counted person
norm-capacity = { $area } m² of { $basis ->
    [useful] useful
    [living] living
   *[total] total
} area at { $m2 } m² per person allows { $capacity ->
    [one] { $capacity } person
   *[other] { $capacity } people
}
norm-allowed = Allowed: { $counted } counted, the area allows { $capacity }
norm-allowed-grandfathered = Allowed, as no new registration counts against the norm; but { $counted } people already count while the area allows { $capacity }
norm-not-allowed = Not allowed: { $counted } people count against the norm, the area allows { $capacity } ({ $over } too many)
norm-no-norm = No area norm applies here: nothing limits the number of people
norm-not-in-force = The norm is not in force on { $date } (in force { $from ->
    [none] —
   *[other] from { $from }
}{ $to ->
    [none] {""}
   *[other] {" "}to { $to }
}): nothing limits registration yet
norm-cannot-evaluate = Cannot decide: the { $basis ->
    [useful] useful
   *[living] living
} area is needed and the preset does not fall back to the total area
norm-effective-unconfirmed = The date the norm takes effect ({ $from }) is not confirmed

## Deadlines

deadline-status-done = Done on { $on }{ $late ->
    [0] , in time
   *[other] , { $late } days late
}
deadline-status-due = Due: { $days ->
    [0] today
    [one] { $days } day left
   *[other] { $days } days left
}
deadline-status-overdue = Overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-exempt = Not required: the exemption applies
deadline-fine = { $who ->
    [resident] The resident
    [owner] The owner
    [host] The host
   *[foreigner] The foreigner
}, CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
}: { $mrp } MRP = { $tenge } tenge (MRP { $year }: { $mrp_tenge } tenge)
deadline-fine-unrecorded = { $who ->
    [resident] The resident
    [owner] The owner
    [host] The host
   *[foreigner] The foreigner
}, CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
}: the amount is not recorded yet
deadline-fine-warning = { $who ->
    [resident] The resident
    [owner] The owner
    [host] The host
   *[foreigner] The foreigner
}, CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
}: a warning (no fine for an individual's first offence)
deadline-fine-warning-then = { $who ->
    [resident] The resident
    [owner] The owner
    [host] The host
   *[foreigner] The foreigner
}, CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
}: a warning while living unregistered up to one month; from { $from }: { $mrp } MRP = { $tenge } tenge
deadline-fine-repeat = A repeat within a year (CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
}): { $mrp } MRP = { $tenge } tenge{ $confirmed ->
    [yes] {""}
   *[other] {" "}(this amount is not confirmed)
}
deadline-fine-unconfirmed = The fine under CAO art. { $article }{ $part ->
    [none] {""}
   *[other] , part { $part }
} is not confirmed: check it before relying on it
deadline-mrp-substituted = The MRP for { $wanted } is not in the data yet; the { $year } value is used
deadline-no-fine = No fine attaches to this date
deadline-calendar-unconfirmed = Working days were counted on a calendar year not yet confirmed
deadline-rule-unconfirmed = This rule is not confirmed: check it before relying on it
deadline-citizen-registration = { $person }: register at the address within { $days } calendar days of moving in on { $start }: by { $due }
deadline-short-stay = { $person } ({ $country }): no registration needed for a stay of up to { $days } days from entry on { $start }; staying longer, register by { $due }
deadline-foreigner-notice = { $person } ({ $country }): the host notifies the migration police within { $days } working days of arrival on { $start }: by { $due }
deadline-foreigner-registration = { $person } ({ $country }): the immigrant registers within { $days } calendar days of entry on { $start }, the owner confirms: by { $due }
deadline-foreigner-address-change = { $person } ({ $country }): the immigrant re-registers the change of address within { $days } working days of { $start }: by { $due }
deadline-registration-end = { $person }: the temporary registration ends on { $due }: renew it or end it
deadline-lease-end = { $person }: the lease ends on { $due }
deadline-deregistration = { $person }: moved out on { $start }; de-register within { $days } days: by { $due }
deadline-eaeu-stay = { $person }: { $present } of the last { $window } days in the country on { $on }; at most { $limit } in any { $window }, so the stay may last until { $due }

## The norm and deadlines commands

norm-bad-area = The area must be a number of square metres, zero or more; got { $area }
norm-too-many-exempt = Exempt people ({ $exempt }) and already registered people ({ $registered }) cannot outnumber the occupants ({ $occupants })
deadlines-no-input = Give a database with --db FILE, or the people's facts with --input FILE.json
deadline-child-not-registered = { $person } (born { $birth }) is under { $age }: children under { $age } are not registered; the registration period starts on { $due }
deadline-eaeu-worker = { $person }: an EAEU worker with a labour contract may stay for its term, beyond the { $limit } days in any { $window } (which would end on { $last }): until { $due }
unconfirmed-badge = unconfirmed
unconfirmed-badge-title = This rests on a fact not yet confirmed at its source: check it before relying on it
