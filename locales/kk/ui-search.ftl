# Сапар іздеу: іздеу формасы, ұсынылатын орындар, тасымалдаушылардың жауаптары және ұсыныстар.

search-title = Сапар іздеу
search-title-exchange = Жаңа сапарды таңдаңыз
search-exchange-intro = Тек осы брондаудың тасымалдаушысының сапарлары көрсетіледі. Айырбастау құнын көру үшін біреуін таңдаңыз.
search-exchange-passengers = Жолаушылар брондаудағыдай қалады.
search-back-to-ticket = Билетке оралу
search-form = Сапар іздеу
search-start = Қайдан, қайда және қашан екенін көрсетіңіз: барлық тасымалдаушыдан бірден сұраймыз.

## Қайдан, қашан, немен

search-from = Қайдан
search-to = Қайда
search-swap = «Қайдан» мен «Қайда» орнын ауыстыру
search-date = Күні
search-today = Бүгін
search-tomorrow = Ертең
search-mode = Көлік түрі
search-mode-any = Кез келген
search-mode-air = Ұшақ
search-mode-rail = Пойыз
search-mode-bus = Автобус

## Теру кезінде ұсынылатын орындар

search-kind-airport = Әуежай
search-kind-railway_station = Теміржол вокзалы
search-kind-bus_terminal = Автовокзал
search-matched = { $matched } → { $name }
search-places-found = { $count } орын табылды
search-places-none = Сәйкес орын табылмады

## Жолаушылар

search-passengers = Жолаушылар
search-adults = Ересектер
search-children = Балалар
search-infants = Қолдағы сәбилер
search-adults-more = Тағы бір ересек қосу
search-adults-less = Бір ересекті азайту
search-children-more = Тағы бір бала қосу
search-children-less = Бір баланы азайту
search-infants-more = Тағы бір сәби қосу
search-infants-less = Бір сәбиді азайту
search-summary-adults = { $count } ересек
search-summary-children = { $count } бала
search-summary-infants = { $count } сәби
search-passengers-rule = Баланың өз орны болады; сәби ересектің қолында жүреді. Ең көбі 9 жолаушы.
search-submit = Іздеу
search-searching = Іздеуде…

## Іздеуге не кедергі

search-problem-from = Қайдан шығатыныңызды көрсетіңіз.
search-problem-to = Қайда баратыныңызды көрсетіңіз.
search-problem-same = «Қайдан» мен «Қайда» бірдей.
search-problem-date = Бүгіннен бастап күнді таңдаңыз.
search-problem-nobody = Кемінде бір ересек немесе бала жол жүреді.
search-problem-infants = Әр сәби ересектің қолында жүреді: сәбилер ересектерден көп болмайды.
search-problem-too-many = Бір іздеуде 9 жолаушыдан артық болмайды.

## Нәтижелер

search-results = Сапарлар
search-asking = Тасымалдаушылардан сұрап жатырмыз…
search-count = { $count } ұсыныс
search-carrier-answered = { $carrier }: { $count ->
    [0] бұл күні рейс жоқ
   *[other] { $count } рейс
}
search-carrier-no-route = { $carrier } { $mode ->
    [air] бұл бағытқа ұшпайды
    [rail] бұл бағытта пойыз жүргізбейді
    [bus] бұл бағытта автобус жүргізбейді
   *[other] бұл бағытқа қатынамайды
}
search-carrier-timeout = { $carrier } уақытында жауап бермеді — қайта көріңіз
search-carrier-offline = { $carrier }: байланыс жоқ — кейінірек көріңіз
search-carrier-failed = { $carrier } жауап бере алмады: { $message }
search-demo = Демо
search-demo-hint = Демо тасымалдаушы: шын ештеңе сатылмайды
search-sort = Сұрыптау
search-sort-departure = Жөнелу уақыты
search-sort-duration = Жолдағы уақыт
search-sort-price = Бағасы
search-class = Класс
search-class-all = Барлық кластар
search-class-show-all = Барлық кластарды көрсету
search-nothing-in-class = Бұл класта ұсыныс жоқ.
search-nothing = { $date } күні { $from } — { $to } бағытында сапар табылмады.
search-nothing-hint = Басқа күнді, басқа көлік түрін немесе жақын маңдағы бекетті көріңіз.
search-next-day = Келесі күнге іздеу

## Бір ұсыныс

search-trip = { $mode ->
    [air] { $number } рейсі
    [rail] { $number } пойызы
   *[other] { $number } автобусы
}
search-departure = Жөнелу
search-arrival = Келу
search-duration = Жолда
search-later-day = { $days ->
    [1] келесі күні келеді
    [-1] алдыңғы күні келеді
   *[other] { $days } күннен кейін келеді
}
search-fare = «{ $fare }» тарифі
search-seats-left = { $count } орын қалды
search-sold-out = Орын қалмады
search-price-for = { $count } жолаушыға
search-delayed = { $minutes } мин кешігеді
search-cancelled = Тоқтатылды
search-choose = Таңдау
search-choose-label = Таңдау: { $carrier } { $trip }, { $class }, { $price }

## Іздеу толығымен сәтсіз болғанда, қате коды бойынша

search-error-title = Іздеу орындалмады
search-error-unknown_place = Sapar орындардың бірін білмейді. Теру кезінде оны тізімнен таңдаңыз немесе жазылуын тексеріңіз.
search-error-not_found = Sapar орындардың бірін білмейді. Теру кезінде оны тізімнен таңдаңыз немесе жазылуын тексеріңіз.
search-error-past_date = Бұл күн өтіп кетті. Бүгіннен бастап күнді таңдаңыз.
search-error-invalid_input = Осы деректермен іздеу мүмкін емес. Орындарды, күнді және жолаушыларды тексеріңіз.
search-error-offline = Байланыс жоқ: тасымалдаушылардан қазір сұрау мүмкін емес. Интернетке қосылуды тексеріп, қайта көріңіз.
search-error-timeout = Тасымалдаушылар уақытында жауап бермеді. Қайта көріңіз.
search-error-too_many_passengers = Бір брондау үшін жолаушы тым көп: ең көбі 9.
search-retry = Қайта көру
