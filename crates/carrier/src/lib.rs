//! Sapar's open carrier protocol: the wire types, the OpenAPI document and the
//! seller's HTTP client.
//!
//! The protocol is JSON over HTTPS, versioned under `/v1` below a carrier's base
//! URL, and follows the OSDM selling model: search → offer → hold → confirm
//! (payment) → issued tickets; after-sales as priced offers that are then
//! accepted; changes delivered as an events feed. `docs/carrier-protocol.md`
//! describes it for carriers; `docs/openapi.json` is [`openapi::openapi_json`].
#![cfg_attr(test, allow(clippy::unwrap_used))]
#![deny(missing_docs)]

pub mod after_sales;
pub mod booking;
pub mod client;
pub mod client_error;
pub mod conformance;
pub mod event;
pub mod idempotency;
pub mod offer;
pub mod openapi;
pub mod paths;
pub mod problem;
pub mod profile;
pub mod schema;
pub mod seatmap;

pub use after_sales::{
    AcceptExchangeRequest, ExchangeConfirmation, ExchangeOffer, ExchangeOfferRequest,
    RefundConfirmation, RefundLine, RefundOffer, RefundOfferRequest,
};
pub use booking::{
    BookingView, CardPayment, ConfirmRequest, Hold, HoldItem, HoldRequest, HoldStatus,
    IssuedTicket, LookupQuery, SeatChoice, SegmentView,
};
pub use client::{Client, ClientConfig};
pub use client_error::ClientError;
pub use event::{Event, EventKind, EventPage};
pub use idempotency::{IdempotencyKey, IDEMPOTENCY_KEY_HEADER};
pub use offer::{
    CategoryPrice, Names, Offer, OfferList, SearchQuery, Stop, TripPlace, TripStatus, TripSummary,
    TripTime,
};
pub use problem::{FieldError, Problem, ProblemCode, PROBLEM_CONTENT_TYPE};
pub use profile::{
    CarrierProfile, FeedQuery, PlaceInfo, PlaceKindWire, PlaceList, Revocation, RevocationPage,
    RevocationReason, SigningKeyInfo,
};
pub use seatmap::{Carriage, SeatInfo, SeatMap, SeatMapQuery};
