cli-error = error
cli-wallet-empty = Your wallet is empty. Tickets you buy or import appear here.
cli-page-empty = No tickets on this page.
cli-page-footer = Tickets { $from }–{ $to } of { $total }
cli-search-nothing = No tickets match “{ $text }”.
cli-places-nothing = No place matches “{ $text }”.
cli-removed = Booking { $reference } moved to the bin. Restore it with: sapar wallet restore { $reference }
cli-restored = Booking { $reference } is back in the wallet.
cli-bin-empty = The bin is empty.
cli-bin-emptied = { $count ->
    [one] Deleted { $count } booking for good.
   *[other] Deleted { $count } bookings for good.
}
cli-exporting = Exporting
cli-importing = Importing
cli-exported = { $count ->
    [one] Saved { $count } booking to { $file }.
   *[other] Saved { $count } bookings to { $file }.
}
cli-imported = Imported: { $added } new, { $updated } updated, { $unchanged } already there.
cli-carriage = car { $n }
cli-seat = seat { $n }
cli-booking = Booking
cli-bought = Bought
cli-ticket = Ticket
cli-total = Total
cli-iin-valid = Valid IIN: born { $date }, { $sex }.
berth-lower = lower
berth-upper = upper
sex-male = male
sex-female = female
cli-pdf-written = Tickets saved to { $file }.
cli-mail-sent = Tickets sent to { $to }.
cli-mail-queued = The mail server cannot be reached now ({ $reason }). The tickets wait in the queue and will be sent with: sapar mail retry
cli-mail-saved = Mail settings saved.
cli-mail-no-keyring = This computer has no keyring for the password: Sapar will read it from SAPAR_SMTP_PASSWORD.
cli-mail-queue-empty = No e-mails are waiting.
cli-ticket-not-valid = The ticket is not valid.
cli-import-added = { $file }: imported { $refs }
cli-import-updated = { $file }: updated { $refs }
cli-import-unchanged = { $file }: already in the wallet ({ $refs })
cli-import-skipped = { $file }: skipped — { $reason }
cli-import-code = Sapar ticket code of ticket { $ticket }: { $verdict }
cli-import-summary = Imported { $imported }, updated { $updated }, already there { $unchanged }, skipped { $skipped }.
cli-import-nothing = No ticket was found in what you gave.
cli-ics-written = { $count ->
    [one] Saved { $count } trip to { $file }.
   *[other] Saved { $count } trips to { $file }.
}
