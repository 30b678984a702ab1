# Синхрондаудан кейінгі жүйелік хабарландырулар.
notify-delay-title = { $trip } кешігеді
notify-delay-body = { $from } → { $to }: { $minutes } минут кешігу
notify-cancelled-title = Тасымалдаушы рейсті тоқтатты
notify-cancelled-body = { $reference } брондауы, { $passenger }: билет күшін жойды. Ақшаны қайтару үшін оны Sapar-да ашыңыз.
notify-payment-title = Төлем өтті
notify-payment-body = { $reference } брондауы әмияныңызда.
notify-refund-title = Қайтару орындалды
notify-refund-body = Кезектегі { $reference } брондауын қайтару орындалды.
