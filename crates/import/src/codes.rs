//! What a code's text is: a boarding pass (BCBP), a Sapar ticket code, or other text.
//!
//! Every code found in a file is tried as both; the file's imports are the tickets among
//! them. Codes that are no ticket are mentioned in notes beside the tickets, or, when a
//! file holds no ticket at all, make the error say what was found instead.

use crate::bcbp::{parse_bcbp, BcbpError};
use crate::from_bcbp::booking_from_boarding_pass;
use crate::from_token::booking_from_token;
use crate::{Barcode, Draft, Format, ImportContext, ImportError};
use sapar_ticket::{TokenError, TOKEN_PREFIX};

/// What one code turned out to be.
pub(crate) enum Reading {
    /// A ticket, and how it was encoded.
    Ticket(Draft, Format),
    /// A boarding pass code that cannot be read.
    BadBoardingPass(BcbpError),
    /// A readable boarding pass that lacks what a booking needs.
    IncompleteBoardingPass(String),
    /// A Sapar ticket code that cannot be read.
    BadToken(TokenError),
    /// Anything else.
    Other,
}

/// Whether text starts like a boarding pass code: `M` and a digit.
pub(crate) fn looks_like_bcbp(text: &str) -> bool {
    let mut chars = text.trim_start_matches('\u{feff}').chars();
    chars.next() == Some('M') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Reads one code's text.
pub(crate) fn read_code(text: &str, ctx: &ImportContext, label: &str) -> Reading {
    let trimmed = text.trim_start();
    if trimmed.starts_with(TOKEN_PREFIX) {
        return match sapar_ticket::decode(trimmed) {
            Ok(token) => Reading::Ticket(
                booking_from_token(&token, trimmed, label),
                Format::SaparToken,
            ),
            Err(e) => Reading::BadToken(e),
        };
    }
    if looks_like_bcbp(text) {
        return match parse_bcbp(text) {
            Ok(pass) => match booking_from_boarding_pass(&pass, ctx.today, label) {
                Ok(draft) => Reading::Ticket(draft, Format::Bcbp),
                Err(missing) => Reading::IncompleteBoardingPass(missing),
            },
            Err(e) => Reading::BadBoardingPass(e),
        };
    }
    Reading::Other
}

/// A short quotation of a code's text for notes and errors.
pub(crate) fn quote(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut quoted: String = one_line.chars().take(60).collect();
    if one_line.chars().count() > 60 {
        quoted.push('…');
    }
    format!("\"{quoted}\"")
}

/// How a code is described to people: "a QR code", "a line of text".
pub(crate) fn describe(barcode: Option<&Barcode>) -> String {
    match barcode {
        Some(b) => format!("a {} code", b.symbology.name()),
        None => "text".into(),
    }
}

/// The error for a file whose codes hold no ticket: the most telling problem among them.
pub(crate) fn no_ticket_error(
    name: &str,
    readings: Vec<(Reading, Option<Barcode>, String)>,
) -> ImportError {
    let mut others = Vec::new();
    let mut incomplete = None;
    let mut bad_token = None;
    for (reading, barcode, text) in readings {
        match reading {
            Reading::BadBoardingPass(source) => {
                return ImportError::BadBoardingPass {
                    name: name.to_string(),
                    source,
                }
            }
            Reading::IncompleteBoardingPass(missing) => incomplete = incomplete.or(Some(missing)),
            Reading::BadToken(source) => bad_token = bad_token.or(Some(source)),
            Reading::Other => others.push(format!(
                "{} with {}",
                describe(barcode.as_ref()),
                quote(&text)
            )),
            Reading::Ticket(..) => {}
        }
    }
    if let Some(missing) = incomplete {
        return ImportError::IncompleteBoardingPass {
            name: name.to_string(),
            missing,
        };
    }
    if let Some(source) = bad_token {
        return ImportError::BadSaparToken {
            name: name.to_string(),
            source,
        };
    }
    ImportError::NotATicket {
        name: name.to_string(),
        found: if others.is_empty() {
            "nothing readable".into()
        } else {
            format!("only {}", others.join("; "))
        },
    }
}
