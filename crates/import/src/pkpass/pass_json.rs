//! `pass.json` of a Wallet boarding pass: its fields, barcodes and dates, read leniently.
//!
//! Passes are made by many issuers and only loosely follow Apple's schema, so the file is
//! read as JSON values and each part is taken only when it has the expected shape. When
//! the pass's barcode is not a boarding pass or ticket code, the booking is pieced
//! together from the fields, by their keys and labels (origin, destination, flight, seat…).

use crate::identity::booking_id;
use crate::places::{airport, carrier_name, place_for_mode};
use crate::{Draft, Symbology};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use sapar_domain::{
    carrier_by_code, Booking, Category, DocumentType, Mode, Passenger, PriceBreakdown,
    PurchaseChannel, PurchasePlace, SeatAssignment, Segment, Ticket, TicketStatus, ZonedInstant,
};
use serde_json::Value;

/// The parts of `pass.json` Sapar uses.
#[derive(Debug, Default)]
pub(crate) struct PassJson {
    /// `boardingPass`, `eventTicket`, `coupon`, `storeCard` or `generic`.
    pub style: Option<String>,
    /// `PKTransitTypeAir`, `…Train`, `…Bus`, `…Boat`, `…Generic`.
    pub transit_type: Option<String>,
    /// Identifies the kind of pass; with the serial number, the pass itself.
    pub pass_type_identifier: String,
    /// The pass's serial number.
    pub serial_number: String,
    /// Who issued the pass.
    pub organization_name: String,
    /// When the pass is relevant (for boarding passes, usually boarding or departure).
    pub relevant_date: Option<String>,
    /// Marked void by its issuer.
    pub voided: bool,
    /// Every field of every group, in order: header, primary, secondary, auxiliary, back.
    pub fields: Vec<PassField>,
    /// The barcodes, the preferred one first.
    pub barcodes: Vec<(Symbology, String)>,
}

/// One field of a pass.
#[derive(Debug, Clone)]
pub(crate) struct PassField {
    /// The field's key, lowercase.
    pub key: String,
    /// The field's label, lowercase.
    pub label: String,
    /// Its value as text.
    pub value: String,
    /// Whether it is a primary field.
    pub primary: bool,
}

impl PassField {
    fn named(&self, words: &[&str]) -> bool {
        words
            .iter()
            .any(|w| self.key.contains(w) || self.label.contains(w))
    }
}

impl PassJson {
    /// Reads `pass.json`; `Err` says why it cannot be read.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, String> {
        let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
        let root = root.as_object().ok_or("not a JSON object")?;
        let text = |key: &str| {
            root.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let mut pass = PassJson {
            pass_type_identifier: text("passTypeIdentifier"),
            serial_number: text("serialNumber"),
            organization_name: text("organizationName"),
            relevant_date: root
                .get("relevantDate")
                .and_then(Value::as_str)
                .map(str::to_string),
            voided: root.get("voided").and_then(Value::as_bool).unwrap_or(false),
            ..PassJson::default()
        };
        let styles = [
            "boardingPass",
            "eventTicket",
            "coupon",
            "storeCard",
            "generic",
        ];
        if let Some((style, structure)) = styles.iter().find_map(|s| root.get(*s).map(|v| (*s, v)))
        {
            pass.style = Some(style.to_string());
            pass.transit_type = structure
                .get("transitType")
                .and_then(Value::as_str)
                .map(str::to_string);
            for group in [
                "headerFields",
                "primaryFields",
                "secondaryFields",
                "auxiliaryFields",
                "backFields",
            ] {
                let Some(fields) = structure.get(group).and_then(Value::as_array) else {
                    continue;
                };
                pass.fields.extend(
                    fields
                        .iter()
                        .filter_map(|f| field(f, group == "primaryFields")),
                );
            }
        }
        let listed = root
            .get("barcodes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        for barcode in listed.chain(root.get("barcode")) {
            let message = barcode.get("message").and_then(Value::as_str);
            let format = barcode
                .get("format")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if let (Some(message), Some(symbology)) = (message, symbology(format)) {
                if !pass.barcodes.iter().any(|(_, m)| m == message) {
                    pass.barcodes.push((symbology, message.to_string()));
                }
            }
        }
        Ok(pass)
    }

    fn find(&self, words: &[&str]) -> Option<&PassField> {
        self.fields
            .iter()
            .find(|f| f.named(words) && !f.value.trim().is_empty())
    }

    /// The first non-empty field named by one of `words` whose value is not a date-time.
    fn find_text(&self, words: &[&str]) -> Option<&PassField> {
        self.fields.iter().find(|f| {
            f.named(words) && !f.value.trim().is_empty() && parse_time(&f.value).is_none()
        })
    }

    /// The gate, when the pass names one.
    pub(crate) fn gate(&self) -> Option<String> {
        self.find(&["gate"]).map(|f| f.value.trim().to_string())
    }
}

fn field(value: &Value, primary: bool) -> Option<PassField> {
    let text = match value.get("value")? {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let lower = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_lowercase()
    };
    Some(PassField {
        key: lower("key"),
        label: lower("label"),
        value: text,
        primary,
    })
}

fn symbology(format: &str) -> Option<Symbology> {
    match format {
        "PKBarcodeFormatPDF417" => Some(Symbology::Pdf417),
        "PKBarcodeFormatAztec" => Some(Symbology::Aztec),
        "PKBarcodeFormatQR" => Some(Symbology::Qr),
        "PKBarcodeFormatCode128" => Some(Symbology::Code128),
        _ => None,
    }
}

/// A W3C date-time as Wallet passes write them (`2026-12-01T21:40+05:00`, seconds optional).
fn parse_time(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text).ok().or_else(|| {
        [
            "%Y-%m-%dT%H:%M%:z",
            "%Y-%m-%dT%H:%M%z",
            "%Y-%m-%dT%H:%M:%S%z",
        ]
        .iter()
        .find_map(|f| DateTime::parse_from_str(text, f).ok())
    })
}

/// The departure time a pass gives: a date-valued field named like a departure, else its
/// relevant date; with a word on where it came from.
pub(crate) fn relevant_times(pass: &PassJson) -> Option<(DateTime<Utc>, &'static str)> {
    let departure_field = pass
        .fields
        .iter()
        .filter(|f| f.named(&["depart"]))
        .find_map(|f| parse_time(&f.value));
    if let Some(time) = departure_field {
        return Some((
            time.with_timezone(&Utc),
            "the departure time comes from the Wallet pass",
        ));
    }
    pass.relevant_date.as_deref().and_then(parse_time).map(|t| {
        (
            t.with_timezone(&Utc),
            "the departure time is the Wallet pass's relevant time, which may be the boarding time",
        )
    })
}

/// A booking from the pass's fields, for passes whose barcode is no ticket code; `Err`
/// names what the pass lacks.
pub(crate) fn booking_from_fields(
    pass: &PassJson,
    today: NaiveDate,
    label: &str,
) -> Result<Draft, String> {
    let mode = match pass.transit_type.as_deref() {
        Some("PKTransitTypeAir") => Mode::Air,
        Some("PKTransitTypeTrain") => Mode::Rail,
        Some("PKTransitTypeBus") => Mode::Bus,
        Some(other) => {
            return Err(format!(
                "a journey Sapar handles (its transit type is {other})"
            ))
        }
        None => return Err("a transit type".into()),
    };
    let mut notes = vec![
        "read from the Wallet pass's fields, not from a boarding pass code: check the details"
            .to_string(),
    ];
    let primary: Vec<&PassField> = pass.fields.iter().filter(|f| f.primary).collect();
    let origin = pass
        .find_text(&["origin", "from", "depart"])
        .or(primary.first().copied())
        .ok_or("a departure place")?;
    let destination = pass
        .find_text(&["destination", "arriv"])
        .or(primary.get(1).copied())
        .ok_or("an arrival place")?;
    let place = |text: &str, notes: &mut Vec<String>| {
        let text = text.trim();
        if mode == Mode::Air && text.len() == 3 && text.bytes().all(|b| b.is_ascii_alphabetic()) {
            airport(text, notes)
        } else {
            place_for_mode(text, mode, notes)
        }
    };
    let from = place(&origin.value, &mut notes);
    let to = place(&destination.value, &mut notes);
    let (departure_utc, time_note) = relevant_times(pass).ok_or("a departure time")?;
    notes.push(time_note.to_string());
    let trip_number = pass
        .find_text(&["flight", "train", "trip", "route", "bus"])
        .map(|f| f.value.replace(' ', ""))
        .unwrap_or_default();
    let carrier = trip_number
        .get(..2)
        .and_then(carrier_by_code)
        .map(|c| c.code.clone())
        .unwrap_or_else(|| pass.organization_name.trim().to_string());
    if carrier_by_code(&carrier).is_some() {
        carrier_name(&carrier, &mut notes);
    }
    let reference = pass
        .find(&[
            "pnr",
            "confirmation",
            "booking",
            "reference",
            "locator",
            "record",
        ])
        .map(|f| f.value.trim().to_string())
        .unwrap_or_else(|| pass.serial_number.clone());
    if reference.is_empty() {
        return Err("a booking reference".into());
    }
    let ticket_number = pass
        .find(&["ticket"])
        .map(|f| f.value.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| format!("{}-{}", reference, pass.serial_number));
    let seat = pass.find(&["seat"]).map(|f| f.value.trim().to_string());
    let carriage = pass
        .fields
        .iter()
        .find(|f| f.key == "car" || f.named(&["carriage", "wagon", "coach"]))
        .map(|f| f.value.trim().to_string());
    let name = pass
        .find(&["passenger", "traveler", "traveller"])
        .or_else(|| pass.fields.iter().find(|f| f.key == "name"))
        .map(|f| f.value.trim().to_string())
        .ok_or("a passenger name")?;
    let (surname, given_names) = split_name(&name);
    let departure = ZonedInstant::new(departure_utc, from.zone);
    let arrival = ZonedInstant::new(departure_utc, to.zone);
    let booking = Booking {
        id: booking_id(&[
            "pkpass",
            &pass.pass_type_identifier,
            &pass.serial_number,
            &reference,
        ]),
        reference,
        carrier: carrier.clone(),
        segments: vec![Segment {
            mode,
            carrier,
            trip_number,
            from,
            to,
            departure,
            arrival,
            service_class: String::new(),
            fare: String::new(),
            delay_minutes: 0,
            platform: pass.gate(),
        }],
        passengers: vec![Passenger {
            surname,
            given_names,
            document_type: DocumentType::ForeignPassport,
            document_number: String::new(),
            birth_date: None,
            iin: None,
            category: Category::Adult,
        }],
        tickets: vec![Ticket {
            number: ticket_number,
            passenger: 0,
            segment: 0,
            seat: seat.filter(|s| !s.is_empty()).map(|seat| SeatAssignment {
                carriage: carriage.filter(|c| !c.is_empty()),
                seat,
                berth: None,
            }),
            price: PriceBreakdown::default(),
            status: TicketStatus::Issued,
            token: None,
        }],
        purchase: PurchasePlace {
            channel: PurchaseChannel::Import,
            label: label.to_string(),
        },
        created_at: Utc.from_utc_datetime(&today.and_time(NaiveTime::MIN)),
        contact_email: None,
    };
    booking.check().map_err(|e| e.to_string())?;
    Ok(Draft { booking, notes })
}

/// `SURNAME/GIVEN` or `Given Surname`.
fn split_name(name: &str) -> (String, String) {
    if let Some((surname, given)) = name.split_once('/') {
        return (surname.trim().to_string(), given.trim().to_string());
    }
    match name.trim().rsplit_once(' ') {
        Some((given, surname)) => (surname.to_string(), given.trim().to_string()),
        None => (name.trim().to_string(), String::new()),
    }
}
