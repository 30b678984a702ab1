//! After-sales: refunds and exchanges are first priced as offers, then accepted.

use crate::booking::{BookingView, CardPayment};
use crate::offer::TripSummary;
use crate::schema::RefundTierSchema;
use chrono::{DateTime, Utc};
use sapar_domain::{Money, RefundTier};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Ask what refunding some tickets would return.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundOfferRequest {
    /// Ticket numbers; empty means every issued ticket of the booking.
    #[serde(default)]
    pub tickets: Vec<String>,
}

/// What one ticket's refund returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundLine {
    /// The ticket number.
    pub ticket: String,
    /// Paid back to the card, tiyn.
    #[schema(value_type = i64)]
    pub refund: Money,
    /// The refund fee, tiyn.
    #[schema(value_type = i64)]
    pub fee: Money,
    /// Kept by the carrier besides the fee (non-refundable lines included), tiyn.
    #[schema(value_type = i64)]
    pub withheld: Money,
    /// The schedule tier that applied.
    #[schema(value_type = RefundTierSchema)]
    pub tier: RefundTier,
}

/// A priced refund, valid until `expires_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundOffer {
    /// The offer's id; accept it with `POST /refund-offers/{id}/accept`.
    pub id: String,
    /// The booking.
    pub booking_reference: String,
    /// One line per ticket.
    pub lines: Vec<RefundLine>,
    /// Paid back in all, tiyn.
    #[schema(value_type = i64)]
    pub total_refund: Money,
    /// The offer holds until then.
    pub expires_at: DateTime<Utc>,
}

/// The outcome of an accepted refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundConfirmation {
    /// The offer accepted.
    pub offer_id: String,
    /// Paid back, tiyn.
    #[schema(value_type = i64)]
    pub refunded: Money,
    /// The booking afterwards.
    pub booking: BookingView,
}

/// Ask what exchanging tickets for another trip would cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangeOfferRequest {
    /// Ticket numbers to exchange (all of one segment); empty means all issued tickets.
    #[serde(default)]
    pub tickets: Vec<String>,
    /// An offer for the new trip, from a search for the same passengers.
    pub new_offer_id: String,
}

/// A priced exchange, valid until `expires_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangeOffer {
    /// The offer's id; accept it with `POST /exchange-offers/{id}/accept`.
    pub id: String,
    /// The booking.
    pub booking_reference: String,
    /// The tickets given up.
    pub tickets: Vec<String>,
    /// The new trip.
    pub new_trip: TripSummary,
    /// The new class.
    pub service_class: String,
    /// The new fare.
    pub fare: String,
    /// What the old tickets are worth towards the new ones, tiyn.
    #[schema(value_type = i64)]
    pub old_value: Money,
    /// What the new tickets cost, tiyn.
    #[schema(value_type = i64)]
    pub new_price: Money,
    /// Re-issue fees, tiyn.
    #[schema(value_type = i64)]
    pub fee: Money,
    /// To pay on accepting (new price + fee − old value, if positive), tiyn.
    #[schema(value_type = i64)]
    pub to_pay: Money,
    /// To pay back on accepting (if the new trip is cheaper), tiyn.
    #[schema(value_type = i64)]
    pub to_refund: Money,
    /// The offer holds until then.
    pub expires_at: DateTime<Utc>,
}

/// Accepting an exchange: a card is needed when `to_pay` is above zero.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AcceptExchangeRequest {
    /// The card, when there is something to pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<CardPayment>,
    /// The code of the second payment step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_code: Option<String>,
}

/// The outcome of an accepted exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangeConfirmation {
    /// The offer accepted.
    pub offer_id: String,
    /// The new ticket numbers.
    pub new_tickets: Vec<String>,
    /// Paid, tiyn.
    #[schema(value_type = i64)]
    pub paid: Money,
    /// Paid back, tiyn.
    #[schema(value_type = i64)]
    pub refunded: Money,
    /// The booking afterwards.
    pub booking: BookingView,
}
