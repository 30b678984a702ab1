//! Mapping between the domain's bookings and the wallet's rows, and the derived values
//! kept beside them: lookup keys, the content fingerprint and the search entries.

use crate::barcodes::to_columns;
use crate::entity::{booking, passenger, segment, ticket};
use crate::StoreError;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use sapar_domain::{
    Barcode, Berth, Booking, Category, DocumentType, Mode, Passenger, PlaceRef, PriceBreakdown,
    PriceItem, PurchaseChannel, PurchasePlace, SeatAssignment, Segment, Ticket, TicketStatus,
    ZonedInstant,
};
use std::collections::HashMap;

/// The rows of one booking, ready to insert (ticket ids are assigned by the writer).
pub(crate) struct BookingRows {
    pub booking: booking::Model,
    pub segments: Vec<segment::Model>,
    pub passengers: Vec<passenger::Model>,
    pub tickets: Vec<ticket::Model>,
    /// One search entry per ticket, in the same order.
    pub search: Vec<SearchEntry>,
}

/// The text of one ticket's full-text search entry, column by column.
pub(crate) struct SearchEntry {
    pub ident: String,
    pub name: String,
    pub place: String,
    pub day: String,
}

/// The lookup key of a code (reference, ticket number, document number): its letters and
/// digits, lowercase, so `ab-12 3`, `AB123` and `ab123` are the same key.
pub fn lookup_key(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An instant as stored and shown: RFC 3339 in UTC with a `Z`.
pub(crate) fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn parse_utc(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("bad instant {s:?}: {e}"))
}

fn parse_zone(s: &str) -> Result<Tz, String> {
    s.parse::<Tz>()
        .map_err(|_| format!("unknown time zone {s:?}"))
}

/// A stable 64-bit FNV-1a hash of the booking's JSON form, as 16 hex digits. Equal
/// bookings have equal fingerprints; it tells an unchanged booking without reading it.
pub(crate) fn fingerprint(b: &Booking) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    // Serialising plain data to memory cannot fail; an empty body still hashes.
    let bytes = serde_json::to_vec(b).unwrap_or_default();
    let hash = bytes
        .iter()
        .fold(OFFSET, |h, &byte| (h ^ u64::from(byte)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

fn berth_name(b: Berth) -> &'static str {
    match b {
        Berth::Lower => "lower",
        Berth::Upper => "upper",
    }
}

pub(crate) fn parse_berth(s: &str) -> Option<Berth> {
    match s {
        "lower" => Some(Berth::Lower),
        "upper" => Some(Berth::Upper),
        _ => None,
    }
}

pub(crate) fn parse_mode(s: &str) -> Result<Mode, String> {
    Mode::ALL
        .into_iter()
        .find(|m| m.as_str() == s)
        .ok_or_else(|| format!("unknown mode {s:?}"))
}

pub(crate) fn parse_status(s: &str) -> Result<TicketStatus, String> {
    TicketStatus::parse(s).ok_or_else(|| format!("unknown ticket status {s:?}"))
}

/// The rows of a booking. `deleted_at` carries the bin mark over an update; `barcodes`
/// are the tickets' original barcodes, by the lookup key of their number.
pub(crate) fn to_rows(
    b: &Booking,
    deleted_at: Option<String>,
    saved_at: &str,
    barcodes: &HashMap<String, Barcode>,
) -> Result<BookingRows, StoreError> {
    let id = b.id.to_string();
    let in_bin = i32::from(deleted_at.is_some());
    let booking = booking::Model {
        id: id.clone(),
        reference: b.reference.clone(),
        reference_key: lookup_key(&b.reference),
        carrier: b.carrier.clone(),
        purchase_channel: b.purchase.channel.as_str().to_string(),
        purchase_label: b.purchase.label.clone(),
        contact_email: b.contact_email.clone(),
        created_at: utc_text(b.created_at),
        first_departure_at: b.first_departure().map(|t| t.timestamp()).unwrap_or(0),
        fingerprint: fingerprint(b),
        saved_at: saved_at.to_string(),
        deleted_at,
    };
    let segments = b
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| segment::Model {
            booking_id: id.clone(),
            position: i as i32,
            mode: s.mode.as_str().to_string(),
            carrier: s.carrier.clone(),
            trip_number: s.trip_number.clone(),
            from_code: s.from.code.clone(),
            from_name: s.from.name.clone(),
            from_zone: s.from.zone.name().to_string(),
            to_code: s.to.code.clone(),
            to_name: s.to.name.clone(),
            to_zone: s.to.zone.name().to_string(),
            departure_utc: utc_text(s.departure.utc),
            departure_zone: s.departure.zone.name().to_string(),
            arrival_utc: utc_text(s.arrival.utc),
            arrival_zone: s.arrival.zone.name().to_string(),
            service_class: s.service_class.clone(),
            fare: s.fare.clone(),
            delay_minutes: s.delay_minutes,
            platform: s.platform.clone(),
        })
        .collect();
    let passengers = b
        .passengers
        .iter()
        .enumerate()
        .map(|(i, p)| passenger::Model {
            booking_id: id.clone(),
            position: i as i32,
            surname: p.surname.clone(),
            given_names: p.given_names.clone(),
            document_type: p.document_type.as_str().to_string(),
            document_number: p.document_number.clone(),
            birth_date: p.birth_date.map(|d| d.format("%Y-%m-%d").to_string()),
            iin: p.iin.clone(),
            category: p.category.as_str().to_string(),
        })
        .collect();
    let mut tickets = Vec::with_capacity(b.tickets.len());
    let mut search = Vec::with_capacity(b.tickets.len());
    for (i, t) in b.tickets.iter().enumerate() {
        let (Some(seg), Some(pax)) = (b.segments.get(t.segment), b.passengers.get(t.passenger))
        else {
            return Err(StoreError::InvalidBooking(format!(
                "ticket {} points at a passenger or segment that is not in booking {}",
                t.number, b.reference
            )));
        };
        let number_key = lookup_key(&t.number);
        let (barcode_text, barcode_format) = to_columns(barcodes.get(&number_key));
        tickets.push(ticket::Model {
            id: 0,
            booking_id: id.clone(),
            position: i as i32,
            carrier: b.carrier.clone(),
            number: t.number.clone(),
            number_key,
            passenger_position: t.passenger as i32,
            segment_position: t.segment as i32,
            carriage: t.seat.as_ref().and_then(|s| s.carriage.clone()),
            seat: t.seat.as_ref().map(|s| s.seat.clone()),
            berth: t
                .seat
                .as_ref()
                .and_then(|s| s.berth)
                .map(|b| berth_name(b).to_string()),
            price_items: serde_json::to_string(&t.price.items).unwrap_or_else(|_| "[]".into()),
            total_tiyn: t.price.total().as_tiyn(),
            status: t.status.as_str().to_string(),
            token: t.token.clone(),
            departs_at: seg.departure.utc.timestamp(),
            // The end of the trip for listing: never before its start.
            arrives_at: seg
                .arrival
                .utc
                .timestamp()
                .max(seg.departure.utc.timestamp()),
            in_bin,
            barcode_text,
            barcode_format,
        });
        search.push(search_entry(b, t, seg, pax));
    }
    Ok(BookingRows {
        booking,
        segments,
        passengers,
        tickets,
        search,
    })
}

fn search_entry(b: &Booking, t: &Ticket, seg: &Segment, pax: &Passenger) -> SearchEntry {
    let mut ident = vec![lookup_key(&b.reference), lookup_key(&t.number)];
    ident.push(lookup_key(&pax.document_number));
    if let Some(iin) = &pax.iin {
        ident.push(lookup_key(iin));
    }
    let place = [
        seg.from.code.as_str(),
        seg.from.name.as_str(),
        seg.to.code.as_str(),
        seg.to.name.as_str(),
        seg.carrier.as_str(),
        &lookup_key(&seg.trip_number),
    ]
    .join(" ");
    SearchEntry {
        ident: ident.join(" "),
        name: format!("{} {}", pax.surname, pax.given_names),
        place,
        day: seg.departure.local().format("%Y%m%d").to_string(),
    }
}

/// Rebuilds a booking from its rows (children in position order). A value that does not
/// parse means the file was damaged or written by hand: the message says which.
pub(crate) fn from_rows(
    b: booking::Model,
    segments: Vec<segment::Model>,
    passengers: Vec<passenger::Model>,
    tickets: Vec<ticket::Model>,
) -> Result<Booking, String> {
    let id = uuid::Uuid::parse_str(&b.id).map_err(|e| format!("bad booking id {:?}: {e}", b.id))?;
    let channel = PurchaseChannel::parse(&b.purchase_channel)
        .ok_or_else(|| format!("unknown purchase channel {:?}", b.purchase_channel))?;
    let segments = segments
        .into_iter()
        .map(|s| {
            Ok(Segment {
                mode: parse_mode(&s.mode)?,
                carrier: s.carrier,
                trip_number: s.trip_number,
                from: PlaceRef {
                    code: s.from_code,
                    name: s.from_name,
                    zone: parse_zone(&s.from_zone)?,
                },
                to: PlaceRef {
                    code: s.to_code,
                    name: s.to_name,
                    zone: parse_zone(&s.to_zone)?,
                },
                departure: ZonedInstant::new(
                    parse_utc(&s.departure_utc)?,
                    parse_zone(&s.departure_zone)?,
                ),
                arrival: ZonedInstant::new(
                    parse_utc(&s.arrival_utc)?,
                    parse_zone(&s.arrival_zone)?,
                ),
                service_class: s.service_class,
                fare: s.fare,
                delay_minutes: s.delay_minutes,
                platform: s.platform,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let passengers = passengers
        .into_iter()
        .map(|p| {
            Ok(Passenger {
                surname: p.surname,
                given_names: p.given_names,
                document_type: DocumentType::parse(&p.document_type)
                    .ok_or_else(|| format!("unknown document type {:?}", p.document_type))?,
                document_number: p.document_number,
                birth_date: p
                    .birth_date
                    .map(|d| {
                        NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                            .map_err(|e| format!("bad birth date {d:?}: {e}"))
                    })
                    .transpose()?,
                iin: p.iin,
                category: Category::parse(&p.category)
                    .ok_or_else(|| format!("unknown category {:?}", p.category))?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let tickets = tickets
        .into_iter()
        .map(|t| {
            let items: Vec<PriceItem> = serde_json::from_str(&t.price_items)
                .map_err(|e| format!("bad price of ticket {}: {e}", t.number))?;
            let seat = t.seat.map(|seat| SeatAssignment {
                carriage: t.carriage,
                seat,
                berth: t.berth.as_deref().and_then(parse_berth),
            });
            Ok(Ticket {
                number: t.number,
                passenger: usize::try_from(t.passenger_position).map_err(|e| e.to_string())?,
                segment: usize::try_from(t.segment_position).map_err(|e| e.to_string())?,
                seat,
                price: PriceBreakdown { items },
                status: parse_status(&t.status)?,
                token: t.token,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Booking {
        id,
        reference: b.reference,
        carrier: b.carrier,
        segments,
        passengers,
        tickets,
        purchase: PurchasePlace {
            channel,
            label: b.purchase_label,
        },
        created_at: parse_utc(&b.created_at)?,
        contact_email: b.contact_email,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lookup_keys_ignore_case_and_separators() {
        assert_eq!(lookup_key("465-2412 345678"), "4652412345678");
        assert_eq!(lookup_key(" AbC12x "), "abc12x");
        assert_eq!(lookup_key("Жұмабай"), "жұмабай");
    }

    proptest! {
        #[test]
        fn utc_text_round_trips(secs in 0i64..4_000_000_000, nanos in 0u32..1_000_000_000) {
            let t = DateTime::from_timestamp(secs, nanos).unwrap_or_default();
            prop_assert_eq!(parse_utc(&utc_text(t)).ok(), Some(t));
        }
    }
}
