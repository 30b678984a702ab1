# System notifications the app shows after a sync.
notify-delay-title = { $trip } is delayed
notify-delay-body = { $from } → { $to }: { $minutes ->
    [one] { $minutes } minute late
   *[other] { $minutes } minutes late
}
notify-cancelled-title = Trip cancelled by the carrier
notify-cancelled-body = Booking { $reference }, { $passenger }: the ticket was cancelled. Open it in Sapar for a refund.
notify-payment-title = Payment went through
notify-payment-body = Booking { $reference } is in your wallet.
notify-refund-title = Refund done
notify-refund-body = The queued refund of booking { $reference } went through.
