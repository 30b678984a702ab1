//! The events feed: what changed for trips, tickets and keys, read with a cursor.

use crate::profile::RevocationReason;
use chrono::{DateTime, Utc};
use sapar_domain::Money;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// A trip's announced delay changed.
    TripDelayed {
        /// The trip.
        trip_id: String,
        /// Its number.
        trip_number: String,
        /// The delay now announced, minutes.
        delay_minutes: i32,
    },
    /// A trip was cancelled; its tickets are cancelled and paid back in full.
    TripCancelled {
        /// The trip.
        trip_id: String,
        /// Its number.
        trip_number: String,
    },
    /// A train's platform or a flight's gate was announced or changed.
    PlatformChanged {
        /// The trip.
        trip_id: String,
        /// Its number.
        trip_number: String,
        /// The platform or gate.
        platform: String,
    },
    /// A ticket was refunded.
    TicketRefunded {
        /// The booking.
        booking_reference: String,
        /// The ticket.
        ticket_number: String,
        /// Paid back, tiyn.
        #[schema(value_type = i64)]
        amount: Money,
    },
    /// A ticket was exchanged.
    TicketExchanged {
        /// The booking.
        booking_reference: String,
        /// The old ticket.
        ticket_number: String,
        /// The ticket that replaces it.
        new_ticket_number: String,
    },
    /// A ticket was revoked: it must no longer be accepted.
    TicketRevoked {
        /// The booking.
        booking_reference: String,
        /// The ticket.
        ticket_number: String,
        /// Why.
        reason: RevocationReason,
    },
    /// The carrier started signing with a new key.
    KeyRotated {
        /// The new key's id (see the profile's `signing_keys`).
        key_id: u16,
        /// The key it replaces.
        previous_key_id: Option<u16>,
    },
}

/// One event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Event {
    /// The event's cursor: pass as `since` to read what follows.
    pub cursor: String,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    pub kind: EventKind,
}

/// One page of the events feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventPage {
    /// Events after the cursor, oldest first. Trip and key events go to every
    /// client; ticket events only to the client that sold the booking.
    pub events: Vec<Event>,
    /// Pass as `since` next time.
    pub next_cursor: String,
    /// Whether more events follow right now.
    pub has_more: bool,
}
