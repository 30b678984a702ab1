# Первый запуск, перевозчики, синхронизация, возврат и обмен билетов.

## Первый запуск

welcome-title = Добро пожаловать в Sapar
welcome-intro = Sapar покупает, хранит, печатает и проверяет электронные билеты на поезда, самолёты и автобусы по Казахстану. Билеты хранятся на этом компьютере и открываются без интернета.
welcome-lang-title = Выберите язык
welcome-demo-title = Демо-перевозчики включены
welcome-demo-intro = Чтобы попробовать Sapar сразу, внутри него работают демо-перевозчики: поезда КТЖ, Air Astana, FlyArystan и Dala Bus. Они помечены «Демо»: ничего настоящего не покупается, оплата только тестовыми картами (4242 4242 4242 4242).
welcome-demo-starting = Запускаем демо-перевозчиков…
welcome-add-title = Добавить настоящего перевозчика
welcome-add-intro = Перевозчик, работающий по открытому протоколу Sapar, сообщает свой код, адрес своего сервиса и API-ключ. Перевозчиков можно добавить и позже, в настройках.
welcome-start = Начать: найти поездку

## Перевозчики (настройки и первый запуск)

carriers-title = Перевозчики
carriers-intro = Поиск и синхронизация идут через включённых перевозчиков. При удалении перевозчика удаляется его API-ключ; его билеты остаются в кошельке и по-прежнему проверяются без сети.
carriers-loading = Загружаем перевозчиков…
carriers-empty = Ни один перевозчик не настроен. Пока вы не добавите своего, поиск идёт у демо-перевозчиков Sapar.
carriers-demo = Демо
carriers-demo-hint = Демо-перевозчик: ничего настоящего не покупается
carriers-modes = Перевозит
carriers-enabled = Включён
carriers-enabled-label = Использовать { $name } в поиске и синхронизации
carriers-synced = Последняя синхронизация: { $at }
carriers-never-synced = Ещё не синхронизировался
carriers-sync-error = Последняя синхронизация не удалась: { $error }
carriers-key-wallet = На этом компьютере нет системного хранилища ключей: API-ключ хранится в файле кошелька.
carriers-remove = Удалить…
carriers-remove-label = Удалить перевозчика { $name }
carriers-remove-question = Удалить { $name }? Его API-ключ будет удалён; билеты останутся в кошельке.
carriers-remove-confirm = Удалить
carriers-remove-cancel = Оставить
carriers-removed = Перевозчик { $name } удалён. Его билеты остаются в кошельке.
carriers-turned-on = { $name } снова участвует в поиске и синхронизации.
carriers-turned-off = { $name } больше не участвует в поиске и синхронизации.
carriers-add-title = Добавить перевозчика
carriers-add-code = Код перевозчика
carriers-add-code-hint = От 2 до 8 латинских букв или цифр, как его дал перевозчик: KTZ, KC…
carriers-add-url = Адрес сервиса
carriers-add-url-hint = Начинается с https:// (http:// — только в локальной сети).
carriers-add-key = API-ключ
carriers-add-key-hint = Хранится в системном хранилище ключей и больше не показывается.
carriers-add-submit = Добавить перевозчика
carriers-adding = Добавляем…
carriers-added = Перевозчик { $name } добавлен. Его правила тарифов и ключи подписи сохранены для работы без сети.
carriers-added-unreachable = Перевозчик { $name } добавлен, но сейчас с ним не удалось связаться ({ $reason }). Sapar загрузит его профиль при следующей синхронизации.
carriers-bad-code = Код перевозчика — от 2 до 8 латинских букв или цифр.
carriers-bad-url = Адрес начинается с https:// (или с http:// в локальной сети).
carriers-bad-key = Вставьте API-ключ: видимые символы, без пробелов.
carriers-error-title = Перевозчик не добавлен
carriers-error-invalid_input = Sapar не принял эти данные. Проверьте код, адрес и ключ.
carriers-error-unauthorized = Перевозчик отклонил этот API-ключ. Проверьте ключ, который он вам выдал.
carriers-error-not_found = По этому адресу нет сервиса Sapar. Проверьте адрес.
carriers-error-bad_request = Перевозчик не понял запрос Sapar. Проверьте адрес.

## Экран синхронизации

sync-title = Синхронизация
sync-intro = Пока Sapar открыт, он каждые пять минут узнаёт у перевозчиков о ваших поездках: задержки, платформы и выходы на посадку, отмены, новые ключи подписи. Возвраты, оформленные без сети, ждут здесь, пока перевозчик не станет доступен.
sync-now = Синхронизировать
sync-running = Синхронизация…
sync-loading = Загрузка…
sync-report-title = Что принесла последняя синхронизация
sync-nothing = От перевозчиков ничего нового.
sync-carriers-title = Перевозчики
sync-carriers-empty = Ни один перевозчик ещё не настроен.
sync-carrier = Перевозчик
sync-last = Последняя синхронизация
sync-never = Ещё не было
sync-state = Состояние
sync-carrier-ok = В порядке
sync-carrier-off = Выключен
sync-carrier-error = Ошибка: { $error }
sync-outbox-title = Возвраты в очереди
sync-outbox-empty = Возвратов в очереди нет.
sync-outbox-booking = Бронирование { $reference } ({ $carrier })
sync-outbox-tickets = { $count ->
    [1] Билет { $tickets }
   *[other] Билеты { $tickets }
}
sync-outbox-accepted = Вы согласились на { $amount }.
sync-outbox-accepted-estimate = Вы согласились на { $amount } (оценка по правилам тарифа).
sync-outbox-offer = Теперь перевозчик возвращает { $amount } — меньше, чем вы согласились. Примите новую сумму или отзовите возврат и оставьте билет.
sync-outbox-attempts = Попыток: { $count }
sync-outbox-error = Последняя ошибка: { $error }
sync-outbox-result = Возвращено { $amount }.
sync-state-queued = Ждёт отправки
sync-state-needs_confirmation = Ждёт вашего решения
sync-state-done = Выполнен
sync-state-failed = Отклонён перевозчиком
sync-accept = Принять { $amount }
sync-withdraw = Отозвать
sync-withdraw-label = Отозвать возврат по бронированию { $reference }
sync-accepted-done = Возвращено { $amount } по бронированию { $reference }; деньги вернутся на карту.
sync-accepted-queued = Перевозчик сейчас недоступен: возврат отправится при следующей синхронизации.
sync-accepted-again = Перевозчик снова изменил сумму: теперь { $amount }. Решите ниже.
sync-withdrawn = Возврат по бронированию { $reference } отозван; билет остаётся действительным.
sync-payments-title = Оплаты без ответа
sync-payments-intro = Ответ перевозчика на эти оплаты потерялся. Sapar переспрашивает при каждой синхронизации: бронирование появится в кошельке, или Sapar сообщит, что ничего не куплено.
sync-payment = { $carrier }, бронь мест { $hold }: { $amount } (попыток: { $attempts })

## Что принесла синхронизация, построчно

sync-change-delay = { $reference }: { $trip } из { $from } { $date } задерживается на { $minutes } мин.
sync-change-on-time = { $reference }: { $trip } из { $from } { $date } снова идёт по расписанию.
sync-change-platform = { $reference }: { $trip } из { $from } отправляется с платформы или выхода { $platform }.
sync-change-platform-moved = { $reference }: { $trip } из { $from } теперь отправляется с платформы или выхода { $platform } (было: { $previous }).
sync-change-status = { $reference }: билет { $ticket } ({ $passenger }) — { $status }.
sync-change-keys = У перевозчика { $carrier } новые ключи подписи (известно ключей: { $count }).
sync-change-booking = { $reference }: перевозчик обновил бронирование.
sync-purchase-completed = Незавершённая оплата прошла: бронирование { $reference } в вашем кошельке.
sync-purchase-failed = Незавершённая оплата не прошла, ничего не куплено: { $reason }
sync-purchase-pending = Оплата у перевозчика { $carrier } всё ещё ждёт ответа; Sapar переспросит при следующей синхронизации.
sync-refund-done = Возврат по бронированию { $reference } выполнен: { $amount } вернутся на карту.
sync-refund-needs-confirmation = Возврат по бронированию { $reference }: перевозчик теперь предлагает { $amount }. Примите или отзовите его ниже.
sync-refund-queued = Возврат по бронированию { $reference } всё ещё ждёт: { $reason }
sync-refund-failed = Перевозчик отклонил возврат по бронированию { $reference }: { $reason }
sync-carrier-failed = { $carrier }: синхронизация не удалась — { $reason }

## Возврат и обмен билета

chg-title = Возврат или обмен
chg-intro = Верните билет и получите деньги на карту или обменяйте его на другую поездку того же перевозчика. Sapar показывает сбор до того, как что-либо будет сделано.
chg-refund = Вернуть…
chg-exchange = Обменять на другую поездку…
chg-refund-title = Возврат билета { $number }
chg-refund-asking = Узнаём у перевозчика сумму возврата…
chg-refund-ticket = Билет
chg-refund-rule = Правило
chg-refund-fee = Сбор за возврат
chg-refund-withheld = Удерживает перевозчик
chg-refund-back = Вернётся на карту
chg-refund-total-fee = Всего сборов
chg-refund-total = Всего вернётся на карту
chg-refund-estimate = Оценка — перевозчик подтвердит, когда будет на связи. Sapar рассчитал её по правилам тарифа, сохранённым в кошельке, потому что перевозчик сейчас недоступен.
chg-refund-estimate-reason = Причина: { $reason }
chg-refund-expires = Сумма перевозчика действует до { $time }.
chg-refund-confirm = Подтвердить возврат
chg-refund-sending = Оформляем возврат…
chg-refund-cancel = Отмена
chg-refund-done = Возвращено: { $amount } поступят на карту. Билет больше не действителен для поездки.
chg-refund-queued = В очереди: возврат отправится, когда Sapar будет в сети. Причина: { $reason }
chg-refund-needs-confirmation = Теперь перевозчик возвращает { $offer } — меньше, чем { $accepted }, на которые вы согласились. Ничего не будет возвращено, пока вы не примете новую сумму или не отзовёте возврат.
chg-open-sync = Открыть экран синхронизации
chg-close = Закрыть

chg-exchange-title = Обмен билета { $number }
chg-exchange-back = Назад к билету
chg-exchange-other = Выбрать другую поездку
chg-exchange-old = Ваша поездка сейчас
chg-exchange-new = Новая поездка
chg-exchange-trip = { $mode } { $number }
chg-exchange-asking = Узнаём у перевозчика стоимость обмена…
chg-exchange-quote-title = Сколько стоит обмен
chg-exchange-old-value = Ваш билет засчитывается в
chg-exchange-new-price = Новая поездка стоит
chg-exchange-fee = Сбор за переоформление
chg-exchange-to-pay = К оплате
chg-exchange-to-refund = Вернётся на карту
chg-exchange-even = Ни доплаты, ни возврата.
chg-exchange-expires = Перевозчик держит эту цену до { $time }.
chg-exchange-unreachable = Перевозчик сейчас недоступен. Для обмена он должен быть на связи, чтобы подтвердить новое место и его цену. Попробуйте, когда появится связь.
chg-exchange-rules-fee = По правилам тарифа, сохранённым в кошельке, сбор за переоформление — { $fee }.
chg-exchange-retry = Спросить снова
chg-exchange-confirm = Подтвердить обмен
chg-exchange-confirm-pay = Оплатить { $amount } и обменять
chg-exchange-sending = Обмениваем…
chg-exchange-no-ticket = Обмен выполнен, но Sapar не нашёл новый билет в бронировании. Найдите его среди своих билетов.

chg-card-title = Карта для доплаты

chg-error-title = Не выполнено
chg-error-detail = Подробности: { $detail }
chg-error-refund_closed = Этот билет больше нельзя вернуть онлайн: правила тарифа закрывают возврат. Возможно, помогут кассы перевозчика.
chg-error-exchange_closed = Этот билет больше нельзя обменять онлайн: правила тарифа закрывают обмен.
chg-error-offline = Перевозчик сейчас недоступен. Попробуйте, когда появится связь.
chg-error-timeout = Перевозчик не ответил вовремя. Попробуйте ещё раз.
chg-error-offer_expired = Цена перевозчика истекла. Запросите новую.
chg-error-sold_out = На новую поездку мест не осталось. Выберите другую поездку.
chg-error-seat_taken = Место в новой поездке только что заняли. Выберите другую поездку.
chg-error-payment_declined = Карта отклонена. Проверьте её данные или используйте другую карту.
chg-error-payment_requires_confirmation = Банк просит подтвердить платёж, а при обмене Sapar не может этого сделать. Используйте другую карту.
chg-error-invalid_state = Перевозчик сообщает, что билет нельзя изменить в его нынешнем состоянии. Синхронизируйте, затем откройте билет снова.
chg-error-invalid_input = Сейчас это нельзя сделать с этим билетом.
chg-error-unauthorized = Перевозчик отклонил API-ключ Sapar. Проверьте перевозчика в настройках.
chg-error-not_found = Перевозчик больше не знает это бронирование или цену. Синхронизируйте и попробуйте снова.
