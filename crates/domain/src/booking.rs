//! Bookings, their segments and tickets, and the ticket status lifecycle.
//!
//! A booking is what a carrier sold under one reference: one or more segments
//! (trips) and one ticket per passenger and segment. Ticket statuses move only
//! along the lifecycle `held → issued → used / refunded / exchanged /
//! cancelled by carrier` (a hold may also lapse into cancelled).

use crate::{Mode, Money, Passenger, PlaceRef, ZonedInstant};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where a booking was bought.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PurchaseChannel {
    /// Bought in Sapar.
    Sapar,
    /// Bought on the carrier's own site or app and imported.
    CarrierOnline,
    /// Bought at a sales office, ticket desk or agency.
    SalesOffice,
    /// Imported from a file (boarding pass, PDF, Wallet pass).
    Import,
}

impl PurchaseChannel {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            PurchaseChannel::Sapar => "sapar",
            PurchaseChannel::CarrierOnline => "carrier_online",
            PurchaseChannel::SalesOffice => "sales_office",
            PurchaseChannel::Import => "import",
        }
    }

    /// Parses [`PurchaseChannel::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Sapar,
            Self::CarrierOnline,
            Self::SalesOffice,
            Self::Import,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

/// Where and how a booking was bought, as shown on the ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PurchasePlace {
    /// The sales channel.
    pub channel: PurchaseChannel,
    /// A human label: "Sapar (demo carrier)", "Almaty-2 ticket office", a file name…
    pub label: String,
}

/// One trip of a booking: a flight, a train or a bus ride between two places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Segment {
    /// Mode of transport.
    pub mode: Mode,
    /// The operating carrier's code (e.g. `KTZ`, `KC`).
    pub carrier: String,
    /// Trip number: train number, flight number, bus route (e.g. `10Ц`, `KC852`).
    pub trip_number: String,
    /// Where it departs.
    pub from: PlaceRef,
    /// Where it arrives.
    pub to: PlaceRef,
    /// Departure, at the departure place's zone.
    pub departure: ZonedInstant,
    /// Arrival, at the arrival place's zone.
    pub arrival: ZonedInstant,
    /// Class or cabin (e.g. `coupe`, `economy`).
    pub service_class: String,
    /// Fare family or tariff name (e.g. `Flex`, `Выгодный`).
    pub fare: String,
    /// Delay announced by the carrier, in minutes (0 when on time).
    pub delay_minutes: i32,
    /// Platform or gate, when announced.
    pub platform: Option<String>,
}

impl Segment {
    /// Scheduled duration in minutes.
    pub fn duration_minutes(&self) -> i64 {
        (self.arrival.utc - self.departure.utc).num_minutes()
    }
}

/// Upper or lower berth in a sleeping car.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Berth {
    /// Lower berth (odd numbers on KTZ).
    Lower,
    /// Upper berth (even numbers on KTZ).
    Upper,
}

impl Berth {
    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Berth::Lower => "lower",
            Berth::Upper => "upper",
        }
    }
}

/// A seat or berth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SeatAssignment {
    /// Carriage (train) or deck; `None` on planes and buses.
    pub carriage: Option<String>,
    /// Seat or berth number (e.g. `17`, `12A`).
    pub seat: String,
    /// Upper or lower berth, on sleeping cars.
    pub berth: Option<Berth>,
}

/// One line of a price: the fare or a fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PriceItem {
    /// Stable kind: `fare`, `reserved_seat`, `service_fee`, `sale_fee`, `airport_tax`…
    pub kind: String,
    /// Amount.
    pub amount: Money,
}

/// What a ticket cost, line by line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PriceBreakdown {
    /// The lines; the first is usually the fare.
    pub items: Vec<PriceItem>,
}

impl PriceBreakdown {
    /// A breakdown of a bare fare.
    pub fn fare(amount: Money) -> Self {
        Self {
            items: vec![PriceItem {
                kind: "fare".into(),
                amount,
            }],
        }
    }

    /// Adds a line.
    pub fn with(mut self, kind: &str, amount: Money) -> Self {
        self.items.push(PriceItem {
            kind: kind.into(),
            amount,
        });
        self
    }

    /// The total of all lines.
    pub fn total(&self) -> Money {
        self.items.iter().map(|i| i.amount).sum()
    }
}

/// Where a ticket is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    /// Seats held, not paid yet.
    Held,
    /// Paid and issued: valid for travel.
    Issued,
    /// Travelled (boarded or past).
    Used,
    /// Refunded.
    Refunded,
    /// Exchanged for another ticket.
    Exchanged,
    /// Cancelled by the carrier (or the hold lapsed).
    CancelledByCarrier,
}

/// A status change that the lifecycle does not allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[error("a ticket cannot go from {from} to {to}")]
pub struct TransitionError {
    /// The current status.
    pub from: TicketStatus,
    /// The status asked for.
    pub to: TicketStatus,
}

impl TicketStatus {
    /// Every status.
    pub const ALL: [TicketStatus; 6] = [
        TicketStatus::Held,
        TicketStatus::Issued,
        TicketStatus::Used,
        TicketStatus::Refunded,
        TicketStatus::Exchanged,
        TicketStatus::CancelledByCarrier,
    ];

    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Held => "held",
            TicketStatus::Issued => "issued",
            TicketStatus::Used => "used",
            TicketStatus::Refunded => "refunded",
            TicketStatus::Exchanged => "exchanged",
            TicketStatus::CancelledByCarrier => "cancelled_by_carrier",
        }
    }

    /// Parses [`TicketStatus::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Whether the lifecycle allows going from `self` to `to`.
    pub fn can_become(self, to: TicketStatus) -> bool {
        use TicketStatus::*;
        matches!(
            (self, to),
            (Held, Issued)
                | (Held, CancelledByCarrier)
                | (Issued, Used)
                | (Issued, Refunded)
                | (Issued, Exchanged)
                | (Issued, CancelledByCarrier)
        )
    }

    /// The status after a change to `to`, or why it is not allowed.
    pub fn transition(self, to: TicketStatus) -> Result<TicketStatus, TransitionError> {
        if self.can_become(to) {
            Ok(to)
        } else {
            Err(TransitionError { from: self, to })
        }
    }

    /// Whether the ticket can still be used for travel.
    pub fn is_valid_for_travel(self) -> bool {
        self == TicketStatus::Issued
    }
}

impl std::fmt::Display for TicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One passenger's ticket for one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Ticket {
    /// The ticket number issued by the carrier (unique per carrier).
    pub number: String,
    /// Index into [`Booking::passengers`].
    pub passenger: usize,
    /// Index into [`Booking::segments`].
    pub segment: usize,
    /// Seat or berth, when assigned.
    pub seat: Option<SeatAssignment>,
    /// What it cost.
    pub price: PriceBreakdown,
    /// Where it is in its life.
    pub status: TicketStatus,
    /// The carrier-signed ticket token shown as a QR code (opaque here).
    pub token: Option<String>,
}

impl Ticket {
    /// Moves the ticket to another status, if the lifecycle allows it.
    pub fn set_status(&mut self, to: TicketStatus) -> Result<(), TransitionError> {
        self.status = self.status.transition(to)?;
        Ok(())
    }
}

/// Everything bought under one booking reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Booking {
    /// Sapar's own id for the booking (stable across devices, used to merge backups).
    pub id: Uuid,
    /// The carrier's booking reference (PNR).
    pub reference: String,
    /// The selling carrier's code.
    pub carrier: String,
    /// The trips.
    pub segments: Vec<Segment>,
    /// The passengers.
    pub passengers: Vec<Passenger>,
    /// One ticket per passenger and segment.
    pub tickets: Vec<Ticket>,
    /// Where it was bought.
    pub purchase: PurchasePlace,
    /// When it was bought (or imported).
    pub created_at: DateTime<Utc>,
    /// The buyer's e-mail for sending tickets, when given.
    pub contact_email: Option<String>,
}

impl Booking {
    /// Checks that the parts hang together: at least one segment and passenger,
    /// every ticket points at a real passenger and segment, ticket numbers unique.
    pub fn check(&self) -> Result<(), crate::DomainError> {
        let bad = |m: String| Err(crate::DomainError::InvalidBooking(m));
        if self.reference.trim().is_empty() {
            return bad("the booking reference is empty".into());
        }
        if self.segments.is_empty() {
            return bad(format!("booking {} has no segments", self.reference));
        }
        if self.passengers.is_empty() {
            return bad(format!("booking {} has no passengers", self.reference));
        }
        let mut numbers = std::collections::HashSet::new();
        for t in &self.tickets {
            if t.passenger >= self.passengers.len() || t.segment >= self.segments.len() {
                return bad(format!(
                    "ticket {} points at a passenger or segment that is not in booking {}",
                    t.number, self.reference
                ));
            }
            if t.number.trim().is_empty() {
                return bad(format!(
                    "a ticket of booking {} has no number",
                    self.reference
                ));
            }
            if !numbers.insert(t.number.as_str()) {
                return bad(format!("ticket number {} appears twice", t.number));
            }
        }
        Ok(())
    }

    /// The first departure of the booking.
    pub fn first_departure(&self) -> Option<DateTime<Utc>> {
        self.segments.iter().map(|s| s.departure.utc).min()
    }

    /// The total price of all tickets.
    pub fn total(&self) -> Money {
        self.tickets.iter().map(|t| t.price.total()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifecycle_allows_only_forward_moves() {
        use TicketStatus::*;
        let allowed = [
            (Held, Issued),
            (Held, CancelledByCarrier),
            (Issued, Used),
            (Issued, Refunded),
            (Issued, Exchanged),
            (Issued, CancelledByCarrier),
        ];
        for from in TicketStatus::ALL {
            for to in TicketStatus::ALL {
                let ok = allowed.contains(&(from, to));
                assert_eq!(from.can_become(to), ok, "{from} -> {to}");
                match from.transition(to) {
                    Ok(s) => assert!(ok && s == to),
                    Err(e) => {
                        assert!(!ok);
                        assert_eq!(
                            e.to_string(),
                            format!("a ticket cannot go from {from} to {to}")
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn refunded_ticket_cannot_be_refunded_again() {
        let mut t = Ticket {
            number: "1".into(),
            passenger: 0,
            segment: 0,
            seat: None,
            price: PriceBreakdown::fare(Money::tenge(100)),
            status: TicketStatus::Issued,
            token: None,
        };
        t.set_status(TicketStatus::Refunded).unwrap();
        assert!(t.set_status(TicketStatus::Refunded).is_err());
        assert!(t.set_status(TicketStatus::Issued).is_err());
        assert_eq!(t.status, TicketStatus::Refunded);
    }

    #[test]
    fn status_names_round_trip() {
        for s in TicketStatus::ALL {
            assert_eq!(TicketStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(TicketStatus::parse("lost"), None);
    }

    #[test]
    fn price_total_adds_fees() {
        let p = PriceBreakdown::fare(Money::tenge(19_000)).with("sale_fee", Money::tenge(236));
        assert_eq!(p.total(), Money::tenge(19_236));
    }
}
