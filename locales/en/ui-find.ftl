# Finding a trip.
find-title = Find a trip
find-title-exchange = Choose the new trip
find-back-to-ticket = Back to the ticket
find-from = From
find-to = To
find-swap = Swap from and to
find-date = Date
find-today = Today
find-tomorrow = Tomorrow
find-mode = Transport
find-mode-any = Any
find-passengers = Passengers
find-adults = Adults
find-children = Children
find-infants = Infants (on a lap)
find-more = One more: { $who }
find-less = One fewer: { $who }
find-submit = Search
find-searching = Searching…
find-problem-places = Say where from and where to.
find-problem-nobody = At least one adult or child travels.
find-problem-infants = Every infant travels on an adult's lap: no more infants than adults.
find-problem-too-many = At most 9 passengers in one booking.
find-kind-airport = Airport
find-kind-railway_station = Railway station
find-kind-bus_terminal = Bus terminal
find-matched = found by “{ $name }”
find-demo = Demo
find-carrier-waiting = { $carrier }: asking…
find-carrier-answered = { $carrier }: { $count ->
    [0] no trips
    [one] one trip
   *[other] { $count } trips
}
find-carrier-no-route = { $carrier } does not serve this route
find-carrier-timeout = { $carrier } did not answer in time — try again
find-carrier-failed = { $carrier } could not be asked now — try again later
find-sort = Sort by
find-sort-departure = Departure
find-sort-duration = Travel time
find-sort-price = Price
find-class = Class
find-class-any = Any class
find-count = { $count ->
    [one] one offer
   *[other] { $count } offers
}
find-status-delayed = Delayed { $minutes } min
find-status-cancelled = Cancelled
find-seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
find-choose = Choose
find-nothing = No trips on this date. Try another date or nearby stations.
