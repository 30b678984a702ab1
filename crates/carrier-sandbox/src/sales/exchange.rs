//! Exchanges: tickets of one segment traded for a new trip (from a fresh
//! search for the same passengers), priced as new price + re-issue fees −
//! what the old tickets are worth, then accepted with payment if needed.

use super::booking::{insert_segment, issue_ticket, load_view, own_booking, NewTicket};
use super::hold::sellable_trip;
use super::offer_id;
use super::refund::{mark_accepted, move_ticket, open_offer, pick_tickets, store_offer};
use super::search::{prices_for, total_of, with_seat_difference};
use super::seats::{allocate, claim_for_ticket, free_ticket_seat};
use crate::app::{App, Caller};
use crate::feed::{record_event, record_revocation};
use crate::http::problem::ApiError;
use crate::payments;
use chrono::{DateTime, Duration, Utc};
use sapar_carrier::{
    AcceptExchangeRequest, EventKind, ExchangeConfirmation, ExchangeOffer, ExchangeOfferRequest,
    ProblemCode, RevocationReason,
};
use sapar_domain::{Category, Money, PriceBreakdown};
use serde::{Deserialize, Serialize};

/// An exchange offer with what accepting it needs.
#[derive(Debug, Serialize, Deserialize)]
struct StoredExchange {
    offer: ExchangeOffer,
    new_offer_id: String,
}

fn refundable_part(p: &PriceBreakdown) -> Money {
    p.items
        .iter()
        .filter(|i| i.kind == "fare" || i.kind == "reserved_seat")
        .map(|i| i.amount)
        .sum()
}

/// Prices an exchange and stores the offer.
pub async fn offer(
    app: &App,
    carrier: &str,
    caller: &Caller,
    reference: &str,
    req: ExchangeOfferRequest,
    now: DateTime<Utc>,
) -> Result<ExchangeOffer, ApiError> {
    let setup = app.carrier(carrier)?;
    let claims = offer_id::decode(&req.new_offer_id, &app.settings.offer_secret)
        .filter(|c| c.carrier == carrier)
        .ok_or_else(|| ApiError::not_found("offer"))?;
    if claims.expires_at() <= now {
        return Err(ApiError::new(
            ProblemCode::OfferExpired,
            "the new trip's offer has expired; search again",
        ));
    }
    let trip = sellable_trip(app, &claims.trip_id, claims.from_idx, now)?;
    let mut tx = app.db.write().await?;
    let booking = own_booking(app, &mut tx, carrier, caller, reference).await?;
    let tickets = pick_tickets(&booking, &req.tickets)?;
    let segment = tickets[0].segment;
    if tickets.iter().any(|t| t.segment != segment) {
        return Err(ApiError::bad_request(
            "exchange the tickets of one trip at a time",
        ));
    }
    let seg = booking
        .segments
        .get(segment)
        .ok_or_else(|| ApiError::not_found("segment"))?;
    let rules = setup
        .fare(&seg.fare)
        .map(|f| &f.rules)
        .ok_or_else(|| ApiError::not_found("fare rules"))?;
    let fee_each = rules
        .exchange_fee(seg.trip.departure.utc, now)
        .map_err(|e| ApiError::new(ProblemCode::ExchangeClosed, e.to_string()))?;
    let count = |c: Category| {
        tickets
            .iter()
            .filter(|t| {
                booking
                    .passengers
                    .get(t.passenger)
                    .is_some_and(|p| p.category == c)
            })
            .count() as u32
    };
    if (
        count(Category::Adult),
        count(Category::Child),
        count(Category::Infant),
    ) != (claims.adults, claims.children, claims.infants)
    {
        return Err(ApiError::bad_request("the new offer is for other passengers than the tickets exchanged: search for the same adults, children and infants"));
    }
    let layout = trip.def.vehicle.layout();
    let left = layout
        .capacity(&claims.class)
        .saturating_sub(app.seats.taken(&trip.def.id, &claims.class));
    if left < claims.adults + claims.children {
        return Err(ApiError::new(
            ProblemCode::SoldOut,
            "not enough seats left on the new trip",
        ));
    }
    let prices = prices_for(&trip, &claims).ok_or_else(|| ApiError::not_found("offer"))?;
    let new_price = total_of(&prices);
    let old_value: Money = tickets.iter().map(|t| refundable_part(&t.price)).sum();
    let fee = Money::tiyn(fee_each.as_tiyn() * tickets.len() as i64);
    let diff = new_price + fee - old_value;
    let offer = ExchangeOffer {
        id: format!("XO-{}", uuid::Uuid::new_v4().simple()),
        booking_reference: booking.reference.clone(),
        tickets: tickets.iter().map(|t| t.number.clone()).collect(),
        new_trip: trip
            .summary(claims.from_idx, claims.to_idx)
            .ok_or_else(|| ApiError::not_found("trip"))?,
        service_class: claims.class.clone(),
        fare: claims.fare.clone(),
        old_value,
        new_price,
        fee,
        to_pay: diff.max(Money::ZERO),
        to_refund: (Money::ZERO - diff).max(Money::ZERO),
        expires_at: now
            + Duration::from_std(app.settings.after_sales_ttl).unwrap_or(Duration::minutes(15)),
    };
    let stored = StoredExchange {
        offer: offer.clone(),
        new_offer_id: req.new_offer_id,
    };
    store_offer(
        &mut tx,
        &offer.id,
        "exchange",
        caller.id,
        &offer.booking_reference,
        &serde_json::to_string(&stored)?,
        offer.expires_at,
    )
    .await?;
    tx.commit().await?;
    Ok(offer)
}

/// Accepts an exchange offer.
pub async fn accept(
    app: &App,
    carrier: &str,
    caller: &Caller,
    offer_id: &str,
    req: AcceptExchangeRequest,
    now: DateTime<Utc>,
) -> Result<ExchangeConfirmation, ApiError> {
    let pre: StoredExchange = {
        let mut conn = app.db.read().await?;
        let (body, _) = open_offer(&mut conn, "exchange", caller, offer_id, now).await?;
        serde_json::from_str(&body)?
    };
    if pre.offer.to_pay > Money::ZERO {
        let card = req.payment.as_ref().ok_or_else(|| {
            ApiError::bad_request(format!(
                "this exchange costs {}: send a payment",
                pre.offer.to_pay
            ))
        })?;
        payments::charge(
            card,
            req.confirmation_code.as_deref(),
            pre.offer.to_pay,
            app.today(now),
        )?;
    }
    let mut tx = app.db.write().await?;
    let (body, reference) = open_offer(&mut tx, "exchange", caller, offer_id, now).await?;
    let stored: StoredExchange = serde_json::from_str(&body)?;
    let claims = offer_id::decode(&stored.new_offer_id, &app.settings.offer_secret)
        .ok_or_else(|| ApiError::not_found("offer"))?;
    let trip = sellable_trip(app, &claims.trip_id, claims.from_idx, now)?;
    let booking = own_booking(app, &mut tx, carrier, caller, &reference).await?;
    let old: Vec<_> = booking
        .tickets
        .iter()
        .filter(|t| stored.offer.tickets.contains(&t.number))
        .cloned()
        .collect();
    let seated: Vec<usize> = old
        .iter()
        .filter(|t| {
            booking
                .passengers
                .get(t.passenger)
                .is_some_and(|p| p.category != Category::Infant)
        })
        .map(|t| t.passenger)
        .collect();
    let seats = allocate(&mut tx, &trip, &claims.class, &[], &seated, now).await?;
    let prices = prices_for(&trip, &claims).ok_or_else(|| ApiError::not_found("offer"))?;
    let segment = booking.segments.len();
    insert_segment(
        &mut tx,
        &reference,
        segment,
        &trip.def.id,
        claims.from_idx,
        claims.to_idx,
        &claims.class,
        &claims.fare,
    )
    .await?;
    let has_carriages = trip.def.vehicle.has_carriages();
    let mut new_tickets = Vec::new();
    let mut old_trips = Vec::new();
    for t in &old {
        let passenger = booking
            .passengers
            .get(t.passenger)
            .ok_or_else(|| ApiError::not_found("passenger"))?;
        let unit = prices
            .iter()
            .find(|p| p.category == passenger.category)
            .map(|p| p.unit.clone())
            .unwrap_or_default();
        let alloc = seats.iter().find(|a| a.passenger == t.passenger);
        let seat = alloc.map(|a| a.assignment(has_carriages));
        let price = match alloc {
            Some(a) => with_seat_difference(unit, a.seat.price_difference, false),
            None => unit,
        };
        old_trips
            .push(move_ticket(&mut tx, &t.number, sapar_domain::TicketStatus::Exchanged).await?);
        free_ticket_seat(&mut tx, &t.number).await?;
        let number = issue_ticket(
            app,
            &mut tx,
            NewTicket {
                reference: &reference,
                passenger: (t.passenger, passenger),
                segment,
                trip: &trip,
                from_idx: claims.from_idx,
                to_idx: claims.to_idx,
                class: &claims.class,
                seat: seat.as_ref(),
                price: &price,
            },
            now,
        )
        .await?;
        if let Some(a) = alloc {
            claim_for_ticket(
                &mut tx,
                &trip.def.id,
                &claims.class,
                &a.carriage,
                &a.seat.number,
                &number,
            )
            .await?;
        }
        record_revocation(
            &mut tx,
            carrier,
            &t.number,
            RevocationReason::Exchanged,
            now,
        )
        .await?;
        let kind = EventKind::TicketExchanged {
            booking_reference: reference.clone(),
            ticket_number: t.number.clone(),
            new_ticket_number: number.clone(),
        };
        record_event(&mut tx, carrier, Some(caller.id), &kind, now).await?;
        new_tickets.push(number);
    }
    mark_accepted(&mut tx, offer_id).await?;
    app.recount(&mut tx, &trip.def.id, now).await?;
    for t in &old_trips {
        app.recount(&mut tx, t, now).await?;
    }
    let booking = load_view(app, &mut tx, &reference)
        .await?
        .map(|(v, _)| v)
        .ok_or_else(|| ApiError::not_found("booking"))?;
    tx.commit().await?;
    Ok(ExchangeConfirmation {
        offer_id: offer_id.to_string(),
        new_tickets,
        paid: stored.offer.to_pay,
        refunded: stored.offer.to_refund,
        booking,
    })
}
