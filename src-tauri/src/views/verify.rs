//! A verdict on a ticket code with its explanation in the user's language.

use sapar_core::Verification;
use sapar_ticket::Verdict;
use serde::Serialize;

/// What Sapar concluded about a ticket code, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct CodeVerdict {
    /// The verdict, with the ticket's fields when the code could be read.
    pub verdict: Verdict,
    /// Why, in the language asked for.
    pub explanation: String,
}

impl From<Verification> for CodeVerdict {
    fn from(v: Verification) -> Self {
        Self {
            verdict: v.verdict,
            explanation: v.explanation,
        }
    }
}
