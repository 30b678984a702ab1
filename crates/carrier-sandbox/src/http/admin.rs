//! Admin handlers: delays, cancellations, platforms, revocations, key
//! rotation (each recorded as an event), fault rules, sellers and sweeps.

use super::faults::FaultList;
use super::problem::{json, ApiError, ApiJson, ApiPath, OptionalJson};
use crate::admin::*;
use crate::app::{AppState, Caller};
use crate::config::{derived_key, ApiKey};
use crate::feed::{record_event, record_revocation};
use crate::sales;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use sapar_carrier::{EventKind, RevocationReason};
use sapar_domain::TicketStatus;
use serde::Deserialize;
use sqlx::Row;

/// `/admin/carriers/{carrier}/trips/{trip_id}/…`
#[derive(Debug, Deserialize)]
pub struct AdminTripPath {
    carrier: String,
    trip_id: String,
}

/// `/admin/carriers/{carrier}/tickets/{number}/…`
#[derive(Debug, Deserialize)]
pub struct AdminTicketPath {
    carrier: String,
    number: String,
}

/// `/admin/carriers/{carrier}/…`
#[derive(Debug, Deserialize)]
pub struct AdminCarrierPath {
    carrier: String,
}

type Answer = Result<Response, ApiError>;

fn trip_of(
    app: &AppState,
    p: &AdminTripPath,
) -> Result<std::sync::Arc<crate::network::Trip>, ApiError> {
    app.carrier(&p.carrier)?;
    app.network
        .trip(&p.trip_id)
        .filter(|t| t.def.carrier == p.carrier)
        .ok_or_else(|| ApiError::not_found("trip"))
}

fn state(trip: &crate::network::Trip, tickets_cancelled: u32) -> TripState {
    let live = trip.live();
    TripState {
        trip_id: trip.def.id.clone(),
        delay_minutes: live.delay_minutes,
        platform: live.platform,
        cancelled: live.cancelled,
        tickets_cancelled,
    }
}

/// Announces a delay.
pub async fn delay(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<AdminTripPath>,
    ApiJson(req): ApiJson<DelayRequest>,
) -> Answer {
    let trip = trip_of(&app, &p)?;
    if !(0..=7 * 24 * 60).contains(&req.minutes) {
        return Err(ApiError::bad_request("a delay is 0 to 10080 minutes"));
    }
    let now = Utc::now();
    let mut tx = app.db.write().await?;
    sqlx::query("UPDATE trips SET delay_minutes = ? WHERE id = ?")
        .bind(req.minutes)
        .bind(&trip.def.id)
        .execute(&mut *tx)
        .await?;
    let kind = EventKind::TripDelayed {
        trip_id: trip.def.id.clone(),
        trip_number: trip.def.number.clone(),
        delay_minutes: req.minutes,
    };
    record_event(&mut tx, &p.carrier, None, &kind, now).await?;
    tx.commit().await?;
    trip.update_live(|l| l.delay_minutes = req.minutes);
    Ok(json(StatusCode::OK, &state(&trip, 0)))
}

/// Announces a platform or gate.
pub async fn platform(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<AdminTripPath>,
    ApiJson(req): ApiJson<PlatformRequest>,
) -> Answer {
    let trip = trip_of(&app, &p)?;
    let platform = req.platform.trim().to_string();
    if platform.is_empty() || platform.len() > 16 {
        return Err(ApiError::bad_request(
            "a platform or gate is 1-16 characters",
        ));
    }
    let now = Utc::now();
    let mut tx = app.db.write().await?;
    sqlx::query("UPDATE trips SET platform = ? WHERE id = ?")
        .bind(&platform)
        .bind(&trip.def.id)
        .execute(&mut *tx)
        .await?;
    let kind = EventKind::PlatformChanged {
        trip_id: trip.def.id.clone(),
        trip_number: trip.def.number.clone(),
        platform: platform.clone(),
    };
    record_event(&mut tx, &p.carrier, None, &kind, now).await?;
    tx.commit().await?;
    trip.update_live(|l| l.platform = Some(platform));
    Ok(json(StatusCode::OK, &state(&trip, 0)))
}

/// Cancels a trip: its tickets are cancelled and revoked, its holds lapse.
pub async fn cancel(State(app): State<AppState>, ApiPath(p): ApiPath<AdminTripPath>) -> Answer {
    let trip = trip_of(&app, &p)?;
    let now = Utc::now();
    let mut tx = app.db.write().await?;
    sqlx::query("UPDATE trips SET cancelled = 1 WHERE id = ?")
        .bind(&trip.def.id)
        .execute(&mut *tx)
        .await?;
    let tickets = sqlx::query(
        "SELECT t.number, t.reference, b.client_id FROM tickets t JOIN bookings b ON b.reference = t.reference \
         WHERE t.trip_id = ? AND t.status = 'issued'",
    )
    .bind(&trip.def.id)
    .fetch_all(&mut *tx)
    .await?;
    for r in &tickets {
        let number: String = r.get(0);
        sqlx::query("UPDATE tickets SET status = ? WHERE number = ?")
            .bind(TicketStatus::CancelledByCarrier.as_str())
            .bind(&number)
            .execute(&mut *tx)
            .await?;
        record_revocation(
            &mut tx,
            &p.carrier,
            &number,
            RevocationReason::TripCancelled,
            now,
        )
        .await?;
        let kind = EventKind::TicketRevoked {
            booking_reference: r.get(1),
            ticket_number: number,
            reason: RevocationReason::TripCancelled,
        };
        record_event(&mut tx, &p.carrier, Some(r.get(2)), &kind, now).await?;
    }
    sqlx::query("UPDATE holds SET status = 'expired' WHERE trip_id = ? AND status = 'held'")
        .bind(&trip.def.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM seat_claims WHERE trip_id = ?")
        .bind(&trip.def.id)
        .execute(&mut *tx)
        .await?;
    let kind = EventKind::TripCancelled {
        trip_id: trip.def.id.clone(),
        trip_number: trip.def.number.clone(),
    };
    record_event(&mut tx, &p.carrier, None, &kind, now).await?;
    app.recount(&mut tx, &trip.def.id, now).await?;
    tx.commit().await?;
    trip.update_live(|l| l.cancelled = true);
    Ok(json(StatusCode::OK, &state(&trip, tickets.len() as u32)))
}

/// Revokes a ticket.
pub async fn revoke(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<AdminTicketPath>,
    OptionalJson(_req): OptionalJson<RevokeRequest>,
) -> Answer {
    app.carrier(&p.carrier)?;
    let now = Utc::now();
    let mut tx = app.db.write().await?;
    let row = sqlx::query(
        "SELECT t.reference, b.client_id, t.trip_id FROM tickets t JOIN bookings b ON b.reference = t.reference \
         WHERE t.number = ? AND t.carrier = ?",
    )
    .bind(&p.number)
    .bind(&p.carrier)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| ApiError::not_found("ticket"))?;
    let reference: String = row.get(0);
    let trip: String = row.get(2);
    sales::refund::move_ticket(&mut tx, &p.number, TicketStatus::CancelledByCarrier).await?;
    sales::seats::free_ticket_seat(&mut tx, &p.number).await?;
    record_revocation(
        &mut tx,
        &p.carrier,
        &p.number,
        RevocationReason::Revoked,
        now,
    )
    .await?;
    let kind = EventKind::TicketRevoked {
        booking_reference: reference.clone(),
        ticket_number: p.number.clone(),
        reason: RevocationReason::Revoked,
    };
    record_event(&mut tx, &p.carrier, Some(row.get(1)), &kind, now).await?;
    app.recount(&mut tx, &trip, now).await?;
    tx.commit().await?;
    Ok(json(
        StatusCode::OK,
        &RevokedTicket {
            ticket_number: p.number,
            booking_reference: reference,
        },
    ))
}

/// Rotates a carrier's signing key.
pub async fn rotate_key(
    State(app): State<AppState>,
    ApiPath(p): ApiPath<AdminCarrierPath>,
) -> Answer {
    let c = app.carrier(&p.carrier)?;
    let now = Utc::now();
    let mut tx = app.db.write().await?;
    let (key_id, previous_key_id) = app.keys.rotate_in(&mut tx, c.code, now).await?;
    let kind = EventKind::KeyRotated {
        key_id,
        previous_key_id,
    };
    record_event(&mut tx, c.code, None, &kind, now).await?;
    tx.commit().await?;
    app.keys.reload(&app.db).await?;
    Ok(json(
        StatusCode::OK,
        &RotatedKey {
            key_id,
            previous_key_id,
        },
    ))
}

/// The fault rules.
pub async fn get_faults(State(app): State<AppState>) -> Response {
    json(StatusCode::OK, &app.faults.list())
}

/// Replaces the fault rules.
pub async fn put_faults(State(app): State<AppState>, ApiJson(list): ApiJson<FaultList>) -> Answer {
    for r in &list.rules {
        for rate in [r.error_rate, r.drop_rate, r.commit_then_drop_rate] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(ApiError::bad_request("rates are between 0 and 1"));
            }
        }
        if r.latency_ms > 60_000 {
            return Err(ApiError::bad_request("latency is at most 60000 ms"));
        }
    }
    app.faults.set(list);
    Ok(json(StatusCode::OK, &app.faults.list()))
}

/// Clears the fault rules.
pub async fn clear_faults(State(app): State<AppState>) -> Response {
    app.faults.set(FaultList::default());
    json(StatusCode::OK, &app.faults.list())
}

/// Adds a seller and answers its key.
pub async fn new_client(
    State(app): State<AppState>,
    ApiJson(req): ApiJson<NewClientRequest>,
) -> Answer {
    let name = req.name.trim();
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(ApiError::bad_request(
            "a seller name is 1-64 Latin letters, digits, '-' or '_'",
        ));
    }
    let key = format!(
        "{}_{}",
        derived_key(name, app.settings.seed),
        uuid::Uuid::new_v4().simple()
    );
    let id = app.db.upsert_client(name, &key).await?;
    if let Ok(mut clients) = app.clients.write() {
        clients.retain(|_, c| c.name != name);
        clients.insert(
            crate::store::hash_key(&key),
            Caller {
                id,
                name: name.to_string(),
            },
        );
    }
    Ok(json(
        StatusCode::CREATED,
        &ApiKey {
            name: name.to_string(),
            key,
        },
    ))
}

/// Expires lapsed holds now.
pub async fn sweep(State(app): State<AppState>) -> Answer {
    let lapsed = sales::hold::sweep_lapsed(&app, Utc::now()).await?;
    Ok(json(StatusCode::OK, &SweepResult { lapsed }))
}
