//! Checks a passenger's details before booking, field by field, so the form can show every
//! problem next to its field at once.

use crate::iin::{self, IinError};
use crate::passenger::{age_on, category_on, Category, DocumentType, Passenger};
use crate::Mode;
use chrono::NaiveDate;
use serde::Serialize;

/// Children travel on a birth certificate until they get an identity card at 16.
pub const BIRTH_CERTIFICATE_UNDER: u32 = 16;
/// Oldest age Sapar believes.
const OLDEST_AGE: u32 = 125;
/// Longest document number accepted.
const DOCUMENT_NUMBER_MAX_LEN: usize = 20;

/// The passenger field a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PassengerField {
    /// [`Passenger::surname`].
    Surname,
    /// [`Passenger::given_names`].
    GivenNames,
    /// [`Passenger::document_type`].
    DocumentType,
    /// [`Passenger::document_number`].
    DocumentNumber,
    /// [`Passenger::iin`].
    Iin,
    /// [`Passenger::birth_date`].
    BirthDate,
    /// [`Passenger::category`].
    Category,
}

/// Something wrong with a passenger's details. Serialised with a stable `problem` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PassengerProblem {
    /// No surname.
    #[error("the surname is missing")]
    SurnameMissing,
    /// The surname has characters other than Latin letters, spaces, hyphens, apostrophes.
    #[error("the surname must be written in Latin letters, as in the document")]
    SurnameNotLatin,
    /// The given names have characters other than Latin letters, spaces, hyphens, apostrophes.
    #[error("the given names must be written in Latin letters, as in the document")]
    GivenNamesNotLatin,
    /// No document number.
    #[error("the document number is missing")]
    DocumentNumberMissing,
    /// The document number has characters other than letters, digits, spaces and hyphens,
    /// or is too long.
    #[error("the document number may hold only letters and digits, at most 20")]
    DocumentNumberInvalid,
    /// A Kazakhstan identity card or passport without the IIN it carries.
    #[error("the IIN is required with a Kazakhstan identity card or passport")]
    IinMissing,
    /// The IIN is not valid, or holds another birth date.
    #[error("{error}")]
    IinInvalid {
        /// Why.
        error: IinError,
    },
    /// The birth date is needed (for a child or infant, or a birth certificate) and not known.
    #[error("the birth date is needed for a child, an infant or a birth certificate")]
    BirthDateMissing,
    /// Born after the travel date.
    #[error("the birth date {birth_date} is after the travel date")]
    BirthDateInFuture {
        /// The date given.
        birth_date: NaiveDate,
    },
    /// Older than anyone travels.
    #[error("the birth date {birth_date} is not believable")]
    BirthDateImplausible {
        /// The date given.
        birth_date: NaiveDate,
    },
    /// A birth certificate for someone 16 or older.
    #[error("a birth certificate is for children under 16; this passenger is {age}")]
    BirthCertificateNotForAge {
        /// Age on the travel date.
        age: u32,
    },
    /// The fare category does not fit the age on the travel date (an infant may take a seat
    /// as a child; nothing else).
    #[error("a passenger aged {age} cannot travel as {declared:?} on this trip")]
    CategoryMismatch {
        /// The category asked for.
        declared: Category,
        /// Age on the travel date.
        age: u32,
    },
}

impl PassengerProblem {
    /// The field to show the problem next to.
    pub fn field(&self) -> PassengerField {
        use PassengerProblem as P;
        match self {
            P::SurnameMissing | P::SurnameNotLatin => PassengerField::Surname,
            P::GivenNamesNotLatin => PassengerField::GivenNames,
            P::DocumentNumberMissing | P::DocumentNumberInvalid => PassengerField::DocumentNumber,
            P::IinMissing | P::IinInvalid { .. } => PassengerField::Iin,
            P::BirthDateMissing | P::BirthDateInFuture { .. } | P::BirthDateImplausible { .. } => {
                PassengerField::BirthDate
            }
            P::BirthCertificateNotForAge { .. } => PassengerField::DocumentType,
            P::CategoryMismatch { .. } => PassengerField::Category,
        }
    }
}

/// Checks a passenger for a trip on `travel_date` by `mode`, and gives every problem found.
///
/// The birth date may come from the IIN when the form leaves it empty. For flights the
/// category is accepted if it fits either the domestic or the international age limits
/// (the trip's own limits are applied when the fare is priced, see
/// [`category_on`](crate::passenger::category_on)).
pub fn validate_passenger(
    passenger: &Passenger,
    travel_date: NaiveDate,
    mode: Mode,
) -> Result<(), Vec<PassengerProblem>> {
    let mut problems = Vec::new();
    check_names(passenger, &mut problems);
    check_document_number(&passenger.document_number, &mut problems);

    let carries_iin = matches!(
        passenger.document_type,
        DocumentType::KzIdCard | DocumentType::KzPassport
    );
    let iin = passenger
        .iin
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let mut iin_birth_date = None;
    match iin {
        None if carries_iin => problems.push(PassengerProblem::IinMissing),
        None => {}
        Some(iin) => {
            let checked = match passenger.birth_date {
                Some(date) => iin::check_against_birth_date(iin, date),
                None => iin::validate(iin),
            };
            match checked {
                Ok(info) => iin_birth_date = Some(info.birth_date),
                Err(error) => problems.push(PassengerProblem::IinInvalid { error }),
            }
        }
    }

    let birth_date = passenger.birth_date.or(iin_birth_date);
    let needs_birth_date = passenger.category != Category::Adult
        || passenger.document_type == DocumentType::BirthCertificate;
    match birth_date {
        None if needs_birth_date => problems.push(PassengerProblem::BirthDateMissing),
        None => {}
        Some(birth_date) => check_age(passenger, birth_date, travel_date, mode, &mut problems),
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn check_names(passenger: &Passenger, problems: &mut Vec<PassengerProblem>) {
    let surname = passenger.surname.trim();
    if surname.is_empty() {
        problems.push(PassengerProblem::SurnameMissing);
    } else if !is_latin_name(surname) {
        problems.push(PassengerProblem::SurnameNotLatin);
    }
    let given = passenger.given_names.trim();
    // Some documents carry no given name; an empty one is fine.
    if !given.is_empty() && !is_latin_name(given) {
        problems.push(PassengerProblem::GivenNamesNotLatin);
    }
}

/// Latin letters with spaces, hyphens and apostrophes between them, as printed in
/// the machine-readable part of a document.
fn is_latin_name(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\''))
}

fn check_document_number(number: &str, problems: &mut Vec<PassengerProblem>) {
    let number = number.trim();
    if number.is_empty() {
        problems.push(PassengerProblem::DocumentNumberMissing);
    } else if number.chars().count() > DOCUMENT_NUMBER_MAX_LEN
        || !number.chars().any(char::is_alphanumeric)
        || !number
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-'))
    {
        problems.push(PassengerProblem::DocumentNumberInvalid);
    }
}

fn check_age(
    passenger: &Passenger,
    birth_date: NaiveDate,
    travel_date: NaiveDate,
    mode: Mode,
    problems: &mut Vec<PassengerProblem>,
) {
    let Some(age) = age_on(birth_date, travel_date) else {
        problems.push(PassengerProblem::BirthDateInFuture { birth_date });
        return;
    };
    if age > OLDEST_AGE {
        problems.push(PassengerProblem::BirthDateImplausible { birth_date });
        return;
    }
    if passenger.document_type == DocumentType::BirthCertificate && age >= BIRTH_CERTIFICATE_UNDER {
        problems.push(PassengerProblem::BirthCertificateNotForAge { age });
    }
    // An infant may have a seat of their own at the child fare.
    let fits = |international| {
        let expected = category_on(birth_date, travel_date, mode, international);
        expected == passenger.category
            || (expected == Category::Infant && passenger.category == Category::Child)
    };
    let fits_any = match mode {
        Mode::Air => fits(false) || fits(true),
        Mode::Rail | Mode::Bus => fits(false),
    };
    if !fits_any {
        problems.push(PassengerProblem::CategoryMismatch {
            declared: passenger.category,
            age,
        });
    }
}
