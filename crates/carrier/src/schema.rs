//! OpenAPI schemas for the domain types that travel on the wire as they are.
//!
//! The protocol reuses Sapar's domain types (modes, passengers, prices, fare
//! rules…) so that one serde model serves the app and the carrier. The domain
//! crate knows nothing of OpenAPI, so their schemas are described here, one
//! mirror per type, named as the domain type. A test serialises real domain
//! values and checks them against these schemas, so a change in the domain
//! that is not mirrored here fails the build's tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

/// How a trip travels.
#[derive(Serialize, ToSchema)]
#[schema(as = Mode)]
#[serde(rename_all = "lowercase")]
pub enum ModeSchema {
    /// A flight.
    Air,
    /// A train.
    Rail,
    /// An intercity bus.
    Bus,
}

/// Fare category of a passenger, from age on the travel date.
#[derive(Serialize, ToSchema)]
#[schema(as = Category)]
#[serde(rename_all = "lowercase")]
pub enum CategorySchema {
    /// Adult fare.
    Adult,
    /// Child fare.
    Child,
    /// Infant (without a seat of their own).
    Infant,
}

/// The identity document a passenger travels on.
#[derive(Serialize, ToSchema)]
#[schema(as = DocumentType)]
#[serde(rename_all = "snake_case")]
pub enum DocumentTypeSchema {
    /// Kazakhstan identity card (carries the IIN).
    KzIdCard,
    /// Kazakhstan passport (carries the IIN).
    KzPassport,
    /// Birth certificate (children).
    BirthCertificate,
    /// Foreign passport (no IIN).
    ForeignPassport,
}

/// Upper or lower berth (KTZ: odd numbers lower, even upper).
#[derive(Serialize, ToSchema)]
#[schema(as = Berth)]
#[serde(rename_all = "lowercase")]
pub enum BerthSchema {
    /// Lower berth.
    Lower,
    /// Upper berth.
    Upper,
}

/// Where a ticket is in its life.
#[derive(Serialize, ToSchema)]
#[schema(as = TicketStatus)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatusSchema {
    /// Seats held, not paid.
    Held,
    /// Paid and issued: valid for travel.
    Issued,
    /// Travelled.
    Used,
    /// Refunded.
    Refunded,
    /// Exchanged for another ticket.
    Exchanged,
    /// Cancelled by the carrier.
    CancelledByCarrier,
}

/// A passenger as named on the ticket.
#[derive(Serialize, ToSchema)]
#[schema(as = Passenger)]
pub struct PassengerSchema {
    /// Surname as in the document, Latin letters (e.g. `ZHUMABAYEV`).
    surname: String,
    /// Given names as in the document, Latin letters.
    given_names: String,
    /// The document travelled on.
    document_type: DocumentTypeSchema,
    /// The document number.
    document_number: String,
    /// Date of birth (required for children and infants).
    birth_date: Option<NaiveDate>,
    /// The 12-digit IIN, required with Kazakhstan documents.
    iin: Option<String>,
    /// Fare category.
    category: CategorySchema,
}

/// A seat or berth.
#[derive(Serialize, ToSchema)]
#[schema(as = SeatAssignment)]
pub struct SeatAssignmentSchema {
    /// Carriage number (trains); none on planes and buses.
    carriage: Option<String>,
    /// Seat or berth number (`17`, `12A`).
    seat: String,
    /// Upper or lower berth, on sleeping cars.
    berth: Option<BerthSchema>,
}

/// One line of a price. Amounts are integer tiyn (1 ₸ = 100 tiyn).
#[derive(Serialize, ToSchema)]
#[schema(as = PriceItem)]
pub struct PriceItemSchema {
    /// `fare`, `reserved_seat`, `sale_fee`, `airport_tax`, `seat_selection`, `station_fee`…
    kind: String,
    /// Amount in tiyn.
    amount: i64,
}

/// A price, line by line.
#[derive(Serialize, ToSchema)]
#[schema(as = PriceBreakdown)]
pub struct PriceBreakdownSchema {
    /// The lines; the total is their sum.
    items: Vec<PriceItemSchema>,
}

/// One band of a refund schedule.
#[derive(Serialize, ToSchema)]
#[schema(as = RefundTier)]
pub struct RefundTierSchema {
    /// Applies while at least this many minutes are left before departure
    /// (negative: after departure).
    from_minutes_before: i64,
    /// Percent of the ticket part (`fare`) returned.
    fare_percent: i64,
    /// Percent of the reserved-seat part returned.
    reserved_seat_percent: i64,
    /// At most this percent of the fare may be withheld.
    withheld_cap_percent: Option<i64>,
}

/// How a fare is refunded.
#[derive(Serialize, ToSchema)]
#[schema(as = RefundRules)]
pub struct RefundRulesSchema {
    /// Tiers from the earliest to the latest.
    tiers: Vec<RefundTierSchema>,
    /// Fee per ticket, tiyn.
    fee: i64,
    /// Online refunds close this many minutes before departure.
    online_closes_minutes_before: i64,
}

/// How a fare is exchanged.
#[derive(Serialize, ToSchema)]
#[schema(as = ExchangeRules)]
pub struct ExchangeRulesSchema {
    /// Whether exchanges are allowed.
    allowed: bool,
    /// Fee per ticket, tiyn.
    fee: i64,
    /// Exchanges close this many minutes before departure.
    closes_minutes_before: i64,
}

/// The after-sales rules of one fare.
#[derive(Serialize, ToSchema)]
#[schema(as = FareRules)]
pub struct FareRulesSchema {
    /// The fare's id, referenced by offers' `fare_rules`.
    fare: String,
    /// Refund rules; null when non-refundable.
    refund: Option<RefundRulesSchema>,
    /// Exchange rules.
    exchange: ExchangeRulesSchema,
}

/// How to reach a carrier's support.
#[derive(Serialize, ToSchema)]
#[schema(as = SupportContacts)]
pub struct SupportContactsSchema {
    /// Phone numbers, international format.
    phones: Vec<String>,
    /// Support e-mail.
    email: Option<String>,
    /// Web site.
    web: Option<String>,
    /// Opening hours.
    hours: Option<String>,
}

/// A sales office.
#[derive(Serialize, ToSchema)]
#[schema(as = SalesOffice)]
pub struct SalesOfficeSchema {
    /// City, in English.
    city: String,
    /// Street address.
    address: String,
    /// Opening hours.
    hours: String,
    /// Latitude, micro-degrees.
    lat_e6: i64,
    /// Longitude, micro-degrees.
    lon_e6: i64,
}
