//! A boarding pass as a booking: one segment and one ticket per leg, one passenger.
//!
//! A boarding pass gives the flight's date but not its time, nor a price or an identity
//! document: the departure is set at 00:00 local time of the departure airport (arrival
//! the same instant at the arrival airport), the price is empty, and a note says so.
//! The booking id comes from the carrier, PNR, passenger and flights (see `identity`), so a
//! later pass for the same flights gives the same booking with the new seat.

use crate::bcbp::{flight_date, issue_date, BoardingPass, Leg};
use crate::identity::{booking_id, made_up_ticket_number};
use crate::places::{airport, carrier_name};
use crate::Draft;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sapar_domain::{
    Booking, Category, DocumentType, Mode, Passenger, PriceBreakdown, PurchaseChannel,
    PurchasePlace, SeatAssignment, Segment, Ticket, TicketStatus, ZonedInstant,
};

/// The note on a booking whose departure time is not known.
pub(crate) const DATE_ONLY_NOTE: &str =
    "the boarding pass gives the flight's date but not its time: \
the departure shows 00:00 local time until the carrier's schedule is known";

/// Builds the booking of a boarding pass; `Err` says what the pass lacks.
pub(crate) fn booking_from_boarding_pass(
    pass: &BoardingPass,
    today: NaiveDate,
    label: &str,
) -> Result<Draft, String> {
    let first = pass.legs.first().ok_or("a flight")?;
    for (i, leg) in pass.legs.iter().enumerate() {
        let n = i + 1;
        let blank = [
            (leg.from.is_empty(), "a departure airport"),
            (leg.to.is_empty(), "an arrival airport"),
            (leg.operating_carrier.is_empty(), "an operating carrier"),
            (leg.flight_number.is_empty(), "a flight number"),
        ];
        if let Some((_, what)) = blank.iter().find(|(missing, _)| *missing) {
            return Err(format!("{what} on leg {n}"));
        }
    }
    if first.pnr.is_empty() {
        return Err("a booking reference (PNR)".into());
    }

    let mut notes = Vec::new();
    let issued = pass
        .unique
        .date_of_issue
        .as_deref()
        .and_then(|raw| issue_date(raw, today));
    let mut dates = Vec::with_capacity(pass.legs.len());
    let mut segments = Vec::with_capacity(pass.legs.len());
    for leg in &pass.legs {
        let date = flight_date(leg.day_of_year, issued, today)
            .ok_or_else(|| format!("a real date for day {} of the year", leg.day_of_year))?;
        dates.push(date);
        segments.push(segment(leg, date, &mut notes));
    }
    for carrier in pass.legs.iter().map(|l| l.operating_carrier.as_str()) {
        if !notes
            .iter()
            .any(|n| n.starts_with(&format!("carrier {carrier} ")))
        {
            carrier_name(carrier, &mut notes);
        }
    }
    notes.push(DATE_ONLY_NOTE.to_string());
    notes.push("a boarding pass names no price and no identity document".to_string());
    if pass.passenger_name.chars().count() >= 20 {
        notes.push("the passenger's name fills the 20 characters of the boarding pass and may be cut short".into());
    }

    let mut id_parts = vec![
        "bcbp".to_string(),
        first.operating_carrier.clone(),
        first.pnr.clone(),
        pass.passenger_name.clone(),
    ];
    for (leg, date) in pass.legs.iter().zip(&dates) {
        id_parts.extend([
            leg.flight(),
            date.to_string(),
            leg.from.clone(),
            leg.to.clone(),
        ]);
    }
    let id_parts: Vec<&str> = id_parts.iter().map(String::as_str).collect();

    let mut tickets: Vec<Ticket> = Vec::with_capacity(pass.legs.len());
    for (i, (leg, date)) in pass.legs.iter().zip(&dates).enumerate() {
        let number = match leg.ticket_number() {
            // One e-ticket covers several flights: its coupons are told apart by leg.
            Some(number) if tickets.iter().any(|t| t.number == number) => {
                format!("{number}-{}", i + 1)
            }
            Some(number) => number,
            None => made_up_ticket_number(&[
                &leg.operating_carrier,
                &leg.pnr,
                &pass.passenger_name,
                &leg.flight(),
                &date.to_string(),
                &leg.from,
            ]),
        };
        tickets.push(Ticket {
            number,
            passenger: 0,
            segment: i,
            seat: leg.seat_label().map(|seat| SeatAssignment {
                carriage: None,
                seat,
                berth: None,
            }),
            price: PriceBreakdown::default(),
            status: TicketStatus::Issued,
            token: None,
        });
    }
    if pass.legs.iter().any(|l| l.ticket_number().is_none()) {
        notes.push("the boarding pass gives no e-ticket number: Sapar made one up from the flight and the passenger".into());
    }

    let created_on = issued.unwrap_or(today);
    let booking = Booking {
        id: booking_id(&id_parts),
        reference: first.pnr.clone(),
        carrier: first.operating_carrier.clone(),
        segments,
        passengers: vec![Passenger {
            surname: pass.surname().to_string(),
            given_names: pass.given_names().to_string(),
            document_type: DocumentType::ForeignPassport,
            document_number: String::new(),
            birth_date: None,
            iin: None,
            category: category(pass.unique.passenger_description),
        }],
        tickets,
        purchase: PurchasePlace {
            channel: PurchaseChannel::Import,
            label: label.to_string(),
        },
        created_at: Utc.from_utc_datetime(&created_on.and_time(NaiveTime::MIN)),
        contact_email: None,
    };
    booking.check().map_err(|e| e.to_string())?;
    Ok(Draft { booking, notes })
}

fn segment(leg: &Leg, date: NaiveDate, notes: &mut Vec<String>) -> Segment {
    let from = airport(&leg.from, notes);
    let to = airport(&leg.to, notes);
    let departure = local_midnight(date, from.zone);
    let arrival = ZonedInstant::new(departure.utc, to.zone);
    Segment {
        mode: Mode::Air,
        carrier: leg.operating_carrier.clone(),
        trip_number: leg.flight(),
        from,
        to,
        departure,
        arrival,
        service_class: cabin(leg.compartment).to_string(),
        fare: String::new(),
        delay_minutes: 0,
        platform: None,
    }
}

/// 00:00 on a date in a zone; where a clock change skips midnight, 00:00 UTC.
pub(crate) fn local_midnight(date: NaiveDate, zone: Tz) -> ZonedInstant {
    let local = date.and_time(NaiveTime::MIN);
    ZonedInstant::from_local(local, zone)
        .unwrap_or_else(|_| ZonedInstant::new(Utc.from_utc_datetime(&local), zone))
}

/// The cabin of a compartment code, as most airlines use them.
fn cabin(compartment: char) -> &'static str {
    match compartment.to_ascii_uppercase() {
        ' ' => "",
        'F' | 'A' | 'P' => "first",
        'J' | 'C' | 'D' | 'I' | 'Z' | 'R' => "business",
        'W' | 'E' => "premium economy",
        _ => "economy",
    }
}

/// Passenger description `3` is a child and `4` an infant; everyone else travels as an adult.
fn category(description: Option<char>) -> Category {
    match description {
        Some('3') => Category::Child,
        Some('4') => Category::Infant,
        _ => Category::Adult,
    }
}
