# Finding a trip: the search form, the suggested places, the carriers' answers and the offers.

search-title = Find a trip
search-title-exchange = Choose the new trip
search-exchange-intro = Only trips of the booking’s carrier are shown. Choose one to see what the exchange costs.
search-exchange-passengers = The passengers stay those of the booking.
search-back-to-ticket = Back to the ticket
search-form = Trip search
search-start = Say where from, where to and when: every carrier is asked at once.

## Where, when, how

search-from = From
search-to = To
search-swap = Swap from and to
search-date = Date
search-today = Today
search-tomorrow = Tomorrow
search-mode = Transport
search-mode-any = Any
search-mode-air = Plane
search-mode-rail = Train
search-mode-bus = Bus

## Places suggested while typing

search-kind-airport = Airport
search-kind-railway_station = Railway station
search-kind-bus_terminal = Bus terminal
search-matched = { $matched } → { $name }
search-places-found = { $count ->
    [one] One place found
   *[other] { $count } places found
}
search-places-none = No place matches

## Passengers

search-passengers = Passengers
search-adults = Adults
search-children = Children
search-infants = Infants on a lap
search-adults-more = One more adult
search-adults-less = One adult fewer
search-children-more = One more child
search-children-less = One child fewer
search-infants-more = One more infant
search-infants-less = One infant fewer
search-summary-adults = { $count ->
    [one] { $count } adult
   *[other] { $count } adults
}
search-summary-children = { $count ->
    [one] { $count } child
   *[other] { $count } children
}
search-summary-infants = { $count ->
    [one] { $count } infant
   *[other] { $count } infants
}
search-passengers-rule = Children have a seat of their own; each infant travels on an adult’s lap. At most 9 passengers.
search-submit = Search
search-searching = Searching…

## What keeps the form from being searched

search-problem-from = Say where you travel from.
search-problem-to = Say where you travel to.
search-problem-same = From and to are the same place.
search-problem-date = Choose a date from today on.
search-problem-nobody = At least one adult or child travels.
search-problem-infants = Each infant travels on an adult’s lap: no more infants than adults.
search-problem-too-many = At most 9 passengers in one search.

## Results

search-results = Trips
search-asking = Asking the carriers…
search-count = { $count ->
    [one] One offer
   *[other] { $count } offers
}
search-carrier-answered = { $carrier }: { $count ->
    [0] no trips on this date
    [one] one trip
   *[other] { $count } trips
}
search-carrier-no-route = { $carrier } { $mode ->
    [air] doesn’t fly this route
    [rail] doesn’t run trains on this route
    [bus] doesn’t run buses on this route
   *[other] doesn’t serve this route
}
search-carrier-timeout = { $carrier } didn’t answer in time — try again
search-carrier-offline = { $carrier } cannot be reached: no connection — try again later
search-carrier-failed = { $carrier } could not answer: { $message }
search-demo = Demo
search-demo-hint = Demo carrier: nothing real is sold
search-sort = Sort by
search-sort-departure = Departure
search-sort-duration = Travel time
search-sort-price = Price
search-class = Class
search-class-all = All classes
search-class-show-all = Show all classes
search-nothing-in-class = No offers in this class.
search-nothing = No trips from { $from } to { $to } on { $date }.
search-nothing-hint = Try another date, another kind of transport or a nearby station.
search-next-day = Search the next day

## One offer

search-trip = { $mode ->
    [air] Flight { $number }
    [rail] Train { $number }
   *[other] Bus { $number }
}
search-departure = Departure
search-arrival = Arrival
search-duration = Travel time
search-later-day = { $days ->
    [1] arrives the next day
    [-1] arrives the day before
   *[other] arrives { $days } days later
}
search-fare = { $fare } fare
search-seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
search-sold-out = No seats left
search-price-for = { $count ->
    [one] for one passenger
   *[other] for { $count } passengers
}
search-delayed = Delayed by { $minutes } min
search-cancelled = Cancelled
search-choose = Choose
search-choose-label = Choose { $carrier } { $trip }, { $class }, { $price }

## When the whole search fails, by the code Sapar returns

search-error-title = The search did not work
search-error-unknown_place = Sapar does not know one of the places. Pick it from the list as you type, or check the spelling.
search-error-not_found = Sapar does not know one of the places. Pick it from the list as you type, or check the spelling.
search-error-past_date = That date has passed. Choose a date from today on.
search-error-invalid_input = Sapar cannot search with these details. Check the places, the date and the passengers.
search-error-offline = No connection: the carriers cannot be asked now. Check the internet connection and try again.
search-error-timeout = The carriers did not answer in time. Try again.
search-error-too_many_passengers = Too many passengers for one booking: at most 9.
search-retry = Try again
