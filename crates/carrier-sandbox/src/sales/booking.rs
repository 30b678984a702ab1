//! Bookings: paying for a hold issues one signed ticket per passenger; bookings
//! are read back by their seller, or by anyone who knows a passenger's surname.

use super::hold::{own_hold, set_status};
use super::seats::convert_hold_claim;
use crate::app::{App, Caller};
use crate::http::problem::ApiError;
use crate::network::Trip;
use crate::payments;
use chrono::{DateTime, Duration, Utc};
use sapar_carrier::{
    BookingView, ConfirmRequest, HoldStatus, IssuedTicket, ProblemCode, SegmentView,
};
use sapar_domain::{Berth, Passenger, PriceBreakdown, SeatAssignment, TicketStatus};
use sapar_ticket::{document_tail, fit_passenger_name, TicketClaims};
use sqlx::{Row, SqliteConnection};

const REFERENCE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A new booking reference not yet used.
pub async fn new_reference(conn: &mut SqliteConnection) -> Result<String, ApiError> {
    for _ in 0..20 {
        let bytes = uuid::Uuid::new_v4().into_bytes();
        let r: String = bytes[..6]
            .iter()
            .map(|b| REFERENCE_ALPHABET[(*b as usize) % REFERENCE_ALPHABET.len()] as char)
            .collect();
        let used = sqlx::query("SELECT 1 FROM bookings WHERE reference = ?")
            .bind(&r)
            .fetch_optional(&mut *conn)
            .await?
            .is_some();
        if !used {
            return Ok(r);
        }
    }
    Err(ApiError::new(
        ProblemCode::Unavailable,
        "could not find a free booking reference; retry",
    ))
}

async fn next_ticket_number(
    conn: &mut SqliteConnection,
    carrier: &str,
    prefix: &str,
) -> Result<String, ApiError> {
    let serial: i64 = sqlx::query(
        "INSERT INTO ticket_serials(carrier, next) VALUES (?, 2) \
         ON CONFLICT(carrier) DO UPDATE SET next = next + 1 RETURNING next - 1",
    )
    .bind(carrier)
    .fetch_one(conn)
    .await?
    .get(0);
    let width = 13usize.saturating_sub(prefix.len());
    Ok(format!("{prefix}{serial:0width$}"))
}

/// What a new ticket is for.
pub struct NewTicket<'a> {
    /// Booking reference.
    pub reference: &'a str,
    /// Passenger index and data.
    pub passenger: (usize, &'a Passenger),
    /// Segment index.
    pub segment: usize,
    /// Trip and stops.
    pub trip: &'a Trip,
    /// Departure stop.
    pub from_idx: usize,
    /// Arrival stop.
    pub to_idx: usize,
    /// Class.
    pub class: &'a str,
    /// Seat, if any.
    pub seat: Option<&'a SeatAssignment>,
    /// Price.
    pub price: &'a PriceBreakdown,
}

/// Numbers, signs and stores a ticket; returns its number.
pub async fn issue_ticket(
    app: &App,
    conn: &mut SqliteConnection,
    t: NewTicket<'_>,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let carrier = app.carrier(&t.trip.def.carrier)?;
    let number = next_ticket_number(conn, carrier.code, carrier.ticket_prefix).await?;
    let departure = t
        .trip
        .departure(t.from_idx)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    let arrival = t
        .trip
        .arrival(t.to_idx)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    let claims = TicketClaims {
        carrier: carrier.code.to_string(),
        ticket_number: number.clone(),
        booking_reference: t.reference.to_string(),
        passenger_name: fit_passenger_name(&t.passenger.1.full_name()),
        document_tail: document_tail(&t.passenger.1.document_number),
        mode: t.trip.def.mode,
        trip_number: t.trip.def.number.clone(),
        from: t.trip.code(t.from_idx).to_string(),
        to: t.trip.code(t.to_idx).to_string(),
        departure: departure.utc,
        service_class: t.class.to_string(),
        carriage: t.seat.and_then(|s| s.carriage.clone()),
        seat: t.seat.map(|s| s.seat.clone()),
        not_before: now,
        not_after: arrival.utc + Duration::hours(12),
        issued_at: now,
    };
    let (token, key_id) = app.keys.sign(carrier.code, &claims).map_err(|e| {
        eprintln!("sapar-carrier: cannot sign ticket {number}: {e}");
        ApiError::new(ProblemCode::Internal, "the ticket could not be signed")
    })?;
    sqlx::query(
        "INSERT INTO tickets(number, carrier, reference, passenger, segment, trip_id, carriage, seat, berth, price, status, token, key_id, issued_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?)",
    )
    .bind(&number)
    .bind(carrier.code)
    .bind(t.reference)
    .bind(t.passenger.0 as i64)
    .bind(t.segment as i64)
    .bind(&t.trip.def.id)
    .bind(t.seat.and_then(|s| s.carriage.clone()))
    .bind(t.seat.map(|s| s.seat.clone()))
    .bind(t.seat.and_then(|s| s.berth).map(|b| if b == Berth::Lower { "lower" } else { "upper" }))
    .bind(serde_json::to_string(t.price)?)
    .bind(token)
    .bind(i64::from(key_id))
    .bind(now.to_rfc3339())
    .execute(conn)
    .await?;
    Ok(number)
}

/// Pays for a hold and issues the booking.
pub async fn confirm(
    app: &App,
    carrier: &str,
    caller: &Caller,
    hold_id: &str,
    req: ConfirmRequest,
    now: DateTime<Utc>,
) -> Result<BookingView, ApiError> {
    // Quick checks and the payment happen before the write transaction.
    let pre = {
        let mut conn = app.db.read().await?;
        own_hold(&mut conn, carrier, caller, hold_id).await?
    };
    check_confirmable(&pre.status_at(now), pre.booking_reference.as_deref())?;
    payments::charge(
        &req.payment,
        req.confirmation_code.as_deref(),
        pre.total,
        app.today(now),
    )?;

    let mut tx = app.db.write().await?;
    let h = own_hold(&mut tx, carrier, caller, hold_id).await?;
    if let Err(e) = check_confirmable(&h.status_at(now), h.booking_reference.as_deref()) {
        if h.status_at(now) == HoldStatus::Expired {
            super::seats::release_lapsed(&mut tx, &h.trip_id, now).await?;
            app.recount(&mut tx, &h.trip_id, now).await?;
            tx.commit().await?;
        }
        return Err(e);
    }
    let trip = app
        .network
        .trip(&h.trip_id)
        .ok_or_else(|| ApiError::not_found("trip"))?;
    let reference = new_reference(&mut tx).await?;
    sqlx::query("INSERT INTO bookings(reference, client_id, carrier, passengers, contact_email, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(&reference)
        .bind(caller.id)
        .bind(carrier)
        .bind(serde_json::to_string(&h.passengers)?)
        .bind(&h.contact_email)
        .bind(now.to_rfc3339())
        .execute(&mut *tx)
        .await?;
    insert_segment(
        &mut tx, &reference, 0, &h.trip_id, h.from_idx, h.to_idx, &h.class, &h.fare,
    )
    .await?;
    for item in &h.items {
        let passenger = h
            .passengers
            .get(item.passenger)
            .ok_or_else(|| ApiError::not_found("passenger"))?;
        let number = issue_ticket(
            app,
            &mut tx,
            NewTicket {
                reference: &reference,
                passenger: (item.passenger, passenger),
                segment: 0,
                trip: &trip,
                from_idx: h.from_idx,
                to_idx: h.to_idx,
                class: &h.class,
                seat: item.seat.as_ref(),
                price: &item.price,
            },
            now,
        )
        .await?;
        if let Some(seat) = &item.seat {
            let carriage = match &seat.carriage {
                Some(c) => c.clone(),
                None => cabin_of(&trip, &h.class),
            };
            if !convert_hold_claim(&mut tx, &h.trip_id, &carriage, &seat.seat, &h.id, &number)
                .await?
            {
                return Err(ApiError::new(
                    ProblemCode::HoldExpired,
                    "the hold lost its seats; hold again",
                ));
            }
        }
    }
    set_status(&mut tx, &h.id, HoldStatus::Confirmed).await?;
    sqlx::query("UPDATE holds SET booking_reference = ? WHERE id = ?")
        .bind(&reference)
        .bind(&h.id)
        .execute(&mut *tx)
        .await?;
    let view = load_view(app, &mut tx, &reference)
        .await?
        .map(|(v, _)| v)
        .ok_or_else(|| ApiError::not_found("booking"))?;
    tx.commit().await?;
    Ok(view)
}

/// The cabin a class's seats sit in on planes and buses (the seat-claim key).
pub fn cabin_of(trip: &Trip, class: &str) -> String {
    trip.def
        .vehicle
        .layout()
        .carriages
        .iter()
        .find(|c| c.class == class)
        .map(|c| c.number.clone())
        .unwrap_or_else(|| class.to_string())
}

fn check_confirmable(status: &HoldStatus, booking: Option<&str>) -> Result<(), ApiError> {
    match status {
        HoldStatus::Held => Ok(()),
        HoldStatus::Expired => Err(ApiError::new(
            ProblemCode::HoldExpired,
            "the hold has expired and its seats went back on sale",
        )),
        HoldStatus::Released => Err(ApiError::new(
            ProblemCode::InvalidState,
            "the hold was released",
        )),
        HoldStatus::Confirmed => Err(ApiError::new(
            ProblemCode::InvalidState,
            format!(
                "the hold is already paid for: booking {}",
                booking.unwrap_or("?")
            ),
        )),
    }
}

/// Stores a segment of a booking.
#[allow(clippy::too_many_arguments)]
pub async fn insert_segment(
    conn: &mut SqliteConnection,
    reference: &str,
    idx: usize,
    trip: &str,
    from_idx: usize,
    to_idx: usize,
    class: &str,
    fare: &str,
) -> Result<(), ApiError> {
    sqlx::query("INSERT INTO booking_segments(reference, idx, trip_id, from_idx, to_idx, service_class, fare) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(reference)
        .bind(idx as i64)
        .bind(trip)
        .bind(from_idx as i64)
        .bind(to_idx as i64)
        .bind(class)
        .bind(fare)
        .execute(conn)
        .await?;
    Ok(())
}

/// A stored segment: (trip id, from, to, class, fare).
pub type SegmentRow = (String, usize, usize, String, String);

/// The segments of a booking, by index.
pub async fn segments(
    conn: &mut SqliteConnection,
    reference: &str,
) -> Result<Vec<SegmentRow>, ApiError> {
    let rows = sqlx::query("SELECT trip_id, from_idx, to_idx, service_class, fare FROM booking_segments WHERE reference = ? ORDER BY idx")
        .bind(reference)
        .fetch_all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.get(0),
                r.get::<i64, _>(1) as usize,
                r.get::<i64, _>(2) as usize,
                r.get(3),
                r.get(4),
            )
        })
        .collect())
}

/// Reads a booking and its owner.
pub async fn load_view(
    app: &App,
    conn: &mut SqliteConnection,
    reference: &str,
) -> Result<Option<(BookingView, i64)>, ApiError> {
    let Some(b) = sqlx::query("SELECT client_id, carrier, passengers, contact_email, created_at FROM bookings WHERE reference = ?")
        .bind(reference)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let mut segs = Vec::new();
    for (trip_id, from, to, class, fare) in segments(conn, reference).await? {
        let trip = app
            .network
            .trip(&trip_id)
            .ok_or_else(|| ApiError::not_found("trip"))?;
        segs.push(SegmentView {
            trip: trip
                .summary(from, to)
                .ok_or_else(|| ApiError::not_found("trip"))?,
            service_class: class,
            fare,
        });
    }
    let rows = sqlx::query(
        "SELECT number, passenger, segment, carriage, seat, berth, price, status, token, key_id, issued_at \
         FROM tickets WHERE reference = ? ORDER BY segment, passenger, number",
    )
    .bind(reference)
    .fetch_all(&mut *conn)
    .await?;
    let mut tickets = Vec::new();
    for r in rows {
        let seat: Option<String> = r.get(4);
        let berth: Option<String> = r.get(5);
        tickets.push(IssuedTicket {
            number: r.get(0),
            passenger: r.get::<i64, _>(1) as usize,
            segment: r.get::<i64, _>(2) as usize,
            seat: seat.map(|s| SeatAssignment {
                carriage: r.get(3),
                seat: s,
                berth: berth.as_deref().map(|b| {
                    if b == "lower" {
                        Berth::Lower
                    } else {
                        Berth::Upper
                    }
                }),
            }),
            price: serde_json::from_str(&r.get::<String, _>(6))?,
            status: TicketStatus::parse(&r.get::<String, _>(7)).unwrap_or(TicketStatus::Issued),
            token: r.get(8),
            key_id: r.get::<Option<i64>, _>(9).map(|k| k as u16),
            issued_at: crate::store::parse_time(&r.get::<String, _>(10))?,
        });
    }
    let view = BookingView {
        reference: reference.to_string(),
        carrier: b.get(1),
        created_at: crate::store::parse_time(&b.get::<String, _>(4))?,
        segments: segs,
        passengers: serde_json::from_str(&b.get::<String, _>(2))?,
        tickets,
        contact_email: b.get(3),
    };
    Ok(Some((view, b.get(0))))
}

/// A booking this seller sold at this carrier, or `not_found`.
pub async fn own_booking(
    app: &App,
    conn: &mut SqliteConnection,
    carrier: &str,
    caller: &Caller,
    reference: &str,
) -> Result<BookingView, ApiError> {
    match load_view(app, conn, reference).await? {
        Some((v, owner)) if owner == caller.id && v.carrier == carrier => Ok(v),
        _ => Err(ApiError::not_found("booking")),
    }
}

/// Any booking of this carrier whose passengers include the surname.
pub async fn lookup(
    app: &App,
    conn: &mut SqliteConnection,
    carrier: &str,
    reference: &str,
    surname: &str,
) -> Result<BookingView, ApiError> {
    let reference = reference.trim().to_ascii_uppercase();
    match load_view(app, conn, &reference).await? {
        Some((v, _))
            if v.carrier == carrier
                && v.passengers
                    .iter()
                    .any(|p| p.surname.trim().eq_ignore_ascii_case(surname.trim())) =>
        {
            Ok(v)
        }
        _ => Err(ApiError::not_found(
            "booking with that reference and surname",
        )),
    }
}
