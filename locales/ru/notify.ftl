# Системные уведомления приложения после синхронизации.
notify-delay-title = { $trip } задерживается
notify-delay-body = { $from } → { $to }: опоздание { $minutes } { $minutes ->
    [one] минута
    [few] минуты
   *[many] минут
}
notify-cancelled-title = Перевозчик отменил рейс
notify-cancelled-body = Бронь { $reference }, { $passenger }: билет отменён. Откройте его в Sapar, чтобы вернуть деньги.
notify-payment-title = Оплата прошла
notify-payment-body = Бронь { $reference } уже в вашем кошельке.
notify-refund-title = Возврат выполнен
notify-refund-body = Возврат брони { $reference } из очереди выполнен.
