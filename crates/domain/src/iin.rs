//! The Kazakhstan individual identification number (IIN, ЖСН / ИИН).
//!
//! Twelve digits: `YYMMDD` birth date, one digit for century and sex (1/2 born in the
//! 1800s, 3/4 in the 1900s, 5/6 in the 2000s; odd for men, even for women), a four-digit
//! serial, and a check digit. The check digit is Σ d[i]·i over the first eleven digits,
//! modulo 11; when that is 10 the sum is taken again with the weights 3, 4, 5, 6, 7, 8, 9,
//! 10, 11, 1, 2, and when that is 10 too the number is never issued.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Why an IIN is not valid. Serialised with a stable `reason` tag the UI switches on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum IinError {
    /// Not exactly 12 characters.
    #[error("an IIN has 12 digits, this has {found}")]
    Length {
        /// How many characters were given.
        found: usize,
    },
    /// A character that is not a digit.
    #[error("an IIN has only digits; character {position} is not one")]
    NotDigits {
        /// 1-based position of the first character that is not a digit.
        position: usize,
    },
    /// The 7th digit is not 1 to 6.
    #[error("the 7th digit of an IIN is 1 to 6 (century and sex), not {digit}")]
    InvalidCentury {
        /// The digit found.
        digit: u8,
    },
    /// The first six digits are not a real date.
    #[error("the IIN starts with {yymmdd}, which is not a date")]
    InvalidDate {
        /// The first six digits.
        yymmdd: String,
    },
    /// The last digit does not match the others (a typo, most often).
    #[error("the IIN's check digit should be {expected}, not {found}")]
    WrongCheckDigit {
        /// The check digit the first eleven digits call for.
        expected: u8,
        /// The last digit given.
        found: u8,
    },
    /// The first eleven digits give no check digit: no such IIN is ever issued.
    #[error("no IIN is issued with these first eleven digits")]
    NeverIssued,
    /// The IIN is valid but holds another birth date than the one given.
    #[error("the IIN gives birth date {in_iin}, not {given}")]
    BirthDateMismatch {
        /// The birth date inside the IIN.
        in_iin: NaiveDate,
        /// The birth date given with it.
        given: NaiveDate,
    },
}

/// Sex, as the IIN records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Odd 7th digit.
    Male,
    /// Even 7th digit.
    Female,
}

/// What a valid IIN tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct IinInfo {
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Sex.
    pub sex: Sex,
    /// The four serial digits (8th to 11th).
    pub serial: u16,
}

const FIRST_WEIGHTS: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The check digit for the first eleven digits, or `None` when both passes give 10
/// (such a number is never issued).
pub fn check_digit(first_eleven: &[u8; 11]) -> Option<u8> {
    let pass = |weights: &[u32; 11]| {
        let sum: u32 = first_eleven
            .iter()
            .zip(weights)
            .map(|(&d, &w)| u32::from(d) * w)
            .sum();
        sum % 11
    };
    [pass(&FIRST_WEIGHTS), pass(&SECOND_WEIGHTS)]
        .into_iter()
        .find(|&c| c != 10)
        .and_then(|c| u8::try_from(c).ok())
}

/// Checks an IIN and reads the birth date and sex from it. The text must be exactly the
/// twelve digits (no spaces).
pub fn validate(iin: &str) -> Result<IinInfo, IinError> {
    if let Some(position) = iin.chars().position(|c| !c.is_ascii_digit()) {
        return Err(IinError::NotDigits {
            position: position + 1,
        });
    }
    if iin.len() != 12 {
        return Err(IinError::Length { found: iin.len() });
    }
    let mut d = [0u8; 12];
    for (slot, b) in d.iter_mut().zip(iin.bytes()) {
        *slot = b - b'0';
    }
    let century = match d[6] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        digit => return Err(IinError::InvalidCentury { digit }),
    };
    let year = century + i32::from(d[0] * 10 + d[1]);
    let month = u32::from(d[2] * 10 + d[3]);
    let day = u32::from(d[4] * 10 + d[5]);
    let birth_date =
        NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| IinError::InvalidDate {
            yymmdd: iin[..6].to_string(),
        })?;
    let mut first_eleven = [0u8; 11];
    first_eleven.copy_from_slice(&d[..11]);
    let expected = check_digit(&first_eleven).ok_or(IinError::NeverIssued)?;
    if expected != d[11] {
        return Err(IinError::WrongCheckDigit {
            expected,
            found: d[11],
        });
    }
    let sex = if d[6] % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    };
    let serial = d[7..11]
        .iter()
        .fold(0u16, |acc, &x| acc * 10 + u16::from(x));
    Ok(IinInfo {
        birth_date,
        sex,
        serial,
    })
}

/// Checks an IIN and that it holds the given birth date.
pub fn check_against_birth_date(iin: &str, birth_date: NaiveDate) -> Result<IinInfo, IinError> {
    let info = validate(iin)?;
    if info.birth_date != birth_date {
        return Err(IinError::BirthDateMismatch {
            in_iin: info.birth_date,
            given: birth_date,
        });
    }
    Ok(info)
}

/// Builds the IIN of a person from birth date, sex and a serial (taken modulo 10 000).
/// `None` for birth years outside 1800-2099 and for serials that give no check digit.
/// Used for demo data and tests.
pub fn compose(birth_date: NaiveDate, sex: Sex, serial: u16) -> Option<String> {
    let year = birth_date.year();
    let base = match year {
        1800..=1899 => 1,
        1900..=1999 => 3,
        2000..=2099 => 5,
        _ => return None,
    };
    let century_digit = base + u8::from(sex == Sex::Female);
    let yy = u8::try_from(year % 100).ok()?;
    let mm = u8::try_from(birth_date.month()).ok()?;
    let dd = u8::try_from(birth_date.day()).ok()?;
    let serial = serial % 10_000;
    let s = |n: u16| u8::try_from(n).ok();
    let first_eleven = [
        yy / 10,
        yy % 10,
        mm / 10,
        mm % 10,
        dd / 10,
        dd % 10,
        century_digit,
        s(serial / 1000)?,
        s(serial / 100 % 10)?,
        s(serial / 10 % 10)?,
        s(serial % 10)?,
    ];
    let check = check_digit(&first_eleven)?;
    Some(
        first_eleven
            .iter()
            .chain(std::iter::once(&check))
            .map(|&d| char::from(b'0' + d))
            .collect(),
    )
}

#[cfg(test)]
#[path = "iin_tests.rs"]
mod tests;
