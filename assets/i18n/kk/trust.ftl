# Jalga — сенімділік бөлімінің қазақша хабарлары: шифрлау, сақтық көшірмелер, қалпына келтіру, өзгерістер журналы, ұмыту.

## Қателер

trust-passphrase-empty = Құпиясөз бос болмауы керек
trust-error-locked = { $path } дерекқоры құпиясөзбен қорғалған (немесе ол дерекқор емес). Ашу үшін құпиясөзді енгізіңіз. Файл өзгертілген жоқ.
trust-error-wrong-passphrase = Құпиясөз { $path } дерекқорын ашпайды (немесе файл дерекқор емес). Файл өзгертілген жоқ.
trust-error-not-jalga = { $path } — Jalga дерекқоры емес. Ештеңе қалпына келтірілген жоқ.
trust-error-corrupt = { $path } дерекқоры зақымдалған: { $detail }
trust-error-in-use = { $path } дерекқоры басқа бағдарламада ашық; оны жабып, қайталаңыз. Ештеңе өзгертілген жоқ.
trust-error-forget-blocked = { $id } адамын әзірге ұмыту мүмкін емес: ол сақталуы тиіс құжаттарда аталған ({ $documents }). Ештеңе өзгертілген жоқ.

## Командалық жол

trust-backup-done = Сақтық көшірме жазылды: { $path } ({ $bytes } байт)
trust-backup-none = Әзірге сақтық көшірмелер жоқ
trust-restore-done = { $from } файлы { $path } ішіне қалпына келтірілді (схема нұсқасы { $version })
trust-passphrase-prompt = Құпиясөз:{" "}
trust-passphrase-new-prompt = Жаңа құпиясөз:{" "}
trust-passphrase-repeat-prompt = Жаңа құпиясөзді қайталаңыз:{" "}
trust-passphrase-mismatch = Екі құпиясөз сәйкес емес. Ештеңе өзгертілген жоқ.
trust-passphrase-needed = Құпиясөз қажет: JALGA_PASSPHRASE орнатыңыз немесе терминалда іске қосыңыз
trust-passphrase-set-done = { $path } дерекқоры енді құпиясөзбен қорғалған
trust-passphrase-changed = { $path } дерекқорының құпиясөзі өзгертілді
trust-passphrase-removed = { $path } дерекқоры енді құпиясөзбен қорғалмайды
trust-log-ok = Өзгерістер журналы бүтін: { $count } жазба
trust-log-broken = Өзгерістер журналы { $seq } жазбада өзгертілген: осы немесе алдыңғы жазбалардың бірі түзетілген, қосылған немесе жойылған
trust-forget-done = Адам ұмытылды. { $tombstone } белгісімен факт ретінде сақталды: { $registrations } тіркеу, { $notices } хабарлама; { $occupancies } тұру жазбасы жойылды

## Баптаулар экраны

settings-title = Баптаулар
settings-backups = Сақтық көшірмелер
settings-backup-now = Қазір көшірме жасау
settings-backup-made = Көшірме жасалды: { $name }
settings-backups-empty = Әзірге сақтық көшірмелер жоқ
settings-backup-on-server = Сіз мекеменің { $server } серверінде жұмыс істеп отырсыз. Оның деректерінің сақтық көшірмесін серверді жүргізетін адам сол серверде жасайды (pg_dump, pgBackRest). Мұнда осы компьютердің өз файлының көшірмелері берілген; сервер баптауы алынып тасталғанда Jalga сол файлды қайта ашады.
settings-restore = Файлдан қалпына келтіру
settings-restore-path = Көшірме файлының жолы
settings-restore-passphrase = Оның құпиясөзі, егер бар болса
settings-restore-confirm = Ағымдағы дерекқорды осы көшірмемен ауыстыру керек пе? Ағымдағы деректер ауыстырылады.
settings-restore-done = Қалпына келтірілді. Қолданба қалпына келтірілген деректерді көрсетеді.
settings-passphrase = Құпиясөз
settings-passphrase-on = Дерекқор құпиясөзбен қорғалған
settings-passphrase-off = Дерекқор құпиясөзбен қорғалмаған
settings-passphrase-current = Ағымдағы құпиясөз
settings-passphrase-new = Жаңа құпиясөз (бос болса — қорғауды алу)
settings-passphrase-save = Құпиясөзді сақтау
settings-passphrase-saved = Құпиясөз сақталды
unlock-title = Дерекқор құлыпталған
unlock-text = Бұл дерекқор құпиясөзбен қорғалған.
unlock-passphrase = Құпиясөз
unlock-submit = Ашу

## Мекеменің сервері (PostgreSQL)
server-not-built = jalga-ның бұл нұсқасы мекеменің серверімен (PostgreSQL) жұмыс істей алмайды: серверді қолдайтын нұсқасын пайдаланыңыз немесе дерекқор файлын көрсетіңіз
server-not-here = Бұл команда мекеменің серверімен емес, дерекқор файлымен жұмыс істейді ({ $server })
server-backup-elsewhere = Мекеменің { $server } серверінің сақтық көшірмелері серверде жасалады: көшірме үшін pg_dump, кесте бойынша көшірмелер мен белгілі бір сәтке қалпына келтіру үшін pgBackRest. jalga backup дерекқор файлын көшіреді.
server-roles-need-server = --roles мекеме серверінің рөлдерін баптайды: --db postgres://USER@HOST:PORT/DB көрсетіңіз
server-roles-done = { $server } серверінде рөлдер бапталды: jalga_clerk оқиды және жазады, jalga_supervisor тек оқиды; әр кіру jalga_access кестесінде берілген өз ауданын көреді
