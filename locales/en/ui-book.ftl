# Buying an offer in the desktop window: seats, passengers, payment, tickets.

book-steps = Steps of buying
book-step-seats = Seats
book-step-passengers = Passengers
book-step-payment = Payment
book-step-tickets = Tickets
book-continue = Continue
book-back = Back
book-back-to-search = Back to search
book-search-again = Search again

## The trip at the side

book-summary-title = Your trip
book-demo = Demo
book-fare = Fare
book-travellers = Travellers
book-seat-extra = including seat choice { $amount }
book-count-adult = { $count ->
    [one] { $count } adult
   *[other] { $count } adults
}
book-count-child = { $count ->
    [one] { $count } child
   *[other] { $count } children
}
book-count-infant = { $count ->
    [one] { $count } infant
   *[other] { $count } infants
}

## Seats

book-seats-title = Choose seats
book-seats-loading = Loading the seat map…
book-seats-assigned = This carrier gives out seats itself: they are assigned when the seats are held.
book-seats-choose = { $count ->
    [one] Choose a seat.
   *[other] Choose { $count } seats, one for each passenger with a seat.
}
book-seats-picked = Chosen: { $picked } of { $needed }.
book-seats-auto = Let the carrier choose
book-seat-unpick = Remove
book-carriages = Carriages
book-carriage = Carriage { $number }
book-carriage-full = Every seat of this carriage is taken.
book-seats-free = { $count ->
    [one] { $count } free
   *[other] { $count } free
}
book-picked-here = { $count ->
    [one] { $count } chosen
   *[other] { $count } chosen
}
book-compartment = Compartment { $n }
book-side-berths = Side berths
book-seat-in-carriage = Carriage { $carriage }, seat { $seat }
book-seat-number = Seat { $seat }
book-no-seat = No seat (on an adult's lap)
book-berth-lower = lower berth
book-berth-upper = upper berth
book-seat-taken-mark = taken
book-seat-for = chosen for passenger { $n }
book-feature-window = window
book-feature-aisle = aisle
book-feature-side = side berth
book-feature-exit_row = exit row
book-feature-front_row = front row
book-feature-extra_legroom = extra legroom
book-legend = Legend
book-legend-free = Free
book-legend-picked = Chosen
book-legend-taken = Taken
book-legend-berths = Upper berths (dashed) are drawn above the lower ones; odd numbers are lower berths.
book-seat-taken = { $count ->
    [1] Someone else has just taken this seat: { $seats }. Choose another one.
   *[other] Someone else has just taken these seats: { $seats }. Choose others.
}

## Passengers

book-passengers-title = Passengers
book-passengers-intro = Write the names in Latin letters exactly as in the document the passenger travels on.
book-passenger-n = Passenger { $n }
book-surname = Surname
book-given-names = Given names
book-latin-hint = Latin letters, as in the document.
book-document-type = Document
book-document-number = Document number
book-iin = IIN
book-iin-optional = IIN (if the document has one)
book-iin-hint = 12 digits. The birth date is filled in from it.
book-birth-date = Date of birth
book-birth-from-iin = Filled in from the IIN.
book-email = E-mail for the tickets (optional)
book-email-hint = The carrier sends the e-tickets to this address.
book-email-invalid = This does not look like an e-mail address.
book-checking = Checking the details…
book-holding = Holding the seats…
book-details-missing = { $count ->
    [one] One detail still needs attention.
   *[other] { $count } details still need attention.
}
book-show-missing = Show what is missing

## Problems with the passengers, by reason

book-problem-surname_missing = Write the surname.
book-problem-surname_not_latin = Write the surname in Latin letters, as in the document.
book-problem-given_names_not_latin = Write the given names in Latin letters, as in the document.
book-problem-document_number_missing = Write the document number.
book-problem-document_number_invalid = A document number has only letters and digits, at most 20.
book-problem-iin_missing = The IIN is needed with a Kazakhstan ID card or passport.
book-problem-iin_invalid = This IIN is not valid.
book-problem-birth_date_missing = The date of birth is needed for a child, an infant or a birth certificate.
book-problem-birth_date_in_future = The date of birth is after the trip.
book-problem-birth_date_implausible = This date of birth cannot be right.
book-problem-birth_certificate_not_for_age = A birth certificate is for children under 16.
book-problem-birth_certificate_not_for_age-age = A birth certificate is for children under 16; this passenger will be { $age }.
book-problem-category_mismatch = The age does not fit this fare category.
book-problem-category_mismatch-age = At { $age } the passenger cannot travel at the “{ $category }” fare.
book-problem-counts_differ_from_offer = The price was found for { $offered }; by their dates of birth the passengers are { $given }. Search again for these passengers.
book-problem-infant_without_adult = Every infant travels on an adult's lap: there cannot be more infants than adults.
book-problem-too_many_passengers = The carrier sells fewer passengers in one booking. Book them in two parts.
book-problem-infant_without_seat = An infant travels on an adult's lap, without a seat.
book-problem-seat_chosen_twice = The same seat is chosen for two passengers.
book-problem-required = This is needed.
book-problem-invalid_format = This is not written the way the carrier expects.
book-problem-too_long = This is too long.

## Payment

book-payment-title = Payment
book-hold-left = Time left to pay:
book-hold-explain = The seats and the price are held for you until then.
book-hold-hurry = Less than two minutes left: pay now, or the seats go back on sale.
book-hold-lapsed = Time is up: the seats went back on sale. Nothing was paid.
book-start-again = Start again
book-held-title = Held for you
book-code-asked = Your bank asks for a confirmation code. Enter the code it sent you.
book-code = Confirmation code
book-code-sandbox = Demo carrier: the code is 000000.
book-code-invalid = Write the code: 4 to 8 digits.
book-pay = Pay { $amount }
book-pay-confirm = Confirm and pay
book-paying = Paying…
book-cancel = Cancel and give the seats back
book-open-sync = Open Sync

## Errors while buying, by code

book-error-seat_taken = A chosen seat has just been taken. Choose another one.
book-error-sold_out = No seats are left in this class. Search again for another trip or class.
book-error-offer_expired = The price of this offer is no longer guaranteed. Search again for the current price.
book-error-invalid_passenger = The carrier did not accept some passenger details. Check them and try again.
book-error-too_many_passengers = The carrier sells fewer passengers in one booking.
book-error-offline = No connection to the carrier. Nothing was held or paid; try again when you are online.
book-error-timeout = The carrier did not answer in time. Nothing was held or paid; try again.
book-error-unavailable = The carrier's service is not available now. Try again in a few minutes.
book-error-internal = The carrier had a problem. Try again in a few minutes.
book-error-payment_declined = The card was declined. Nothing was paid: try another card.
book-error-payment_declined-code = The card was declined or the confirmation code was wrong. Nothing was paid.
book-error-hold_expired = The seats are no longer held. Start again.
book-error-bad_request = The carrier did not accept the card details. Check them and try again.
book-error-purchase_pending = The answer to the payment did not arrive, so the money may have been taken. Do not pay again: Sapar asks the carrier at the next sync and finishes the purchase, and the tickets then appear in the wallet.

## Tickets

book-done-title = Your tickets are in the wallet
book-demo-ticket = Demo ticket — nothing real was bought.
book-sent-to = The carrier sends the e-tickets to { $email }.
book-open-ticket = Open in wallet
book-saved-traveller = Fill in from someone booked before
book-saved-traveller-none = — a new traveller —
