//! The protocol's handlers: each parses its input, calls the sales logic and
//! answers JSON (or a problem).

use super::problem::{json, ApiError, ApiJson, ApiPath, ApiQuery, OptionalJson};
use crate::app::{AppState, Caller};
use crate::{feed, sales};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::Utc;
use sapar_carrier::{
    AcceptExchangeRequest, CarrierProfile, ConfirmRequest, ExchangeOfferRequest, FeedQuery,
    HoldRequest, LookupQuery, PlaceList, RefundOfferRequest, SearchQuery, SeatMapQuery,
};
use serde::{Deserialize, Serialize};

/// `/carriers/{carrier}/…`
#[derive(Debug, Deserialize)]
pub struct CarrierPath {
    carrier: String,
}

/// `/carriers/{carrier}/v1/trips/{trip_id}/…`
#[derive(Debug, Deserialize)]
pub struct TripPath {
    carrier: String,
    trip_id: String,
}

/// `/carriers/{carrier}/v1/holds/{hold_id}…`
#[derive(Debug, Deserialize)]
pub struct HoldPath {
    carrier: String,
    hold_id: String,
}

/// `/carriers/{carrier}/v1/bookings/{reference}…`
#[derive(Debug, Deserialize)]
pub struct BookingPath {
    carrier: String,
    reference: String,
}

/// `/carriers/{carrier}/v1/…-offers/{offer_id}/accept`
#[derive(Debug, Deserialize)]
pub struct OfferPath {
    carrier: String,
    offer_id: String,
}

type Answer = Result<Response, ApiError>;

/// `GET /v1/profile`
pub async fn profile(State(app): State<AppState>, ApiPath(p): ApiPath<CarrierPath>) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let profile = CarrierProfile {
        code: c.code.to_string(),
        name_kk: c.names.kk.clone(),
        name_ru: c.names.ru.clone(),
        name_en: c.names.en.clone(),
        modes: c.modes.clone(),
        support: c.support.clone(),
        offices: c.offices.clone(),
        signing_keys: app.keys.infos(c.code),
        fare_rules: c.fares.iter().map(|f| f.rules.clone()).collect(),
        max_passengers: c.max_passengers,
        sells_days_ahead: c.sells_days_ahead,
        hold_ttl_seconds: app.settings.hold_ttl.as_secs(),
    };
    Ok(json(StatusCode::OK, &profile))
}

/// `GET /v1/places`
pub async fn places(State(app): State<AppState>, ApiPath(p): ApiPath<CarrierPath>) -> Answer {
    let c = app.carrier(&p.carrier)?;
    Ok(json(
        StatusCode::OK,
        &PlaceList {
            places: app.network.places(c.code),
        },
    ))
}

/// `GET /v1/revocations`
pub async fn revocations(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<CarrierPath>,
    ApiQuery(q): ApiQuery<FeedQuery>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let mut conn = app.db.read().await?;
    let page = feed::revocations_page(&mut conn, c.code, q.since.as_deref(), q.limit).await?;
    Ok(json(StatusCode::OK, &page))
}

/// `GET /v1/offers`
pub async fn search(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<CarrierPath>,
    ApiQuery(q): ApiQuery<SearchQuery>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let offers = sales::search::search(&app, c, &q, Utc::now())?;
    Ok(json(StatusCode::OK, &offers))
}

/// `GET /v1/trips/{trip_id}/seatmap`
pub async fn seat_map(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<TripPath>,
    ApiQuery(q): ApiQuery<SeatMapQuery>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let map =
        sales::seatmap::seat_map(&app, c.code, &p.trip_id, q.class.as_deref(), Utc::now()).await?;
    Ok(json(StatusCode::OK, &map))
}

/// `POST /v1/holds`
pub async fn create_hold(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<CarrierPath>,
    ApiJson(req): ApiJson<HoldRequest>,
) -> Answer {
    let hold = sales::hold::create(&app, &p.carrier, &caller, req, Utc::now()).await?;
    Ok(json(StatusCode::CREATED, &hold))
}

/// `GET /v1/holds/{hold_id}`
pub async fn get_hold(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<HoldPath>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let mut conn = app.db.read().await?;
    let h = sales::hold::own_hold(&mut conn, c.code, &caller, &p.hold_id).await?;
    Ok(json(
        StatusCode::OK,
        &sales::hold::view(&app, &h, Utc::now())?,
    ))
}

/// `POST /v1/holds/{hold_id}/release`
pub async fn release_hold(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<HoldPath>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let hold = sales::hold::release(&app, c.code, &caller, &p.hold_id, Utc::now()).await?;
    Ok(json(StatusCode::OK, &hold))
}

/// `POST /v1/holds/{hold_id}/confirm`
pub async fn confirm_hold(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<HoldPath>,
    ApiJson(req): ApiJson<ConfirmRequest>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let booking =
        sales::booking::confirm(&app, c.code, &caller, &p.hold_id, req, Utc::now()).await?;
    Ok(json(StatusCode::CREATED, &booking))
}

/// `GET /v1/bookings/{reference}`
pub async fn get_booking(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<BookingPath>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let mut conn = app.db.read().await?;
    let b = sales::booking::own_booking(&app, &mut conn, c.code, &caller, &p.reference).await?;
    Ok(json(StatusCode::OK, &b))
}

/// `GET /v1/bookings?reference=…&surname=…`
pub async fn lookup_booking(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<CarrierPath>,
    ApiQuery(q): ApiQuery<LookupQuery>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let mut conn = app.db.read().await?;
    let b = sales::booking::lookup(&app, &mut conn, c.code, &q.reference, &q.surname).await?;
    Ok(json(StatusCode::OK, &b))
}

/// `POST /v1/bookings/{reference}/refund-offers`
pub async fn create_refund_offer(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<BookingPath>,
    OptionalJson(req): OptionalJson<RefundOfferRequest>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let offer = sales::refund::offer(&app, c.code, &caller, &p.reference, req, Utc::now()).await?;
    Ok(json(StatusCode::CREATED, &offer))
}

/// `POST /v1/refund-offers/{offer_id}/accept`
pub async fn accept_refund_offer(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<OfferPath>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let done = sales::refund::accept(&app, c.code, &caller, &p.offer_id, Utc::now()).await?;
    Ok(json(StatusCode::OK, &done))
}

/// `POST /v1/bookings/{reference}/exchange-offers`
pub async fn create_exchange_offer(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<BookingPath>,
    ApiJson(req): ApiJson<ExchangeOfferRequest>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let offer =
        sales::exchange::offer(&app, c.code, &caller, &p.reference, req, Utc::now()).await?;
    Ok(json(StatusCode::CREATED, &offer))
}

/// `POST /v1/exchange-offers/{offer_id}/accept`
pub async fn accept_exchange_offer(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<OfferPath>,
    OptionalJson(req): OptionalJson<AcceptExchangeRequest>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let done = sales::exchange::accept(&app, c.code, &caller, &p.offer_id, req, Utc::now()).await?;
    Ok(json(StatusCode::OK, &done))
}

/// `GET /v1/events`
pub async fn events(
    State(app): State<AppState>,
    Extension(caller): Extension<Caller>,
    ApiPath(p): ApiPath<CarrierPath>,
    ApiQuery(q): ApiQuery<FeedQuery>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let mut conn = app.db.read().await?;
    let page = feed::events_page(&mut conn, c.code, caller.id, q.since.as_deref(), q.limit).await?;
    Ok(json(StatusCode::OK, &page))
}

/// `GET /v1/openapi.json` (no key needed).
pub async fn openapi() -> Response {
    let mut resp =
        axum::response::IntoResponse::into_response(sapar_carrier::openapi::openapi_json());
    resp.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/json"),
    );
    resp
}

/// One carrier in the directory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectoryEntry {
    /// Code.
    pub code: String,
    /// Name in English.
    pub name: String,
    /// Base URL path (append to the server's address).
    pub base_path: String,
}

/// The carriers this server hosts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Directory {
    /// Carriers.
    pub carriers: Vec<DirectoryEntry>,
}

/// `GET /carriers` (no key needed).
pub async fn directory(State(app): State<AppState>) -> Response {
    let carriers = app
        .network
        .carriers()
        .iter()
        .map(|c| DirectoryEntry {
            code: c.code.to_string(),
            name: c.names.en.clone(),
            base_path: format!("/carriers/{}", c.code),
        })
        .collect();
    json(StatusCode::OK, &Directory { carriers })
}
