//! The ticket screen's data: one ticket of a booking with everything the passenger
//! checks (trip, local times of the stations, seat, price line by line, where it was
//! bought), the carrier's support and a sales office near the departure, and the QR
//! code to show at boarding.

use crate::error::IpcError;
use chrono::SecondsFormat;
use sapar_domain::carrier::{carrier_by_code, nearest_office};
use sapar_domain::place::{place_by_code, City, Place};
use sapar_domain::{
    Barcode, BarcodeFormat, Booking, Carrier, Category, DocumentType, PlaceRef, PriceItem,
    PurchasePlace, SalesOffice, ZonedInstant,
};
use sapar_store::TicketRow;
use serde::Serialize;

/// A place's name in each of Sapar's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct PlaceNames {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

impl PlaceNames {
    /// The names of a place of Sapar's dataset.
    pub fn of_place(place: &Place) -> Self {
        Self {
            kk: place.name_kk.clone(),
            ru: place.name_ru.clone(),
            en: place.name_en.clone(),
        }
    }

    /// The names of a city of Sapar's dataset.
    pub fn of_city(city: &City) -> Self {
        Self {
            kk: city.name_kk.clone(),
            ru: city.name_ru.clone(),
            en: city.name_en.clone(),
        }
    }

    /// One name for every language (a place Sapar has no translations for).
    pub fn same(name: &str) -> Self {
        Self {
            kk: name.to_string(),
            ru: name.to_string(),
            en: name.to_string(),
        }
    }

    /// The names from Sapar's dataset, or the segment's own name for places outside it.
    fn of(place: &PlaceRef) -> Self {
        place_by_code(&place.code).map_or_else(|| Self::same(&place.name), Self::of_place)
    }
}

/// One ticket with everything its screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TicketDetail {
    /// The ticket as the wallet lists it: trip, local times, passenger, seat, status, total.
    pub row: TicketRow,
    /// The departure place in every language.
    pub from: PlaceNames,
    /// The arrival place in every language.
    pub to: PlaceNames,
    /// Fare family or tariff name.
    pub fare: String,
    /// Scheduled travel time, minutes.
    pub duration_minutes: u32,
    /// The document the passenger travels on.
    pub document_type: DocumentType,
    /// The last characters of the document number (the rest is never shown).
    pub document_tail: String,
    /// Fare category.
    pub category: Category,
    /// The price line by line.
    pub price: Vec<PriceItem>,
    /// Where the booking was bought.
    pub purchase: PurchasePlace,
    /// When it was bought, RFC 3339 UTC.
    pub issued_utc: String,
    /// When it was bought, local time of the departure place, `YYYY-MM-DD HH:MM`.
    pub issued_local: String,
    /// The buyer's e-mail, when the booking has one.
    pub contact_email: Option<String>,
    /// The operating carrier, when Sapar knows it: names, support contacts, offices.
    pub carrier: Option<Carrier>,
    /// The carrier's sales office nearest to the departure place.
    pub office: Option<SalesOffice>,
    /// The ticket's QR code as an SVG document; `None` when the ticket has no code.
    pub qr_svg: Option<String>,
    /// How many tickets the booking holds (removing the booking removes them all).
    pub booking_tickets: u32,
    /// The barcode an imported ticket was read from, to show at the gate as issued.
    pub original_barcode: Option<OriginalBarcode>,
}

/// The barcode a ticket was imported from (an airline's boarding pass, a Wallet pass).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct OriginalBarcode {
    /// Its symbology.
    pub format: BarcodeFormat,
    /// What it holds, exactly as read.
    pub text: String,
    /// It drawn as an SVG document; `None` for symbologies shown as text (Code 128).
    pub svg: Option<String>,
}

impl From<Barcode> for OriginalBarcode {
    fn from(b: Barcode) -> Self {
        Self {
            svg: sapar_render::barcode_svg(&b).ok(),
            format: b.format,
            text: b.text,
        }
    }
}

impl TicketDetail {
    /// The ticket `ticket_number` of `booking`.
    pub fn of(booking: &Booking, ticket_number: &str) -> Result<Self, IpcError> {
        let not_found = || {
            IpcError::new(
                "not_found",
                format!(
                    "booking {} has no ticket {ticket_number}",
                    booking.reference
                ),
            )
        };
        let ticket = booking
            .tickets
            .iter()
            .find(|t| t.number.eq_ignore_ascii_case(ticket_number.trim()))
            .ok_or_else(not_found)?;
        let segment = booking.segments.get(ticket.segment).ok_or_else(not_found)?;
        let passenger = booking
            .passengers
            .get(ticket.passenger)
            .ok_or_else(not_found)?;
        let carrier = carrier_by_code(&segment.carrier).cloned();
        let office = carrier.as_ref().and_then(|c| office_near(c, &segment.from));
        let seat = ticket.seat.as_ref();
        let row = TicketRow {
            booking_id: booking.id,
            reference: booking.reference.clone(),
            carrier: booking.carrier.clone(),
            ticket_number: ticket.number.clone(),
            status: ticket.status,
            passenger: passenger.full_name(),
            mode: segment.mode,
            trip_number: segment.trip_number.clone(),
            from_code: segment.from.code.clone(),
            from_name: segment.from.name.clone(),
            to_code: segment.to.code.clone(),
            to_name: segment.to.name.clone(),
            departure_utc: utc_text(&segment.departure),
            departure_zone: segment.departure.zone.name().to_string(),
            departure_local: local_text(&segment.departure),
            arrival_utc: utc_text(&segment.arrival),
            arrival_zone: segment.arrival.zone.name().to_string(),
            arrival_local: local_text(&segment.arrival),
            service_class: segment.service_class.clone(),
            carriage: seat.and_then(|s| s.carriage.clone()),
            seat: seat.map(|s| s.seat.clone()),
            berth: seat.and_then(|s| s.berth),
            total_tiyn: ticket.price.total().as_tiyn(),
            delay_minutes: segment.delay_minutes,
            platform: segment.platform.clone(),
        };
        let issued = ZonedInstant::new(booking.created_at, segment.departure.zone);
        Ok(Self {
            row,
            from: PlaceNames::of(&segment.from),
            to: PlaceNames::of(&segment.to),
            fare: segment.fare.clone(),
            duration_minutes: u32::try_from(segment.duration_minutes().max(0)).unwrap_or(0),
            document_type: passenger.document_type,
            document_tail: passenger.document_tail(),
            category: passenger.category,
            price: ticket.price.items.clone(),
            purchase: booking.purchase.clone(),
            issued_utc: utc_text(&issued),
            issued_local: local_text(&issued),
            contact_email: booking.contact_email.clone(),
            carrier,
            office,
            qr_svg: ticket
                .token
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .and_then(|t| sapar_render::qr_svg(t).ok()),
            booking_tickets: u32::try_from(booking.tickets.len()).unwrap_or(u32::MAX),
            original_barcode: None,
        })
    }
}

/// The carrier's office nearest to `from`; its first office when the place is unknown.
fn office_near(carrier: &Carrier, from: &PlaceRef) -> Option<SalesOffice> {
    place_by_code(&from.code)
        .and_then(|p| nearest_office(carrier, p.lat, p.lon))
        .map(|near| near.office.clone())
        .or_else(|| carrier.offices.first().cloned())
}

fn utc_text(at: &ZonedInstant) -> String {
    at.utc.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn local_text(at: &ZonedInstant) -> String {
    at.local().format("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sapar_render::fixtures::{flight_booking, talgo_booking};

    #[test]
    fn a_train_ticket_shows_its_seat_local_times_and_price_lines() {
        let booking = talgo_booking();
        let detail = TicketDetail::of(&booking, "72014986532").expect("the ticket");
        assert_eq!(detail.row.passenger, "ZHUMABAYEV ALIKHAN");
        assert_eq!(detail.row.seat.as_deref(), Some("18"));
        assert_eq!(detail.row.carriage.as_deref(), Some("05"));
        assert_eq!(detail.row.departure_local, "2026-12-01 21:40");
        assert_eq!(detail.row.departure_utc, "2026-12-01T16:40:00Z");
        assert_eq!(detail.row.arrival_local, "2026-12-02 10:15");
        assert_eq!(detail.category, Category::Child);
        assert_eq!(detail.document_tail, "7812");
        let kinds: Vec<&str> = detail.price.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(kinds, ["fare", "reserved_seat", "sale_fee"]);
        assert_eq!(
            detail.row.total_tiyn,
            detail.price.iter().map(|p| p.amount.as_tiyn()).sum::<i64>()
        );
        assert_eq!(detail.booking_tickets, 2);
        assert!(detail.to.kk.contains("Алматы"), "{:?}", detail.to);
        assert_eq!(detail.duration_minutes, 12 * 60 + 35);
    }

    #[test]
    fn the_carrier_brings_support_contacts_and_a_nearby_office() {
        let detail = TicketDetail::of(&talgo_booking(), "72014986531").expect("the ticket");
        let carrier = detail.carrier.expect("KTZ is in Sapar's dataset");
        assert_eq!(carrier.code, "KTZ");
        assert!(!carrier.support.phones.is_empty());
        assert!(detail.office.is_some());
    }

    #[test]
    fn the_qr_code_is_an_svg_of_the_token() {
        let detail = TicketDetail::of(&flight_booking(), "4652401234567").expect("the ticket");
        let svg = detail.qr_svg.expect("the flight has a code");
        assert!(svg.starts_with("<svg"), "{svg}");
        let mut booking = flight_booking();
        booking.tickets[0].token = None;
        let detail = TicketDetail::of(&booking, "4652401234567").expect("the ticket");
        assert!(detail.qr_svg.is_none());
    }

    #[test]
    fn an_unknown_ticket_is_not_found() {
        let error = TicketDetail::of(&talgo_booking(), "1").expect_err("no such ticket");
        assert_eq!(error.code, "not_found");
    }
}
