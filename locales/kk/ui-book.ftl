# Sapar терезесінде ұсынысты сатып алу: орындар, жолаушылар, төлем, билеттер.

book-steps = Сатып алу қадамдары
book-step-seats = Орындар
book-step-passengers = Жолаушылар
book-step-payment = Төлем
book-step-tickets = Билеттер
book-continue = Жалғастыру
book-back = Артқа
book-back-to-search = Іздеуге оралу
book-search-again = Қайта іздеу

## Бүйірдегі сапар

book-summary-title = Сіздің сапарыңыз
book-demo = Демо
book-fare = Тариф
book-travellers = Жолаушылар
book-seat-extra = орын таңдауымен қоса { $amount }
book-count-adult = { $count } ересек
book-count-child = { $count } бала
book-count-infant = { $count } нәресте

## Орындар

book-seats-title = Орын таңдау
book-seats-loading = Орындар сызбасы жүктелуде…
book-seats-assigned = Бұл тасымалдаушы орындарды өзі бөледі: олар брондау кезінде беріледі.
book-seats-choose = { $count ->
    [one] Бір орын таңдаңыз.
   *[other] { $count } орын таңдаңыз: орны бар әр жолаушыға біреуден.
}
book-seats-picked = Таңдалды: { $needed } ішінен { $picked }.
book-seats-auto = Тасымалдаушы таңдасын
book-seat-unpick = Алып тастау
book-carriages = Вагондар
book-carriage = { $number }-вагон
book-carriage-full = Бұл вагонда бос орын жоқ.
book-seats-free = { $count } бос орын
book-picked-here = { $count } таңдалды
book-compartment = { $n }-купе
book-side-berths = Бүйірдегі орындар
book-seat-in-carriage = { $carriage }-вагон, { $seat }-орын
book-seat-number = { $seat }-орын
book-no-seat = Орынсыз (ересектің қолында)
book-berth-lower = төменгі сөре
book-berth-upper = жоғарғы сөре
book-seat-taken-mark = бос емес
book-seat-for = { $n }-жолаушыға таңдалды
book-feature-window = терезе жанында
book-feature-aisle = өткел жанында
book-feature-side = бүйірдегі орын
book-feature-exit_row = апаттық шығу жанындағы қатар
book-feature-front_row = алдыңғы қатар
book-feature-extra_legroom = аяққа кеңірек орын
book-legend = Белгілер
book-legend-free = Бос
book-legend-picked = Таңдалған
book-legend-taken = Бос емес
book-legend-berths = Жоғарғы сөрелер (үзік сызықпен) төменгілердің үстінде көрсетілген; тақ нөмірлер — төменгі сөрелер.
book-seat-taken = { $count ->
    [1] Бұл орынды жаңа ғана басқа біреу алып қойды: { $seats }. Басқа орын таңдаңыз.
   *[other] Бұл орындарды жаңа ғана басқалар алып қойды: { $seats }. Басқаларын таңдаңыз.
}

## Жолаушылар

book-passengers-title = Жолаушылар
book-passengers-intro = Аты-жөнін жолаушы жол жүретін құжаттағыдай латын әріптерімен жазыңыз.
book-passenger-n = { $n }-жолаушы
book-surname = Тегі
book-given-names = Аты
book-latin-hint = Құжаттағыдай латын әріптерімен.
book-document-type = Құжат
book-document-number = Құжат нөмірі
book-iin = ЖСН
book-iin-optional = ЖСН (құжатта болса)
book-iin-hint = 12 цифр. Туған күні осы нөмірден толтырылады.
book-birth-date = Туған күні
book-birth-from-iin = ЖСН бойынша толтырылды.
book-email = Билеттерге арналған e-mail (міндетті емес)
book-email-hint = Тасымалдаушы электрондық билеттерді осы мекенжайға жібереді.
book-email-invalid = Бұл электрондық пошта мекенжайына ұқсамайды.
book-checking = Деректер тексерілуде…
book-holding = Орындар брондалуда…
book-details-missing = Тағы { $count } өрісті толтыру немесе түзету керек.
book-show-missing = Не жетіспейтінін көрсету

## Жолаушы деректеріндегі қателер, себебі бойынша

book-problem-surname_missing = Тегін жазыңыз.
book-problem-surname_not_latin = Тегін құжаттағыдай латын әріптерімен жазыңыз.
book-problem-given_names_not_latin = Атын құжаттағыдай латын әріптерімен жазыңыз.
book-problem-document_number_missing = Құжат нөмірін жазыңыз.
book-problem-document_number_invalid = Құжат нөмірінде тек әріптер мен цифрлар болады, 20 таңбадан аспайды.
book-problem-iin_missing = ҚР жеке куәлігімен немесе төлқұжатымен ЖСН қажет.
book-problem-iin_invalid = Бұл ЖСН жарамсыз.
book-problem-birth_date_missing = Бала, нәресте немесе туу туралы куәлік үшін туған күні қажет.
book-problem-birth_date_in_future = Туған күні сапар күнінен кейін тұр.
book-problem-birth_date_implausible = Мұндай туған күн болуы мүмкін емес.
book-problem-birth_certificate_not_for_age = Туу туралы куәлік 16 жасқа толмаған балаларға арналған.
book-problem-birth_certificate_not_for_age-age = Туу туралы куәлік 16 жасқа толмаған балаларға арналған, ал жолаушы сапар кезінде { $age } жаста болады.
book-problem-category_mismatch = Жасы бұл тариф санатына сәйкес келмейді.
book-problem-category_mismatch-age = { $age } жастағы жолаушы «{ $category }» тарифімен жүре алмайды.
book-problem-counts_differ_from_offer = Баға мына жолаушыларға табылған: { $offered }; туған күндері бойынша жолаушылар: { $given }. Осы жолаушыларға қайта іздеңіз.
book-problem-infant_without_adult = Әр нәресте ересектің қолында жүреді: нәрестелер ересектерден көп бола алмайды.
book-problem-too_many_passengers = Тасымалдаушы бір брондауда азырақ жолаушы сатады. Оларды екі бөлікке бөліп рәсімдеңіз.
book-problem-infant_without_seat = Нәресте ересектің қолында, орынсыз жүреді.
book-problem-seat_chosen_twice = Бір орын екі жолаушыға таңдалған.
book-problem-required = Бұл өрісті толтыру қажет.
book-problem-invalid_format = Бұл тасымалдаушы күткендей жазылмаған.
book-problem-too_long = Тым ұзын.

## Төлем

book-payment-title = Төлем
book-hold-left = Төлеуге қалған уақыт:
book-hold-explain = Осы уақытқа дейін орындар мен баға сізге бекітілген.
book-hold-hurry = Екі минуттан аз қалды: қазір төлеңіз, әйтпесе орындар қайта сатылымға шығады.
book-hold-lapsed = Уақыт бітті: орындар қайта сатылымға шықты. Ештеңе төленген жоқ.
book-start-again = Қайта бастау
book-held-title = Сізге брондалды
book-code-asked = Банк растау кодын сұрайды. Ол жіберген кодты енгізіңіз.
book-code = Растау коды
book-code-sandbox = Демо тасымалдаушы: код 000000.
book-code-invalid = Кодты енгізіңіз: 4-тен 8-ге дейін цифр.
book-pay = { $amount } төлеу
book-pay-confirm = Растау және төлеу
book-paying = Төленуде…
book-cancel = Бас тарту және орындарды қайтару
book-open-sync = Синхрондауды ашу

## Сатып алу кезіндегі қателер, коды бойынша

book-error-seat_taken = Таңдалған орынды жаңа ғана біреу алып қойды. Басқасын таңдаңыз.
book-error-sold_out = Бұл класта орын қалмады. Басқа сапарды немесе класты іздеңіз.
book-error-offer_expired = Бұл ұсыныстың бағасына енді кепілдік жоқ. Өзекті бағаны білу үшін қайта іздеңіз.
book-error-invalid_passenger = Тасымалдаушы жолаушылардың кейбір деректерін қабылдамады. Тексеріп, қайталап көріңіз.
book-error-too_many_passengers = Тасымалдаушы бір брондауда азырақ жолаушы сатады.
book-error-offline = Тасымалдаушымен байланыс жоқ. Ештеңе брондалған да, төленген де жоқ; интернет пайда болғанда қайталап көріңіз.
book-error-timeout = Тасымалдаушы уақытында жауап бермеді. Ештеңе брондалған да, төленген де жоқ; қайталап көріңіз.
book-error-unavailable = Тасымалдаушының қызметі қазір қолжетімсіз. Бірнеше минуттан кейін қайталап көріңіз.
book-error-internal = Тасымалдаушы жағында ақау болды. Бірнеше минуттан кейін қайталап көріңіз.
book-error-payment_declined = Карта қабылданбады. Ештеңе төленген жоқ: басқа картаны қолданып көріңіз.
book-error-payment_declined-code = Карта қабылданбады немесе растау коды қате. Ештеңе төленген жоқ.
book-error-hold_expired = Орындар енді брондалмаған. Қайта бастаңыз.
book-error-bad_request = Тасымалдаушы карта деректерін қабылдамады. Тексеріп, қайталап көріңіз.
book-error-purchase_pending = Төлемге жауап келмеді, сондықтан ақша шешілген болуы мүмкін. Қайта төлемеңіз: келесі синхрондауда Sapar тасымалдаушыдан анықтап, сатып алуды аяқтайды, сонда билеттер әмиянда пайда болады.

## Билеттер

book-done-title = Билеттеріңіз әмиянда
book-demo-ticket = Демо билет — шын ештеңе сатып алынған жоқ.
book-sent-to = Тасымалдаушы электрондық билеттерді { $email } мекенжайына жібереді.
book-open-ticket = Әмиянда ашу
book-saved-traveller = Бұрынғы сапарлардан толтыру
book-saved-traveller-none = — жаңа жолаушы —
