//! The ticket's claims and their compact, versioned binary form: the bytes a carrier signs.
//!
//! Layout of format version 1 (integers big-endian; a text field is one length
//! byte, then one byte per character in the ticket code's own character set, see
//! `charset.rs`; an optional text has length 0 when absent; times are whole
//! minutes since 1970-01-01T00:00Z):
//!
//! | field | bytes |
//! |---|---|
//! | version (= 1) | 1 |
//! | carrier code | 1 + ≤ 6 |
//! | key id | 2 |
//! | ticket number | 1 + ≤ 20 |
//! | booking reference | 1 + ≤ 10 |
//! | passenger name | 1 + ≤ 32 |
//! | document tail | 1 + ≤ 4 |
//! | mode (1 air, 2 rail, 3 bus) | 1 |
//! | trip number | 1 + ≤ 8 |
//! | from, to place codes | 2 × (1 + ≤ 6) |
//! | departure | 4 |
//! | service class | 1 + ≤ 10 |
//! | carriage (optional) | 1 + ≤ 3 |
//! | seat (optional) | 1 + ≤ 4 |
//! | not before, not after, issued at | 3 × 4 |
//!
//! The largest possible payload is [`MAX_PAYLOAD_BYTES`] = 140 bytes: with its
//! 64-byte signature that is 310 base45 characters with the prefix, and a
//! version-10 QR code holds 311 at error correction M, so every ticket code fits
//! one. Encoding is canonical: the decoder accepts exactly what the encoder
//! produces, so one ticket has one byte string.

use crate::{charset, TokenError};
use chrono::{DateTime, Utc};
use sapar_domain::Mode;
use serde::{Deserialize, Serialize};

/// The payload format version this build writes and reads.
pub const PAYLOAD_VERSION: u8 = 1;

/// The most characters a passenger name may have; see [`crate::fit_passenger_name`].
pub const MAX_PASSENGER_NAME_CHARS: usize = 32;

/// The largest payload format version 1 can produce, in bytes (signature excluded).
pub const MAX_PAYLOAD_BYTES: usize = 140;

/// What a signed ticket states: who travels on which trip, and when it is valid.
///
/// Text fields take Latin and Cyrillic (Kazakh, Russian, Ukrainian, Belarusian)
/// letters, digits and ASCII punctuation, and a few Latin letters with
/// diacritics; limits count characters. Times are kept to the minute: seconds are
/// dropped when the ticket is signed, so a decoded ticket's times are whole minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TicketClaims {
    /// The carrier's code (`KTZ`, `KC`, `FS`): uppercase Latin letters and digits, ≤ 6.
    pub carrier: String,
    /// The ticket number: uppercase Latin letters, digits and `-`, ≤ 20.
    pub ticket_number: String,
    /// The booking reference (PNR, order number): uppercase Latin letters and digits, ≤ 10.
    pub booking_reference: String,
    /// The passenger's name as on the document, ≤ [`MAX_PASSENGER_NAME_CHARS`]
    /// characters; [`crate::fit_passenger_name`] shortens longer names.
    pub passenger_name: String,
    /// The last characters of the document number, to compare with the document
    /// shown: uppercase Latin letters and digits, 1-4; see [`crate::document_tail`].
    pub document_tail: String,
    /// Mode of transport.
    pub mode: Mode,
    /// Trip number (`10Ц`, `KC852`, a bus route), ≤ 8 characters.
    pub trip_number: String,
    /// Departure place code: uppercase Latin letters and digits, ≤ 6.
    pub from: String,
    /// Arrival place code: uppercase Latin letters and digits, ≤ 6.
    pub to: String,
    /// Scheduled departure.
    pub departure: DateTime<Utc>,
    /// Class or cabin (`coupe`, `economy`, `Бизнес`), ≤ 10 characters.
    pub service_class: String,
    /// Carriage, on trains, ≤ 3 characters.
    pub carriage: Option<String>,
    /// Seat or berth, ≤ 4 characters; none where seats are not assigned.
    pub seat: Option<String>,
    /// The ticket is not valid before this instant.
    pub not_before: DateTime<Utc>,
    /// The ticket is not valid after this instant.
    pub not_after: DateTime<Utc>,
    /// When the carrier issued (signed) the ticket.
    pub issued_at: DateTime<Utc>,
}

/// Which characters a field allows.
#[derive(Clone, Copy)]
enum Charset {
    /// `A-Z 0-9`.
    Code,
    /// `A-Z 0-9 -`.
    Number,
    /// The ticket code's character set (see `charset.rs`).
    Text,
}

impl Charset {
    fn allows(self, s: &str) -> bool {
        match self {
            Charset::Code => s
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
            Charset::Number => s
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'),
            Charset::Text => s.chars().all(|c| charset::byte_of(c).is_some()),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Charset::Code => "uppercase Latin letters and digits",
            Charset::Number => "uppercase Latin letters, digits and '-'",
            Charset::Text => charset::DESCRIPTION,
        }
    }
}

/// A text field's name, limit and characters.
#[derive(Clone, Copy)]
struct TextField {
    name: &'static str,
    max: usize,
    charset: Charset,
}

const fn field(name: &'static str, max: usize, charset: Charset) -> TextField {
    TextField { name, max, charset }
}

const CARRIER: TextField = field("carrier", 6, Charset::Code);
const TICKET_NUMBER: TextField = field("ticket_number", 20, Charset::Number);
const BOOKING_REFERENCE: TextField = field("booking_reference", 10, Charset::Code);
const PASSENGER_NAME: TextField = field("passenger_name", MAX_PASSENGER_NAME_CHARS, Charset::Text);
const DOCUMENT_TAIL: TextField = field("document_tail", 4, Charset::Code);
const TRIP_NUMBER: TextField = field("trip_number", 8, Charset::Text);
const FROM: TextField = field("from", 6, Charset::Code);
const TO: TextField = field("to", 6, Charset::Code);
const SERVICE_CLASS: TextField = field("service_class", 10, Charset::Text);
const CARRIAGE: TextField = field("carriage", 3, Charset::Text);
const SEAT: TextField = field("seat", 4, Charset::Text);

fn mode_byte(mode: Mode) -> u8 {
    match mode {
        Mode::Air => 1,
        Mode::Rail => 2,
        Mode::Bus => 3,
    }
}

fn mode_of(byte: u8) -> Option<Mode> {
    match byte {
        1 => Some(Mode::Air),
        2 => Some(Mode::Rail),
        3 => Some(Mode::Bus),
        _ => None,
    }
}

fn to_minutes(field: &'static str, t: DateTime<Utc>) -> Result<u32, TokenError> {
    u32::try_from(t.timestamp().div_euclid(60)).map_err(|_| TokenError::TimeOutOfRange { field })
}

fn from_minutes(field: &'static str, minutes: u32) -> Result<DateTime<Utc>, TokenError> {
    DateTime::from_timestamp(i64::from(minutes) * 60, 0).ok_or(TokenError::BadContent { field })
}

fn put_text(out: &mut Vec<u8>, spec: TextField, value: &str) -> Result<(), TokenError> {
    if value.is_empty() {
        return Err(TokenError::FieldEmpty { field: spec.name });
    }
    put_optional(out, spec, Some(value))
}

fn put_optional(out: &mut Vec<u8>, spec: TextField, value: Option<&str>) -> Result<(), TokenError> {
    let Some(value) = value else {
        out.push(0);
        return Ok(());
    };
    if value.is_empty() {
        return Err(TokenError::FieldEmpty { field: spec.name });
    }
    let len = value.chars().count();
    if len > spec.max {
        return Err(TokenError::FieldTooLong {
            field: spec.name,
            len,
            max: spec.max,
        });
    }
    if !spec.charset.allows(value) {
        return Err(TokenError::FieldCharacters {
            field: spec.name,
            allowed: spec.charset.describe(),
        });
    }
    // `len` ≤ spec.max ≤ 32, so it fits one byte.
    out.push(len as u8);
    // Every character was checked to be in the set above.
    out.extend(value.chars().filter_map(charset::byte_of));
    Ok(())
}

fn put_time(out: &mut Vec<u8>, field: &'static str, t: DateTime<Utc>) -> Result<(), TokenError> {
    out.extend_from_slice(&to_minutes(field, t)?.to_be_bytes());
    Ok(())
}

/// Encodes claims and the signing key's id as a version-1 payload.
pub(crate) fn encode(claims: &TicketClaims, key_id: u16) -> Result<Vec<u8>, TokenError> {
    if claims.not_after < claims.not_before {
        return Err(TokenError::EmptyValidity);
    }
    let mut out = Vec::with_capacity(MAX_PAYLOAD_BYTES);
    out.push(PAYLOAD_VERSION);
    put_text(&mut out, CARRIER, &claims.carrier)?;
    out.extend_from_slice(&key_id.to_be_bytes());
    put_text(&mut out, TICKET_NUMBER, &claims.ticket_number)?;
    put_text(&mut out, BOOKING_REFERENCE, &claims.booking_reference)?;
    put_text(&mut out, PASSENGER_NAME, &claims.passenger_name)?;
    put_text(&mut out, DOCUMENT_TAIL, &claims.document_tail)?;
    out.push(mode_byte(claims.mode));
    put_text(&mut out, TRIP_NUMBER, &claims.trip_number)?;
    put_text(&mut out, FROM, &claims.from)?;
    put_text(&mut out, TO, &claims.to)?;
    put_time(&mut out, "departure", claims.departure)?;
    put_text(&mut out, SERVICE_CLASS, &claims.service_class)?;
    put_optional(&mut out, CARRIAGE, claims.carriage.as_deref())?;
    put_optional(&mut out, SEAT, claims.seat.as_deref())?;
    put_time(&mut out, "not_before", claims.not_before)?;
    put_time(&mut out, "not_after", claims.not_after)?;
    put_time(&mut out, "issued_at", claims.issued_at)?;
    Ok(out)
}

/// Reads a payload from the front, field by field.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], TokenError> {
        if self.bytes.len() < n {
            return Err(TokenError::BadContent { field });
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn byte(&mut self, field: &'static str) -> Result<u8, TokenError> {
        Ok(self.take(1, field)?[0])
    }

    fn u16(&mut self, field: &'static str) -> Result<u16, TokenError> {
        let b = self.take(2, field)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn time(&mut self, field: &'static str) -> Result<DateTime<Utc>, TokenError> {
        let b = self.take(4, field)?;
        from_minutes(field, u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn optional(&mut self, spec: TextField) -> Result<Option<String>, TokenError> {
        let bad = TokenError::BadContent { field: spec.name };
        let len = usize::from(self.byte(spec.name)?);
        if len == 0 {
            return Ok(None);
        }
        if len > spec.max {
            return Err(bad);
        }
        let text = self
            .take(len, spec.name)?
            .iter()
            .map(|&b| charset::char_of(b))
            .collect::<Option<String>>()
            .ok_or(bad.clone())?;
        if !spec.charset.allows(&text) {
            return Err(bad);
        }
        Ok(Some(text))
    }

    fn text(&mut self, spec: TextField) -> Result<String, TokenError> {
        self.optional(spec)?
            .ok_or(TokenError::BadContent { field: spec.name })
    }
}

/// Decodes a payload of the current version into claims and the key id.
pub(crate) fn decode(bytes: &[u8]) -> Result<(TicketClaims, u16), TokenError> {
    let mut r = Reader { bytes };
    let version = r.byte("version")?;
    if version != PAYLOAD_VERSION {
        return Err(TokenError::UnsupportedVersion {
            version,
            supported: PAYLOAD_VERSION,
        });
    }
    let carrier = r.text(CARRIER)?;
    let key_id = r.u16("key_id")?;
    let claims = TicketClaims {
        carrier,
        ticket_number: r.text(TICKET_NUMBER)?,
        booking_reference: r.text(BOOKING_REFERENCE)?,
        passenger_name: r.text(PASSENGER_NAME)?,
        document_tail: r.text(DOCUMENT_TAIL)?,
        mode: mode_of(r.byte("mode")?).ok_or(TokenError::BadContent { field: "mode" })?,
        trip_number: r.text(TRIP_NUMBER)?,
        from: r.text(FROM)?,
        to: r.text(TO)?,
        departure: r.time("departure")?,
        service_class: r.text(SERVICE_CLASS)?,
        carriage: r.optional(CARRIAGE)?,
        seat: r.optional(SEAT)?,
        not_before: r.time("not_before")?,
        not_after: r.time("not_after")?,
        issued_at: r.time("issued_at")?,
    };
    if !r.bytes.is_empty() {
        return Err(TokenError::BadContent {
            field: "end of payload",
        });
    }
    if claims.not_after < claims.not_before {
        return Err(TokenError::BadContent { field: "not_after" });
    }
    Ok((claims, key_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap()
    }

    fn largest() -> TicketClaims {
        TicketClaims {
            carrier: "ABCDEF".into(),
            ticket_number: "12345678901234567890".into(),
            booking_reference: "ABCDEFGHIJ".into(),
            passenger_name: "Ж".repeat(32),
            document_tail: "9999".into(),
            mode: Mode::Rail,
            trip_number: "ЦЦЦЦЦЦЦЦ".into(),
            from: "AAAAAA".into(),
            to: "BBBBBB".into(),
            departure: at(16, 40),
            service_class: "Ә".repeat(10),
            carriage: Some("№12".into()),
            seat: Some("123A".into()),
            not_before: at(12, 0),
            not_after: at(17, 0),
            issued_at: at(9, 15),
        }
    }

    #[test]
    fn largest_ticket_is_exactly_the_stated_maximum() {
        let bytes = encode(&largest(), 0xFFFF).unwrap();
        assert_eq!(bytes.len(), MAX_PAYLOAD_BYTES);
        assert_eq!(decode(&bytes).unwrap(), (largest(), 0xFFFF));
    }

    #[test]
    fn over_long_fields_are_refused_with_their_name() {
        let mut c = largest();
        c.passenger_name.push('A');
        assert_eq!(
            encode(&c, 1),
            Err(TokenError::FieldTooLong {
                field: "passenger_name",
                len: 33,
                max: 32
            })
        );
        let mut c = largest();
        c.ticket_number.push('1');
        let err = encode(&c, 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ticket_number is 21 characters long; a ticket code carries at most 20"
        );
    }

    #[test]
    fn bad_characters_empty_fields_and_times_are_refused() {
        let mut c = largest();
        c.carrier = "ktz".into();
        assert!(matches!(
            encode(&c, 1),
            Err(TokenError::FieldCharacters {
                field: "carrier",
                ..
            })
        ));
        let mut c = largest();
        c.seat = Some(String::new());
        assert_eq!(encode(&c, 1), Err(TokenError::FieldEmpty { field: "seat" }));
        let mut c = largest();
        c.passenger_name = "A\u{7}B".into();
        assert!(encode(&c, 1).is_err());
        c.passenger_name = "WANG 王".into();
        assert!(matches!(
            encode(&c, 1),
            Err(TokenError::FieldCharacters {
                field: "passenger_name",
                ..
            })
        ));
        let mut c = largest();
        c.issued_at = Utc.with_ymd_and_hms(1969, 12, 31, 23, 0, 0).unwrap();
        assert_eq!(
            encode(&c, 1),
            Err(TokenError::TimeOutOfRange { field: "issued_at" })
        );
        let mut c = largest();
        c.not_after = c.not_before - chrono::Duration::minutes(1);
        assert_eq!(encode(&c, 1), Err(TokenError::EmptyValidity));
    }

    #[test]
    fn seconds_are_dropped_and_absent_seats_survive() {
        let mut c = largest();
        c.issued_at = at(9, 15) + chrono::Duration::seconds(59);
        c.carriage = None;
        c.seat = None;
        let (back, _) = decode(&encode(&c, 7).unwrap()).unwrap();
        assert_eq!(back.issued_at, at(9, 15));
        assert_eq!((back.carriage, back.seat), (None, None));
    }

    #[test]
    fn unknown_version_is_named() {
        let mut bytes = encode(&largest(), 1).unwrap();
        bytes[0] = 2;
        assert_eq!(
            decode(&bytes),
            Err(TokenError::UnsupportedVersion {
                version: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut bytes = encode(&largest(), 1).unwrap();
        bytes.push(0);
        assert!(matches!(decode(&bytes), Err(TokenError::BadContent { .. })));
    }
}
