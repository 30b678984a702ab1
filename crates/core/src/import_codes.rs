//! What Sapar adds to a ticket found in a file before it goes to the wallet: the verdict
//! on a Sapar ticket code, checked offline with the wallet's carrier keys and revocation
//! list, and the original barcode, kept to be shown at the gate.

use chrono::{DateTime, Utc};
use sapar_domain::{Barcode, BarcodeFormat, Booking, TicketBarcode, TicketStatus};
use sapar_import::{Format, Imported, Symbology};
use sapar_ticket::{KeyRing, RevocationList, RevocationReason, Verdict, TOKEN_PREFIX};
use serde::Serialize;

/// A Sapar ticket code found in an imported file, and what verifying it concluded.
#[derive(Debug, Clone, Serialize)]
pub struct TokenCheck {
    /// The carrier that issued the ticket.
    pub carrier: String,
    /// The ticket's number.
    pub ticket_number: String,
    /// Whether the ticket went to the wallet. A code judged `forged`, or signed with a
    /// key that was not in force (`key_not_valid_at_issue`), does not.
    pub imported: bool,
    /// The verdict (its stable name is `verdict.code`), with the ticket's fields.
    pub verdict: Verdict,
}

/// Whether a ticket whose code has this verdict may go to the wallet: every verdict
/// but those saying the carrier did not issue it. A code that cannot be checked here
/// (unknown carrier or key) goes in, its verdict saying so; so do genuine tickets that
/// are withdrawn, expired or not valid yet.
pub(crate) fn admits(verdict: &Verdict) -> bool {
    match verdict {
        Verdict::Valid { .. }
        | Verdict::UnknownCarrier { .. }
        | Verdict::UnknownKey { .. }
        | Verdict::Revoked { .. }
        | Verdict::NotYetValid { .. }
        | Verdict::Expired { .. }
        | Verdict::WrongTrip { .. } => true,
        Verdict::Forged { .. } | Verdict::KeyNotValidAtIssue { .. } | Verdict::Malformed { .. } => {
            false
        }
    }
}

/// Whether any ticket of a booking holds a Sapar ticket code.
pub(crate) fn has_token(booking: &Booking) -> bool {
    booking
        .tickets
        .iter()
        .any(|t| t.token.as_deref().is_some_and(is_token))
}

fn is_token(text: &str) -> bool {
    text.trim_start().starts_with(TOKEN_PREFIX)
}

/// Verifies the Sapar ticket codes of a booking's tickets at `now`. A ticket its
/// carrier withdrew takes the status the withdrawal means (refunded, exchanged,
/// cancelled), so the wallet does not show it as good for travel.
pub(crate) fn check_tokens(
    booking: &mut Booking,
    keys: &KeyRing,
    revoked: &RevocationList,
    now: DateTime<Utc>,
) -> Vec<TokenCheck> {
    let mut checks = Vec::new();
    for ticket in &mut booking.tickets {
        let Some(code) = ticket.token.as_deref().filter(|t| is_token(t)) else {
            continue;
        };
        let verdict = sapar_ticket::verify(code.trim(), keys, revoked, now, None);
        if let Verdict::Revoked { reason, .. } = &verdict {
            let status = match reason {
                RevocationReason::Refunded => TicketStatus::Refunded,
                RevocationReason::Exchanged => TicketStatus::Exchanged,
                RevocationReason::Cancelled | RevocationReason::Other => {
                    TicketStatus::CancelledByCarrier
                }
            };
            // A ticket already past issued keeps its status.
            let _ = ticket.set_status(status);
        }
        let carrier = verdict
            .ticket()
            .map_or_else(|| booking.carrier.clone(), |t| t.carrier.clone());
        checks.push(TokenCheck {
            carrier,
            ticket_number: ticket.number.clone(),
            imported: admits(&verdict),
            verdict,
        });
    }
    checks
}

/// Why a ticket whose code was refused is not imported, for people.
pub(crate) fn refusal(check: &TokenCheck) -> String {
    let what = match &check.verdict {
        Verdict::Forged { .. } => "is forged".to_string(),
        Verdict::KeyNotValidAtIssue { .. } => {
            "is signed with a key that was not in force when the ticket says it was issued"
                .to_string()
        }
        other => format!("did not pass verification ({})", other.code()),
    };
    format!(
        "the Sapar ticket code of ticket {} ({}) {what}: it was not imported",
        check.ticket_number, check.carrier
    )
}

/// The verdict a file is summed up by: its one code's, or the first that is not valid;
/// `None` when it holds no Sapar ticket code.
pub(crate) fn file_verdict(checks: &[TokenCheck]) -> Option<String> {
    checks
        .iter()
        .find(|c| !c.verdict.is_valid())
        .or(checks.first())
        .map(|c| c.verdict.code().to_string())
}

/// The original barcodes of an imported booking's tickets: the code it was read from,
/// for each of its tickets (the legs of one boarding pass share its code). A boarding
/// pass given as text is kept as a PDF417 code, the symbology IATA's boarding pass
/// standard prescribes for printed passes. A Sapar ticket code given as text has none:
/// its code is the ticket's token.
pub(crate) fn original_barcodes(item: &Imported) -> Vec<TicketBarcode> {
    let barcode = match (&item.barcode, &item.code_text) {
        (Some(b), _) => Barcode {
            text: b.text.clone(),
            format: format_of(b.symbology),
        },
        (None, Some(text)) if item.source.format == Format::Bcbp => Barcode {
            text: text.clone(),
            format: BarcodeFormat::Pdf417,
        },
        _ => return Vec::new(),
    };
    if barcode.text.is_empty() {
        return Vec::new();
    }
    item.booking
        .tickets
        .iter()
        .map(|t| TicketBarcode {
            ticket_number: t.number.clone(),
            barcode: barcode.clone(),
        })
        .collect()
}

fn format_of(symbology: Symbology) -> BarcodeFormat {
    match symbology {
        Symbology::Pdf417 => BarcodeFormat::Pdf417,
        Symbology::Aztec => BarcodeFormat::Aztec,
        Symbology::Qr => BarcodeFormat::Qr,
        Symbology::Code128 => BarcodeFormat::Code128,
    }
}
