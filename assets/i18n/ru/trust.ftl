# Jalga — русские сообщения раздела надёжности: шифрование, резервные копии, восстановление, журнал изменений, забвение.

## Ошибки

trust-passphrase-empty = Пароль не может быть пустым
trust-error-locked = База данных { $path } защищена паролем (или это не база данных). Введите пароль, чтобы открыть её. Файл не изменён.
trust-error-wrong-passphrase = Пароль не подходит к базе данных { $path } (или файл не является базой данных). Файл не изменён.
trust-error-not-jalga = { $path } не является базой данных Jalga. Ничего не восстановлено.
trust-error-corrupt = База данных { $path } повреждена: { $detail }
trust-error-in-use = База данных { $path } открыта в другой программе; закройте её и повторите. Ничего не изменено.
trust-error-forget-blocked = Человека { $id } пока нельзя забыть: он указан в документах, которые нужно хранить ({ $documents }). Ничего не изменено.

## Командная строка

trust-backup-done = Резервная копия записана: { $path } ({ $bytes } байт)
trust-backup-none = Резервных копий пока нет
trust-restore-done = { $from } восстановлен в { $path } (версия схемы { $version })
trust-passphrase-prompt = Пароль:{" "}
trust-passphrase-new-prompt = Новый пароль:{" "}
trust-passphrase-repeat-prompt = Повторите новый пароль:{" "}
trust-passphrase-mismatch = Пароли не совпадают. Ничего не изменено.
trust-passphrase-needed = Нужен пароль: задайте JALGA_PASSPHRASE или запустите в терминале
trust-passphrase-set-done = База данных { $path } теперь защищена паролем
trust-passphrase-changed = Пароль базы данных { $path } изменён
trust-passphrase-removed = База данных { $path } больше не защищена паролем
trust-log-ok = Журнал изменений цел: записей { $count }
trust-log-broken = Журнал изменений изменён на записи { $seq }: эта или одна из предыдущих записей была исправлена, вставлена или удалена
trust-forget-done = Человек забыт. Сохранено как факты под { $tombstone }: регистраций { $registrations }, уведомлений { $notices }; удалено проживаний { $occupancies }

## Экран настроек

settings-title = Настройки
settings-backups = Резервные копии
settings-backup-now = Создать копию сейчас
settings-backup-made = Копия создана: { $name }
settings-backups-empty = Резервных копий пока нет
settings-backup-on-server = Вы работаете на сервере ведомства { $server }. Его данные резервирует на самом сервере тот, кто его обслуживает (pg_dump, pgBackRest). Здесь перечислены копии собственного файла этого компьютера; Jalga снова откроет его, когда настройка сервера будет снята.
settings-restore = Восстановить из файла
settings-restore-path = Путь к файлу копии
settings-restore-passphrase = Её пароль, если он есть
settings-restore-confirm = Заменить текущую базу данных этой копией? Текущие данные будут заменены.
settings-restore-done = Восстановлено. Приложение показывает восстановленные данные.
settings-passphrase = Пароль
settings-passphrase-on = База данных защищена паролем
settings-passphrase-off = База данных не защищена паролем
settings-passphrase-current = Текущий пароль
settings-passphrase-new = Новый пароль (пусто — снять защиту)
settings-passphrase-save = Сохранить пароль
settings-passphrase-saved = Пароль сохранён
unlock-title = База данных заблокирована
unlock-text = Эта база данных защищена паролем.
unlock-passphrase = Пароль
unlock-submit = Открыть

## Сервер ведомства (PostgreSQL)
server-not-built = Эта сборка jalga не поддерживает сервер ведомства (PostgreSQL): используйте сборку с ним или укажите файл базы данных
server-not-here = Эта команда работает с файлом базы данных, а не с сервером ведомства ({ $server })
server-backup-elsewhere = Резервные копии сервера ведомства { $server } делаются на самом сервере: pg_dump — для копии, pgBackRest — для копий по расписанию и восстановления на момент времени. jalga backup копирует файл базы данных.
server-roles-need-server = --roles настраивает роли сервера ведомства: укажите --db postgres://USER@HOST:PORT/DB
server-roles-done = Роли настроены на { $server }: jalga_clerk читает и записывает, jalga_supervisor только читает; каждый вход видит свой район, указанный в jalga_access
