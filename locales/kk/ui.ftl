# Sapar-дың компьютердегі терезесі.

ui-language = Тіл
ui-skip-to-content = Билеттерге өту

## Әмиян экраны

ui-wallet-title = Менің билеттерім
ui-wallet-view = Көрсетілетін сапарлар
ui-wallet-upcoming = Алдағы
ui-wallet-past = Өткен
ui-wallet-loading = Билеттер жүктелуде…
ui-wallet-empty-upcoming = Әмияныңыз бос: алдағы сапарлар жоқ. Сатып алған немесе импорттаған билеттеріңіз осында шығады.
ui-wallet-empty-past = Өткен сапарлар әзірге жоқ. Билеттер жөнелу уақыты өткен соң осында көшеді.
ui-wallet-range = { $total } ішінен { $from }–{ $to }
ui-wallet-pages = Билет беттері
ui-wallet-previous = Алдыңғы
ui-wallet-next = Келесі
ui-wallet-retry = Қайталау

## Билет

ui-ticket-trip = { $number } рейсі
ui-ticket-route = Бағыт: { $from } — { $to }
ui-ticket-departure = Жөнелу
ui-ticket-local-time = Жергілікті уақыт: { $place }
ui-ticket-passenger = Жолаушы
ui-ticket-seat = Орын
ui-ticket-carriage-seat = { $carriage }-вагон, { $seat }-орын
ui-ticket-no-seat = Кез келген бос орын
ui-ticket-status = Күйі
ui-ticket-price = Бағасы
ui-ticket-number = Билет { $number }
ui-ticket-booking = Брондау { $reference }

## Қолданба қайтаратын код бойынша қателер

ui-error-title = Бірдеңе дұрыс болмады
ui-error-code = Коды: { $code }
ui-error-unknown = Sapar бұл әрекетті орындай алмады. Қайталап көріңіз; қате қайталана берсе, Sapar-ды қайта іске қосыңыз.
ui-error-newer_wallet = Бұл әмиян Sapar-дың жаңарақ нұсқасымен сақталған. Оны ашу үшін Sapar-ды жаңартыңыз; әмиянда ештеңе өзгертілмеді.
ui-error-not_a_wallet = Әмиян файлы Sapar әмияны емес. Оны басқа жерге жылжытыңыз немесе басқа деректер қалтасын көрсетіңіз.
ui-error-corrupt = Әмиян файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз; Sapar оны өзгерткен жоқ.
ui-error-invalid_input = Sapar сұрауды түсінбеді. Қайталап көріңіз.
ui-error-not_found = Ештеңе табылмады.
ui-error-offline = Байланыс жоқ. Билеттеріңіз желісіз де қолжетімді.
ui-error-read_only = Sapar әмиянға жаза алмайды: қалта тек оқуға арналған. Қалтаның рұқсаттарын тексеріңіз.
ui-error-disk_full = Диск толып қалды. Орын босатып, қайталап көріңіз.
ui-error-no_data_dir = Sapar өз деректеріне қалта таба алмады. SAPAR_DATA_DIR арқылы қалтаны көрсетіп, Sapar-ды қайта іске қосыңыз.
ui-error-io = Sapar әмиян файлын оқи да, жаза да алмады. Дискіні тексеріп, қайталап көріңіз.
ui-error-db = Әмиян жауап бермеді. Қайталап көріңіз; қате қайталана берсе, Sapar-ды қайта іске қосыңыз.

## Билет туралы толығырақ

ui-ticket-delay = { $minutes } мин кешігеді
ui-ticket-platform = { $mode ->
    [air] { $platform }-шығу
   *[other] { $platform }-платформа
}
ui-berth-lower = төменгі
ui-berth-upper = жоғарғы
