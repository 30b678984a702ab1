# Окно Sapar на компьютере.

ui-language = Язык
ui-skip-to-content = Перейти к билетам

## Экран кошелька

ui-wallet-title = Мои билеты
ui-wallet-view = Какие поездки показать
ui-wallet-upcoming = Предстоящие
ui-wallet-past = Прошедшие
ui-wallet-loading = Загружаем билеты…
ui-wallet-empty-upcoming = Ваш кошелёк пуст: предстоящих поездок нет. Здесь появятся купленные и импортированные билеты.
ui-wallet-empty-past = Прошедших поездок пока нет. Билеты попадают сюда после отправления.
ui-wallet-range = { $from }–{ $to } из { $total }
ui-wallet-pages = Страницы билетов
ui-wallet-previous = Назад
ui-wallet-next = Далее
ui-wallet-retry = Повторить

## Билет

ui-ticket-trip = Рейс { $number }
ui-ticket-route = Маршрут: { $from } — { $to }
ui-ticket-departure = Отправление
ui-ticket-local-time = Местное время: { $place }
ui-ticket-passenger = Пассажир
ui-ticket-seat = Место
ui-ticket-carriage-seat = Вагон { $carriage }, место { $seat }
ui-ticket-no-seat = Любое свободное место
ui-ticket-status = Статус
ui-ticket-price = Цена
ui-ticket-number = Билет { $number }
ui-ticket-booking = Бронь { $reference }

## Ошибки по коду, который возвращает приложение

ui-error-title = Что-то пошло не так
ui-error-code = Код: { $code }
ui-error-unknown = Sapar не смог выполнить действие. Повторите попытку; если ошибка не исчезнет, перезапустите Sapar.
ui-error-newer_wallet = Этот кошелёк сохранён более новой версией Sapar. Обновите Sapar, чтобы открыть его; в кошельке ничего не изменено.
ui-error-not_a_wallet = Файл кошелька не является кошельком Sapar. Переместите его или укажите другую папку данных.
ui-error-corrupt = Файл кошелька повреждён. Восстановите его из резервной копии; Sapar его не изменял.
ui-error-invalid_input = Sapar не понял запрос. Повторите попытку.
ui-error-not_found = Ничего не найдено.
ui-error-offline = Нет соединения. Ваши билеты доступны и без сети.
ui-error-read_only = Sapar не может записать в кошелёк: папка доступна только для чтения. Проверьте права доступа к папке.
ui-error-disk_full = Диск заполнен. Освободите место и повторите попытку.
ui-error-no_data_dir = Sapar не нашёл папку для своих данных. Укажите папку в SAPAR_DATA_DIR и перезапустите Sapar.
ui-error-io = Sapar не смог прочитать или записать файл кошелька. Проверьте диск и повторите попытку.
ui-error-db = Кошелёк не ответил. Повторите попытку; если ошибка не исчезнет, перезапустите Sapar.

## Подробности билета

ui-ticket-delay = Задержка { $minutes } мин
ui-ticket-platform = { $mode ->
    [air] Выход { $platform }
   *[other] Платформа { $platform }
}
ui-berth-lower = нижнее
ui-berth-upper = верхнее

## Разделы окна

ui-nav-search = Купить
ui-nav-sync = Синхронизация
ui-nav-label = Разделы
ui-nav-wallet = Билеты
ui-nav-verify = Проверка
ui-nav-settings = Настройки

## Кошелёк: поиск, поездки, корзина

ui-wallet-search-label = Поиск по всем билетам
ui-wallet-search-placeholder = Имя, ИИН, документ, заказ, номер билета, место или дата
ui-wallet-search-clear = Очистить поиск
ui-wallet-searching = Идёт поиск…
ui-wallet-found = { $count ->
    [one] Найден { $count } билет
    [few] Найдено { $count } билета
   *[many] Найдено { $count } билетов
}
ui-wallet-no-match = По запросу «{ $query }» билетов нет.
ui-wallet-open-bin = Корзина
ui-wallet-calendar = Добавить поездки в календарь…
ui-wallet-calendar-saved = Предстоящие поездки сохранены для календаря: { $path }
ui-wallet-open-ticket = Открыть билет { $number }
ui-wallet-remove = В корзину
ui-wallet-remove-label = Переместить заказ { $reference } в корзину
ui-wallet-removed = Заказ { $reference } перемещён в корзину.
ui-wallet-undo = Отменить
ui-wallet-restored = Заказ { $reference } снова в кошельке.
ui-trip-passengers = { $count ->
    [one] { $count } пассажир
    [few] { $count } пассажира
   *[many] { $count } пассажиров
}

## Экран билета

ui-detail-back = К билетам
ui-detail-title = Билет { $number }
ui-detail-qr-title = Код билета
ui-detail-qr-open = Показать код на весь экран
ui-detail-qr-hint = Нажмите на код, чтобы показать его на весь экран проводнику или у выхода на посадку.
ui-detail-original-barcode = Штрихкод исходного билета ({ $format }), как его выпустил перевозчик.
ui-detail-duration-value = { $hours } ч { $minutes } мин
ui-detail-issued-value = { $date }, { $time } ({ $offset })
ui-detail-contact = Эл. почта для связи
ui-detail-support-phone = Телефон
ui-detail-support-email = Эл. почта
ui-detail-support-web = Сайт
ui-detail-support-hours = Часы работы
ui-detail-office = Ближайшая касса
ui-detail-no-carrier = У Sapar нет контактов перевозчика { $code }.
ui-detail-actions = Сохранить, распечатать или отправить
ui-detail-paper = Бумага
ui-detail-paper-a4 = Лист A4
ui-detail-paper-receipt = Чек 80 мм
ui-detail-save-pdf = Сохранить PDF…
ui-detail-saved = Сохранено: { $path }
ui-detail-print = Печать…
ui-detail-print-opened = Билет открыт в программе просмотра PDF: распечатайте его оттуда.
ui-detail-calendar = Добавить в календарь…
ui-detail-calendar-saved = Файл календаря сохранён: { $path }. Откройте его, чтобы добавить поездку в календарь.
ui-detail-email-title = Отправить по эл. почте
ui-detail-email-to = Эл. почта получателя
ui-detail-email-send = Отправить
ui-detail-email-sending = Отправка…
ui-detail-email-sent = Отправлено на { $to }.
ui-detail-email-queued = Почтовый сервер сейчас не принимает письмо. Оно поставлено в очередь и уйдёт при следующей попытке (Настройки → Ожидают отправки). Причина: { $reason }
ui-detail-email-no-server = Сначала настройте почтовый сервер в настройках.
ui-detail-remove = Заказ в корзину
ui-detail-remove-hint = { $count ->
    [one] В заказе { $count } билет — этот.
    [few] В заказе { $count } билета; все они попадут в корзину.
   *[many] В заказе { $count } билетов; все они попадут в корзину.
}

## Код на весь экран

ui-qr-caption = Покажите этот код проводнику или у выхода на посадку.
ui-qr-bright = Увеличьте яркость экрана, чтобы сканер сразу прочитал код.
ui-qr-close = Закрыть

## Экран проверки

ui-verify-title = Проверка билета
ui-verify-intro = Проверяет код билета без сети по ключам перевозчиков, хранящимся в кошельке. Вставьте код или откройте фото либо снимок экрана с его QR-кодом.
ui-verify-code = Код билета
ui-verify-code-hint = Текст кода начинается с «SPR:».
ui-verify-trip = Номер рейса (необязательно)
ui-verify-trip-hint = Дополнительно проверить, что билет на этот поезд, рейс или маршрут.
ui-verify-check = Проверить
ui-verify-checking = Проверка…
ui-verify-picture = Открыть изображение…
ui-verify-empty = Сначала вставьте код билета.
ui-verify-codes-found = { $count ->
    [one] На изображении { $count } код
    [few] На изображении { $count } кода
   *[many] На изображении { $count } кодов
}
ui-verify-ticket = Что записано в билете
ui-verify-verdict-valid = Билет действителен
ui-verify-verdict-forged = Поддельный билет
ui-verify-verdict-unknown_carrier = Нельзя проверить: перевозчик неизвестен
ui-verify-verdict-unknown_key = Нельзя проверить: ключ неизвестен
ui-verify-verdict-key_not_valid_at_issue = Недействителен: не тот ключ
ui-verify-verdict-revoked = Недействителен: билет отозван
ui-verify-verdict-not_yet_valid = Ещё не действует
ui-verify-verdict-expired = Срок действия истёк
ui-verify-verdict-wrong_trip = Другая поездка
ui-verify-verdict-malformed = Это не код билета

## Экран настроек

ui-settings-title = Настройки
ui-settings-language = Язык
ui-settings-mail = Почтовый сервер
ui-settings-mail-intro = Билеты отправляются через ваш почтовый сервер (SMTP). Пароль хранится в системном хранилище ключей, а не в файлах Sapar.
ui-settings-mail-host = Сервер
ui-settings-mail-port = Порт
ui-settings-mail-security = Защита
ui-settings-mail-security-tls = TLS (обычно порт 465)
ui-settings-mail-security-start_tls = STARTTLS (обычно порт 587)
ui-settings-mail-security-plain = Без шифрования (только сервер на этом компьютере)
ui-settings-mail-username = Имя пользователя
ui-settings-mail-password = Пароль
ui-settings-mail-password-keep = Оставьте пустым, чтобы сохранить прежний пароль.
ui-settings-mail-from = Адрес отправителя
ui-settings-mail-save = Сохранить
ui-settings-mail-saving = Сохранение…
ui-settings-mail-saved = Сохранено.
ui-settings-mail-saved-keyring = Сохранено. Пароль — в системном хранилище ключей.
ui-settings-mail-saved-no-keyring = Сохранено, но системное хранилище ключей не приняло пароль: задайте SAPAR_SMTP_PASSWORD перед запуском Sapar.
ui-settings-queue = Ожидают отправки
ui-settings-queue-empty = Очередь пуста: все письма отправлены.
ui-settings-queue-item = { $key } → { $to } (попыток: { $attempts })
ui-settings-queue-retry = Повторить сейчас
ui-settings-queue-sent = Отправлено: { $key } → { $to }
ui-settings-queue-still = Всё ещё ждёт: { $key } → { $to }
ui-settings-queue-failed = Не отправлено: { $key } → { $to }
ui-settings-backup = Резервная копия и перенос на другой компьютер
ui-settings-backup-intro = Экспорт записывает все заказы в один файл. Импортируйте его на другом компьютере или здесь для восстановления: заказы, которые уже есть в кошельке, не дублируются.
ui-settings-export = Экспортировать кошелёк…
ui-settings-import = Импортировать копию…
ui-settings-exported = Записано: { $path } (заказов: { $bookings }, билетов: { $tickets }).
ui-settings-imported = Импорт завершён. Новых заказов: { $added }, обновлено: { $updated }, уже были: { $unchanged }.
ui-settings-data = Папка данных
ui-settings-data-intro = Здесь хранятся кошелёк и настройки. Чтобы использовать другую папку, запустите Sapar с переменной SAPAR_DATA_DIR.
ui-settings-data-show = Показать в файловом менеджере

## Корзина

ui-bin-title = Корзина
ui-bin-intro = Удалённые заказы хранятся здесь, пока вы не очистите корзину.
ui-bin-empty = Корзина пуста.
ui-bin-restore = Восстановить
ui-bin-restore-label = Восстановить заказ { $reference }
ui-bin-route = Маршрут
ui-bin-departure = Отправление (UTC)
ui-bin-removed-at = Удалён (UTC)
ui-bin-empty-button = Очистить корзину…
ui-bin-empty-question = Удалить эти заказы навсегда? Восстановить их будет нельзя.
ui-bin-empty-confirm = Удалить навсегда
ui-bin-empty-cancel = Оставить
ui-bin-emptied = Удалено заказов: { $count }.

## Системные диалоги (заголовки и типы файлов)

ui-dialog-save-pdf = Сохранить билет в PDF
ui-dialog-save-calendar = Сохранить поездку для календаря
ui-dialog-export = Экспорт кошелька
ui-dialog-import = Импорт резервной копии кошелька
ui-dialog-open-picture = Открыть изображение с кодом билета
ui-dialog-import-tickets = Импорт билетов, купленных в другом месте
ui-dialog-filter-pdf = Документы PDF
ui-dialog-filter-ics = Файлы календаря
ui-dialog-filter-backup = Резервные копии кошелька Sapar
ui-dialog-filter-tickets = Билеты: посадочные талоны, Wallet, PDF, изображения
ui-dialog-filter-picture = Изображения

## Другие ошибки, по коду

ui-error-file_write = Sapar не смог записать файл. Проверьте папку и свободное место, затем повторите.
ui-error-open_failed = Ни одна программа не открыла файл. Установите программу просмотра PDF или сохраните PDF и откройте его сами.
ui-error-window = Не удалось развернуть окно на весь экран.
ui-error-bad_export_file = Этот файл не является резервной копией кошелька Sapar.
ui-error-newer_export = Эта копия сделана более новой версией Sapar. Обновите Sapar, чтобы импортировать её.
ui-error-invalid_transition = В копии есть билет в более раннем состоянии, чем в кошельке; ничего не импортировано.
ui-error-conflict = Номер билета из копии принадлежит другому заказу в кошельке; ничего не импортировано.
ui-error-mail_bad_address = Неверный адрес эл. почты. Проверьте его и повторите.
ui-error-mail_auth_failed = Почтовый сервер не принял имя пользователя или пароль. Проверьте их в настройках.
ui-error-mail_refused = Почтовый сервер отклонил письмо.
ui-error-mail_tls = Не удалось установить защищённое соединение с почтовым сервером. Проверьте защиту и порт в настройках.
ui-error-mail_message = Не удалось составить письмо.
ui-error-mail_unreachable = Почтовый сервер недоступен.
ui-error-mail_deferred = Почтовый сервер попросил повторить позже.

ui-sync-changed = Синхронизация: { $count ->
    [one] { $count } изменение
    [few] { $count } изменения
   *[many] { $count } изменений
} в ваших билетах
