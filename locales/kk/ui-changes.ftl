# Алғашқы іске қосу, тасымалдаушылар, синхрондау, билетті қайтару және айырбастау.

## Алғашқы іске қосу

welcome-title = Sapar-ға қош келдіңіз
welcome-intro = Sapar Қазақстан бойынша пойызға, ұшаққа және автобусқа электрондық билеттерді сатып алады, сақтайды, басып шығарады және тексереді. Билеттер осы компьютерде сақталады және интернетсіз ашылады.
welcome-lang-title = Тілді таңдаңыз
welcome-demo-title = Демо тасымалдаушылар қосулы
welcome-demo-intro = Sapar-ды бірден байқап көру үшін оның ішінде демо тасымалдаушылар жұмыс істейді: ҚТЖ пойыздары, Air Astana, FlyArystan және Dala Bus. Олар «Демо» деп белгіленген: шынайы ештеңе сатып алынбайды, төлем тек сынақ карталарымен жасалады (4242 4242 4242 4242).
welcome-demo-starting = Демо тасымалдаушылар іске қосылуда…
welcome-add-title = Нақты тасымалдаушы қосу
welcome-add-intro = Sapar-дың ашық хаттамасымен жұмыс істейтін тасымалдаушы өз кодын, қызметінің мекенжайын және API кілтін береді. Тасымалдаушыларды кейін баптауларда да қосуға болады.
welcome-start = Бастау: сапар іздеу

## Тасымалдаушылар (баптаулар және алғашқы іске қосу)

carriers-title = Тасымалдаушылар
carriers-intro = Іздеу мен синхрондау қосулы тасымалдаушылар арқылы жүреді. Тасымалдаушыны жойғанда оның API кілті өшіріледі; оның билеттері әмиянда қалады және бұрынғыдай желісіз тексеріледі.
carriers-loading = Тасымалдаушылар жүктелуде…
carriers-empty = Бірде-бір тасымалдаушы бапталмаған. Өзіңіз қосқанша іздеу Sapar-дың демо тасымалдаушылары бойынша жүреді.
carriers-demo = Демо
carriers-demo-hint = Демо тасымалдаушы: шынайы ештеңе сатып алынбайды
carriers-modes = Тасымалдайды
carriers-enabled = Қосулы
carriers-enabled-label = { $name } тасымалдаушысын іздеу мен синхрондауда қолдану
carriers-synced = Соңғы синхрондау: { $at }
carriers-never-synced = Әлі синхрондалмаған
carriers-sync-error = Соңғы синхрондау сәтсіз болды: { $error }
carriers-key-wallet = Бұл компьютерде жүйелік кілттер қоймасы жоқ: API кілті әмиян файлында сақталады.
carriers-remove = Жою…
carriers-remove-label = { $name } тасымалдаушысын жою
carriers-remove-question = { $name } жойылсын ба? Оның API кілті өшіріледі; билеттері әмиянда қалады.
carriers-remove-confirm = Жою
carriers-remove-cancel = Қалдыру
carriers-removed = { $name } тасымалдаушысы жойылды. Оның билеттері әмиянда қалады.
carriers-turned-on = { $name } қайтадан іздеу мен синхрондауға қатысады.
carriers-turned-off = { $name } енді іздеу мен синхрондауға қатыспайды.
carriers-add-title = Тасымалдаушы қосу
carriers-add-code = Тасымалдаушы коды
carriers-add-code-hint = 2–8 латын әрпі немесе цифр, тасымалдаушы бергендей: KTZ, KC…
carriers-add-url = Қызмет мекенжайы
carriers-add-url-hint = https:// деп басталады (http:// тек жергілікті желіде).
carriers-add-key = API кілті
carriers-add-key-hint = Жүйелік кілттер қоймасында сақталады, қайта көрсетілмейді.
carriers-add-submit = Тасымалдаушыны қосу
carriers-adding = Қосылуда…
carriers-added = { $name } тасымалдаушысы қосылды. Оның тариф ережелері мен қолтаңба кілттері желісіз жұмыс үшін сақталды.
carriers-added-unreachable = { $name } тасымалдаушысы қосылды, бірақ қазір оған қосылу мүмкін болмады ({ $reason }). Sapar оның профилін келесі синхрондауда жүктейді.
carriers-bad-code = Тасымалдаушы коды — 2–8 латын әрпі немесе цифр.
carriers-bad-url = Мекенжай https:// деп басталады (жергілікті желіде http:// болуы мүмкін).
carriers-bad-key = API кілтін қойыңыз: көрінетін таңбалар, бос орынсыз.
carriers-error-title = Тасымалдаушы қосылмады
carriers-error-invalid_input = Sapar бұл деректерді қабылдамады. Кодты, мекенжайды және кілтті тексеріңіз.
carriers-error-unauthorized = Тасымалдаушы бұл API кілтін қабылдамады. Тасымалдаушы берген кілтті тексеріңіз.
carriers-error-not_found = Бұл мекенжайда Sapar қызметі жоқ. Мекенжайды тексеріңіз.
carriers-error-bad_request = Тасымалдаушы Sapar сұрауын түсінбеді. Мекенжайды тексеріңіз.

## Синхрондау экраны

sync-title = Синхрондау
sync-intro = Sapar ашық тұрғанда әр бес минут сайын тасымалдаушылардан сапарларыңыз туралы сұрайды: кешігулер, платформалар мен отырғызу есіктері, болдырмаулар, жаңа қолтаңба кілттері. Желісіз ресімделген қайтарулар тасымалдаушыға қосылу мүмкін болғанша осында күтеді.
sync-now = Қазір синхрондау
sync-running = Синхрондалуда…
sync-loading = Жүктелуде…
sync-report-title = Соңғы синхрондау нәтижесі
sync-nothing = Тасымалдаушылардан жаңалық жоқ.
sync-carriers-title = Тасымалдаушылар
sync-carriers-empty = Әзірге бірде-бір тасымалдаушы бапталмаған.
sync-carrier = Тасымалдаушы
sync-last = Соңғы синхрондау
sync-never = Әлі болмаған
sync-state = Күйі
sync-carrier-ok = Бәрі дұрыс
sync-carrier-off = Өшірулі
sync-carrier-error = Қате: { $error }
sync-outbox-title = Кезектегі қайтарулар
sync-outbox-empty = Кезекте қайтару жоқ.
sync-outbox-booking = { $reference } брондауы ({ $carrier })
sync-outbox-tickets = Билеттер: { $tickets }
sync-outbox-accepted = Сіз { $amount } сомасына келістіңіз.
sync-outbox-accepted-estimate = Сіз { $amount } сомасына келістіңіз (тариф ережелері бойынша болжам).
sync-outbox-offer = Тасымалдаушы енді { $amount } қайтарады — бұл сіз келіскеннен аз. Жаңа сомаға келісіңіз немесе қайтаруды кері алып, билетті қалдырыңыз.
sync-outbox-attempts = Әрекет саны: { $count }
sync-outbox-error = Соңғы қате: { $error }
sync-outbox-result = { $amount } қайтарылды.
sync-state-queued = Жіберуді күтуде
sync-state-needs_confirmation = Сіздің шешіміңізді күтуде
sync-state-done = Орындалды
sync-state-failed = Тасымалдаушы қабылдамады
sync-accept = { $amount } сомасына келісу
sync-withdraw = Кері алу
sync-withdraw-label = { $reference } брондауы бойынша қайтаруды кері алу
sync-accepted-done = { $reference } брондауы бойынша { $amount } қайтарылды; ақша картаға түседі.
sync-accepted-queued = Тасымалдаушыға қазір қосылу мүмкін емес: қайтару келесі синхрондауда жіберіледі.
sync-accepted-again = Тасымалдаушы соманы тағы өзгертті: енді { $amount }. Төменде шешім қабылдаңыз.
sync-withdrawn = { $reference } брондауы бойынша қайтару кері алынды; билет жарамды күйінде қалады.
sync-payments-title = Жауап күтіп тұрған төлемдер
sync-payments-intro = Тасымалдаушының бұл төлемдерге жауабы жоғалып кетті. Sapar әр синхрондауда қайта сұрайды: брондау әмияныңызға түседі немесе Sapar ештеңе сатып алынбағанын хабарлайды.
sync-payment = { $carrier }, { $hold } броны: { $amount } (әрекет саны: { $attempts })

## Синхрондау нәтижесі, жол-жолымен

sync-change-delay = { $reference }: { $date } күні { $from } пунктінен шығатын { $trip } { $minutes } минутқа кешігеді.
sync-change-on-time = { $reference }: { $date } күні { $from } пунктінен шығатын { $trip } қайтадан кесте бойынша жүреді.
sync-change-platform = { $reference }: { $from } пунктінен шығатын { $trip } { $platform } платформасынан немесе шығу есігінен жөнелтіледі.
sync-change-platform-moved = { $reference }: { $from } пунктінен шығатын { $trip } енді { $platform } платформасынан немесе шығу есігінен жөнелтіледі (бұрын: { $previous }).
sync-change-status = { $reference }: { $ticket } билеті ({ $passenger }) — { $status }.
sync-change-keys = { $carrier } тасымалдаушысының жаңа қолтаңба кілттері бар (белгілі кілттер: { $count }).
sync-change-booking = { $reference }: тасымалдаушы брондауды жаңартты.
sync-purchase-completed = Аяқталмаған төлем өтті: { $reference } брондауы әмияныңызда.
sync-purchase-failed = Аяқталмаған төлем өтпеді, ештеңе сатып алынған жоқ: { $reason }
sync-purchase-pending = { $carrier } тасымалдаушысына төлем әлі жауап күтуде; Sapar келесі синхрондауда қайта сұрайды.
sync-refund-done = { $reference } брондауы бойынша қайтару орындалды: { $amount } картаға қайтады.
sync-refund-needs-confirmation = { $reference } брондауы бойынша қайтару: тасымалдаушы енді { $amount } ұсынады. Төменде келісіңіз немесе кері алыңыз.
sync-refund-queued = { $reference } брондауы бойынша қайтару әлі күтуде: { $reason }
sync-refund-failed = Тасымалдаушы { $reference } брондауы бойынша қайтаруды қабылдамады: { $reason }
sync-carrier-failed = { $carrier }: синхрондау сәтсіз — { $reason }

## Билетті қайтару және айырбастау

chg-title = Қайтару немесе айырбастау
chg-intro = Билетті қайтарып, ақшаны картаға алыңыз немесе оны сол тасымалдаушының басқа сапарына айырбастаңыз. Sapar алымды ештеңе жасалмай тұрып көрсетеді.
chg-refund = Қайтару…
chg-exchange = Басқа сапарға айырбастау…
chg-refund-title = { $number } билетін қайтару
chg-refund-asking = Тасымалдаушыдан қайтарылатын соманы сұрап жатырмыз…
chg-refund-ticket = Билет
chg-refund-rule = Ереже
chg-refund-fee = Қайтару алымы
chg-refund-withheld = Тасымалдаушы ұстап қалады
chg-refund-back = Картаға қайтады
chg-refund-total-fee = Барлық алым
chg-refund-total = Картаға барлығы қайтады
chg-refund-estimate = Болжам — тасымалдаушы желіге шыққанда растайды. Тасымалдаушыға қазір қосылу мүмкін болмағандықтан, Sapar оны әмиянда сақталған тариф ережелері бойынша есептеді.
chg-refund-estimate-reason = Себебі: { $reason }
chg-refund-expires = Тасымалдаушының сомасы { $time } дейін жарамды.
chg-refund-confirm = Қайтаруды растау
chg-refund-sending = Қайтару ресімделуде…
chg-refund-cancel = Бас тарту
chg-refund-done = Қайтарылды: { $amount } картаға түседі. Билетпен енді жол жүруге болмайды.
chg-refund-queued = Кезекте: қайтару Sapar желіге қосылғанда жіберіледі. Себебі: { $reason }
chg-refund-needs-confirmation = Тасымалдаушы енді { $offer } қайтарады — бұл сіз келіскен { $accepted } сомасынан аз. Жаңа сомаға келіспейінше немесе қайтаруды кері алмайынша ештеңе қайтарылмайды.
chg-open-sync = Синхрондау экранын ашу
chg-close = Жабу

chg-exchange-title = { $number } билетін айырбастау
chg-exchange-back = Билетке оралу
chg-exchange-other = Басқа сапар таңдау
chg-exchange-old = Қазіргі сапарыңыз
chg-exchange-new = Жаңа сапар
chg-exchange-trip = { $mode } { $number }
chg-exchange-asking = Тасымалдаушыдан айырбас құнын сұрап жатырмыз…
chg-exchange-quote-title = Айырбас құны
chg-exchange-old-value = Билетіңіз есепке алынады
chg-exchange-new-price = Жаңа сапардың бағасы
chg-exchange-fee = Қайта ресімдеу алымы
chg-exchange-to-pay = Төлеуге
chg-exchange-to-refund = Картаға қайтады
chg-exchange-even = Қосымша төлем де, қайтару да жоқ.
chg-exchange-expires = Тасымалдаушы бұл бағаны { $time } дейін сақтайды.
chg-exchange-unreachable = Тасымалдаушыға қазір қосылу мүмкін емес. Айырбас үшін тасымалдаушы желіде болуы керек: ол жаңа орын мен оның бағасын растайды. Байланыс болғанда қайталап көріңіз.
chg-exchange-rules-fee = Әмиянда сақталған тариф ережелері бойынша қайта ресімдеу алымы — { $fee }.
chg-exchange-retry = Қайта сұрау
chg-exchange-confirm = Айырбасты растау
chg-exchange-confirm-pay = { $amount } төлеп, айырбастау
chg-exchange-sending = Айырбасталуда…
chg-exchange-no-ticket = Айырбас орындалды, бірақ Sapar брондаудан жаңа билетті таппады. Оны билеттеріңіздің арасынан іздеңіз.

chg-card-title = Айырманы төлейтін карта

chg-error-title = Орындалмады
chg-error-detail = Толығырақ: { $detail }
chg-error-refund_closed = Бұл билетті енді онлайн қайтаруға болмайды: тариф ережелері қайтаруды жабады. Тасымалдаушының кассалары көмектесуі мүмкін.
chg-error-exchange_closed = Бұл билетті енді онлайн айырбастауға болмайды: тариф ережелері айырбасты жабады.
chg-error-offline = Тасымалдаушыға қазір қосылу мүмкін емес. Байланыс болғанда қайталап көріңіз.
chg-error-timeout = Тасымалдаушы уақытында жауап бермеді. Қайталап көріңіз.
chg-error-offer_expired = Тасымалдаушы бағасының мерзімі өтті. Жаңа бағаны сұраңыз.
chg-error-sold_out = Жаңа сапарда бос орын қалмады. Басқа сапар таңдаңыз.
chg-error-seat_taken = Жаңа сапардағы орынды жаңа ғана біреу алып қойды. Басқа сапар таңдаңыз.
chg-error-payment_declined = Карта қабылданбады. Деректерін тексеріңіз немесе басқа картаны қолданыңыз.
chg-error-payment_requires_confirmation = Банк төлемді растауды сұрайды, ал айырбас кезінде Sapar мұны жасай алмайды. Басқа картаны қолданыңыз.
chg-error-invalid_state = Тасымалдаушының айтуынша, билетті қазіргі күйінде өзгертуге болмайды. Синхрондап, билетті қайта ашыңыз.
chg-error-invalid_input = Бұл билетпен қазір мұны істеу мүмкін емес.
chg-error-unauthorized = Тасымалдаушы Sapar-дың API кілтін қабылдамады. Баптауларда тасымалдаушыны тексеріңіз.
chg-error-not_found = Тасымалдаушы бұл брондауды немесе бағаны енді білмейді. Синхрондап, қайталап көріңіз.
