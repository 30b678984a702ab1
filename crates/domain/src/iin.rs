//! The Kazakhstan individual identification number (IIN, ЖСН / ИИН).

use serde::{Deserialize, Serialize};

/// Why an IIN is not valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum IinError {
    /// Not exactly 12 digits.
    #[error("an IIN has 12 digits, this has {0}")]
    Length(usize),
    /// A character that is not a digit.
    #[error("an IIN has only digits")]
    NotDigits,
}

/// Checks an IIN (placeholder until the full rules land).
pub fn validate(iin: &str) -> Result<(), IinError> {
    if !iin.chars().all(|c| c.is_ascii_digit()) {
        return Err(IinError::NotDigits);
    }
    if iin.len() != 12 {
        return Err(IinError::Length(iin.len()));
    }
    Ok(())
}
