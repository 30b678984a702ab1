# Sapar's desktop window.

ui-language = Language
ui-skip-to-content = Skip to the tickets

## Wallet screen

ui-wallet-title = My tickets
ui-wallet-view = Which trips to show
ui-wallet-upcoming = Upcoming
ui-wallet-past = Past
ui-wallet-loading = Loading tickets…
ui-wallet-empty-upcoming = Your wallet is empty: no upcoming trips. Tickets you buy or import appear here.
ui-wallet-empty-past = No past trips yet. Tickets move here after their departure.
ui-wallet-range = { $from }–{ $to } of { $total }
ui-wallet-pages = Pages of tickets
ui-wallet-previous = Previous
ui-wallet-next = Next
ui-wallet-retry = Try again

## One ticket

ui-ticket-trip = Trip { $number }
ui-ticket-route = From { $from } to { $to }
ui-ticket-departure = Departure
ui-ticket-local-time = Local time at { $place }
ui-ticket-passenger = Passenger
ui-ticket-seat = Seat
ui-ticket-carriage-seat = Car { $carriage }, seat { $seat }
ui-ticket-no-seat = Any free seat
ui-ticket-status = Status
ui-ticket-price = Price
ui-ticket-number = Ticket { $number }
ui-ticket-booking = Booking { $reference }

## Errors, by the code the app returns

ui-error-title = Something went wrong
ui-error-code = Code: { $code }
ui-error-unknown = Sapar could not do this. Try again; if it keeps happening, restart Sapar.
ui-error-newer_wallet = This wallet was saved by a newer version of Sapar. Update Sapar to open it; nothing in the wallet was changed.
ui-error-not_a_wallet = The wallet file is not a Sapar wallet. Move it aside or set another data folder.
ui-error-corrupt = The wallet file is damaged. Restore it from a backup; Sapar has not changed it.
ui-error-invalid_input = Sapar did not understand the request. Try again.
ui-error-not_found = Nothing was found.
ui-error-offline = No connection. Your tickets stay available offline.
ui-error-read_only = Sapar cannot write to the wallet: its folder is read-only. Check the folder's permissions.
ui-error-disk_full = The disk is full. Free some space, then try again.
ui-error-no_data_dir = Sapar could not find a folder for its data. Set SAPAR_DATA_DIR to a folder and restart Sapar.
ui-error-io = Sapar could not read or write the wallet file. Check the disk, then try again.
ui-error-db = The wallet could not answer. Try again; if it keeps happening, restart Sapar.

## Ticket details

ui-ticket-delay = Delayed by { $minutes } min
ui-ticket-platform = { $mode ->
    [air] Gate { $platform }
   *[other] Platform { $platform }
}
ui-berth-lower = lower berth
ui-berth-upper = upper berth
