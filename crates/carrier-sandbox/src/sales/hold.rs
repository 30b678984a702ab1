//! Holds: seats kept at a fixed price until the hold expires, is released,
//! or is paid for. Lapsed holds are swept so their seats go back on sale.

use super::offer_id;
use super::passengers::check_passengers;
use super::search::{prices_for, with_seat_difference};
use super::seats::{allocate, check_choices, claim_for_hold};
use crate::app::{App, Caller};
use crate::http::problem::ApiError;
use crate::network::Trip;
use chrono::{DateTime, Duration, Utc};
use sapar_carrier::{Hold, HoldItem, HoldRequest, HoldStatus, ProblemCode};
use sapar_domain::{Category, Money, Passenger};
use sqlx::{Row, SqliteConnection};
use std::collections::BTreeSet;
use std::sync::Arc;

/// A hold as stored.
#[derive(Debug, Clone)]
pub struct HoldRow {
    /// Id.
    pub id: String,
    /// Owner.
    pub client_id: i64,
    /// Carrier.
    pub carrier: String,
    /// Trip.
    pub trip_id: String,
    /// Departure stop.
    pub from_idx: usize,
    /// Arrival stop.
    pub to_idx: usize,
    /// Class.
    pub class: String,
    /// Fare.
    pub fare: String,
    /// Passengers.
    pub passengers: Vec<Passenger>,
    /// Items.
    pub items: Vec<HoldItem>,
    /// Total.
    pub total: Money,
    /// Contact.
    pub contact_email: Option<String>,
    /// Stored status.
    pub status: HoldStatus,
    /// Expiry.
    pub expires_ms: i64,
    /// Booking, once confirmed.
    pub booking_reference: Option<String>,
}

fn status_str(s: HoldStatus) -> &'static str {
    match s {
        HoldStatus::Held => "held",
        HoldStatus::Confirmed => "confirmed",
        HoldStatus::Released => "released",
        HoldStatus::Expired => "expired",
    }
}

fn parse_status(s: &str) -> HoldStatus {
    match s {
        "confirmed" => HoldStatus::Confirmed,
        "released" => HoldStatus::Released,
        "expired" => HoldStatus::Expired,
        _ => HoldStatus::Held,
    }
}

impl HoldRow {
    /// The status as of `now` (a held hold past its expiry has lapsed).
    pub fn status_at(&self, now: DateTime<Utc>) -> HoldStatus {
        if self.status == HoldStatus::Held && self.expires_ms <= now.timestamp_millis() {
            HoldStatus::Expired
        } else {
            self.status
        }
    }

    /// The expiry instant.
    pub fn expires_at(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.expires_ms).unwrap_or_default()
    }
}

/// Reads a hold.
pub async fn load_hold(conn: &mut SqliteConnection, id: &str) -> Result<Option<HoldRow>, ApiError> {
    let Some(r) = sqlx::query(
        "SELECT id, client_id, carrier, trip_id, from_idx, to_idx, service_class, fare, passengers, items, total, \
         contact_email, status, expires_ms, booking_reference FROM holds WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some(HoldRow {
        id: r.get(0),
        client_id: r.get(1),
        carrier: r.get(2),
        trip_id: r.get(3),
        from_idx: r.get::<i64, _>(4) as usize,
        to_idx: r.get::<i64, _>(5) as usize,
        class: r.get(6),
        fare: r.get(7),
        passengers: serde_json::from_str(&r.get::<String, _>(8))?,
        items: serde_json::from_str(&r.get::<String, _>(9))?,
        total: Money::tiyn(r.get(10)),
        contact_email: r.get(11),
        status: parse_status(&r.get::<String, _>(12)),
        expires_ms: r.get(13),
        booking_reference: r.get(14),
    }))
}

/// A hold of this seller at this carrier, or `not_found`.
pub async fn own_hold(
    conn: &mut SqliteConnection,
    carrier: &str,
    caller: &Caller,
    id: &str,
) -> Result<HoldRow, ApiError> {
    match load_hold(conn, id).await? {
        Some(h) if h.client_id == caller.id && h.carrier == carrier => Ok(h),
        _ => Err(ApiError::not_found("hold")),
    }
}

/// The hold as sellers see it.
pub fn view(app: &App, h: &HoldRow, now: DateTime<Utc>) -> Result<Hold, ApiError> {
    let trip = app
        .network
        .trip(&h.trip_id)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    let summary = trip
        .summary(h.from_idx, h.to_idx)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    Ok(Hold {
        id: h.id.clone(),
        status: h.status_at(now),
        expires_at: h.expires_at(),
        trip: summary,
        service_class: h.class.clone(),
        fare: h.fare.clone(),
        passengers: h.passengers.clone(),
        items: h.items.clone(),
        total: h.total,
        booking_reference: h.booking_reference.clone(),
    })
}

/// The trip an offer or hold is for, if it can still be sold.
pub fn sellable_trip(
    app: &App,
    trip_id: &str,
    from_idx: usize,
    now: DateTime<Utc>,
) -> Result<Arc<Trip>, ApiError> {
    let trip = app
        .network
        .trip(trip_id)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    if trip.live().cancelled {
        return Err(ApiError::new(ProblemCode::SoldOut, "the trip is cancelled"));
    }
    if trip.departure(from_idx).is_none_or(|d| d.utc <= now) {
        return Err(ApiError::new(
            ProblemCode::OfferExpired,
            "the trip has departed",
        ));
    }
    Ok(trip)
}

/// Creates a hold for an offer.
pub async fn create(
    app: &App,
    carrier_code: &str,
    caller: &Caller,
    req: HoldRequest,
    now: DateTime<Utc>,
) -> Result<Hold, ApiError> {
    let carrier = app.carrier(carrier_code)?;
    let claims = offer_id::decode(&req.offer_id, &app.settings.offer_secret)
        .filter(|c| c.carrier == carrier.code)
        .ok_or_else(|| ApiError::not_found("offer"))?;
    if claims.expires_at() <= now {
        return Err(ApiError::new(
            ProblemCode::OfferExpired,
            "the offer's price guarantee ended; search again",
        ));
    }
    let trip = sellable_trip(app, &claims.trip_id, claims.from_idx, now)?;
    let departure = trip
        .departure(claims.from_idx)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    check_passengers(
        carrier,
        &claims,
        &req.passengers,
        departure.local().date_naive(),
        trip.def.mode,
    )?;
    if let Some(email) = &req.contact_email {
        if !email.contains('@') || email.len() > 254 {
            return Err(ApiError::bad_request(
                "contact_email is not an e-mail address",
            ));
        }
    }
    let seated: Vec<usize> = req
        .passengers
        .iter()
        .enumerate()
        .filter(|(_, p)| p.category != Category::Infant)
        .map(|(i, _)| i)
        .collect();
    check_choices(&trip, &claims.class, &req.seats, &seated)?;
    let prices = prices_for(&trip, &claims).ok_or_else(|| ApiError::not_found("offer"))?;
    let expires = now + Duration::from_std(app.settings.hold_ttl).unwrap_or(Duration::minutes(15));
    let hold_id = format!("H-{}", uuid::Uuid::new_v4().simple());

    let mut tx = app.db.write().await?;
    let seats = allocate(&mut tx, &trip, &claims.class, &req.seats, &seated, now).await?;
    claim_for_hold(
        &mut tx,
        &trip.def.id,
        &claims.class,
        &hold_id,
        &seats,
        expires.timestamp_millis(),
    )
    .await?;
    let has_carriages = trip.def.vehicle.has_carriages();
    let items: Vec<HoldItem> = req
        .passengers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let unit = prices
                .iter()
                .find(|c| c.category == p.category)
                .map(|c| c.unit.clone())
                .unwrap_or_default();
            match seats.iter().find(|a| a.passenger == i) {
                Some(a) => HoldItem {
                    passenger: i,
                    seat: Some(a.assignment(has_carriages)),
                    price: with_seat_difference(unit, a.seat.price_difference, a.chosen),
                },
                None => HoldItem {
                    passenger: i,
                    seat: None,
                    price: unit,
                },
            }
        })
        .collect();
    let total: Money = items.iter().map(|i| i.price.total()).sum();
    sqlx::query(
        "INSERT INTO holds(id, client_id, carrier, trip_id, from_idx, to_idx, service_class, fare, passengers, items, total, \
         contact_email, status, expires_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'held', ?, ?)",
    )
    .bind(&hold_id)
    .bind(caller.id)
    .bind(carrier.code)
    .bind(&trip.def.id)
    .bind(claims.from_idx as i64)
    .bind(claims.to_idx as i64)
    .bind(&claims.class)
    .bind(&claims.fare)
    .bind(serde_json::to_string(&req.passengers)?)
    .bind(serde_json::to_string(&items)?)
    .bind(total.as_tiyn())
    .bind(&req.contact_email)
    .bind(expires.timestamp_millis())
    .bind(now.to_rfc3339())
    .execute(&mut *tx)
    .await?;
    app.recount(&mut tx, &trip.def.id, now).await?;
    tx.commit().await?;
    let row = HoldRow {
        id: hold_id,
        client_id: caller.id,
        carrier: carrier.code.to_string(),
        trip_id: trip.def.id.clone(),
        from_idx: claims.from_idx,
        to_idx: claims.to_idx,
        class: claims.class,
        fare: claims.fare,
        passengers: req.passengers,
        items,
        total,
        contact_email: req.contact_email,
        status: HoldStatus::Held,
        expires_ms: expires.timestamp_millis(),
        booking_reference: None,
    };
    view(app, &row, now)
}

/// Releases a hold: its seats go back on sale.
pub async fn release(
    app: &App,
    carrier: &str,
    caller: &Caller,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Hold, ApiError> {
    let mut tx = app.db.write().await?;
    let mut h = own_hold(&mut tx, carrier, caller, id).await?;
    match h.status_at(now) {
        HoldStatus::Confirmed => {
            return Err(ApiError::new(
                ProblemCode::InvalidState,
                "the hold is paid for; refund the booking instead",
            ))
        }
        HoldStatus::Held => {
            set_status(&mut tx, &h.id, HoldStatus::Released).await?;
            h.status = HoldStatus::Released;
        }
        HoldStatus::Expired => {
            set_status(&mut tx, &h.id, HoldStatus::Expired).await?;
            h.status = HoldStatus::Expired;
        }
        HoldStatus::Released => {}
    }
    sqlx::query("DELETE FROM seat_claims WHERE hold_id = ?")
        .bind(&h.id)
        .execute(&mut *tx)
        .await?;
    app.recount(&mut tx, &h.trip_id, now).await?;
    tx.commit().await?;
    view(app, &h, now)
}

/// Stores a hold's status.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: &str,
    status: HoldStatus,
) -> Result<(), ApiError> {
    sqlx::query("UPDATE holds SET status = ? WHERE id = ?")
        .bind(status_str(status))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Expires every lapsed hold and frees its seats; returns how many lapsed.
pub async fn sweep_lapsed(app: &App, now: DateTime<Utc>) -> Result<u64, ApiError> {
    let ms = now.timestamp_millis();
    let mut tx = app.db.write().await?;
    let trips: BTreeSet<String> =
        sqlx::query("SELECT DISTINCT trip_id FROM holds WHERE status = 'held' AND expires_ms <= ?")
            .bind(ms)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .map(|r| r.get(0))
            .collect();
    let mut lapsed = 0;
    for trip in &trips {
        lapsed += super::seats::release_lapsed(&mut tx, trip, now).await?;
        app.recount(&mut tx, trip, now).await?;
    }
    tx.commit().await?;
    Ok(lapsed)
}
