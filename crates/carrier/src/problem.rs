//! Errors on the wire: RFC 9457 problem details with a stable `code`.
//!
//! Every error answer of a carrier is `application/problem+json` with the fields
//! `type`, `title`, `status`, `detail` and `code`. Clients switch on `code`
//! (never on `title` or `detail`, which are for people and may change).

use serde::{Deserialize, Serialize};
use std::fmt;
use utoipa::ToSchema;

/// The media type of problem answers.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// The stable machine-readable error codes of the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// The offer's price guarantee ran out: search again.
    OfferExpired,
    /// The hold lapsed and its seats went back on sale.
    HoldExpired,
    /// A chosen seat is held or sold to someone else.
    SeatTaken,
    /// Not enough seats are left in this class.
    SoldOut,
    /// A passenger's data is not acceptable; `errors` says which field and why.
    InvalidPassenger,
    /// More passengers than the carrier sells in one booking.
    TooManyPassengers,
    /// The card payment was declined.
    PaymentDeclined,
    /// The payment needs a second step (a code from the card issuer).
    PaymentRequiresConfirmation,
    /// The idempotency key was used before with another request.
    IdempotencyConflict,
    /// The ticket cannot be refunded (any more).
    RefundClosed,
    /// The ticket cannot be exchanged (any more).
    ExchangeClosed,
    /// No such resource, or not visible to this client.
    NotFound,
    /// Missing or wrong API key.
    Unauthorized,
    /// The request is malformed.
    BadRequest,
    /// A place code the carrier does not serve.
    UnknownPlace,
    /// A date in the past.
    PastDate,
    /// The request body is too large.
    PayloadTooLarge,
    /// The resource is not in a state that allows this (e.g. a ticket already refunded).
    InvalidState,
    /// The service is temporarily unavailable: retry later.
    Unavailable,
    /// An unexpected failure on the carrier's side.
    Internal,
    /// A code this client does not know (a newer carrier); read `title` and `detail`.
    #[serde(other)]
    Unknown,
}

impl ProblemCode {
    /// Every code a carrier may send.
    pub const ALL: [ProblemCode; 20] = [
        ProblemCode::OfferExpired,
        ProblemCode::HoldExpired,
        ProblemCode::SeatTaken,
        ProblemCode::SoldOut,
        ProblemCode::InvalidPassenger,
        ProblemCode::TooManyPassengers,
        ProblemCode::PaymentDeclined,
        ProblemCode::PaymentRequiresConfirmation,
        ProblemCode::IdempotencyConflict,
        ProblemCode::RefundClosed,
        ProblemCode::ExchangeClosed,
        ProblemCode::NotFound,
        ProblemCode::Unauthorized,
        ProblemCode::BadRequest,
        ProblemCode::UnknownPlace,
        ProblemCode::PastDate,
        ProblemCode::PayloadTooLarge,
        ProblemCode::InvalidState,
        ProblemCode::Unavailable,
        ProblemCode::Internal,
    ];

    /// The snake_case code as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemCode::OfferExpired => "offer_expired",
            ProblemCode::HoldExpired => "hold_expired",
            ProblemCode::SeatTaken => "seat_taken",
            ProblemCode::SoldOut => "sold_out",
            ProblemCode::InvalidPassenger => "invalid_passenger",
            ProblemCode::TooManyPassengers => "too_many_passengers",
            ProblemCode::PaymentDeclined => "payment_declined",
            ProblemCode::PaymentRequiresConfirmation => "payment_requires_confirmation",
            ProblemCode::IdempotencyConflict => "idempotency_conflict",
            ProblemCode::RefundClosed => "refund_closed",
            ProblemCode::ExchangeClosed => "exchange_closed",
            ProblemCode::NotFound => "not_found",
            ProblemCode::Unauthorized => "unauthorized",
            ProblemCode::BadRequest => "bad_request",
            ProblemCode::UnknownPlace => "unknown_place",
            ProblemCode::PastDate => "past_date",
            ProblemCode::PayloadTooLarge => "payload_too_large",
            ProblemCode::InvalidState => "invalid_state",
            ProblemCode::Unavailable => "unavailable",
            ProblemCode::Internal => "internal",
            ProblemCode::Unknown => "unknown",
        }
    }

    /// The HTTP status a carrier answers with for this code.
    pub fn status(self) -> u16 {
        match self {
            ProblemCode::BadRequest => 400,
            ProblemCode::Unauthorized => 401,
            ProblemCode::PaymentDeclined | ProblemCode::PaymentRequiresConfirmation => 402,
            ProblemCode::NotFound => 404,
            ProblemCode::SeatTaken
            | ProblemCode::SoldOut
            | ProblemCode::IdempotencyConflict
            | ProblemCode::RefundClosed
            | ProblemCode::ExchangeClosed
            | ProblemCode::InvalidState => 409,
            ProblemCode::OfferExpired | ProblemCode::HoldExpired => 410,
            ProblemCode::PayloadTooLarge => 413,
            ProblemCode::InvalidPassenger
            | ProblemCode::TooManyPassengers
            | ProblemCode::UnknownPlace
            | ProblemCode::PastDate => 422,
            ProblemCode::Unavailable => 503,
            ProblemCode::Internal | ProblemCode::Unknown => 500,
        }
    }

    /// A short English title for the code.
    pub fn title(self) -> &'static str {
        match self {
            ProblemCode::OfferExpired => "The offer has expired",
            ProblemCode::HoldExpired => "The hold has expired",
            ProblemCode::SeatTaken => "The seat is taken",
            ProblemCode::SoldOut => "Sold out",
            ProblemCode::InvalidPassenger => "Invalid passenger data",
            ProblemCode::TooManyPassengers => "Too many passengers",
            ProblemCode::PaymentDeclined => "Payment declined",
            ProblemCode::PaymentRequiresConfirmation => "Payment requires confirmation",
            ProblemCode::IdempotencyConflict => "Idempotency key reused with another request",
            ProblemCode::RefundClosed => "Refund not possible",
            ProblemCode::ExchangeClosed => "Exchange not possible",
            ProblemCode::NotFound => "Not found",
            ProblemCode::Unauthorized => "Unauthorized",
            ProblemCode::BadRequest => "Bad request",
            ProblemCode::UnknownPlace => "Unknown place",
            ProblemCode::PastDate => "Date in the past",
            ProblemCode::PayloadTooLarge => "Request body too large",
            ProblemCode::InvalidState => "Not allowed in the current state",
            ProblemCode::Unavailable => "Service unavailable",
            ProblemCode::Internal => "Internal error",
            ProblemCode::Unknown => "Unknown error",
        }
    }

    /// Whether retrying the same request later may succeed.
    pub fn is_transient(self) -> bool {
        matches!(self, ProblemCode::Unavailable | ProblemCode::Internal)
    }
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is wrong with one field of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FieldError {
    /// A JSON-pointer-like path to the field, e.g. `passengers/1/iin`.
    pub field: String,
    /// A stable reason: `required`, `invalid_iin`, `age_category_mismatch`,
    /// `infant_without_adult`, `too_long`, `invalid_format`…
    pub reason: String,
    /// A human-readable explanation (English).
    pub message: String,
}

impl FieldError {
    /// A field error.
    pub fn new(field: impl Into<String>, reason: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
            message: message.into(),
        }
    }
}

/// An RFC 9457 problem answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Problem {
    /// A URI naming the problem type: `urn:sapar:problem:<code>`.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// A short summary of the problem type.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this case, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The stable machine-readable code.
    pub code: ProblemCode,
    /// Per-field details, for `invalid_passenger` and `bad_request`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl Problem {
    /// A problem of a code, with a detail for people.
    pub fn new(code: ProblemCode, detail: impl Into<String>) -> Self {
        Self {
            type_uri: format!("urn:sapar:problem:{}", code.as_str()),
            title: code.title().to_string(),
            status: code.status(),
            detail: Some(detail.into()),
            code,
            errors: Vec::new(),
        }
    }

    /// Adds per-field errors.
    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.title, self.code)?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        for e in &self.errors {
            write!(f, "; {}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_json_and_as_str() {
        for code in ProblemCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ProblemCode>(&json).unwrap(), code);
        }
    }

    #[test]
    fn a_newer_code_reads_as_unknown() {
        let p: Problem = serde_json::from_str(
            r#"{"type":"urn:sapar:problem:queue_full","title":"Queue full","status":429,"code":"queue_full"}"#,
        )
        .unwrap();
        assert_eq!(p.code, ProblemCode::Unknown);
        assert_eq!(p.status, 429);
    }

    #[test]
    fn problem_serialises_rfc9457_fields() {
        let p = Problem::new(ProblemCode::SeatTaken, "seat 12 of carriage 3 is sold");
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["type"], "urn:sapar:problem:seat_taken");
        assert_eq!(v["status"], 409);
        assert_eq!(v["code"], "seat_taken");
        assert!(v.get("errors").is_none());
    }
}
