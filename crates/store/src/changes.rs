//! What a carrier's feed says, in the wallet's terms ([`FeedEffect`]), and what
//! applying it changed, for the person to notice ([`Change`]).

use sapar_domain::TicketStatus;
use sapar_ticket::Revocation;
use serde::{Deserialize, Serialize};

/// One thing a carrier's feed says, in the wallet's terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeedEffect {
    /// A trip's announced delay is now this.
    TripDelayed {
        /// The carrier's trip id.
        trip_id: String,
        /// Minutes (0 on time).
        delay_minutes: i32,
    },
    /// A trip's platform or gate is now this.
    PlatformChanged {
        /// The carrier's trip id.
        trip_id: String,
        /// Platform or gate.
        platform: String,
    },
    /// A trip was cancelled: its tickets are cancelled by the carrier.
    TripCancelled {
        /// The carrier's trip id.
        trip_id: String,
    },
    /// A ticket moved to a status (applied when the lifecycle allows it).
    TicketStatus {
        /// The ticket number.
        ticket_number: String,
        /// Its new status.
        status: TicketStatus,
    },
    /// A ticket must no longer be accepted.
    Revoked {
        /// The ticket number.
        ticket_number: String,
        /// Why and when.
        revocation: Revocation,
    },
}

/// Something in the wallet that changed, for the person to notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// A booked trip is delayed (or on time again).
    Delay {
        /// The carrier.
        carrier: String,
        /// The booking.
        reference: String,
        /// Train, flight or route number.
        trip_number: String,
        /// Departure place code.
        from_code: String,
        /// Arrival place code.
        to_code: String,
        /// Scheduled departure, RFC 3339 UTC.
        departure_utc: String,
        /// The delay now, minutes.
        delay_minutes: i32,
        /// The delay before, minutes.
        previous_minutes: i32,
    },
    /// A booked trip's platform or gate was announced or changed.
    Platform {
        /// The carrier.
        carrier: String,
        /// The booking.
        reference: String,
        /// Train, flight or route number.
        trip_number: String,
        /// Departure place code.
        from_code: String,
        /// The platform or gate now.
        platform: String,
        /// The one before, if any.
        previous: Option<String>,
    },
    /// A ticket's status changed (cancelled by the carrier, refunded, exchanged…).
    TicketStatus {
        /// The carrier.
        carrier: String,
        /// The booking.
        reference: String,
        /// The ticket.
        ticket_number: String,
        /// `SURNAME Given`.
        passenger: String,
        /// Before.
        from: TicketStatus,
        /// Now.
        to: TicketStatus,
    },
    /// The carrier's signing keys were updated.
    Keys {
        /// The carrier.
        carrier: String,
        /// How many keys the wallet now knows for it.
        keys: u32,
    },
    /// A booking was refreshed from the carrier (new tickets after an exchange…).
    Booking {
        /// The carrier.
        carrier: String,
        /// The booking.
        reference: String,
    },
}
