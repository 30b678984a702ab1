# Printed tickets (PDF, A4 and 80 mm receipts) and the e-mail that carries them.

ticket-heading = Electronic ticket
ticket-carrier = Carrier
ticket-trip-air = Flight
ticket-trip-rail = Train
ticket-trip-bus = Route
ticket-from = From
ticket-to = To
ticket-departure = Departure
ticket-arrival = Arrival
ticket-duration = Travel time
ticket-duration-hm = { $h } h { $m } min
ticket-duration-h = { $h } h
ticket-duration-m = { $m } min
ticket-date = { $day } { $month } { $year }
ticket-date-time = { $date }, { $time }
ticket-month-1 = January
ticket-month-2 = February
ticket-month-3 = March
ticket-month-4 = April
ticket-month-5 = May
ticket-month-6 = June
ticket-month-7 = July
ticket-month-8 = August
ticket-month-9 = September
ticket-month-10 = October
ticket-month-11 = November
ticket-month-12 = December

ticket-passenger = Passenger
ticket-document = Document
ticket-category = Fare category
ticket-class = Class
ticket-carriage = Carriage
ticket-seat = Seat
ticket-seat-berth = { $seat }, { $berth }
ticket-berth-lower = lower berth
ticket-berth-upper = upper berth
ticket-platform = Platform
ticket-class-coupe = Coupe
ticket-class-platzkart = Platzkart
ticket-class-seated = Seated
ticket-class-common = Common
ticket-class-sv = SV (2-berth)
ticket-class-lux = Lux
ticket-class-economy = Economy
ticket-class-business = Business
ticket-class-comfort = Comfort

ticket-price = Price
ticket-price-fare = Fare
ticket-price-reserved_seat = Reserved seat
ticket-price-sale_fee = Sale fee
ticket-price-service_fee = Service fee
ticket-price-airport_tax = Airport tax
ticket-price-fuel_surcharge = Fuel surcharge
ticket-price-insurance = Insurance
ticket-price-baggage = Baggage
ticket-total = Total

ticket-booking-reference = Booking reference
ticket-number = Ticket number
ticket-status = Status
ticket-not-valid = Not valid for travel
ticket-qr-caption = Show this code at boarding
ticket-no-qr = No QR code: the carrier has not signed this ticket yet. Give the ticket number at boarding.
ticket-boarding-note = Show this ticket and the document named on it at boarding.

ticket-rules = Refund and exchange
ticket-rule-tier = { $when }: { $what }
ticket-rule-when-any-before = before departure
ticket-rule-when-first-before = { $lower } or more before departure
ticket-rule-when-first-after = until { $lower } after departure
ticket-rule-when-before = { $lower } to { $upper } before departure
ticket-rule-when-until-departure = less than { $upper } before departure
ticket-rule-when-around = less than { $upper } before and up to { $lower } after departure
ticket-rule-when-after = { $upper } to { $lower } after departure
ticket-rule-later = Later: no refund
ticket-rule-full = full refund
ticket-rule-none = no refund
ticket-rule-fare-only = ticket part only
ticket-rule-fare-and-reserved = ticket part and { $reserved } % of the reserved-seat part
ticket-rule-parts = { $fare } % of the ticket part and { $reserved } % of the reserved-seat part
ticket-rule-fare-percent = { $fare } % of the fare
ticket-rule-with-cap = { $what }, at most { $cap } % of the fare withheld
ticket-rule-refund-fee = Refund fee: { $fee }
ticket-rule-online-closes = Online refunds close { $time } before departure
ticket-rule-non-refundable = Non-refundable fare
ticket-rule-exchange = Exchange until { $time } before departure, fee { $fee }
ticket-rule-exchange-free = Exchange until { $time } before departure, free of charge
ticket-rule-no-exchange = No exchange
ticket-rules-unknown = The carrier's conditions of carriage apply

ticket-support = Carrier support
ticket-support-phone = Phone: { $value }
ticket-support-email = E-mail: { $value }
ticket-support-web = Website: { $value }
ticket-support-hours = Hours: { $value }
ticket-sales-office = Sales office: { $office }
ticket-purchase = Place of purchase
ticket-channel-sapar = Sapar app
ticket-channel-carrier_online = Carrier's website
ticket-channel-sales_office = Ticket office
ticket-channel-import = Imported from a file
ticket-issued = Issued

ticket-mail-subject = Your tickets, booking { $reference }
ticket-mail-greeting = Hello!
ticket-mail-intro = { $count ->
    [one] Your ticket is attached to this e-mail as a PDF file.
   *[other] Your { $count } tickets are attached to this e-mail as one PDF file.
}
ticket-mail-outro = At boarding, show the QR code on your phone or on paper, together with the document named on the ticket. Have a good trip!
ticket-mail-signature = Sapar
