//! IATA Bar Coded Boarding Pass (BCBP, Resolution 792), versions 1 to 8, one to four legs.
//!
//! A boarding pass code is fixed-width text:
//!
//! - the mandatory unique part: format code `M`, number of legs (1-4), passenger name
//!   (20), electronic ticket indicator (1);
//! - for each leg, the mandatory repeated part: PNR (7), from (3), to (3), operating
//!   carrier (3), flight number (5), date of flight as day of the year (3), compartment (1),
//!   seat (4), check-in sequence number (5), passenger status (1), and the size of the
//!   leg's variable part in hexadecimal (2);
//! - the variable part of the first leg starts with `>`, the version number and the size of
//!   the conditional unique items (passenger description, source of check-in, source of
//!   issue, date of issue, document type, issuer, baggage tags); every leg's variable part
//!   then has the size of its conditional repeated items (airline numeric code, document
//!   serial number, selectee, document verification, marketing carrier, frequent flyer
//!   airline and number, ID/AD, free baggage allowance, fast track), and what remains of the
//!   variable part is for the airline's private use;
//! - an optional security part: `^`, type (1), length in hexadecimal (2), data.
//!
//! Conditional items are read by their declared sizes, not by version: an item is present
//! when its section is long enough to hold it. [`parse_bcbp`] reads the text strictly: a
//! field that is missing, cut short, of the wrong kind, or that overruns its declared
//! section gives a [`BcbpError`] naming the field and its position. It never panics.

mod dates;
mod reader;

pub use dates::{flight_date, issue_date, FLIGHT_LOOKAHEAD_DAYS};
pub use reader::parse_bcbp;

use std::fmt;

/// A boarding pass code taken apart. Text fields are trimmed of their space padding;
/// conditional items that are absent or blank are `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardingPass {
    /// Format code: always `M`.
    pub format_code: char,
    /// The passenger's name as printed, `SURNAME/GIVEN NAMES TITLE` (at most 20 characters).
    pub passenger_name: String,
    /// `E` for an electronic ticket.
    pub electronic_ticket_indicator: char,
    /// The version number of the conditional items, when the pass has them.
    pub version: Option<char>,
    /// The conditional items that appear once.
    pub unique: UniqueItems,
    /// The legs (flights), one to four.
    pub legs: Vec<Leg>,
    /// The airline's security data (usually a signature), when present.
    pub security: Option<SecurityData>,
}

/// The conditional items that appear once per boarding pass.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UniqueItems {
    /// Passenger description: `0` adult, `1` male, `2` female, `3` child, `4` infant…
    pub passenger_description: Option<char>,
    /// Where the passenger checked in (`W` web, `K` kiosk, `M` mobile…).
    pub source_of_check_in: Option<char>,
    /// Where the boarding pass was issued.
    pub source_of_issue: Option<char>,
    /// Date of issue as on the pass: last digit of the year and day of the year (`6225`).
    pub date_of_issue: Option<String>,
    /// Document type: `B` boarding pass, `I` itinerary receipt.
    pub document_type: Option<char>,
    /// Airline designator of the boarding pass issuer.
    pub issuer: Option<String>,
    /// Baggage tag licence plate numbers (up to three 13-character groups).
    pub baggage_tags: Vec<String>,
    /// Items beyond those of version 8, kept as text.
    pub later_items: Option<String>,
}

/// One flight of a boarding pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leg {
    /// The operating carrier's booking reference (PNR).
    pub pnr: String,
    /// Departure airport (IATA code).
    pub from: String,
    /// Arrival airport (IATA code).
    pub to: String,
    /// Operating carrier designator (`KC`, `FS`).
    pub operating_carrier: String,
    /// Flight number as on the pass (`0834`, `0072A`).
    pub flight_number: String,
    /// Date of flight: day of the year, 1-366.
    pub day_of_year: u16,
    /// Compartment code (`Y`, `C`, `J`…), or a space.
    pub compartment: char,
    /// Seat as on the pass (`001A`, `INF`), empty when none is assigned.
    pub seat: String,
    /// Check-in sequence number.
    pub check_in_sequence: String,
    /// Passenger status (`0`-`9`, `A`-`Z`).
    pub passenger_status: char,
    /// The conditional items of this leg.
    pub items: LegItems,
    /// Data for the airline's private use.
    pub airline_private: Option<String>,
}

/// The conditional items repeated for each leg.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LegItems {
    /// Airline numeric code (the first three digits of the ticket number).
    pub airline_numeric_code: Option<String>,
    /// Document form / serial number (the last ten digits of the ticket number).
    pub document_number: Option<String>,
    /// Selectee indicator.
    pub selectee: Option<char>,
    /// International document verification.
    pub document_verification: Option<char>,
    /// Marketing carrier designator.
    pub marketing_carrier: Option<String>,
    /// Frequent flyer airline designator.
    pub frequent_flyer_airline: Option<String>,
    /// Frequent flyer number.
    pub frequent_flyer_number: Option<String>,
    /// ID/AD indicator (industry discount).
    pub id_ad: Option<char>,
    /// Free baggage allowance (`20K`, `2PC`).
    pub free_baggage_allowance: Option<String>,
    /// Fast track: `Y` or `N`.
    pub fast_track: Option<char>,
    /// Items beyond those of version 8, kept as text.
    pub later_items: Option<String>,
}

/// The security part: the issuing airline's signature over the pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityData {
    /// Type of security data.
    pub kind: char,
    /// The data, as on the pass.
    pub data: String,
}

impl BoardingPass {
    /// The surname: the name before the `/`.
    pub fn surname(&self) -> &str {
        self.passenger_name
            .split_once('/')
            .map_or(self.passenger_name.as_str(), |(s, _)| s)
            .trim()
    }

    /// The given names after the `/`, without a trailing title (`MR`, `MRS`, `MS`, `MISS`,
    /// `MSTR`, `DR`) when it is separated by a space.
    pub fn given_names(&self) -> &str {
        let Some((_, given)) = self.passenger_name.split_once('/') else {
            return "";
        };
        let given = given.trim();
        for title in ["MR", "MRS", "MS", "MISS", "MSTR", "DR"] {
            if let Some(rest) = given.strip_suffix(title) {
                if let Some(rest) = rest.strip_suffix(' ') {
                    return rest.trim_end();
                }
            }
        }
        given
    }
}

impl Leg {
    /// The flight as people write it: carrier and number without leading zeros (`KC852`).
    pub fn flight(&self) -> String {
        format!(
            "{}{}",
            self.operating_carrier,
            strip_leading_zeros(&self.flight_number)
        )
    }

    /// The seat without leading zeros (`001A` → `1A`), or `None` when the pass has none.
    pub fn seat_label(&self) -> Option<String> {
        let seat = strip_leading_zeros(&self.seat);
        (!seat.is_empty()).then_some(seat)
    }

    /// The 13-digit ticket number (airline numeric code and serial number), when the pass
    /// gives both in digits.
    pub fn ticket_number(&self) -> Option<String> {
        let code = self.items.airline_numeric_code.as_deref()?;
        let serial = self.items.document_number.as_deref()?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        (digits(code) && digits(serial)).then(|| format!("{code}{serial}"))
    }
}

/// `0834` → `834`, `001A` → `1A`, `0000` → `0`; text that does not start with `0` stays.
fn strip_leading_zeros(s: &str) -> String {
    let s = s.trim();
    let trimmed = s.trim_start_matches('0');
    if trimmed.is_empty() && !s.is_empty() {
        "0".into()
    } else {
        trimmed.into()
    }
}

/// A field of a boarding pass code, as named in Resolution 792.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BcbpField {
    FormatCode,
    NumberOfLegs,
    PassengerName,
    ElectronicTicketIndicator,
    Pnr,
    FromAirport,
    ToAirport,
    OperatingCarrier,
    FlightNumber,
    DateOfFlight,
    Compartment,
    Seat,
    CheckInSequence,
    PassengerStatus,
    VariableSize,
    VersionBeginning,
    VersionNumber,
    UniqueSize,
    PassengerDescription,
    SourceOfCheckIn,
    SourceOfIssue,
    DateOfIssue,
    DocumentType,
    Issuer,
    BaggageTags,
    RepeatedSize,
    AirlineNumericCode,
    DocumentNumber,
    Selectee,
    DocumentVerification,
    MarketingCarrier,
    FrequentFlyerAirline,
    FrequentFlyerNumber,
    IdAd,
    FreeBaggageAllowance,
    FastTrack,
    SecurityBeginning,
    SecurityType,
    SecurityLength,
    SecurityData,
}

impl BcbpField {
    /// The field's name in words.
    pub fn name(self) -> &'static str {
        use BcbpField::*;
        match self {
            FormatCode => "format code",
            NumberOfLegs => "number of legs encoded",
            PassengerName => "passenger name",
            ElectronicTicketIndicator => "electronic ticket indicator",
            Pnr => "operating carrier PNR code",
            FromAirport => "from city airport code",
            ToAirport => "to city airport code",
            OperatingCarrier => "operating carrier designator",
            FlightNumber => "flight number",
            DateOfFlight => "date of flight (Julian date)",
            Compartment => "compartment code",
            Seat => "seat number",
            CheckInSequence => "check-in sequence number",
            PassengerStatus => "passenger status",
            VariableSize => "field size of variable size field",
            VersionBeginning => "beginning of version number",
            VersionNumber => "version number",
            UniqueSize => "field size of the conditional unique items",
            PassengerDescription => "passenger description",
            SourceOfCheckIn => "source of check-in",
            SourceOfIssue => "source of boarding pass issuance",
            DateOfIssue => "date of issue of boarding pass",
            DocumentType => "document type",
            Issuer => "airline designator of boarding pass issuer",
            BaggageTags => "baggage tag licence plate number",
            RepeatedSize => "field size of the conditional repeated items",
            AirlineNumericCode => "airline numeric code",
            DocumentNumber => "document form/serial number",
            Selectee => "selectee indicator",
            DocumentVerification => "international documentation verification",
            MarketingCarrier => "marketing carrier designator",
            FrequentFlyerAirline => "frequent flyer airline designator",
            FrequentFlyerNumber => "frequent flyer number",
            IdAd => "ID/AD indicator",
            FreeBaggageAllowance => "free baggage allowance",
            FastTrack => "fast track",
            SecurityBeginning => "beginning of security data",
            SecurityType => "type of security data",
            SecurityLength => "length of security data",
            SecurityData => "security data",
        }
    }
}

impl fmt::Display for BcbpField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BcbpProblem {
    /// The text ends before the field (it has `available` of `needed` characters).
    Missing {
        /// Characters the field takes.
        needed: usize,
        /// Characters left in the text.
        available: usize,
    },
    /// The field runs past the end of the section whose size the pass declares.
    OverrunsSection {
        /// Characters the field takes.
        needed: usize,
        /// Characters left in the section.
        available: usize,
    },
    /// The declared size of a section is larger than what follows.
    SizeTooLarge {
        /// The size declared.
        declared: usize,
        /// Characters available for it.
        available: usize,
    },
    /// The field has a value it may not have.
    Invalid {
        /// The field as found.
        found: String,
        /// What it should be.
        expected: &'static str,
    },
    /// A character outside printable ASCII.
    NotAscii,
    /// Text after the end of the boarding pass.
    TrailingText {
        /// The extra text.
        found: String,
    },
}

/// A boarding pass code that cannot be read, with the field and position at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} at character {}: {}", describe_field(.field, .leg), .position + 1, .problem)]
pub struct BcbpError {
    /// The field at fault.
    pub field: BcbpField,
    /// The leg it belongs to (1-based), for fields of a leg.
    pub leg: Option<u8>,
    /// Where the field starts: offset of its first character, 0-based.
    pub position: usize,
    /// What is wrong.
    pub problem: BcbpProblem,
}

fn describe_field(field: &BcbpField, leg: &Option<u8>) -> String {
    match leg {
        Some(leg) => format!("field '{field}' of leg {leg}"),
        None => format!("field '{field}'"),
    }
}

impl fmt::Display for BcbpProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BcbpProblem::Missing { needed, available } => write!(
                f,
                "the text ends early ({available} of {needed} characters present)"
            ),
            BcbpProblem::OverrunsSection { needed, available } => write!(
                f,
                "the field needs {needed} characters but its section has {available} left"
            ),
            BcbpProblem::SizeTooLarge {
                declared,
                available,
            } => write!(
                f,
                "declares {declared} characters but only {available} follow"
            ),
            BcbpProblem::Invalid { found, expected } => {
                write!(f, "expected {expected}, found {found:?}")
            }
            BcbpProblem::NotAscii => f.write_str("a character that is not printable ASCII"),
            BcbpProblem::TrailingText { found } => {
                write!(f, "unexpected text after the boarding pass: {found:?}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_zeros_go_from_seats_and_flights() {
        assert_eq!(strip_leading_zeros("001A"), "1A");
        assert_eq!(strip_leading_zeros("0834"), "834");
        assert_eq!(strip_leading_zeros("0072A"), "72A");
        assert_eq!(strip_leading_zeros("0000"), "0");
        assert_eq!(strip_leading_zeros("INF"), "INF");
        assert_eq!(strip_leading_zeros(""), "");
    }
}
