//! A Sapar ticket code as a booking: one segment, one passenger, one ticket.
//!
//! The code is read without checking its signature (that needs the carriers' public keys:
//! the verify screen does it), and the import says so. The code itself becomes the
//! ticket's token, so the wallet can show and verify it later.

use crate::identity::booking_id;
use crate::places::{carrier_name, place_for_mode};
use crate::Draft;
use sapar_domain::{
    Booking, Category, DocumentType, Passenger, PriceBreakdown, PurchaseChannel, PurchasePlace,
    SeatAssignment, Segment, Ticket, TicketStatus, ZonedInstant,
};
use sapar_ticket::SignedToken;

/// The note on every ticket read from a Sapar ticket code: the import does not check
/// the code's signature. Whoever verifies it afterwards (with the carriers' keys) can
/// drop this note and report the verdict instead.
pub const UNVERIFIED_TOKEN_NOTE: &str = "the ticket code's signature was not checked here: verify the ticket to know whether the carrier issued it";

/// Builds the booking of a decoded ticket code.
pub(crate) fn booking_from_token(token: &SignedToken, text: &str, label: &str) -> Draft {
    let claims = &token.claims;
    let mut notes = vec![UNVERIFIED_TOKEN_NOTE.to_string()];
    let from = place_for_mode(&claims.from, claims.mode, &mut notes);
    let to = place_for_mode(&claims.to, claims.mode, &mut notes);
    carrier_name(&claims.carrier, &mut notes);
    notes.push(
        "a ticket code gives the departure but not the arrival time, price or full document number"
            .into(),
    );
    let (surname, given_names) = match claims.passenger_name.trim().split_once(' ') {
        Some((surname, given)) => (surname.to_string(), given.trim().to_string()),
        None => (claims.passenger_name.trim().to_string(), String::new()),
    };
    let departure = ZonedInstant::new(claims.departure, from.zone);
    let arrival = ZonedInstant::new(claims.departure, to.zone);
    let booking = Booking {
        id: booking_id(&[
            "sapar",
            &claims.carrier,
            &claims.booking_reference,
            &claims.ticket_number,
        ]),
        reference: claims.booking_reference.clone(),
        carrier: claims.carrier.clone(),
        segments: vec![Segment {
            mode: claims.mode,
            carrier: claims.carrier.clone(),
            trip_number: claims.trip_number.clone(),
            from,
            to,
            departure,
            arrival,
            service_class: claims.service_class.clone(),
            fare: String::new(),
            delay_minutes: 0,
            platform: None,
        }],
        passengers: vec![Passenger {
            surname,
            given_names,
            // The code names no document type, and only the document's last characters.
            document_type: DocumentType::ForeignPassport,
            document_number: claims.document_tail.clone(),
            birth_date: None,
            iin: None,
            category: Category::Adult,
        }],
        tickets: vec![Ticket {
            number: claims.ticket_number.clone(),
            passenger: 0,
            segment: 0,
            seat: claims.seat.clone().map(|seat| SeatAssignment {
                carriage: claims.carriage.clone(),
                seat,
                berth: None,
            }),
            price: PriceBreakdown::default(),
            status: TicketStatus::Issued,
            token: Some(text.trim().to_string()),
        }],
        purchase: PurchasePlace {
            channel: PurchaseChannel::Import,
            label: label.to_string(),
        },
        created_at: claims.issued_at,
        contact_email: None,
    };
    Draft { booking, notes }
}
