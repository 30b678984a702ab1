# Sapar-дың компьютердегі терезесі.

ui-language = Тіл
ui-skip-to-content = Билеттерге өту

## Әмиян экраны

ui-wallet-title = Менің билеттерім
ui-wallet-view = Көрсетілетін сапарлар
ui-wallet-upcoming = Алдағы
ui-wallet-past = Өткен
ui-wallet-loading = Билеттер жүктелуде…
ui-wallet-empty-upcoming = Әмияныңыз бос: алдағы сапарлар жоқ. Сатып алған немесе импорттаған билеттеріңіз осында шығады.
ui-wallet-empty-past = Өткен сапарлар әзірге жоқ. Билеттер жөнелу уақыты өткен соң осында көшеді.
ui-wallet-range = { $total } ішінен { $from }–{ $to }
ui-wallet-pages = Билет беттері
ui-wallet-previous = Алдыңғы
ui-wallet-next = Келесі
ui-wallet-retry = Қайталау

## Билет

ui-ticket-trip = { $number } рейсі
ui-ticket-route = Бағыт: { $from } — { $to }
ui-ticket-departure = Жөнелу
ui-ticket-local-time = Жергілікті уақыт: { $place }
ui-ticket-passenger = Жолаушы
ui-ticket-seat = Орын
ui-ticket-carriage-seat = { $carriage }-вагон, { $seat }-орын
ui-ticket-no-seat = Кез келген бос орын
ui-ticket-status = Күйі
ui-ticket-price = Бағасы
ui-ticket-number = Билет { $number }
ui-ticket-booking = Брондау { $reference }

## Қолданба қайтаратын код бойынша қателер

ui-error-title = Бірдеңе дұрыс болмады
ui-error-code = Коды: { $code }
ui-error-unknown = Sapar бұл әрекетті орындай алмады. Қайталап көріңіз; қате қайталана берсе, Sapar-ды қайта іске қосыңыз.
ui-error-newer_wallet = Бұл әмиян Sapar-дың жаңарақ нұсқасымен сақталған. Оны ашу үшін Sapar-ды жаңартыңыз; әмиянда ештеңе өзгертілмеді.
ui-error-not_a_wallet = Әмиян файлы Sapar әмияны емес. Оны басқа жерге жылжытыңыз немесе басқа деректер қалтасын көрсетіңіз.
ui-error-corrupt = Әмиян файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз; Sapar оны өзгерткен жоқ.
ui-error-invalid_input = Sapar сұрауды түсінбеді. Қайталап көріңіз.
ui-error-not_found = Ештеңе табылмады.
ui-error-offline = Байланыс жоқ. Билеттеріңіз желісіз де қолжетімді.
ui-error-read_only = Sapar әмиянға жаза алмайды: қалта тек оқуға арналған. Қалтаның рұқсаттарын тексеріңіз.
ui-error-disk_full = Диск толып қалды. Орын босатып, қайталап көріңіз.
ui-error-no_data_dir = Sapar өз деректеріне қалта таба алмады. SAPAR_DATA_DIR арқылы қалтаны көрсетіп, Sapar-ды қайта іске қосыңыз.
ui-error-io = Sapar әмиян файлын оқи да, жаза да алмады. Дискіні тексеріп, қайталап көріңіз.
ui-error-db = Әмиян жауап бермеді. Қайталап көріңіз; қате қайталана берсе, Sapar-ды қайта іске қосыңыз.

## Билет туралы толығырақ

ui-ticket-delay = { $minutes } мин кешігеді
ui-ticket-platform = { $mode ->
    [air] { $platform }-шығу
   *[other] { $platform }-платформа
}
ui-berth-lower = төменгі
ui-berth-upper = жоғарғы

## Терезе бөлімдері

ui-nav-search = Сатып алу
ui-nav-sync = Синхрондау
ui-nav-label = Бөлімдер
ui-nav-wallet = Билеттер
ui-nav-verify = Тексеру
ui-nav-settings = Баптаулар

## Әмиян: іздеу, сапарлар, себет

ui-wallet-search-label = Барлық билеттен іздеу
ui-wallet-search-placeholder = Аты-жөні, ЖСН, құжат, тапсырыс, билет нөмірі, орын немесе күн
ui-wallet-search-clear = Іздеуді тазарту
ui-wallet-searching = Ізделуде…
ui-wallet-found = { $count } билет табылды
ui-wallet-no-match = «{ $query }» сұрауы бойынша билет табылмады.
ui-wallet-open-bin = Себет
ui-wallet-calendar = Алдағы сапарларды күнтізбеге қосу…
ui-wallet-calendar-saved = Алдағы сапарлар күнтізбе үшін сақталды: { $path }
ui-wallet-open-ticket = { $number } билетін ашу
ui-wallet-remove = Себетке
ui-wallet-remove-label = { $reference } тапсырысын себетке жіберу
ui-wallet-removed = { $reference } тапсырысы себетке жіберілді.
ui-wallet-undo = Болдырмау
ui-wallet-restored = { $reference } тапсырысы әмиянға қайтарылды.
ui-trip-passengers = { $count } жолаушы

## Билет экраны

ui-detail-back = Билеттерге оралу
ui-detail-title = Билет { $number }
ui-detail-qr-title = Билет коды
ui-detail-qr-open = Кодты толық экранда көрсету
ui-detail-qr-hint = Кодты жолсерікке немесе отырғызу кезінде толық экранда көрсету үшін оны басыңыз.
ui-detail-original-barcode = Тасымалдаушы берген бастапқы билеттің штрихкоды ({ $format }).
ui-detail-duration-value = { $hours } сағ { $minutes } мин
ui-detail-issued-value = { $date }, { $time } ({ $offset })
ui-detail-contact = Байланыс эл. поштасы
ui-detail-support-phone = Телефон
ui-detail-support-email = Эл. пошта
ui-detail-support-web = Сайт
ui-detail-support-hours = Жұмыс уақыты
ui-detail-office = Ең жақын сату кеңсесі
ui-detail-no-carrier = Sapar-да { $code } тасымалдаушысының байланыс деректері жоқ.
ui-detail-actions = Сақтау, басып шығару немесе жіберу
ui-detail-paper = Қағаз
ui-detail-paper-a4 = A4 парағы
ui-detail-paper-receipt = 80 мм чек
ui-detail-save-pdf = PDF сақтау…
ui-detail-saved = Сақталды: { $path }
ui-detail-print = Басып шығару…
ui-detail-print-opened = Билет PDF қарау бағдарламасында ашылды: оны сол жерден басып шығарыңыз.
ui-detail-calendar = Күнтізбеге қосу…
ui-detail-calendar-saved = Күнтізбе файлы сақталды: { $path }. Сапарды күнтізбеге қосу үшін оны ашыңыз.
ui-detail-email-title = Эл. поштамен жіберу
ui-detail-email-to = Алушының эл. поштасы
ui-detail-email-send = Жіберу
ui-detail-email-sending = Жіберілуде…
ui-detail-email-sent = { $to } мекенжайына жіберілді.
ui-detail-email-queued = Пошта сервері хатты қазір қабылдай алмайды. Хат кезекке қойылды, келесі әрекетте жіберіледі (Баптаулар → Жіберуді күтуде). Себебі: { $reason }
ui-detail-email-no-server = Алдымен баптауларда пошта серверін көрсетіңіз.
ui-detail-remove = Тапсырысты себетке жіберу
ui-detail-remove-hint = { $count ->
    [one] Тапсырыста бір ғана билет бар — осы.
   *[other] Тапсырыста { $count } билет бар; бәрі себетке түседі.
}

## Толық экрандағы код

ui-qr-caption = Осы кодты жолсерікке немесе отырғызу кезінде көрсетіңіз.
ui-qr-bright = Сканер кодты бірден оқуы үшін экран жарықтығын арттырыңыз.
ui-qr-close = Жабу

## Тексеру экраны

ui-verify-title = Билетті тексеру
ui-verify-intro = Билет кодын әмиянда сақталған тасымалдаушы кілттерімен желісіз тексереді. Кодты қойыңыз немесе оның QR-коды бар фотосуретті не скриншотты ашыңыз.
ui-verify-code = Билет коды
ui-verify-code-hint = Код мәтіні «SPR:» деп басталады.
ui-verify-trip = Рейс нөмірі (міндетті емес)
ui-verify-trip-hint = Билеттің осы пойызға, рейске немесе бағытқа екенін де тексеру.
ui-verify-check = Тексеру
ui-verify-checking = Тексерілуде…
ui-verify-picture = Суретті ашу…
ui-verify-empty = Алдымен билет кодын қойыңыз.
ui-verify-codes-found = Суретте { $count } код бар
ui-verify-ticket = Билетте не жазылған
ui-verify-verdict-valid = Билет жарамды
ui-verify-verdict-forged = Жалған билет
ui-verify-verdict-unknown_carrier = Тексеру мүмкін емес: тасымалдаушы белгісіз
ui-verify-verdict-unknown_key = Тексеру мүмкін емес: кілт белгісіз
ui-verify-verdict-key_not_valid_at_issue = Жарамсыз: кілт сәйкес емес
ui-verify-verdict-revoked = Жарамсыз: билеттің күші жойылған
ui-verify-verdict-not_yet_valid = Әлі күшіне енбеген
ui-verify-verdict-expired = Мерзімі өткен
ui-verify-verdict-wrong_trip = Басқа сапар
ui-verify-verdict-malformed = Бұл билет коды емес

## Баптаулар экраны

ui-settings-title = Баптаулар
ui-settings-language = Тіл
ui-settings-mail = Пошта сервері
ui-settings-mail-intro = Билеттер сіздің пошта серверіңіз (SMTP) арқылы жіберіледі. Құпиясөз Sapar файлдарында емес, жүйенің кілттер қоймасында сақталады.
ui-settings-mail-host = Сервер
ui-settings-mail-port = Порт
ui-settings-mail-security = Қорғаныс
ui-settings-mail-security-tls = TLS (әдетте 465 порт)
ui-settings-mail-security-start_tls = STARTTLS (әдетте 587 порт)
ui-settings-mail-security-plain = Шифрлаусыз (тек осы компьютердегі сервер үшін)
ui-settings-mail-username = Пайдаланушы аты
ui-settings-mail-password = Құпиясөз
ui-settings-mail-password-keep = Сақталған құпиясөзді өзгертпеу үшін бос қалдырыңыз.
ui-settings-mail-from = Жіберуші мекенжайы
ui-settings-mail-save = Сақтау
ui-settings-mail-saving = Сақталуда…
ui-settings-mail-saved = Сақталды.
ui-settings-mail-saved-keyring = Сақталды. Құпиясөз жүйенің кілттер қоймасында.
ui-settings-mail-saved-no-keyring = Сақталды, бірақ жүйенің кілттер қоймасы құпиясөзді қабылдамады: Sapar-ды іске қоспас бұрын SAPAR_SMTP_PASSWORD айнымалысын орнатыңыз.
ui-settings-queue = Жіберуді күтуде
ui-settings-queue-empty = Кезек бос: барлық хат жіберілді.
ui-settings-queue-item = { $key } → { $to } (әрекет саны: { $attempts })
ui-settings-queue-retry = Қазір қайталау
ui-settings-queue-sent = Жіберілді: { $key } → { $to }
ui-settings-queue-still = Әлі күтуде: { $key } → { $to }
ui-settings-queue-failed = Жіберілмеді: { $key } → { $to }
ui-settings-backup = Сақтық көшірме және басқа компьютерге көшіру
ui-settings-backup-intro = Экспорт барлық тапсырысты бір файлға жазады. Оны басқа компьютерде немесе қалпына келтіру үшін осында импорттаңыз: әмиянда бар тапсырыстар қайталанбайды.
ui-settings-export = Әмиянды экспорттау…
ui-settings-import = Көшірмені импорттау…
ui-settings-exported = Жазылды: { $path } (тапсырыстар: { $bookings }, билеттер: { $tickets }).
ui-settings-imported = Импорт аяқталды. Жаңа тапсырыстар: { $added }, жаңартылғаны: { $updated }, бұрыннан бары: { $unchanged }.
ui-settings-data = Деректер қалтасы
ui-settings-data-intro = Әмиян мен баптаулар осында сақталады. Басқа қалтаны пайдалану үшін Sapar-ды SAPAR_DATA_DIR айнымалысымен іске қосыңыз.
ui-settings-data-show = Файл менеджерінде көрсету

## Себет экраны

ui-bin-title = Себет
ui-bin-intro = Жойылған тапсырыстар себет тазартылғанша осында сақталады.
ui-bin-empty = Себет бос.
ui-bin-restore = Қалпына келтіру
ui-bin-restore-label = { $reference } тапсырысын қалпына келтіру
ui-bin-route = Бағыт
ui-bin-departure = Жөнелту (UTC)
ui-bin-removed-at = Жойылған уақыты (UTC)
ui-bin-empty-button = Себетті тазарту…
ui-bin-empty-question = Бұл тапсырыстарды біржола жоясыз ба? Оларды қалпына келтіру мүмкін болмайды.
ui-bin-empty-confirm = Біржола жою
ui-bin-empty-cancel = Қалдыру
ui-bin-emptied = Жойылған тапсырыстар: { $count }.

## Жүйелік терезелер (тақырыптар мен файл түрлері)

ui-dialog-save-pdf = Билетті PDF ретінде сақтау
ui-dialog-save-calendar = Сапарды күнтізбе үшін сақтау
ui-dialog-export = Әмиянды экспорттау
ui-dialog-import = Әмиянның сақтық көшірмесін импорттау
ui-dialog-open-picture = Билет коды бар суретті ашу
ui-dialog-import-tickets = Басқа жерден сатып алынған билеттерді импорттау
ui-dialog-filter-pdf = PDF құжаттары
ui-dialog-filter-ics = Күнтізбе файлдары
ui-dialog-filter-backup = Sapar әмиянының сақтық көшірмелері
ui-dialog-filter-tickets = Билеттер: отырғызу талондары, Wallet, PDF, суреттер
ui-dialog-filter-picture = Суреттер

## Басқа қателер, коды бойынша

ui-error-file_write = Sapar файлды жаза алмады. Қалта мен бос орынды тексеріп, қайталап көріңіз.
ui-error-open_failed = Файлды ешбір бағдарлама ашпады. PDF қарау бағдарламасын орнатыңыз немесе PDF файлын сақтап, өзіңіз ашыңыз.
ui-error-window = Терезені толық экранға ауыстыру мүмкін болмады.
ui-error-bad_export_file = Бұл файл Sapar әмиянының сақтық көшірмесі емес.
ui-error-newer_export = Бұл көшірме Sapar-дың жаңарақ нұсқасымен жасалған. Оны импорттау үшін Sapar-ды жаңартыңыз.
ui-error-invalid_transition = Көшірмедегі бір билет әмияндағыдан ертеректегі күйде; ештеңе импортталмады.
ui-error-conflict = Көшірмедегі билет нөмірі әмияндағы басқа тапсырысқа тиесілі; ештеңе импортталмады.
ui-error-mail_bad_address = Эл. пошта мекенжайы дұрыс емес. Тексеріп, қайталап көріңіз.
ui-error-mail_auth_failed = Пошта сервері пайдаланушы атын немесе құпиясөзді қабылдамады. Оларды баптауларда тексеріңіз.
ui-error-mail_refused = Пошта сервері хатты қабылдамады.
ui-error-mail_tls = Пошта серверімен қорғалған байланыс орнатылмады. Баптауларда қорғаныс түрі мен портты тексеріңіз.
ui-error-mail_message = Хатты құрастыру мүмкін болмады.
ui-error-mail_unreachable = Пошта серверіне қосылу мүмкін емес.
ui-error-mail_deferred = Пошта сервері кейінірек қайталауды сұрады.

ui-sync-changed = Синхрондау: билеттеріңізде { $count } өзгеріс
