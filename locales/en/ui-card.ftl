# Paying by card in the desktop window: buying seats, paying the difference of an exchange.

card-number = Card number
card-expiry = Expiry (MM/YY)
card-expiry-placeholder = MM/YY
card-cvc = Security code
card-cvc-hint = 3 or 4 digits on the back of the card.
card-holder = Name on the card
card-number-missing = Write the card number.
card-number-invalid = This card number has a typo: check it against the card.
card-expiry-invalid = Write the month and year as on the card, e.g. 09/28.
card-expired = This card has expired.
card-cvc-invalid = The security code has 3 or 4 digits.
card-holder-missing = Write the name as on the card.

## Demo carriers take test cards only

card-demo-title = Demo carrier: test cards
card-demo-approved = approved
card-demo-declined = declined
card-demo-confirm = asks for a confirmation code (000000)
card-demo-rest = Any expiry date in the future, any 3-digit code. No money moves.
