# Печатные билеты (PDF, A4 и чеки 80 мм) и письмо, в котором они приходят.

ticket-heading = Электронный билет
ticket-carrier = Перевозчик
ticket-trip-air = Рейс
ticket-trip-rail = Поезд
ticket-trip-bus = Маршрут
ticket-from = Откуда
ticket-to = Куда
ticket-departure = Отправление
ticket-arrival = Прибытие
ticket-duration = В пути
ticket-duration-hm = { $h } ч { $m } мин
ticket-duration-h = { $h } ч
ticket-duration-m = { $m } мин
ticket-date = { $day } { $month } { $year } г.
ticket-date-time = { $date }, { $time }
ticket-month-1 = января
ticket-month-2 = февраля
ticket-month-3 = марта
ticket-month-4 = апреля
ticket-month-5 = мая
ticket-month-6 = июня
ticket-month-7 = июля
ticket-month-8 = августа
ticket-month-9 = сентября
ticket-month-10 = октября
ticket-month-11 = ноября
ticket-month-12 = декабря

ticket-passenger = Пассажир
ticket-document = Документ
ticket-category = Категория
ticket-class = Класс
ticket-carriage = Вагон
ticket-seat = Место
ticket-seat-berth = { $seat }, { $berth }
ticket-berth-lower = нижнее
ticket-berth-upper = верхнее
ticket-platform = Платформа
ticket-class-coupe = Купе
ticket-class-platzkart = Плацкарт
ticket-class-seated = Сидячий
ticket-class-common = Общий
ticket-class-sv = СВ
ticket-class-lux = Люкс
ticket-class-economy = Эконом
ticket-class-business = Бизнес
ticket-class-comfort = Комфорт

ticket-price = Стоимость
ticket-price-fare = Тариф
ticket-price-reserved_seat = Плацкарта
ticket-price-sale_fee = Сбор за оформление
ticket-price-service_fee = Сервисный сбор
ticket-price-airport_tax = Аэропортовый сбор
ticket-price-fuel_surcharge = Топливный сбор
ticket-price-insurance = Страховка
ticket-price-baggage = Багаж
ticket-total = Итого

ticket-booking-reference = Номер заказа
ticket-number = Номер билета
ticket-status = Статус
ticket-not-valid = Недействителен для проезда
ticket-qr-caption = Покажите этот код при посадке
ticket-no-qr = Нет QR-кода: перевозчик ещё не подписал этот билет. При посадке назовите номер билета.
ticket-boarding-note = При посадке предъявите этот билет и указанный в нём документ.

ticket-rules = Возврат и обмен
ticket-rule-tier = { $when }: { $what }
ticket-rule-when-any-before = до отправления
ticket-rule-when-first-before = за { $lower } и более до отправления
ticket-rule-when-first-after = до { $lower } после отправления
ticket-rule-when-before = за { $lower } – { $upper } до отправления
ticket-rule-when-until-departure = менее чем за { $upper } до отправления
ticket-rule-when-around = менее чем за { $upper } до отправления и до { $lower } после него
ticket-rule-when-after = через { $upper } – { $lower } после отправления
ticket-rule-later = Позже: возврат не производится
ticket-rule-full = полный возврат
ticket-rule-none = возврат не производится
ticket-rule-fare-only = возвращается только стоимость билета
ticket-rule-fare-and-reserved = возвращается стоимость билета и { $reserved } % плацкарты
ticket-rule-parts = возвращается { $fare } % стоимости билета и { $reserved } % плацкарты
ticket-rule-fare-percent = возвращается { $fare } % тарифа
ticket-rule-with-cap = { $what }; удерживается не более { $cap } % тарифа
ticket-rule-refund-fee = Сбор за возврат: { $fee }
ticket-rule-online-closes = Онлайн-возврат закрывается за { $time } до отправления
ticket-rule-non-refundable = Невозвратный тариф
ticket-rule-exchange = Переоформление не позднее чем за { $time } до отправления, сбор { $fee }
ticket-rule-exchange-free = Переоформление не позднее чем за { $time } до отправления, бесплатно
ticket-rule-no-exchange = Обмен не допускается
ticket-rules-unknown = Действуют условия перевозки перевозчика

ticket-support = Поддержка перевозчика
ticket-support-phone = Телефон: { $value }
ticket-support-email = Эл. почта: { $value }
ticket-support-web = Сайт: { $value }
ticket-support-hours = Часы работы: { $value }
ticket-sales-office = Офис продаж: { $office }
ticket-purchase = Место покупки
ticket-channel-sapar = Приложение Sapar
ticket-channel-carrier_online = Сайт перевозчика
ticket-channel-sales_office = Билетная касса
ticket-channel-import = Загружен из файла
ticket-issued = Дата оформления

ticket-mail-subject = Ваши билеты, заказ { $reference }
ticket-mail-greeting = Здравствуйте!
ticket-mail-intro = { $count ->
    [one] К письму приложен { $count } билет в PDF-файле.
    [few] К письму приложены { $count } билета в одном PDF-файле.
   *[many] К письму приложены { $count } билетов в одном PDF-файле.
}
ticket-mail-outro = При посадке покажите QR-код с экрана телефона или на распечатке вместе с документом, указанным в билете. Счастливого пути!
ticket-mail-signature = Sapar
