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

## Sections of the window

ui-nav-search = Buy
ui-nav-sync = Sync
ui-nav-label = Sections
ui-nav-wallet = Tickets
ui-nav-verify = Verify
ui-nav-settings = Settings

## Wallet: search, trips, the bin

ui-wallet-search-label = Search all tickets
ui-wallet-search-placeholder = Name, IIN, document, booking, ticket number, place or date
ui-wallet-search-clear = Clear the search
ui-wallet-searching = Searching…
ui-wallet-found = { $count ->
    [one] { $count } ticket found
   *[other] { $count } tickets found
}
ui-wallet-no-match = No ticket matches “{ $query }”.
ui-wallet-open-bin = Bin
ui-wallet-calendar = Add upcoming trips to calendar…
ui-wallet-calendar-saved = Saved your upcoming trips for the calendar: { $path }
ui-wallet-open-ticket = Open ticket { $number }
ui-wallet-remove = Move to bin
ui-wallet-remove-label = Move booking { $reference } to the bin
ui-wallet-removed = Booking { $reference } moved to the bin.
ui-wallet-undo = Undo
ui-wallet-restored = Booking { $reference } is back in the wallet.
ui-trip-passengers = { $count ->
    [one] { $count } passenger
   *[other] { $count } passengers
}

## Ticket screen

ui-detail-back = Back to tickets
ui-detail-title = Ticket { $number }
ui-detail-qr-title = Ticket code
ui-detail-qr-open = Show the code full screen
ui-detail-qr-hint = Click the code to show it full screen to the conductor or at the gate.
ui-detail-original-barcode = Barcode of the original ticket ({ $format }), as the carrier issued it.
ui-detail-duration-value = { $hours } h { $minutes } min
ui-detail-issued-value = { $date }, { $time } ({ $offset })
ui-detail-contact = Contact e-mail
ui-detail-support-phone = Phone
ui-detail-support-email = E-mail
ui-detail-support-web = Website
ui-detail-support-hours = Hours
ui-detail-office = Nearest sales office
ui-detail-no-carrier = Sapar has no contacts for carrier { $code }.
ui-detail-actions = Save, print or send
ui-detail-paper = Paper
ui-detail-paper-a4 = A4 page
ui-detail-paper-receipt = 80 mm receipt
ui-detail-save-pdf = Save PDF…
ui-detail-saved = Saved: { $path }
ui-detail-print = Print…
ui-detail-print-opened = The ticket is open in your PDF viewer: print it from there.
ui-detail-calendar = Add to calendar…
ui-detail-calendar-saved = Calendar file saved: { $path }. Open it to add the trip to your calendar.
ui-detail-email-title = Send by e-mail
ui-detail-email-to = Recipient’s e-mail
ui-detail-email-send = Send
ui-detail-email-sending = Sending…
ui-detail-email-sent = Sent to { $to }.
ui-detail-email-queued = The mail server cannot take the message now. It is queued and will be sent on the next try (Settings → Waiting to be sent). Reason: { $reason }
ui-detail-email-no-server = Set up a mail server in Settings first.
ui-detail-remove = Move booking to bin
ui-detail-remove-hint = { $count ->
    [one] The booking has one ticket: this one.
   *[other] The booking has { $count } tickets; all of them go to the bin.
}

## The code full screen

ui-qr-caption = Show this code to the conductor or at the gate.
ui-qr-bright = Turn the screen brightness up so the scanner reads the code at once.
ui-qr-close = Close

## Verify screen

ui-verify-title = Verify a ticket
ui-verify-intro = Checks a ticket code offline with the carriers’ keys kept in the wallet. Paste the code, or open a photo or screenshot of its QR.
ui-verify-code = Ticket code
ui-verify-code-hint = The text of the code starts with “SPR:”.
ui-verify-trip = Trip number (optional)
ui-verify-trip-hint = Also check that the ticket is for this train, flight or route.
ui-verify-check = Check
ui-verify-checking = Checking…
ui-verify-picture = Open a picture…
ui-verify-empty = Paste a ticket code first.
ui-verify-codes-found = { $count ->
    [one] One code in the picture
   *[other] { $count } codes in the picture
}
ui-verify-ticket = What the ticket says
ui-verify-verdict-valid = Valid ticket
ui-verify-verdict-forged = Forged ticket
ui-verify-verdict-unknown_carrier = Cannot check: unknown carrier
ui-verify-verdict-unknown_key = Cannot check: unknown key
ui-verify-verdict-key_not_valid_at_issue = Not valid: wrong key
ui-verify-verdict-revoked = Not valid: withdrawn
ui-verify-verdict-not_yet_valid = Not valid yet
ui-verify-verdict-expired = Expired
ui-verify-verdict-wrong_trip = Another trip
ui-verify-verdict-malformed = Not a ticket code

## Settings screen

ui-settings-title = Settings
ui-settings-language = Language
ui-settings-mail = E-mail server
ui-settings-mail-intro = Tickets are sent through your own mail server (SMTP). The password is kept in the system keyring, never in Sapar’s files.
ui-settings-mail-host = Server
ui-settings-mail-port = Port
ui-settings-mail-security = Security
ui-settings-mail-security-tls = TLS (usually port 465)
ui-settings-mail-security-start_tls = STARTTLS (usually port 587)
ui-settings-mail-security-plain = None (a server on this computer only)
ui-settings-mail-username = User name
ui-settings-mail-password = Password
ui-settings-mail-password-keep = Leave empty to keep the saved password.
ui-settings-mail-from = Sender address
ui-settings-mail-save = Save
ui-settings-mail-saving = Saving…
ui-settings-mail-saved = Saved.
ui-settings-mail-saved-keyring = Saved. The password is in the system keyring.
ui-settings-mail-saved-no-keyring = Saved, but the system keyring did not take the password: set SAPAR_SMTP_PASSWORD before starting Sapar.
ui-settings-queue = Waiting to be sent
ui-settings-queue-empty = Nothing is waiting: every e-mail was sent.
ui-settings-queue-item = { $key } → { $to } (tries: { $attempts })
ui-settings-queue-retry = Try again now
ui-settings-queue-sent = Sent: { $key } → { $to }
ui-settings-queue-still = Still waiting: { $key } → { $to }
ui-settings-queue-failed = Not sent: { $key } → { $to }
ui-settings-backup = Backup and moving to another computer
ui-settings-backup-intro = Export writes every booking to one file. Import it on another computer, or here to restore: bookings already in the wallet are never doubled.
ui-settings-export = Export the wallet…
ui-settings-import = Import a backup…
ui-settings-exported = Written: { $path } (bookings: { $bookings }, tickets: { $tickets }).
ui-settings-imported = Imported. New bookings: { $added }, updated: { $updated }, already here: { $unchanged }.
ui-settings-data = Data folder
ui-settings-data-intro = The wallet and the settings live here. Start Sapar with SAPAR_DATA_DIR set to use another folder.
ui-settings-data-show = Show in the file manager

## Bin screen

ui-bin-title = Bin
ui-bin-intro = Removed bookings wait here until you empty the bin.
ui-bin-empty = The bin is empty.
ui-bin-restore = Restore
ui-bin-restore-label = Restore booking { $reference }
ui-bin-route = Route
ui-bin-departure = Departure (UTC)
ui-bin-removed-at = Removed (UTC)
ui-bin-empty-button = Empty the bin…
ui-bin-empty-question = Delete these bookings for good? They cannot be restored.
ui-bin-empty-confirm = Delete for good
ui-bin-empty-cancel = Keep them
ui-bin-emptied = Bookings deleted: { $count }.

## Native dialogs (titles and file types)

ui-dialog-save-pdf = Save the ticket as PDF
ui-dialog-save-calendar = Save the trip for your calendar
ui-dialog-export = Export the wallet
ui-dialog-import = Import a wallet backup
ui-dialog-open-picture = Open a picture of a ticket code
ui-dialog-import-tickets = Import tickets bought elsewhere
ui-dialog-filter-pdf = PDF documents
ui-dialog-filter-ics = Calendar files
ui-dialog-filter-backup = Sapar wallet backups
ui-dialog-filter-tickets = Tickets: boarding passes, Wallet passes, PDFs, pictures
ui-dialog-filter-picture = Pictures

## More errors, by code

ui-error-file_write = Sapar could not write the file. Check the folder and the free space, then try again.
ui-error-open_failed = No program opened the file. Install a PDF viewer, or save the PDF and open it yourself.
ui-error-window = The window could not switch to full screen.
ui-error-bad_export_file = This file is not a Sapar wallet backup.
ui-error-newer_export = This backup was made by a newer version of Sapar. Update Sapar to import it.
ui-error-invalid_transition = The backup holds a ticket in an earlier state than the wallet; nothing was imported.
ui-error-conflict = A ticket number in the backup belongs to another booking in the wallet; nothing was imported.
ui-error-mail_bad_address = The e-mail address is not valid. Check it and try again.
ui-error-mail_auth_failed = The mail server refused the user name or password. Check them in Settings.
ui-error-mail_refused = The mail server refused the message.
ui-error-mail_tls = A secure connection to the mail server failed. Check the security and the port in Settings.
ui-error-mail_message = The message could not be put together.
ui-error-mail_unreachable = The mail server cannot be reached.
ui-error-mail_deferred = The mail server asked to try again later.

ui-sync-changed = { $count ->
    [one] Sync: one change in your tickets
   *[other] Sync: { $count } changes in your tickets
}
