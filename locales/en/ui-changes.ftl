# The window's first-run screen, carriers, sync, refunds and exchanges.

## First run

welcome-title = Welcome to Sapar
welcome-intro = Sapar buys, keeps, prints and checks electronic tickets for trains, planes and buses in Kazakhstan. Your tickets stay on this computer and open without the internet.
welcome-lang-title = Choose the language
welcome-demo-title = Demo carriers are on
welcome-demo-intro = To try Sapar at once, demo carriers run inside it: KTZ trains, Air Astana, FlyArystan and Dala Bus. They are marked “Demo”: nothing real is bought, and they take sandbox cards only (4242 4242 4242 4242).
welcome-demo-starting = Starting the demo carriers…
welcome-add-title = Add a real carrier
welcome-add-intro = A carrier that speaks Sapar’s open protocol gives you its code, the address of its service and an API key. You can also add carriers later in Settings.
welcome-start = Start: find a trip

## Carriers (Settings and the first run)

carriers-title = Carriers
carriers-intro = Searches and syncs use the carriers that are on. Removing a carrier deletes its API key; its tickets stay in the wallet and still verify offline.
carriers-loading = Loading the carriers…
carriers-empty = No carrier is set up. Searches use Sapar’s demo carriers until you add one.
carriers-demo = Demo
carriers-demo-hint = Demo carrier: nothing real is bought
carriers-modes = Runs
carriers-enabled = On
carriers-enabled-label = Use { $name } in searches and syncs
carriers-synced = Last sync: { $at }
carriers-never-synced = Not synced yet
carriers-sync-error = Last sync failed: { $error }
carriers-key-wallet = This computer has no system keyring: the API key is kept in the wallet file.
carriers-remove = Remove…
carriers-remove-label = Remove carrier { $name }
carriers-remove-question = Remove { $name }? Its API key is deleted; its tickets stay in the wallet.
carriers-remove-confirm = Remove
carriers-remove-cancel = Keep it
carriers-removed = Carrier { $name } removed. Its tickets stay in the wallet.
carriers-turned-on = { $name } is used in searches and syncs again.
carriers-turned-off = { $name } is left out of searches and syncs.
carriers-add-title = Add a carrier
carriers-add-code = Carrier code
carriers-add-code-hint = 2 to 8 Latin letters or digits, as the carrier gave it: KTZ, KC…
carriers-add-url = Service address
carriers-add-url-hint = Starts with https:// (http:// only on a local network).
carriers-add-key = API key
carriers-add-key-hint = Kept in the system keyring, never shown again.
carriers-add-submit = Add the carrier
carriers-adding = Adding…
carriers-added = Carrier { $name } added. Its fare rules and signing keys are saved for offline use.
carriers-added-unreachable = Carrier { $name } added, but it could not be reached now ({ $reason }). Sapar fetches its profile at the next sync.
carriers-bad-code = A carrier code is 2 to 8 Latin letters or digits.
carriers-bad-url = The address starts with https:// (or http:// on a local network).
carriers-bad-key = Paste the API key: visible characters, no spaces.
carriers-error-title = The carrier was not added
carriers-error-invalid_input = Sapar did not accept these details. Check the code, the address and the key.
carriers-error-unauthorized = The carrier refused this API key. Check the key the carrier gave you.
carriers-error-not_found = No Sapar service answers at this address. Check the address.
carriers-error-bad_request = The carrier did not understand Sapar’s request. Check the address.

## Sync screen

sync-title = Sync
sync-intro = While it runs, Sapar asks the carriers about your trips every five minutes: delays, platforms and gates, cancellations, new signing keys. Refunds asked for offline wait here until the carrier can be reached.
sync-now = Sync now
sync-running = Syncing…
sync-loading = Loading…
sync-report-title = What the latest sync brought
sync-nothing = Nothing new from the carriers.
sync-carriers-title = Carriers
sync-carriers-empty = No carrier is set up yet.
sync-carrier = Carrier
sync-last = Last sync
sync-never = Not yet
sync-state = State
sync-carrier-ok = Fine
sync-carrier-off = Off
sync-carrier-error = Failed: { $error }
sync-outbox-title = Refunds waiting
sync-outbox-empty = No refunds are waiting.
sync-outbox-booking = Booking { $reference } ({ $carrier })
sync-outbox-tickets = { $count ->
    [one] Ticket { $tickets }
   *[other] Tickets { $tickets }
}
sync-outbox-accepted = You accepted { $amount }.
sync-outbox-accepted-estimate = You accepted { $amount } (an estimate from the fare rules).
sync-outbox-offer = The carrier now refunds { $amount }: less than you accepted. Accept the new price, or withdraw the refund and keep the ticket.
sync-outbox-attempts = Tries: { $count }
sync-outbox-error = Last error: { $error }
sync-outbox-result = Refunded { $amount }.
sync-state-queued = Waiting to be sent
sync-state-needs_confirmation = Waits for your decision
sync-state-done = Done
sync-state-failed = Refused by the carrier
sync-accept = Accept { $amount }
sync-withdraw = Withdraw
sync-withdraw-label = Withdraw the refund of booking { $reference }
sync-accepted-done = Refunded { $amount } for booking { $reference }; the money goes back to the card.
sync-accepted-queued = The carrier cannot be reached now: the refund is sent at the next sync.
sync-accepted-again = The carrier’s price changed again: now { $amount }. Decide below.
sync-withdrawn = The refund of booking { $reference } was withdrawn; the ticket stays valid.
sync-payments-title = Payments waiting for an answer
sync-payments-intro = The carrier’s answer to these payments was lost. Sapar asks again at each sync: the booking arrives in your wallet, or Sapar tells you nothing was bought.
sync-payment = { $carrier }, hold { $hold }: { $amount } (tries: { $attempts })

## What a sync brought, line by line

sync-change-delay = { $reference }: { $trip } from { $from } on { $date } is delayed by { $minutes } min.
sync-change-on-time = { $reference }: { $trip } from { $from } on { $date } runs on time again.
sync-change-platform = { $reference }: { $trip } from { $from } leaves from platform or gate { $platform }.
sync-change-platform-moved = { $reference }: { $trip } from { $from } now leaves from platform or gate { $platform } (was { $previous }).
sync-change-status = { $reference }: ticket { $ticket } ({ $passenger }) — { $status }.
sync-change-keys = { $carrier } has new signing keys ({ $count } known).
sync-change-booking = { $reference }: the carrier updated the booking.
sync-purchase-completed = A payment left unfinished went through: booking { $reference } is in your wallet.
sync-purchase-failed = A payment left unfinished did not go through; nothing was bought: { $reason }
sync-purchase-pending = A payment to { $carrier } still waits for the carrier’s answer; Sapar asks again at the next sync.
sync-refund-done = The refund of booking { $reference } went through: { $amount } back to the card.
sync-refund-needs-confirmation = Refund of booking { $reference }: the carrier now offers { $amount }. Accept or withdraw it below.
sync-refund-queued = The refund of booking { $reference } still waits: { $reason }
sync-refund-failed = The carrier refused the refund of booking { $reference }: { $reason }
sync-carrier-failed = { $carrier }: sync failed — { $reason }

## Refund and exchange of a ticket

chg-title = Refund or exchange
chg-intro = Return the ticket for money back to the card, or change it for another trip with the same carrier. Sapar shows the fee before anything is done.
chg-refund = Refund…
chg-exchange = Exchange for another trip…
chg-refund-title = Refund of ticket { $number }
chg-refund-asking = Asking the carrier what the refund returns…
chg-refund-ticket = Ticket
chg-refund-rule = Rule
chg-refund-fee = Refund fee
chg-refund-withheld = Kept by the carrier
chg-refund-back = Back to your card
chg-refund-total-fee = Fees in all
chg-refund-total = Back to your card in all
chg-refund-estimate = Estimate — the carrier confirms when online. Sapar worked it out from the fare rules saved in the wallet, because the carrier cannot be reached now.
chg-refund-estimate-reason = Reason: { $reason }
chg-refund-expires = The carrier’s price holds until { $time }.
chg-refund-confirm = Confirm refund
chg-refund-sending = Refunding…
chg-refund-cancel = Cancel
chg-refund-done = Refunded: { $amount } goes back to the card. The ticket is no longer valid for travel.
chg-refund-queued = Queued: the refund is sent when Sapar is online. Reason: { $reason }
chg-refund-needs-confirmation = The carrier now refunds { $offer }, less than the { $accepted } you accepted. Nothing is refunded until you accept the new price or withdraw the refund.
chg-open-sync = Open the Sync screen
chg-close = Close

chg-exchange-title = Exchange of ticket { $number }
chg-exchange-back = Back to the ticket
chg-exchange-other = Choose another trip
chg-exchange-old = Your trip now
chg-exchange-new = New trip
chg-exchange-trip = { $mode } { $number }
chg-exchange-asking = Asking the carrier what the exchange costs…
chg-exchange-quote-title = What the exchange costs
chg-exchange-old-value = Your ticket counts for
chg-exchange-new-price = The new trip costs
chg-exchange-fee = Re-issue fee
chg-exchange-to-pay = To pay
chg-exchange-to-refund = Back to your card
chg-exchange-even = Nothing to pay and nothing back.
chg-exchange-expires = The carrier holds this price until { $time }.
chg-exchange-unreachable = The carrier cannot be reached now. An exchange needs the carrier online, to confirm the new seat and its price. Try again when connected.
chg-exchange-rules-fee = By the fare rules saved in the wallet, the re-issue fee is { $fee }.
chg-exchange-retry = Ask again
chg-exchange-confirm = Confirm exchange
chg-exchange-confirm-pay = Pay { $amount } and exchange
chg-exchange-sending = Exchanging…
chg-exchange-no-ticket = The exchange went through, but Sapar could not find the new ticket in the booking. Look for it in your tickets.

chg-card-title = Card for the difference

chg-error-title = Not done
chg-error-detail = Details: { $detail }
chg-error-refund_closed = This ticket can no longer be refunded online: its fare rules close refunds. The carrier’s ticket offices may still help.
chg-error-exchange_closed = This ticket can no longer be exchanged online: its fare rules close exchanges.
chg-error-offline = The carrier cannot be reached now. Try again when connected.
chg-error-timeout = The carrier did not answer in time. Try again.
chg-error-offer_expired = The carrier’s price has expired. Ask for a new price.
chg-error-sold_out = No seats are left on the new trip. Choose another trip.
chg-error-seat_taken = The seat on the new trip was just taken. Choose another trip.
chg-error-payment_declined = The card was declined. Check its details or use another card.
chg-error-payment_requires_confirmation = The bank asks to confirm this payment, which Sapar cannot do for an exchange. Use another card.
chg-error-invalid_state = The carrier says the ticket cannot be changed in its present state. Sync, then open the ticket again.
chg-error-invalid_input = This cannot be done for this ticket now.
chg-error-unauthorized = The carrier refused Sapar’s API key. Check the carrier in Settings.
chg-error-not_found = The carrier no longer knows this booking or price. Sync, then try again.
