//! Passengers: the name and document as on the ticket, the IIN, and the fare category.

use crate::Mode;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub use crate::passenger_check::{validate_passenger, PassengerField, PassengerProblem};

/// The identity document a passenger travels on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    /// Kazakhstan identity card (carries the IIN).
    KzIdCard,
    /// Kazakhstan passport (carries the IIN).
    KzPassport,
    /// Birth certificate, for children.
    BirthCertificate,
    /// A foreign passport (no IIN).
    ForeignPassport,
}

impl DocumentType {
    /// The stable snake_case name used in files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::KzIdCard => "kz_id_card",
            DocumentType::KzPassport => "kz_passport",
            DocumentType::BirthCertificate => "birth_certificate",
            DocumentType::ForeignPassport => "foreign_passport",
        }
    }

    /// Parses [`DocumentType::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        [
            DocumentType::KzIdCard,
            DocumentType::KzPassport,
            DocumentType::BirthCertificate,
            DocumentType::ForeignPassport,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
    }
}

/// The fare category of a passenger on a trip, from age on the travel date
/// ([`category_on`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Adult fare.
    Adult,
    /// Child fare.
    Child,
    /// Infant (usually without a seat of their own).
    Infant,
}

impl Category {
    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Adult => "adult",
            Category::Child => "child",
            Category::Infant => "infant",
        }
    }

    /// Parses [`Category::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "adult" => Some(Category::Adult),
            "child" => Some(Category::Child),
            "infant" => Some(Category::Infant),
            _ => None,
        }
    }
}

/// A passenger as named on a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Passenger {
    /// Surname as in the document, in Latin letters (e.g. `ZHUMABAYEV`).
    pub surname: String,
    /// Given name(s) as in the document, in Latin letters.
    pub given_names: String,
    /// The document travelled on.
    pub document_type: DocumentType,
    /// The document number.
    pub document_number: String,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// The Kazakhstan IIN, when the document carries one.
    pub iin: Option<String>,
    /// Fare category on this booking.
    pub category: Category,
}

impl Passenger {
    /// `SURNAME Given`.
    pub fn full_name(&self) -> String {
        if self.given_names.is_empty() {
            self.surname.clone()
        } else {
            format!("{} {}", self.surname, self.given_names)
        }
    }

    /// The last four characters of the document number, as printed on tickets.
    pub fn document_tail(&self) -> String {
        let chars: Vec<char> = self.document_number.chars().collect();
        chars[chars.len().saturating_sub(4)..].iter().collect()
    }
}

/// The ages that split adults, children and infants for one kind of trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgeLimits {
    /// Younger than this (in whole years) is an infant.
    pub infant_under: u32,
    /// Younger than this, and not an infant, is a child.
    pub child_under: u32,
}

/// The age limits of a mode:
///
/// - air (Air Astana's rules): infant under 2; child 2-11 on international flights
///   (under 12) and 2-14 on domestic ones (under 15);
/// - rail (KTZ): a child under 10 pays the child fare; under 5 travels free without a
///   seat of their own, which Sapar books as an infant;
/// - bus: infant under 2 (on a lap), child under 12. Intercity bus companies set their
///   own limits; these are the most common and the carrier's fares decide the price.
pub fn age_limits(mode: Mode, international: bool) -> AgeLimits {
    match mode {
        Mode::Air => AgeLimits {
            infant_under: 2,
            child_under: if international { 12 } else { 15 },
        },
        Mode::Rail => AgeLimits {
            infant_under: 5,
            child_under: 10,
        },
        Mode::Bus => AgeLimits {
            infant_under: 2,
            child_under: 12,
        },
    }
}

/// Age in whole years on a date; `None` when born after it. Someone born on 29 February
/// has the birthday on 28 February in other years (a term counted in years that ends in
/// a month without its day ends on the month's last day).
pub fn age_on(birth_date: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth_date {
        return None;
    }
    let years = on.year() - birth_date.year();
    let birthday = NaiveDate::from_ymd_opt(on.year(), birth_date.month(), birth_date.day())
        .or_else(|| NaiveDate::from_ymd_opt(on.year(), 2, 28))
        .unwrap_or(on);
    let age = if on < birthday { years - 1 } else { years };
    u32::try_from(age).ok()
}

/// The fare category on the travel date for a mode; `international` matters for flights.
/// A birth date after the travel date gives [`Category::Infant`]; validation refuses it.
pub fn category_on(
    birth_date: NaiveDate,
    travel_date: NaiveDate,
    mode: Mode,
    international: bool,
) -> Category {
    let limits = age_limits(mode, international);
    match age_on(birth_date, travel_date) {
        None => Category::Infant,
        Some(age) if age < limits.infant_under => Category::Infant,
        Some(age) if age < limits.child_under => Category::Child,
        Some(_) => Category::Adult,
    }
}

#[cfg(test)]
#[path = "passenger_tests.rs"]
mod tests;
