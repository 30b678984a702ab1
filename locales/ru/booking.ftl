booking-using-demo = Перевозчики не настроены: используются демо-перевозчики Sapar (ничего настоящего не продаётся).
booking-carriers-none = Перевозчики не настроены. Пока вы не добавите перевозчика, поиск идёт по демо-перевозчикам Sapar: sapar carriers add КОД URL --key-stdin
booking-carrier-key-needed = Укажите API-ключ перевозчика через --key-stdin (или --key).
booking-carrier-added = Перевозчик { $code } добавлен; его профиль, правила тарифов и ключи сохранены для работы без сети.
booking-carrier-added-offline = Перевозчик { $code } добавлен, но сейчас недоступен ({ $reason }); его профиль будет загружен при следующей синхронизации.
booking-carrier-key-wallet = На этом компьютере нет хранилища секретов: API-ключ хранится в файле кошелька.
booking-carrier-removed = Перевозчик { $code } удалён. Его билеты в кошельке по-прежнему проверяются без сети.
booking-carrier-now-enabled = Перевозчик { $code } снова участвует в поиске и синхронизации.
booking-carrier-now-disabled = Перевозчик { $code } исключён из поиска и синхронизации.
booking-carrier-enabled = включён
booking-carrier-disabled = выключен
booking-carrier-demo = демо
booking-carrier-synced = синхронизирован { $at }
booking-carrier-never-synced = ещё не синхронизирован
booking-carrier-sync-failed = последняя синхронизация не удалась: { $error }
booking-demo-started = Демо-перевозчики запущены: { $codes }. Покупки у них не настоящие.
booking-demo-ticket = Демо-перевозчик: по этому билету ехать нельзя.
booking-search-answered = { $carrier }: { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
   *[many] { $count } предложений
} ({ $ms } мс)
booking-search-failed = { $carrier }: нет ответа — { $reason }
booking-search-no-route = { $carrier }: не обслуживает эти пункты
booking-search-nothing = На эту дату рейсов не найдено.
booking-search-next = Места: sapar seats НОМЕР · Купить: sapar book НОМЕР --passenger … --card …
booking-seats-left = { $count ->
    [one] осталось { $count } место
    [few] осталось { $count } места
   *[many] осталось { $count } мест
}
booking-duration = { $h } ч { $m } мин
booking-seats-header = Свободные места: { $trip } ({ $class }), { $date }:
booking-seats-carriage = Вагон { $n }
booking-seats-none = В этом классе свободных мест не осталось.
booking-berth-legend = ↓ нижнее место, ↑ верхнее место
booking-seats-next = Выбрать место: sapar book { $offer } --seat МЕСТО (в поездах ВАГОН:МЕСТО) …
booking-held = Места забронированы до { $until } (на оплату осталось { $left }): { $total }. Оплата…
booking-bought = Бронирование { $reference } у перевозчика { $carrier } оплачено; билеты в вашем кошельке.
booking-bought-next = PDF: sapar ticket pdf { $reference }
booking-refund-line = Билет { $ticket }: к возврату { $refund }, сбор { $fee }, удерживается { $withheld }
booking-refund-total = Всего к возврату: { $total }
booking-refund-estimate = Это оценка по правилам тарифа перевозчика, сохранённым в кошельке: перевозчик сейчас недоступен ({ $reason }). Если вы согласитесь, запрос на возврат подождёт в очереди и уйдёт при следующей синхронизации.
booking-refund-offer-until = Цена перевозчика действует до { $until }.
booking-accept-prompt = Согласны? [y/N]
booking-accept-needs-yes = Ничего не изменено. Чтобы согласиться с этой ценой, повторите команду с --yes.
booking-not-accepted = Вы не согласились: ничего не изменено.
booking-refunded = Возврат { $amount } по бронированию { $reference } оформлен; деньги вернутся на карту.
booking-refund-queued = Перевозчик сейчас недоступен ({ $reason }). Запрос на возврат ждёт в очереди и уйдёт при следующей синхронизации: sapar sync
booking-refund-needs-confirmation = Перевозчик теперь возвращает { $amount } — меньше оценки, с которой вы согласились. Чтобы согласиться: sapar outbox --accept { $id }
booking-exchange-quote = Обмен: старые билеты засчитываются в { $old }, новая поездка стоит { $new }, сбор { $fee }. К доплате: { $pay }; к возврату: { $back }.
booking-exchange-offline = Перевозчик сейчас недоступен ({ $reason }). По правилам тарифа сбор за переоформление — { $fee }; полную цену назовёт только перевозчик.
booking-exchange-needs-carrier = Для обмена перевозчик должен быть на связи: он подтверждает новое место и цену. Попробуйте, когда появится связь.
booking-exchanged = Бронирование { $reference } обменяно; новые билеты в вашем кошельке.
booking-resumed-completed = Незавершённый платёж прошёл: бронирование { $reference } теперь в вашем кошельке.
booking-resumed-failed = Незавершённый платёж не прошёл, ничего не куплено: { $reason }
booking-resumed-pending = Платёж за бронь { $hold } всё ещё ждёт ответа перевозчика; Sapar спросит снова при следующей синхронизации.
booking-change-delay = { $reference }: { $trip } из { $from } { $date } задерживается на { $minutes } мин.
booking-change-on-time = { $reference }: { $trip } из { $from } { $date } снова идёт по расписанию.
booking-change-platform = { $reference }: { $trip } из { $from } отправляется с платформы или выхода { $platform }.
booking-change-status = { $reference }: билет { $ticket } ({ $passenger }) — { $status }.
booking-change-keys = У перевозчика { $carrier } новые ключи подписи (известно ключей: { $count }).
booking-change-booking = { $reference }: перевозчик обновил бронирование.
booking-sync-failed = { $carrier }: синхронизация не удалась — { $reason }
booking-sync-nothing = От перевозчиков ничего нового.
booking-sync-all-failed = Ни один перевозчик не доступен.
booking-outbox-empty = Нет возвратов в очереди.
booking-outbox-withdrawn = Запрос на возврат { $id } отозван.
booking-outbox-queued = ждёт отправки
booking-outbox-needs_confirmation = ждёт вашего согласия с ценой перевозчика
booking-outbox-done = выполнен
booking-outbox-failed = отклонён
