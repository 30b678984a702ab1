//! Seat maps: the vehicle's layout with what is held or sold right now.

use crate::app::App;
use crate::http::problem::ApiError;
use crate::network::carriers::class_names;
use chrono::{DateTime, Utc};
use sapar_carrier::{Carriage, SeatInfo, SeatMap};
use sqlx::Row;
use std::collections::HashSet;

/// The seat map of a trip of a carrier, optionally of one class.
pub async fn seat_map(
    app: &App,
    carrier: &str,
    trip_id: &str,
    class: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SeatMap, ApiError> {
    let trip = app
        .network
        .trip(trip_id)
        .filter(|t| t.def.carrier == carrier)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    let layout = trip.def.vehicle.layout();
    if let Some(c) = class {
        if !layout.classes().contains(&c) {
            return Err(ApiError::bad_request(format!(
                "trip {trip_id} has no class {c:?}"
            )));
        }
    }
    let mut conn = app.db.read().await?;
    let taken: HashSet<(String, String)> = sqlx::query(
        "SELECT carriage, seat FROM seat_claims WHERE trip_id = ? AND (ticket_number IS NOT NULL OR expires_ms > ?)",
    )
    .bind(trip_id)
    .bind(now.timestamp_millis())
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    let open = !trip.live().cancelled;
    let carriages = layout
        .carriages
        .iter()
        .filter(|c| class.is_none_or(|k| k == c.class))
        .map(|c| Carriage {
            number: c.number.clone(),
            service_class: c.class.to_string(),
            service_class_name: class_names(c.class),
            seats: c
                .seats
                .iter()
                .map(|s| SeatInfo {
                    number: s.number.clone(),
                    berth: s.berth,
                    available: open && !taken.contains(&(c.number.clone(), s.number.clone())),
                    price_difference: s.price_difference,
                    features: s.features.iter().map(|f| f.to_string()).collect(),
                })
                .collect(),
        })
        .collect();
    Ok(SeatMap {
        trip_id: trip_id.to_string(),
        carriages,
    })
}
