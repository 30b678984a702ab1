//! Passengers: the name and document as on the ticket, the IIN, and the fare category.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// The fare category of a passenger on a trip, from age on the travel date.
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
