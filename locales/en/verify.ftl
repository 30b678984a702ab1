### Offline verification of ticket codes: what a scan found, and the ticket it read.

verify-ticket-summary = Ticket { $number }, { $passenger }: { $mode } { $trip }, { $from } → { $to }, departure { $departure }.
verify-valid = Valid ticket: the carrier's signature is genuine and the ticket is in force.
verify-forged-signature = Forged ticket: the signature does not match the ticket's content. The code was altered or was not issued by { $carrier }.
verify-forged-content = Forged or damaged ticket: the code looks like a ticket code, but its content cannot be read.
verify-unknown-carrier = Cannot be checked: this device has no keys of carrier { $carrier }. Update the carriers' keys and scan again.
verify-unknown-key = Cannot be checked: carrier { $carrier } signed this ticket with key { $key }, which this device does not have. Update the carriers' keys and scan again.
verify-key-not-yet-in-use = Not valid: the ticket states it was issued before key { $key } of carrier { $carrier } came into use. Issued: { $issued }; key in use from: { $changed }.
verify-key-retired = Not valid: the ticket states it was issued after key { $key } of carrier { $carrier } was retired. Issued: { $issued }; key retired: { $changed }.
verify-key-withdrawn = Not valid: carrier { $carrier } withdrew key { $key }, so tickets signed with it can no longer be trusted. Key withdrawn: { $changed }.
verify-revoked-refunded = Not valid: the ticket was refunded. Refunded: { $at }.
verify-revoked-exchanged = Not valid: the ticket was exchanged for another one. Exchanged: { $at }.
verify-revoked-cancelled = Not valid: the ticket was cancelled. Cancelled: { $at }.
verify-revoked-other = Not valid: the carrier withdrew the ticket. Withdrawn: { $at }.
verify-not-yet-valid = Not valid yet: the ticket's validity has not begun. Valid from: { $from }.
verify-expired = No longer valid: the ticket's validity has ended. Valid until: { $until }.
verify-wrong-trip = Wrong trip: the ticket is for { $actual }, but this check is for { $expected }.
verify-malformed-not-ticket = Not a Sapar ticket: the code does not start with "{ $prefix }".
verify-malformed-characters = Damaged code: it has characters that a Sapar ticket code cannot have.
verify-malformed-too-short = Damaged code: it is too short to hold a ticket and its signature.
verify-malformed-version = This ticket code has format version { $version }, which this version of Sapar cannot read. Update Sapar.
