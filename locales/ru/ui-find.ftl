# Поиск поездки.
find-title = Найти поездку
find-title-exchange = Выберите новую поездку
find-back-to-ticket = Вернуться к билету
find-from = Откуда
find-to = Куда
find-swap = Поменять местами
find-date = Дата
find-today = Сегодня
find-tomorrow = Завтра
find-mode = Транспорт
find-mode-any = Любой
find-passengers = Пассажиры
find-adults = Взрослые
find-children = Дети
find-infants = Младенцы (на руках)
find-more = Добавить: { $who }
find-less = Убрать: { $who }
find-submit = Найти
find-searching = Ищем…
find-problem-places = Укажите, откуда и куда.
find-problem-nobody = Едет хотя бы один взрослый или ребёнок.
find-problem-infants = Каждый младенец едет на руках у взрослого: младенцев не больше, чем взрослых.
find-problem-too-many = В одной брони не больше 9 пассажиров.
find-kind-airport = Аэропорт
find-kind-railway_station = Вокзал
find-kind-bus_terminal = Автовокзал
find-matched = найдено по «{ $name }»
find-demo = Демо
find-carrier-waiting = { $carrier }: запрашиваем…
find-carrier-answered = { $carrier }: { $count ->
    [0] рейсов нет
    [one] { $count } рейс
    [few] { $count } рейса
   *[many] { $count } рейсов
}
find-carrier-no-route = { $carrier } не обслуживает этот маршрут
find-carrier-timeout = { $carrier } не ответил вовремя — попробуйте ещё раз
find-carrier-failed = { $carrier } сейчас недоступен — попробуйте позже
find-sort = Сортировка
find-sort-departure = Отправление
find-sort-duration = Время в пути
find-sort-price = Цена
find-class = Класс
find-class-any = Любой класс
find-count = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
   *[many] { $count } предложений
}
find-status-delayed = Задержка { $minutes } мин
find-status-cancelled = Отменён
find-seats-left = { $count ->
    [one] Осталось { $count } место
    [few] Осталось { $count } места
   *[many] Осталось { $count } мест
}
find-choose = Выбрать
find-nothing = На эту дату поездок нет. Попробуйте другую дату или соседние станции.
