//! Holds, payment and bookings: seats are held with a deadline, then paid for,
//! then the carrier issues one signed ticket per passenger and trip.

use crate::offer::{TripPlace, TripSummary};
use crate::schema::{
    PassengerSchema, PriceBreakdownSchema, SeatAssignmentSchema, TicketStatusSchema,
};
use chrono::{DateTime, Utc};
use sapar_domain::{
    Booking, Money, Passenger, PlaceRef, PriceBreakdown, PurchasePlace, SeatAssignment, Segment,
    Ticket, TicketStatus,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A seat chosen on the seat map for one passenger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SeatChoice {
    /// Index into the hold's `passengers`.
    pub passenger: usize,
    /// Carriage number, on trains; omit on planes and buses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carriage: Option<String>,
    /// Seat or berth number.
    pub seat: String,
}

/// A request to hold seats for an offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HoldRequest {
    /// The offer's id, from a search.
    pub offer_id: String,
    /// The passengers, as many of each category as the offer was searched for.
    #[schema(value_type = Vec<PassengerSchema>)]
    pub passengers: Vec<Passenger>,
    /// Chosen seats; passengers without one get a seat assigned (infants get none).
    #[serde(default)]
    pub seats: Vec<SeatChoice>,
    /// Where to send the tickets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
}

/// Where a hold is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum HoldStatus {
    /// Seats are held until `expires_at`.
    Held,
    /// Paid: see `booking_reference`.
    Confirmed,
    /// Released by the seller.
    Released,
    /// Lapsed: the seats went back on sale.
    Expired,
}

/// One passenger's part of a hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HoldItem {
    /// Index into `passengers`.
    pub passenger: usize,
    /// The seat held, if any (infants travel without one).
    #[schema(value_type = Option<SeatAssignmentSchema>)]
    pub seat: Option<SeatAssignment>,
    /// The price, fixed until the hold expires.
    #[schema(value_type = PriceBreakdownSchema)]
    pub price: PriceBreakdown,
}

/// Seats held for a while at a fixed price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Hold {
    /// The hold's id.
    pub id: String,
    /// Its status.
    pub status: HoldStatus,
    /// The seats and prices are kept until then.
    pub expires_at: DateTime<Utc>,
    /// The trip.
    pub trip: TripSummary,
    /// Class or cabin id.
    pub service_class: String,
    /// Fare id.
    pub fare: String,
    /// The passengers.
    #[schema(value_type = Vec<PassengerSchema>)]
    pub passengers: Vec<Passenger>,
    /// One item per passenger.
    pub items: Vec<HoldItem>,
    /// What confirming costs, tiyn.
    #[schema(value_type = i64)]
    pub total: Money,
    /// The booking, once confirmed.
    pub booking_reference: Option<String>,
}

/// A sandbox-style card payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CardPayment {
    /// Card number (spaces allowed).
    pub number: String,
    /// Expiry month, 1-12.
    pub expiry_month: u32,
    /// Expiry year, four digits.
    pub expiry_year: i32,
    /// Card security code.
    pub cvc: String,
    /// Name on the card.
    pub holder: String,
}

/// Payment for a hold (or an exchange that costs more).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ConfirmRequest {
    /// The card.
    pub payment: CardPayment,
    /// The code of the second step, after `payment_requires_confirmation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_code: Option<String>,
}

/// A trip of a booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SegmentView {
    /// The trip, between the booked places.
    pub trip: TripSummary,
    /// Class or cabin id.
    pub service_class: String,
    /// Fare id (see the profile's `fare_rules`).
    pub fare: String,
}

/// A ticket issued by the carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct IssuedTicket {
    /// Ticket number, unique per carrier.
    pub number: String,
    /// Index into the booking's `passengers`.
    pub passenger: usize,
    /// Index into the booking's `segments`.
    pub segment: usize,
    /// Seat or berth, if any.
    #[schema(value_type = Option<SeatAssignmentSchema>)]
    pub seat: Option<SeatAssignment>,
    /// What it cost.
    #[schema(value_type = PriceBreakdownSchema)]
    pub price: PriceBreakdown,
    /// Its status.
    #[schema(value_type = TicketStatusSchema)]
    pub status: TicketStatus,
    /// The carrier-signed ticket token (base45), shown as a QR code.
    pub token: Option<String>,
    /// The id of the signing key.
    pub key_id: Option<u16>,
    /// When it was issued.
    pub issued_at: DateTime<Utc>,
}

/// A booking as the carrier keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BookingView {
    /// The booking reference (PNR).
    pub reference: String,
    /// The selling carrier's code.
    pub carrier: String,
    /// When it was booked.
    pub created_at: DateTime<Utc>,
    /// The trips (an exchange adds one).
    pub segments: Vec<SegmentView>,
    /// The passengers.
    #[schema(value_type = Vec<PassengerSchema>)]
    pub passengers: Vec<Passenger>,
    /// One ticket per passenger and segment.
    pub tickets: Vec<IssuedTicket>,
    /// Contact e-mail, if given.
    pub contact_email: Option<String>,
}

fn place_ref(p: &TripPlace, zone: &str) -> Option<PlaceRef> {
    Some(PlaceRef {
        code: p.code.clone(),
        name: p.name.clone(),
        zone: zone.parse().ok()?,
    })
}

impl SegmentView {
    /// The domain segment; `None` when a zone is not a known IANA zone.
    pub fn to_segment(&self) -> Option<Segment> {
        let t = &self.trip;
        Some(Segment {
            mode: t.mode,
            carrier: t.carrier.clone(),
            trip_number: t.number.clone(),
            from: place_ref(&t.from, &t.departure.zone)?,
            to: place_ref(&t.to, &t.arrival.zone)?,
            departure: t.departure.to_zoned()?,
            arrival: t.arrival.to_zoned()?,
            service_class: self.service_class.clone(),
            fare: self.fare.clone(),
            delay_minutes: t.delay_minutes,
            platform: t.platform.clone(),
        })
    }
}

impl BookingView {
    /// The domain booking, under Sapar's own id; `None` when a segment names an
    /// unknown time zone.
    pub fn to_booking(&self, id: Uuid, purchase: PurchasePlace) -> Option<Booking> {
        let segments = self
            .segments
            .iter()
            .map(SegmentView::to_segment)
            .collect::<Option<Vec<_>>>()?;
        let tickets = self
            .tickets
            .iter()
            .map(|t| Ticket {
                number: t.number.clone(),
                passenger: t.passenger,
                segment: t.segment,
                seat: t.seat.clone(),
                price: t.price.clone(),
                status: t.status,
                token: t.token.clone(),
            })
            .collect();
        Some(Booking {
            id,
            reference: self.reference.clone(),
            carrier: self.carrier.clone(),
            segments,
            passengers: self.passengers.clone(),
            tickets,
            purchase,
            created_at: self.created_at,
            contact_email: self.contact_email.clone(),
        })
    }

    /// What the issued tickets cost in all.
    pub fn total(&self) -> Money {
        self.tickets.iter().map(|t| t.price.total()).sum()
    }
}

/// Finding a booking by reference and a passenger's surname.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[into_params(parameter_in = Query)]
pub struct LookupQuery {
    /// The booking reference.
    pub reference: String,
    /// The surname of one of its passengers (case-insensitive).
    pub surname: String,
}
