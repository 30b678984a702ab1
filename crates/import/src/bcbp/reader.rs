//! The BCBP reader: walks the fixed-width fields and the size-declared sections.

use super::{
    BcbpError, BcbpField as F, BcbpProblem, BoardingPass, Leg, LegItems, SecurityData, UniqueItems,
};

/// Reads a boarding pass code (see the module docs for the layout).
///
/// A byte-order mark before the code and line breaks after it (as scanners and text
/// files add) are ignored. Every other character counts.
pub fn parse_bcbp(text: &str) -> Result<BoardingPass, BcbpError> {
    let text = text
        .trim_start_matches('\u{feff}')
        .trim_end_matches(['\r', '\n', '\0']);
    let mut r = Reader {
        bytes: text.as_bytes(),
        pos: 0,
        leg: None,
    };
    let all = r.bytes.len();

    let format_code = r.char(F::FormatCode, all)?;
    if format_code != 'M' {
        return Err(r.invalid_at(r.pos - 1, F::FormatCode, format_code, "'M'"));
    }
    let legs_at = r.pos;
    let legs = r.char(F::NumberOfLegs, all)?;
    let leg_count = match legs {
        '1'..='4' => legs as u8 - b'0',
        _ => {
            return Err(r.invalid_at(
                legs_at,
                F::NumberOfLegs,
                legs,
                "a number of legs from 1 to 4",
            ))
        }
    };
    let name_at = r.pos;
    let passenger_name = r.take(F::PassengerName, 20, all)?.trim_end().to_string();
    if passenger_name.trim().is_empty() {
        return Err(r.invalid_at(name_at, F::PassengerName, "", "a name"));
    }
    let electronic_ticket_indicator = r.char(F::ElectronicTicketIndicator, all)?;

    let mut pass = BoardingPass {
        format_code,
        passenger_name,
        electronic_ticket_indicator,
        version: None,
        unique: UniqueItems::default(),
        legs: Vec::with_capacity(usize::from(leg_count)),
        security: None,
    };
    for number in 1..=leg_count {
        r.leg = Some(number);
        let leg = read_leg(&mut r, &mut pass)?;
        pass.legs.push(leg);
    }
    r.leg = None;
    pass.security = read_security(&mut r)?;
    Ok(pass)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    leg: Option<u8>,
}

impl<'a> Reader<'a> {
    fn error(&self, position: usize, field: F, problem: BcbpProblem) -> BcbpError {
        BcbpError {
            field,
            leg: self.leg,
            position,
            problem,
        }
    }

    fn invalid_at(
        &self,
        position: usize,
        field: F,
        found: impl ToString,
        expected: &'static str,
    ) -> BcbpError {
        self.error(
            position,
            field,
            BcbpProblem::Invalid {
                found: found.to_string(),
                expected,
            },
        )
    }

    /// Takes `n` printable ASCII characters of a section that ends at `end`.
    fn take(&mut self, field: F, n: usize, end: usize) -> Result<&'a str, BcbpError> {
        let start = self.pos;
        let available = end.saturating_sub(start);
        if n > available {
            let problem = if end >= self.bytes.len() {
                BcbpProblem::Missing {
                    needed: n,
                    available,
                }
            } else {
                BcbpProblem::OverrunsSection {
                    needed: n,
                    available,
                }
            };
            return Err(self.error(start, field, problem));
        }
        let slice = &self.bytes[start..start + n];
        if let Some(bad) = slice.iter().position(|b| !(0x20..=0x7e).contains(b)) {
            return Err(self.error(start + bad, field, BcbpProblem::NotAscii));
        }
        self.pos += n;
        // Printable ASCII is valid UTF-8.
        std::str::from_utf8(slice).map_err(|_| self.error(start, field, BcbpProblem::NotAscii))
    }

    fn char(&mut self, field: F, end: usize) -> Result<char, BcbpError> {
        let s = self.take(field, 1, end)?;
        Ok(s.chars().next().unwrap_or(' '))
    }

    /// Two hexadecimal digits.
    fn hex(&mut self, field: F, end: usize) -> Result<usize, BcbpError> {
        let at = self.pos;
        let s = self.take(field, 2, end)?;
        usize::from_str_radix(s, 16)
            .ok()
            .filter(|_| s.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.invalid_at(at, field, s, "two hexadecimal digits"))
    }

    /// A size field followed by its section, which must fit before `end`; returns the
    /// section's end.
    fn section(&mut self, field: F, end: usize) -> Result<usize, BcbpError> {
        let at = self.pos;
        let size = self.hex(field, end)?;
        let available = end - self.pos;
        if size > available {
            return Err(self.error(
                at,
                field,
                BcbpProblem::SizeTooLarge {
                    declared: size,
                    available,
                },
            ));
        }
        Ok(self.pos + size)
    }

    /// A field that is present only when its section has room left for it.
    fn optional(&mut self, field: F, n: usize, end: usize) -> Result<Option<&'a str>, BcbpError> {
        if self.pos >= end {
            return Ok(None);
        }
        self.take(field, n, end).map(Some)
    }

    fn optional_char(&mut self, field: F, end: usize) -> Result<Option<char>, BcbpError> {
        Ok(self.optional(field, 1, end)?.and_then(non_blank_char))
    }

    /// A field that must satisfy `ok` (blank is always allowed).
    fn checked(
        &mut self,
        field: F,
        n: usize,
        end: usize,
        ok: fn(&str) -> bool,
        expected: &'static str,
    ) -> Result<&'a str, BcbpError> {
        let at = self.pos;
        let s = self.take(field, n, end)?;
        if s.trim().is_empty() || ok(s) {
            Ok(s)
        } else {
            Err(self.invalid_at(at, field, s, expected))
        }
    }

    fn optional_checked(
        &mut self,
        field: F,
        n: usize,
        end: usize,
        ok: fn(&str) -> bool,
        expected: &'static str,
    ) -> Result<Option<String>, BcbpError> {
        if self.pos >= end {
            return Ok(None);
        }
        Ok(non_blank(self.checked(field, n, end, ok, expected)?))
    }

    /// The rest of a section as text, `None` when empty or blank.
    fn rest(&mut self, field: F, end: usize) -> Result<Option<String>, BcbpError> {
        let n = end.saturating_sub(self.pos);
        Ok(non_blank_keep(self.take(field, n, end)?))
    }
}

fn non_blank(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Like [`non_blank`] but keeps inner and trailing spaces (private data is positional).
fn non_blank_keep(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_string())
}

fn non_blank_char(s: &str) -> Option<char> {
    s.chars().next().filter(|c| *c != ' ')
}

fn is_airport(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Two or three letters or digits, padded with spaces at the end.
fn is_carrier(s: &str) -> bool {
    let t = s.trim_end();
    (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn is_pnr(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
}

/// Up to four digits and an optional letter (`0834 `, `0072A`), padded with spaces.
fn is_flight_number(s: &str) -> bool {
    let t = s.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t.as_bytes()[digits..];
    (1..=4).contains(&digits)
        && (rest.is_empty() || (rest.len() == 1 && rest[0].is_ascii_alphabetic()))
}

fn is_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Last digit of the year and a day of the year from 001 to 366.
fn is_issue_date(s: &str) -> bool {
    is_digits(s)
        && s.get(1..)
            .and_then(|d| d.parse::<u16>().ok())
            .is_some_and(|d| (1..=366).contains(&d))
}

fn read_leg(r: &mut Reader<'_>, pass: &mut BoardingPass) -> Result<Leg, BcbpError> {
    let all = r.bytes.len();
    let first = pass.legs.is_empty();
    let pnr = r.checked(F::Pnr, 7, all, is_pnr, "letters and digits")?;
    let from = r.checked(
        F::FromAirport,
        3,
        all,
        is_airport,
        "a three-letter airport code",
    )?;
    let to = r.checked(
        F::ToAirport,
        3,
        all,
        is_airport,
        "a three-letter airport code",
    )?;
    let carrier = r.checked(
        F::OperatingCarrier,
        3,
        all,
        is_carrier,
        "a two- or three-character airline designator",
    )?;
    let flight = r.checked(
        F::FlightNumber,
        5,
        all,
        is_flight_number,
        "up to four digits and an optional letter",
    )?;
    let date_at = r.pos;
    let date = r.take(F::DateOfFlight, 3, all)?;
    let day_of_year = date
        .parse::<u16>()
        .ok()
        .filter(|d| is_digits(date) && (1..=366).contains(d))
        .ok_or_else(|| {
            r.invalid_at(
                date_at,
                F::DateOfFlight,
                date,
                "a day of the year from 001 to 366",
            )
        })?;
    let compartment_at = r.pos;
    let compartment = r.char(F::Compartment, all)?;
    if !(compartment.is_ascii_alphabetic() || compartment == ' ') {
        return Err(r.invalid_at(compartment_at, F::Compartment, compartment, "a letter"));
    }
    let seat = r.take(F::Seat, 4, all)?.trim().to_string();
    let check_in_sequence = r.take(F::CheckInSequence, 5, all)?.trim().to_string();
    let passenger_status = r.char(F::PassengerStatus, all)?;
    let end = r.section(F::VariableSize, all)?;

    let mut items = LegItems::default();
    let starts_versioned = r.bytes.get(r.pos) == Some(&b'>');
    if first && r.pos < end && starts_versioned {
        r.take(F::VersionBeginning, 1, end)?;
        let version_at = r.pos;
        let version = r.char(F::VersionNumber, end)?;
        if !version.is_ascii_digit() {
            return Err(r.invalid_at(version_at, F::VersionNumber, version, "a digit"));
        }
        pass.version = Some(version);
        let unique_end = r.section(F::UniqueSize, end)?;
        pass.unique = read_unique(r, unique_end)?;
        items = read_leg_items(r, end)?;
    } else if !first && pass.version.is_some() {
        items = read_leg_items(r, end)?;
    }
    let airline_private = r.rest(F::VariableSize, end)?;
    Ok(Leg {
        pnr: pnr.trim().to_string(),
        from: from.trim().to_string(),
        to: to.trim().to_string(),
        operating_carrier: carrier.trim().to_string(),
        flight_number: flight.trim().to_string(),
        day_of_year,
        compartment,
        seat,
        check_in_sequence,
        passenger_status,
        items,
        airline_private,
    })
}

fn read_unique(r: &mut Reader<'_>, end: usize) -> Result<UniqueItems, BcbpError> {
    let mut unique = UniqueItems {
        passenger_description: r.optional_char(F::PassengerDescription, end)?,
        source_of_check_in: r.optional_char(F::SourceOfCheckIn, end)?,
        source_of_issue: r.optional_char(F::SourceOfIssue, end)?,
        date_of_issue: r.optional_checked(
            F::DateOfIssue,
            4,
            end,
            is_issue_date,
            "four digits: the last digit of the year and a day of the year",
        )?,
        document_type: r.optional_char(F::DocumentType, end)?,
        issuer: r.optional_checked(F::Issuer, 3, end, is_carrier, "an airline designator")?,
        ..UniqueItems::default()
    };
    for _ in 0..3 {
        if let Some(tag) = r.optional(F::BaggageTags, 13, end)? {
            unique.baggage_tags.extend(non_blank(tag));
        }
    }
    unique.later_items = r.rest(F::UniqueSize, end)?;
    Ok(unique)
}

fn read_leg_items(r: &mut Reader<'_>, end: usize) -> Result<LegItems, BcbpError> {
    if r.pos >= end {
        return Ok(LegItems::default());
    }
    let end = r.section(F::RepeatedSize, end)?;
    let carrier = "an airline designator";
    Ok(LegItems {
        airline_numeric_code: r.optional_checked(
            F::AirlineNumericCode,
            3,
            end,
            is_digits,
            "three digits",
        )?,
        document_number: r.optional(F::DocumentNumber, 10, end)?.and_then(non_blank),
        selectee: r.optional_char(F::Selectee, end)?,
        document_verification: r.optional_char(F::DocumentVerification, end)?,
        marketing_carrier: r.optional_checked(F::MarketingCarrier, 3, end, is_carrier, carrier)?,
        frequent_flyer_airline: r.optional_checked(
            F::FrequentFlyerAirline,
            3,
            end,
            is_carrier,
            carrier,
        )?,
        frequent_flyer_number: r
            .optional(F::FrequentFlyerNumber, 16, end)?
            .and_then(non_blank),
        id_ad: r.optional_char(F::IdAd, end)?,
        free_baggage_allowance: r
            .optional(F::FreeBaggageAllowance, 3, end)?
            .and_then(non_blank),
        fast_track: r.optional_char(F::FastTrack, end)?,
        later_items: r.rest(F::RepeatedSize, end)?,
    })
}

fn read_security(r: &mut Reader<'_>) -> Result<Option<SecurityData>, BcbpError> {
    let all = r.bytes.len();
    if r.pos >= all {
        return Ok(None);
    }
    if r.bytes[r.pos] != b'^' {
        let rest = String::from_utf8_lossy(&r.bytes[r.pos..]);
        let found = rest.chars().take(40).collect();
        return Err(r.error(
            r.pos,
            F::SecurityBeginning,
            BcbpProblem::TrailingText { found },
        ));
    }
    r.take(F::SecurityBeginning, 1, all)?;
    let kind = r.char(F::SecurityType, all)?;
    let length = r.hex(F::SecurityLength, all)?;
    let data = r.take(F::SecurityData, length, all)?.to_string();
    if r.pos < all {
        let rest = String::from_utf8_lossy(&r.bytes[r.pos..]);
        let found = rest.chars().take(40).collect();
        return Err(r.error(r.pos, F::SecurityData, BcbpProblem::TrailingText { found }));
    }
    Ok(Some(SecurityData { kind, data }))
}
