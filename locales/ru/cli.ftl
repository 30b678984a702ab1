cli-error = ошибка
cli-wallet-empty = Кошелёк пуст. Здесь появятся купленные и импортированные билеты.
cli-page-empty = На этой странице нет билетов.
cli-page-footer = Билеты { $from }–{ $to } из { $total }
cli-search-nothing = Нет билетов по запросу «{ $text }».
cli-places-nothing = Нет мест по запросу «{ $text }».
cli-removed = Бронирование { $reference } перемещено в корзину. Вернуть: sapar wallet restore { $reference }
cli-restored = Бронирование { $reference } снова в кошельке.
cli-bin-empty = Корзина пуста.
cli-bin-emptied = { $count ->
    [one] Удалено навсегда { $count } бронирование.
    [few] Удалено навсегда { $count } бронирования.
   *[many] Удалено навсегда { $count } бронирований.
}
cli-exporting = Экспорт
cli-importing = Импорт
cli-exported = { $count ->
    [one] Сохранено { $count } бронирование в { $file }.
    [few] Сохранено { $count } бронирования в { $file }.
   *[many] Сохранено { $count } бронирований в { $file }.
}
cli-imported = Импорт: новых { $added }, обновлено { $updated }, уже были { $unchanged }.
cli-carriage = вагон { $n }
cli-seat = место { $n }
cli-booking = Бронирование
cli-bought = Куплено
cli-ticket = Билет
cli-total = Итого
cli-iin-valid = ИИН верный: дата рождения { $date }, { $sex }.
berth-lower = нижнее
berth-upper = верхнее
sex-male = мужской пол
sex-female = женский пол
cli-pdf-written = Билеты сохранены в { $file }.
cli-mail-sent = Билеты отправлены на { $to }.
cli-mail-queued = Почтовый сервер сейчас недоступен ({ $reason }). Билеты ждут в очереди; отправить: sapar mail retry
cli-mail-saved = Настройки почты сохранены.
cli-mail-no-keyring = На этом компьютере нет хранилища паролей: Sapar возьмёт пароль из SAPAR_SMTP_PASSWORD.
cli-mail-queue-empty = Нет писем в очереди.
cli-ticket-not-valid = Билет недействителен.
cli-import-added = { $file }: импортировано { $refs }
cli-import-updated = { $file }: обновлено { $refs }
cli-import-unchanged = { $file }: уже в кошельке ({ $refs })
cli-import-skipped = { $file }: пропущен — { $reason }
cli-import-code = Sapar-код билета { $ticket }: { $verdict }
cli-import-summary = Импортировано { $imported }, обновлено { $updated }, уже были { $unchanged }, пропущено { $skipped }.
cli-import-nothing = Билетов не найдено.
cli-ics-written = { $count ->
    [one] { $count } поездка сохранена в { $file }.
    [few] { $count } поездки сохранены в { $file }.
   *[many] { $count } поездок сохранено в { $file }.
}
