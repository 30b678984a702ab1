//! The protocol's operations, described for the OpenAPI document.
//!
//! These functions carry only the `#[utoipa::path]` descriptions; carriers
//! implement the operations (the sandbox in `sapar-carrier-sandbox`), and
//! sellers call them through [`crate::Client`].
#![allow(dead_code)]

use crate::after_sales::*;
use crate::booking::*;
use crate::event::*;
use crate::offer::*;
use crate::problem::Problem;
use crate::profile::*;
use crate::seatmap::*;

/// The carrier's profile: names, contacts, offices, signing keys and fare rules.
#[utoipa::path(get, path = "/v1/profile", tag = "carrier",
    security(("api_key" = [])),
    responses(
        (status = 200, description = "The profile", body = CarrierProfile),
        (status = 401, description = "unauthorized", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn profile() {}

/// The places the carrier serves.
#[utoipa::path(get, path = "/v1/places", tag = "carrier",
    security(("api_key" = [])),
    responses(
        (status = 200, description = "Places", body = PlaceList),
        (status = 401, description = "unauthorized", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn places() {}

/// Revoked tickets after a cursor, for offline checkers.
#[utoipa::path(get, path = "/v1/revocations", tag = "carrier",
    security(("api_key" = [])), params(FeedQuery),
    responses(
        (status = 200, description = "A page of the revocation list", body = RevocationPage),
        (status = 400, description = "bad_request (bad cursor)", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn revocations() {}

/// Offers for trips between two places on a date or a range of dates.
#[utoipa::path(get, path = "/v1/offers", tag = "sales",
    security(("api_key" = [])), params(SearchQuery),
    responses(
        (status = 200, description = "Offers", body = OfferList),
        (status = 400, description = "bad_request", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "unknown_place, past_date, too_many_passengers, invalid_passenger", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn search() {}

/// The seat map of a trip.
#[utoipa::path(get, path = "/v1/trips/{trip_id}/seatmap", tag = "sales",
    security(("api_key" = [])),
    params(("trip_id" = String, Path, description = "The trip's id, from an offer"), SeatMapQuery),
    responses(
        (status = 200, description = "The seat map", body = SeatMap),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn seat_map() {}

/// Holds seats for an offer, at the offer's price, until `expires_at`.
#[utoipa::path(post, path = "/v1/holds", tag = "sales",
    security(("api_key" = [])),
    params(("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    request_body = HoldRequest,
    responses(
        (status = 201, description = "Held", body = Hold),
        (status = 409, description = "seat_taken, sold_out, idempotency_conflict", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "offer_expired", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "payload_too_large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "invalid_passenger, too_many_passengers", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn create_hold() {}

/// A hold of this client.
#[utoipa::path(get, path = "/v1/holds/{hold_id}", tag = "sales",
    security(("api_key" = [])),
    params(("hold_id" = String, Path, description = "The hold's id")),
    responses(
        (status = 200, description = "The hold", body = Hold),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn get_hold() {}

/// Gives the held seats back.
#[utoipa::path(post, path = "/v1/holds/{hold_id}/release", tag = "sales",
    security(("api_key" = [])),
    params(("hold_id" = String, Path, description = "The hold's id"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    responses(
        (status = 200, description = "Released", body = Hold),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "invalid_state (already confirmed)", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn release_hold() {}

/// Pays for a hold; the carrier issues the tickets.
#[utoipa::path(post, path = "/v1/holds/{hold_id}/confirm", tag = "sales",
    security(("api_key" = [])),
    params(("hold_id" = String, Path, description = "The hold's id"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    request_body = ConfirmRequest,
    responses(
        (status = 201, description = "Booked and issued", body = BookingView),
        (status = 402, description = "payment_declined, payment_requires_confirmation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "hold_expired", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn confirm_hold() {}

/// A booking sold by this client.
#[utoipa::path(get, path = "/v1/bookings/{reference}", tag = "sales",
    security(("api_key" = [])),
    params(("reference" = String, Path, description = "The booking reference")),
    responses(
        (status = 200, description = "The booking", body = BookingView),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn get_booking() {}

/// Finds a booking by reference and a passenger's surname (any sales channel).
#[utoipa::path(get, path = "/v1/bookings", tag = "sales",
    security(("api_key" = [])), params(LookupQuery),
    responses(
        (status = 200, description = "The booking", body = BookingView),
        (status = 404, description = "not_found", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn lookup_booking() {}

/// Prices a refund of some tickets of a booking.
#[utoipa::path(post, path = "/v1/bookings/{reference}/refund-offers", tag = "after-sales",
    security(("api_key" = [])),
    params(("reference" = String, Path, description = "The booking reference"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    request_body = RefundOfferRequest,
    responses(
        (status = 201, description = "The priced refund", body = RefundOffer),
        (status = 409, description = "refund_closed, invalid_state", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn create_refund_offer() {}

/// Accepts a refund offer: the tickets are refunded and revoked.
#[utoipa::path(post, path = "/v1/refund-offers/{offer_id}/accept", tag = "after-sales",
    security(("api_key" = [])),
    params(("offer_id" = String, Path, description = "The refund offer's id"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    responses(
        (status = 200, description = "Refunded", body = RefundConfirmation),
        (status = 409, description = "refund_closed, invalid_state", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "offer_expired", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn accept_refund_offer() {}

/// Prices an exchange of tickets for another trip.
#[utoipa::path(post, path = "/v1/bookings/{reference}/exchange-offers", tag = "after-sales",
    security(("api_key" = [])),
    params(("reference" = String, Path, description = "The booking reference"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    request_body = ExchangeOfferRequest,
    responses(
        (status = 201, description = "The priced exchange", body = ExchangeOffer),
        (status = 409, description = "exchange_closed, sold_out, invalid_state", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "offer_expired", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn create_exchange_offer() {}

/// Accepts an exchange offer: new tickets are issued, the old ones revoked.
#[utoipa::path(post, path = "/v1/exchange-offers/{offer_id}/accept", tag = "after-sales",
    security(("api_key" = [])),
    params(("offer_id" = String, Path, description = "The exchange offer's id"),
        ("Idempotency-Key" = String, Header, description = "Unique per intended operation")),
    request_body = AcceptExchangeRequest,
    responses(
        (status = 200, description = "Exchanged", body = ExchangeConfirmation),
        (status = 402, description = "payment_declined, payment_requires_confirmation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "exchange_closed, seat_taken, sold_out", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "offer_expired", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn accept_exchange_offer() {}

/// Events after a cursor.
#[utoipa::path(get, path = "/v1/events", tag = "events",
    security(("api_key" = [])), params(FeedQuery),
    responses(
        (status = 200, description = "A page of events", body = EventPage),
        (status = 400, description = "bad_request (bad cursor)", body = Problem, content_type = "application/problem+json"),
    ))]
pub fn events() {}
