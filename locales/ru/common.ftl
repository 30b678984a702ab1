app-name = Sapar
mode-air = Авиарейс
mode-rail = Поезд
mode-bus = Автобус
tickets-count = { $count ->
    [one] { $count } билет
    [few] { $count } билета
   *[many] { $count } билетов
}
status-held = Забронирован
status-issued = Оформлен
status-used = Использован
status-refunded = Возвращён
status-exchanged = Обменян
status-cancelled_by_carrier = Отменён перевозчиком
category-adult = Взрослый
category-child = Детский
category-infant = Младенец
document-kz_id_card = Удостоверение личности РК
document-kz_passport = Паспорт РК
document-birth_certificate = Свидетельство о рождении
document-foreign_passport = Иностранный паспорт
