//! The OpenAPI 3.1 document of the carrier protocol, generated from the wire types.
//!
//! `docs/openapi.json` is this document, checked in; a test regenerates it and
//! fails when the file differs (`SAPAR_UPDATE_OPENAPI=1 cargo test -p sapar-carrier`
//! rewrites it).

use crate::after_sales::*;
use crate::booking::*;
use crate::event::*;
use crate::offer::*;
use crate::problem::*;
use crate::profile::*;
use crate::schema::*;
use crate::seatmap::*;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The protocol version, as in the `/v1` path prefix.
pub const PROTOCOL_VERSION: &str = "1.0.0";

/// Adds the bearer API-key scheme.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "Each seller has its own API key: `Authorization: Bearer <key>`.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The carrier protocol's OpenAPI description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sapar carrier protocol",
        version = "1.0.0",
        description = "JSON over HTTPS between sellers (such as Sapar) and carriers: profile and \
signing keys, places, offers, seat maps, holds, payment and tickets, refunds and exchanges, \
and an events feed. Paths are relative to the carrier's base URL. State-changing calls take an \
`Idempotency-Key` header. Errors are RFC 9457 problem details with a stable `code`. \
See docs/carrier-protocol.md.",
        license(name = "Apache-2.0")
    ),
    servers((url = "{base}", description = "The carrier's base URL", variables(
        ("base" = (default = "http://127.0.0.1:8080/carriers/KTZ", description = "Base URL, without /v1"))
    ))),
    paths(
        crate::paths::profile,
        crate::paths::places,
        crate::paths::revocations,
        crate::paths::search,
        crate::paths::seat_map,
        crate::paths::create_hold,
        crate::paths::get_hold,
        crate::paths::release_hold,
        crate::paths::confirm_hold,
        crate::paths::get_booking,
        crate::paths::lookup_booking,
        crate::paths::create_refund_offer,
        crate::paths::accept_refund_offer,
        crate::paths::create_exchange_offer,
        crate::paths::accept_exchange_offer,
        crate::paths::events,
    ),
    components(schemas(
        Problem, ProblemCode, FieldError,
        CarrierProfile, SigningKeyInfo, PlaceInfo, PlaceKindWire, PlaceList,
        Revocation, RevocationReason, RevocationPage,
        Names, TripTime, TripPlace, Stop, TripStatus, TripSummary, CategoryPrice, Offer, OfferList,
        SeatInfo, Carriage, SeatMap,
        SeatChoice, HoldRequest, HoldStatus, HoldItem, Hold, CardPayment, ConfirmRequest,
        SegmentView, IssuedTicket, BookingView,
        RefundOfferRequest, RefundLine, RefundOffer, RefundConfirmation,
        ExchangeOfferRequest, ExchangeOffer, AcceptExchangeRequest, ExchangeConfirmation,
        EventKind, Event, EventPage,
        ModeSchema, CategorySchema, DocumentTypeSchema, BerthSchema, TicketStatusSchema,
        PassengerSchema, SeatAssignmentSchema, PriceItemSchema, PriceBreakdownSchema,
        RefundTierSchema, RefundRulesSchema, ExchangeRulesSchema, FareRulesSchema,
        SupportContactsSchema, SalesOfficeSchema,
    )),
    modifiers(&BearerAuth),
    tags(
        (name = "carrier", description = "Who the carrier is, its keys and places"),
        (name = "sales", description = "Search, seat maps, holds, payment, bookings"),
        (name = "after-sales", description = "Refunds and exchanges"),
        (name = "events", description = "Changes to trips, tickets and keys"),
    )
)]
pub struct ApiDoc;

/// The OpenAPI document as pretty-printed JSON, with a trailing newline.
pub fn openapi_json() -> String {
    let mut json = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    json.push('\n');
    json
}
