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
