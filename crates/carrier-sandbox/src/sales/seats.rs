//! Seat inventory inside write transactions: lapsed holds give their seats
//! back, chosen seats are checked, the rest are assigned, and each seat is
//! claimed by a row whose primary key forbids a second claim.

use crate::http::problem::ApiError;
use crate::network::layout::{CarriageSpec, SeatSpec};
use crate::network::Trip;
use chrono::{DateTime, Utc};
use sapar_carrier::{FieldError, ProblemCode, SeatChoice};
use sapar_domain::{Money, SeatAssignment};
use sqlx::{Row, SqliteConnection};
use std::collections::HashSet;

/// A seat given to a passenger.
#[derive(Debug, Clone)]
pub struct Allocated {
    /// Index of the passenger.
    pub passenger: usize,
    /// Carriage or cabin name.
    pub carriage: String,
    /// The seat.
    pub seat: SeatSpec,
    /// Whether the seller chose it.
    pub chosen: bool,
}

impl Allocated {
    /// The seat as printed on the ticket (no carriage on planes and buses).
    pub fn assignment(&self, has_carriages: bool) -> SeatAssignment {
        SeatAssignment {
            carriage: has_carriages.then(|| self.carriage.clone()),
            seat: self.seat.number.clone(),
            berth: self.seat.berth,
        }
    }
}

/// Marks a trip's lapsed holds expired and frees their seats. Returns how many
/// holds lapsed.
pub async fn release_lapsed(
    conn: &mut SqliteConnection,
    trip: &str,
    now: DateTime<Utc>,
) -> Result<u64, ApiError> {
    let ms = now.timestamp_millis();
    let lapsed = sqlx::query("UPDATE holds SET status = 'expired' WHERE trip_id = ? AND status = 'held' AND expires_ms <= ?")
        .bind(trip)
        .bind(ms)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    sqlx::query(
        "DELETE FROM seat_claims WHERE trip_id = ? AND ticket_number IS NULL AND expires_ms <= ?",
    )
    .bind(trip)
    .bind(ms)
    .execute(&mut *conn)
    .await?;
    Ok(lapsed)
}

/// Seats claimed (held or sold) on a trip, as (carriage, seat).
pub async fn claimed(
    conn: &mut SqliteConnection,
    trip: &str,
) -> Result<HashSet<(String, String)>, ApiError> {
    let rows = sqlx::query("SELECT carriage, seat FROM seat_claims WHERE trip_id = ?")
        .bind(trip)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
}

fn find_choice<'a>(
    trip: &'a Trip,
    class: &str,
    c: &SeatChoice,
) -> Option<(&'a CarriageSpec, &'a SeatSpec)> {
    let layout = trip.def.vehicle.layout();
    let found = match &c.carriage {
        Some(car) => layout.seat(car, &c.seat),
        None if !trip.def.vehicle.has_carriages() => layout.seat_in_class(class, &c.seat),
        None => None,
    }?;
    (found.0.class == class).then_some(found)
}

/// Checks chosen seats against the layout (before any transaction).
pub fn check_choices(
    trip: &Trip,
    class: &str,
    choices: &[SeatChoice],
    seated: &[usize],
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (k, c) in choices.iter().enumerate() {
        let field = format!("seats/{k}");
        if !seated.contains(&c.passenger) {
            errors.push(FieldError::new(
                &field,
                "no_seat_for_passenger",
                "this passenger does not take a seat (an infant, or no such passenger)",
            ));
        } else if !seen.insert(c.passenger) {
            errors.push(FieldError::new(
                &field,
                "duplicate",
                "two seats chosen for one passenger",
            ));
        }
        match find_choice(trip, class, c) {
            None => errors.push(FieldError::new(
                &field,
                "no_such_seat",
                format!(
                    "no seat {} {} in class {class}",
                    c.carriage.as_deref().unwrap_or("-"),
                    c.seat
                ),
            )),
            Some((car, seat)) => {
                if choices[..k].iter().any(|o| {
                    find_choice(trip, class, o)
                        .is_some_and(|(c2, s2)| c2.number == car.number && s2.number == seat.number)
                }) {
                    errors.push(FieldError::new(
                        &field,
                        "duplicate",
                        "the same seat is chosen twice",
                    ));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::fields(
            ProblemCode::BadRequest,
            "the seat choices are not valid",
            errors,
        ))
    }
}

/// Gives seats to `seated` passengers: chosen ones if free (else `seat_taken`),
/// the others the first free seats at the offer's price (else `sold_out`).
pub async fn allocate(
    conn: &mut SqliteConnection,
    trip: &Trip,
    class: &str,
    choices: &[SeatChoice],
    seated: &[usize],
    now: DateTime<Utc>,
) -> Result<Vec<Allocated>, ApiError> {
    release_lapsed(conn, &trip.def.id, now).await?;
    let mut taken = claimed(conn, &trip.def.id).await?;
    let mut out = Vec::new();
    for c in choices {
        let Some((car, seat)) = find_choice(trip, class, c) else {
            return Err(ApiError::bad_request(format!("no seat {}", c.seat)));
        };
        if !taken.insert((car.number.clone(), seat.number.clone())) {
            return Err(ApiError::new(
                ProblemCode::SeatTaken,
                format!("seat {} of {} is held or sold", seat.number, car.number),
            ));
        }
        out.push(Allocated {
            passenger: c.passenger,
            carriage: car.number.clone(),
            seat: seat.clone(),
            chosen: true,
        });
    }
    let rest: Vec<usize> = seated
        .iter()
        .copied()
        .filter(|p| !choices.iter().any(|c| c.passenger == *p))
        .collect();
    if !rest.is_empty() {
        let layout = trip.def.vehicle.layout();
        let mut free: Vec<(&CarriageSpec, &SeatSpec)> = layout
            .carriages
            .iter()
            .filter(|c| c.class == class)
            .flat_map(|c| c.seats.iter().map(move |s| (c, s)))
            .filter(|(c, s)| !taken.contains(&(c.number.clone(), s.number.clone())))
            .collect();
        // Seats at the offer's price first, then the cheaper ones, then the dearer.
        free.sort_by_key(|(_, s)| (s.price_difference != Money::ZERO, s.price_difference));
        if free.len() < rest.len() {
            return Err(ApiError::new(
                ProblemCode::SoldOut,
                format!(
                    "only {} seat(s) left in {class}; {} needed",
                    free.len(),
                    rest.len()
                ),
            ));
        }
        for (p, (car, seat)) in rest.into_iter().zip(free) {
            out.push(Allocated {
                passenger: p,
                carriage: car.number.clone(),
                seat: seat.clone(),
                chosen: false,
            });
        }
    }
    out.sort_by_key(|a| a.passenger);
    Ok(out)
}

/// Claims seats for a hold until `expires_ms`.
pub async fn claim_for_hold(
    conn: &mut SqliteConnection,
    trip: &str,
    class: &str,
    hold: &str,
    seats: &[Allocated],
    expires_ms: i64,
) -> Result<(), ApiError> {
    for a in seats {
        let r = sqlx::query(
            "INSERT INTO seat_claims(trip_id, carriage, seat, service_class, hold_id, ticket_number, expires_ms) VALUES (?, ?, ?, ?, ?, NULL, ?)",
        )
        .bind(trip)
        .bind(&a.carriage)
        .bind(&a.seat.number)
        .bind(class)
        .bind(hold)
        .bind(expires_ms)
        .execute(&mut *conn)
        .await;
        if let Err(e) = r {
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation())
            {
                return Err(ApiError::new(
                    ProblemCode::SeatTaken,
                    format!("seat {} of {} is held or sold", a.seat.number, a.carriage),
                ));
            }
            return Err(e.into());
        }
    }
    Ok(())
}

/// Claims a free seat for a ticket for good (exchanges).
pub async fn claim_for_ticket(
    conn: &mut SqliteConnection,
    trip: &str,
    class: &str,
    carriage: &str,
    seat: &str,
    ticket: &str,
) -> Result<(), ApiError> {
    let r = sqlx::query(
        "INSERT INTO seat_claims(trip_id, carriage, seat, service_class, hold_id, ticket_number, expires_ms) VALUES (?, ?, ?, ?, NULL, ?, NULL)",
    )
    .bind(trip)
    .bind(carriage)
    .bind(seat)
    .bind(class)
    .bind(ticket)
    .execute(conn)
    .await;
    match r {
        Ok(_) => Ok(()),
        Err(e)
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Err(ApiError::new(
                ProblemCode::SeatTaken,
                format!("seat {seat} of {carriage} is held or sold"),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// Turns a hold's claim on a seat into a ticket's; `false` if the hold no longer has it.
pub async fn convert_hold_claim(
    conn: &mut SqliteConnection,
    trip: &str,
    carriage: &str,
    seat: &str,
    hold: &str,
    ticket: &str,
) -> Result<bool, ApiError> {
    let n = sqlx::query(
        "UPDATE seat_claims SET ticket_number = ?, hold_id = NULL, expires_ms = NULL \
         WHERE trip_id = ? AND carriage = ? AND seat = ? AND hold_id = ?",
    )
    .bind(ticket)
    .bind(trip)
    .bind(carriage)
    .bind(seat)
    .bind(hold)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Frees a ticket's seat.
pub async fn free_ticket_seat(conn: &mut SqliteConnection, ticket: &str) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM seat_claims WHERE ticket_number = ?")
        .bind(ticket)
        .execute(conn)
        .await?;
    Ok(())
}
