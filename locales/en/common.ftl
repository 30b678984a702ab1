app-name = Sapar
mode-air = Flight
mode-rail = Train
mode-bus = Bus
tickets-count = { $count ->
    [one] { $count } ticket
   *[other] { $count } tickets
}
status-held = Held
status-issued = Issued
status-used = Used
status-refunded = Refunded
status-exchanged = Exchanged
status-cancelled_by_carrier = Cancelled by carrier
category-adult = Adult
category-child = Child
category-infant = Infant
document-kz_id_card = Kazakhstan ID card
document-kz_passport = Kazakhstan passport
document-birth_certificate = Birth certificate
document-foreign_passport = Foreign passport
