//! Refunds: priced by the fare's rules and the time left before departure,
//! offered for a while, then accepted: tickets are refunded, revoked, and
//! their seats go back on sale.

use super::booking::{load_view, own_booking};
use crate::app::{App, Caller};
use crate::feed::{record_event, record_revocation};
use crate::http::problem::ApiError;
use chrono::{DateTime, Duration, Utc};
use sapar_carrier::{
    BookingView, EventKind, IssuedTicket, ProblemCode, RefundConfirmation, RefundLine, RefundOffer,
    RefundOfferRequest, RevocationReason,
};
use sapar_domain::{Money, TicketStatus};
use sqlx::{Row, SqliteConnection};
use std::collections::BTreeSet;

/// The tickets named (or, if none, every issued ticket), all issued.
pub fn pick_tickets<'a>(
    booking: &'a BookingView,
    numbers: &[String],
) -> Result<Vec<&'a IssuedTicket>, ApiError> {
    let picked: Vec<&IssuedTicket> = if numbers.is_empty() {
        booking
            .tickets
            .iter()
            .filter(|t| t.status == TicketStatus::Issued)
            .collect()
    } else {
        let mut out = Vec::new();
        for n in numbers {
            let t = booking
                .tickets
                .iter()
                .find(|t| &t.number == n)
                .ok_or_else(|| ApiError::not_found(&format!("ticket {n} in this booking")))?;
            if out.iter().any(|o: &&IssuedTicket| o.number == t.number) {
                return Err(ApiError::bad_request(format!("ticket {n} is named twice")));
            }
            out.push(t);
        }
        out
    };
    if picked.is_empty() {
        return Err(ApiError::new(
            ProblemCode::InvalidState,
            "the booking has no issued tickets",
        ));
    }
    if let Some(t) = picked.iter().find(|t| t.status != TicketStatus::Issued) {
        return Err(ApiError::new(
            ProblemCode::InvalidState,
            format!("ticket {} is {}", t.number, t.status),
        ));
    }
    Ok(picked)
}

/// Prices a refund and stores the offer.
pub async fn offer(
    app: &App,
    carrier: &str,
    caller: &Caller,
    reference: &str,
    req: RefundOfferRequest,
    now: DateTime<Utc>,
) -> Result<RefundOffer, ApiError> {
    let setup = app.carrier(carrier)?;
    let mut tx = app.db.write().await?;
    let booking = own_booking(app, &mut tx, carrier, caller, reference).await?;
    let tickets = pick_tickets(&booking, &req.tickets)?;
    let mut lines = Vec::new();
    for t in tickets {
        let seg = booking
            .segments
            .get(t.segment)
            .ok_or_else(|| ApiError::not_found("segment"))?;
        let rules = setup
            .fare(&seg.fare)
            .map(|f| &f.rules)
            .ok_or_else(|| ApiError::not_found("fare rules"))?;
        let quote = rules
            .quote_refund(&t.price, seg.trip.departure.utc, now)
            .map_err(|e| {
                ApiError::new(
                    ProblemCode::RefundClosed,
                    format!("ticket {}: {}", t.number, e),
                )
            })?;
        lines.push(RefundLine {
            ticket: t.number.clone(),
            refund: quote.refund,
            fee: quote.fee,
            withheld: t.price.total() - quote.refund - quote.fee,
            tier: quote.tier,
        });
    }
    let offer = RefundOffer {
        id: format!("RO-{}", uuid::Uuid::new_v4().simple()),
        booking_reference: booking.reference.clone(),
        total_refund: lines.iter().map(|l| l.refund).sum(),
        lines,
        expires_at: now
            + Duration::from_std(app.settings.after_sales_ttl).unwrap_or(Duration::minutes(15)),
    };
    store_offer(
        &mut tx,
        &offer.id,
        "refund",
        caller.id,
        &offer.booking_reference,
        &serde_json::to_string(&offer)?,
        offer.expires_at,
    )
    .await?;
    tx.commit().await?;
    Ok(offer)
}

/// Stores an after-sales offer.
pub async fn store_offer(
    conn: &mut SqliteConnection,
    id: &str,
    kind: &str,
    client: i64,
    reference: &str,
    body: &str,
    expires: DateTime<Utc>,
) -> Result<(), ApiError> {
    sqlx::query("INSERT INTO after_sales_offers(id, kind, client_id, reference, body, expires_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(id)
        .bind(kind)
        .bind(client)
        .bind(reference)
        .bind(body)
        .bind(expires.timestamp_millis())
        .execute(conn)
        .await?;
    Ok(())
}

/// Reads an open after-sales offer of this seller: (body, reference).
pub async fn open_offer(
    conn: &mut SqliteConnection,
    kind: &str,
    caller: &Caller,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(String, String), ApiError> {
    let row = sqlx::query("SELECT client_id, reference, body, expires_ms, accepted FROM after_sales_offers WHERE id = ? AND kind = ?")
        .bind(id)
        .bind(kind)
        .fetch_optional(&mut *conn)
        .await?
        .filter(|r| r.get::<i64, _>(0) == caller.id)
        .ok_or_else(|| ApiError::not_found(&format!("{kind} offer")))?;
    if row.get::<i64, _>(4) != 0 {
        return Err(ApiError::new(
            ProblemCode::InvalidState,
            format!("this {kind} offer was already accepted"),
        ));
    }
    if row.get::<i64, _>(3) <= now.timestamp_millis() {
        return Err(ApiError::new(
            ProblemCode::OfferExpired,
            format!("the {kind} offer has expired; ask for a new one"),
        ));
    }
    Ok((row.get(2), row.get(1)))
}

/// Marks an after-sales offer accepted.
pub async fn mark_accepted(conn: &mut SqliteConnection, id: &str) -> Result<(), ApiError> {
    sqlx::query("UPDATE after_sales_offers SET accepted = 1 WHERE id = ?")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets a ticket's status if the lifecycle allows it; `invalid_state` otherwise.
pub async fn move_ticket(
    conn: &mut SqliteConnection,
    number: &str,
    to: TicketStatus,
) -> Result<String, ApiError> {
    let row = sqlx::query("SELECT status, trip_id FROM tickets WHERE number = ?")
        .bind(number)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| ApiError::not_found("ticket"))?;
    let from = TicketStatus::parse(&row.get::<String, _>(0)).unwrap_or(TicketStatus::Issued);
    from.transition(to)
        .map_err(|e| ApiError::new(ProblemCode::InvalidState, format!("ticket {number}: {e}")))?;
    sqlx::query("UPDATE tickets SET status = ? WHERE number = ?")
        .bind(to.as_str())
        .bind(number)
        .execute(&mut *conn)
        .await?;
    Ok(row.get(1))
}

/// Accepts a refund offer.
pub async fn accept(
    app: &App,
    carrier: &str,
    caller: &Caller,
    offer_id: &str,
    now: DateTime<Utc>,
) -> Result<RefundConfirmation, ApiError> {
    let mut tx = app.db.write().await?;
    let (body, reference) = open_offer(&mut tx, "refund", caller, offer_id, now).await?;
    let offer: RefundOffer = serde_json::from_str(&body)?;
    let mut trips = BTreeSet::new();
    for line in &offer.lines {
        let trip = move_ticket(&mut tx, &line.ticket, TicketStatus::Refunded).await?;
        super::seats::free_ticket_seat(&mut tx, &line.ticket).await?;
        record_revocation(
            &mut tx,
            carrier,
            &line.ticket,
            RevocationReason::Refunded,
            now,
        )
        .await?;
        let kind = EventKind::TicketRefunded {
            booking_reference: reference.clone(),
            ticket_number: line.ticket.clone(),
            amount: line.refund,
        };
        record_event(&mut tx, carrier, Some(caller.id), &kind, now).await?;
        trips.insert(trip);
    }
    mark_accepted(&mut tx, offer_id).await?;
    for trip in &trips {
        app.recount(&mut tx, trip, now).await?;
    }
    let booking = load_view(app, &mut tx, &reference)
        .await?
        .map(|(v, _)| v)
        .ok_or_else(|| ApiError::not_found("booking"))?;
    tx.commit().await?;
    let refunded: Money = offer.lines.iter().map(|l| l.refund).sum();
    Ok(RefundConfirmation {
        offer_id: offer.id,
        refunded,
        booking,
    })
}
