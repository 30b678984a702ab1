# Поиск поездки: форма, подсказки мест, ответы перевозчиков и предложения.

search-title = Найти поездку
search-title-exchange = Выберите новую поездку
search-exchange-intro = Показаны только поездки перевозчика этой брони. Выберите одну, чтобы узнать стоимость обмена.
search-exchange-passengers = Пассажиры остаются те же, что в брони.
search-back-to-ticket = Вернуться к билету
search-form = Поиск поездки
search-start = Укажите, откуда, куда и когда: мы спросим всех перевозчиков сразу.

## Куда, когда, на чём

search-from = Откуда
search-to = Куда
search-swap = Поменять «Откуда» и «Куда» местами
search-date = Дата
search-today = Сегодня
search-tomorrow = Завтра
search-mode = Транспорт
search-mode-any = Любой
search-mode-air = Самолёт
search-mode-rail = Поезд
search-mode-bus = Автобус

## Подсказки мест при вводе

search-kind-airport = Аэропорт
search-kind-railway_station = Железнодорожный вокзал
search-kind-bus_terminal = Автовокзал
search-matched = { $matched } → { $name }
search-places-found = { $count ->
    [one] Найдено { $count } место
    [few] Найдено { $count } места
   *[many] Найдено { $count } мест
}
search-places-none = Такого места нет

## Пассажиры

search-passengers = Пассажиры
search-adults = Взрослые
search-children = Дети
search-infants = Младенцы на руках
search-adults-more = Добавить взрослого
search-adults-less = Убрать взрослого
search-children-more = Добавить ребёнка
search-children-less = Убрать ребёнка
search-infants-more = Добавить младенца
search-infants-less = Убрать младенца
search-summary-adults = { $count ->
    [one] { $count } взрослый
   *[many] { $count } взрослых
}
search-summary-children = { $count ->
    [one] { $count } ребёнок
    [few] { $count } ребёнка
   *[many] { $count } детей
}
search-summary-infants = { $count ->
    [one] { $count } младенец
    [few] { $count } младенца
   *[many] { $count } младенцев
}
search-passengers-rule = У ребёнка своё место; младенец едет на руках у взрослого. Не больше 9 пассажиров.
search-submit = Найти
search-searching = Ищем…

## Что мешает начать поиск

search-problem-from = Укажите, откуда вы едете.
search-problem-to = Укажите, куда вы едете.
search-problem-same = «Откуда» и «Куда» совпадают.
search-problem-date = Выберите дату начиная с сегодняшней.
search-problem-nobody = Едет хотя бы один взрослый или ребёнок.
search-problem-infants = Каждый младенец едет на руках у взрослого: младенцев не больше, чем взрослых.
search-problem-too-many = В одном поиске не больше 9 пассажиров.

## Результаты

search-results = Поездки
search-asking = Опрашиваем перевозчиков…
search-count = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
   *[many] { $count } предложений
}
search-carrier-answered = { $carrier }: { $count ->
    [0] на эту дату рейсов нет
    [one] { $count } рейс
    [few] { $count } рейса
   *[many] { $count } рейсов
}
search-carrier-no-route = { $carrier } { $mode ->
    [air] не летает по этому маршруту
    [rail] не курсирует по этому маршруту
    [bus] не курсирует по этому маршруту
   *[other] не обслуживает этот маршрут
}
search-carrier-timeout = { $carrier } не ответил вовремя — попробуйте ещё раз
search-carrier-offline = { $carrier }: нет связи — попробуйте позже
search-carrier-failed = { $carrier } не смог ответить: { $message }
search-demo = Демо
search-demo-hint = Демо-перевозчик: ничего настоящего не продаётся
search-sort = Сортировка
search-sort-departure = По отправлению
search-sort-duration = По времени в пути
search-sort-price = По цене
search-class = Класс
search-class-all = Все классы
search-class-show-all = Показать все классы
search-nothing-in-class = В этом классе предложений нет.
search-nothing = На { $date } поездок по направлению { $from } — { $to } нет.
search-nothing-hint = Попробуйте другую дату, другой вид транспорта или соседнюю станцию.
search-next-day = Искать на следующий день

## Одно предложение

search-trip = { $mode ->
    [air] Рейс { $number }
    [rail] Поезд { $number }
   *[other] Автобус { $number }
}
search-departure = Отправление
search-arrival = Прибытие
search-duration = В пути
search-later-day = { $days ->
    [1] прибытие на следующий день
    [-1] прибытие накануне
    [one] прибытие через { $days } день
    [few] прибытие через { $days } дня
   *[many] прибытие через { $days } дней
}
search-fare = Тариф «{ $fare }»
search-seats-left = { $count ->
    [one] Осталось { $count } место
    [few] Осталось { $count } места
   *[many] Осталось { $count } мест
}
search-sold-out = Мест нет
search-price-for = { $count ->
    [one] за { $count } пассажира
   *[many] за { $count } пассажиров
}
search-delayed = Задержка { $minutes } мин
search-cancelled = Отменён
search-choose = Выбрать
search-choose-label = Выбрать: { $carrier } { $trip }, { $class }, { $price }

## Когда весь поиск не удался, по коду ошибки

search-error-title = Поиск не удался
search-error-unknown_place = Sapar не знает одно из мест. Выберите его из списка при вводе или проверьте написание.
search-error-not_found = Sapar не знает одно из мест. Выберите его из списка при вводе или проверьте написание.
search-error-past_date = Эта дата уже прошла. Выберите дату начиная с сегодняшней.
search-error-invalid_input = С такими данными искать нельзя. Проверьте места, дату и пассажиров.
search-error-offline = Нет связи: перевозчиков сейчас не опросить. Проверьте подключение к интернету и попробуйте ещё раз.
search-error-timeout = Перевозчики не ответили вовремя. Попробуйте ещё раз.
search-error-too_many_passengers = Слишком много пассажиров для одной брони: не больше 9.
search-retry = Повторить
