# Покупка предложения в окне Sapar: места, пассажиры, оплата, билеты.

book-steps = Шаги покупки
book-step-seats = Места
book-step-passengers = Пассажиры
book-step-payment = Оплата
book-step-tickets = Билеты
book-continue = Продолжить
book-back = Назад
book-back-to-search = Назад к поиску
book-search-again = Искать снова

## Поездка сбоку

book-summary-title = Ваша поездка
book-demo = Демо
book-fare = Тариф
book-travellers = Пассажиры
book-seat-extra = включая выбор места { $amount }
book-count-adult = { $count ->
    [one] { $count } взрослый
    [few] { $count } взрослых
   *[many] { $count } взрослых
}
book-count-child = { $count ->
    [one] { $count } ребёнок
    [few] { $count } ребёнка
   *[many] { $count } детей
}
book-count-infant = { $count ->
    [one] { $count } младенец
    [few] { $count } младенца
   *[many] { $count } младенцев
}

## Места

book-seats-title = Выбор мест
book-seats-loading = Загружаем схему мест…
book-seats-assigned = Этот перевозчик распределяет места сам: они будут назначены при бронировании.
book-seats-choose = { $count ->
    [one] Выберите { $count } место.
    [few] Выберите { $count } места — по одному на каждого пассажира с местом.
   *[many] Выберите { $count } мест — по одному на каждого пассажира с местом.
}
book-seats-picked = Выбрано: { $picked } из { $needed }.
book-seats-auto = Пусть выберет перевозчик
book-seat-unpick = Убрать
book-carriages = Вагоны
book-carriage = Вагон { $number }
book-carriage-full = Все места в этом вагоне заняты.
book-seats-free = { $count ->
    [one] { $count } свободное
    [few] { $count } свободных
   *[many] { $count } свободных
}
book-picked-here = { $count ->
    [one] { $count } выбрано
    [few] { $count } выбрано
   *[many] { $count } выбрано
}
book-compartment = Купе { $n }
book-side-berths = Боковые места
book-seat-in-carriage = Вагон { $carriage }, место { $seat }
book-seat-number = Место { $seat }
book-no-seat = Без места (на руках у взрослого)
book-berth-lower = нижняя полка
book-berth-upper = верхняя полка
book-seat-taken-mark = занято
book-seat-for = выбрано для пассажира { $n }
book-feature-window = у окна
book-feature-aisle = у прохода
book-feature-side = боковое
book-feature-exit_row = ряд у аварийного выхода
book-feature-front_row = передний ряд
book-feature-extra_legroom = больше места для ног
book-legend = Условные обозначения
book-legend-free = Свободно
book-legend-picked = Выбрано
book-legend-taken = Занято
book-legend-berths = Верхние полки (пунктир) нарисованы над нижними; нечётные номера — нижние полки.
book-seat-taken = { $count ->
    [1] Это место только что занял кто-то другой: { $seats }. Выберите другое.
   *[other] Эти места только что заняли: { $seats }. Выберите другие.
}

## Пассажиры

book-passengers-title = Пассажиры
book-passengers-intro = Напишите имена латинскими буквами точно так, как в документе, по которому едет пассажир.
book-passenger-n = Пассажир { $n }
book-surname = Фамилия
book-given-names = Имя
book-latin-hint = Латинскими буквами, как в документе.
book-document-type = Документ
book-document-number = Номер документа
book-iin = ИИН
book-iin-optional = ИИН (если есть в документе)
book-iin-hint = 12 цифр. Дата рождения заполнится по нему.
book-birth-date = Дата рождения
book-birth-from-iin = Заполнено по ИИН.
book-email = E-mail для билетов (необязательно)
book-email-hint = Перевозчик пришлёт электронные билеты на этот адрес.
book-email-invalid = Это не похоже на адрес электронной почты.
book-checking = Проверяем данные…
book-holding = Бронируем места…
book-details-missing = { $count ->
    [one] Ещё { $count } поле требует внимания.
    [few] Ещё { $count } поля требуют внимания.
   *[many] Ещё { $count } полей требуют внимания.
}
book-show-missing = Показать, что не так

## Ошибки в данных пассажиров, по причине

book-problem-surname_missing = Напишите фамилию.
book-problem-surname_not_latin = Напишите фамилию латинскими буквами, как в документе.
book-problem-given_names_not_latin = Напишите имя латинскими буквами, как в документе.
book-problem-document_number_missing = Напишите номер документа.
book-problem-document_number_invalid = В номере документа только буквы и цифры, не больше 20.
book-problem-iin_missing = С удостоверением личности или паспортом РК нужен ИИН.
book-problem-iin_invalid = Этот ИИН недействителен.
book-problem-birth_date_missing = Для ребёнка, младенца или свидетельства о рождении нужна дата рождения.
book-problem-birth_date_in_future = Дата рождения позже даты поездки.
book-problem-birth_date_implausible = Такой даты рождения не может быть.
book-problem-birth_certificate_not_for_age = Свидетельство о рождении — для детей до 16 лет.
book-problem-birth_certificate_not_for_age-age = Свидетельство о рождении — для детей до 16 лет, а пассажиру будет { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
}.
book-problem-category_mismatch = Возраст не подходит для этой категории тарифа.
book-problem-category_mismatch-age = В возрасте { $age } { $age ->
    [one] года
   *[other] лет
} пассажир не может ехать по тарифу «{ $category }».
book-problem-counts_differ_from_offer = Цена найдена для: { $offered }; по датам рождения пассажиры — { $given }. Найдите поездку заново для этих пассажиров.
book-problem-infant_without_adult = Каждый младенец едет на руках у взрослого: младенцев не может быть больше, чем взрослых.
book-problem-too_many_passengers = Перевозчик продаёт меньше пассажиров в одном бронировании. Оформите их двумя частями.
book-problem-infant_without_seat = Младенец едет на руках у взрослого, без места.
book-problem-seat_chosen_twice = Одно и то же место выбрано для двух пассажиров.
book-problem-required = Это поле обязательно.
book-problem-invalid_format = Это записано не так, как ожидает перевозчик.
book-problem-too_long = Слишком длинно.

## Оплата

book-payment-title = Оплата
book-hold-left = Осталось на оплату:
book-hold-explain = До этого времени места и цена закреплены за вами.
book-hold-hurry = Осталось меньше двух минут: оплатите сейчас, иначе места вернутся в продажу.
book-hold-lapsed = Время вышло: места вернулись в продажу. Ничего не оплачено.
book-start-again = Начать заново
book-held-title = Забронировано для вас
book-code-asked = Банк просит код подтверждения. Введите код, который он прислал.
book-code = Код подтверждения
book-code-sandbox = Демо-перевозчик: код 000000.
book-code-invalid = Введите код: от 4 до 8 цифр.
book-pay = Оплатить { $amount }
book-pay-confirm = Подтвердить и оплатить
book-paying = Оплачиваем…
book-cancel = Отменить и вернуть места
book-open-sync = Открыть синхронизацию

## Ошибки при покупке, по коду

book-error-seat_taken = Выбранное место только что заняли. Выберите другое.
book-error-sold_out = В этом классе мест не осталось. Поищите другую поездку или класс.
book-error-offer_expired = Цена этого предложения больше не гарантирована. Выполните поиск заново, чтобы узнать актуальную цену.
book-error-invalid_passenger = Перевозчик не принял часть данных пассажиров. Проверьте их и попробуйте ещё раз.
book-error-too_many_passengers = Перевозчик продаёт меньше пассажиров в одном бронировании.
book-error-offline = Нет связи с перевозчиком. Ничего не забронировано и не оплачено; попробуйте снова, когда появится интернет.
book-error-timeout = Перевозчик не ответил вовремя. Ничего не забронировано и не оплачено; попробуйте ещё раз.
book-error-unavailable = Сервис перевозчика сейчас недоступен. Попробуйте через несколько минут.
book-error-internal = У перевозчика произошёл сбой. Попробуйте через несколько минут.
book-error-payment_declined = Карта отклонена. Ничего не оплачено: попробуйте другую карту.
book-error-payment_declined-code = Карта отклонена или код подтверждения неверен. Ничего не оплачено.
book-error-hold_expired = Места больше не забронированы. Начните заново.
book-error-bad_request = Перевозчик не принял данные карты. Проверьте их и попробуйте ещё раз.
book-error-purchase_pending = Ответ на оплату не пришёл, поэтому деньги могли быть списаны. Не платите повторно: при следующей синхронизации Sapar уточнит у перевозчика и завершит покупку, и билеты появятся в кошельке.

## Билеты

book-done-title = Ваши билеты в кошельке
book-demo-ticket = Демо-билет — ничего настоящего не куплено.
book-sent-to = Перевозчик пришлёт электронные билеты на { $email }.
book-open-ticket = Открыть в кошельке
book-saved-traveller = Заполнить по прежним поездкам
book-saved-traveller-none = — новый пассажир —
