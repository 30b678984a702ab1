//! Offline verification of a scanned ticket code: is it genuine, still in force,
//! and for this trip? The answer is a [`Verdict`] with a stable code and, when the
//! code could be read, the ticket's fields.

use crate::keyring::{CarrierKey, KeyRing};
use crate::payload::TicketClaims;
use crate::revocation::{RevocationList, RevocationReason};
use crate::token::decode;
use crate::TokenError;
use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// The trip a verifier checks tickets for (e.g. at a train's door).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripCheck {
    /// Trip number (`10Ц`, `KC852`); compared ignoring case and surrounding spaces.
    pub trip_number: String,
    /// Departure place code, if the check is for one boarding place.
    pub from: Option<String>,
    /// Scheduled departure (compared to the minute), if the check is for one date.
    pub departure: Option<DateTime<Utc>>,
}

impl TripCheck {
    /// The trip a ticket is for.
    pub fn of_ticket(ticket: &TicketClaims) -> Self {
        Self {
            trip_number: ticket.trip_number.clone(),
            from: Some(ticket.from.clone()),
            departure: Some(ticket.departure),
        }
    }

    /// Whether a ticket is for this trip.
    pub fn matches(&self, ticket: &TicketClaims) -> bool {
        let same_number =
            self.trip_number.trim().to_uppercase() == ticket.trip_number.trim().to_uppercase();
        let same_from = self
            .from
            .as_deref()
            .is_none_or(|from| from.trim().eq_ignore_ascii_case(&ticket.from));
        let same_departure = self
            .departure
            .is_none_or(|d| floor_minute(d) == ticket.departure);
        same_number && same_from && same_departure
    }
}

/// Why a ticket code is judged forged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ForgeryReason {
    /// The signature does not match the content under the carrier's key.
    BadSignature,
    /// The code is well formed but its content cannot be read: no issuer writes that.
    UnreadableContent,
}

/// Why a text is not a ticket code this build can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Malformation {
    /// It does not start with the ticket-code prefix.
    NotTicketCode,
    /// It has characters (or groups of them) that are not base45.
    BadCharacters {
        /// Position of the first bad character (0-based).
        position: usize,
    },
    /// Too short to hold a ticket and its signature.
    TooShort,
    /// A format version this build does not read.
    UnsupportedVersion {
        /// The version found.
        version: u8,
    },
}

/// What is wrong with the key a ticket was signed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum KeyProblem {
    /// The ticket states an issue time before the key came into use.
    NotYetInUse,
    /// The ticket states an issue time after the key was retired.
    Retired,
    /// The carrier withdrew the key; no ticket signed with it is trusted.
    Withdrawn,
}

/// The outcome of verifying a ticket code. `code` in JSON; every variant except
/// `malformed` (and `forged` with unreadable content) carries the ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Verdict {
    /// Genuine, in force, and for the expected trip.
    Valid {
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Altered or not made by the carrier.
    Forged {
        /// Why.
        reason: ForgeryReason,
        /// The ticket as it reads, when it can be read.
        ticket: Option<Box<TicketClaims>>,
    },
    /// No key of the ticket's carrier is known: it cannot be checked here.
    UnknownCarrier {
        /// The ticket (unverified).
        ticket: Box<TicketClaims>,
    },
    /// The carrier is known but not the key that signed: it cannot be checked here.
    UnknownKey {
        /// The key id the ticket names.
        key_id: u16,
        /// The ticket (unverified).
        ticket: Box<TicketClaims>,
    },
    /// Signed with a key that was not in force when the ticket says it was issued.
    KeyNotValidAtIssue {
        /// What is wrong with the key.
        problem: KeyProblem,
        /// The key's id.
        key_id: u16,
        /// When the key came into use, was retired, or was withdrawn (by `problem`).
        key_changed_at: DateTime<Utc>,
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Genuine, but the carrier withdrew it.
    Revoked {
        /// Why.
        reason: RevocationReason,
        /// When.
        at: DateTime<Utc>,
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Genuine, but its validity has not begun.
    NotYetValid {
        /// When it begins.
        from: DateTime<Utc>,
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Genuine, but its validity has ended.
    Expired {
        /// When it ended.
        until: DateTime<Utc>,
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Genuine and in force, but for another trip.
    WrongTrip {
        /// The trip checked for.
        expected: TripCheck,
        /// The ticket's trip.
        actual: TripCheck,
        /// The ticket.
        ticket: Box<TicketClaims>,
    },
    /// Not a ticket code this build can read.
    Malformed {
        /// Why.
        why: Malformation,
    },
}

impl Verdict {
    /// The stable snake_case code (`valid`, `forged`, `unknown_carrier`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Verdict::Valid { .. } => "valid",
            Verdict::Forged { .. } => "forged",
            Verdict::UnknownCarrier { .. } => "unknown_carrier",
            Verdict::UnknownKey { .. } => "unknown_key",
            Verdict::KeyNotValidAtIssue { .. } => "key_not_valid_at_issue",
            Verdict::Revoked { .. } => "revoked",
            Verdict::NotYetValid { .. } => "not_yet_valid",
            Verdict::Expired { .. } => "expired",
            Verdict::WrongTrip { .. } => "wrong_trip",
            Verdict::Malformed { .. } => "malformed",
        }
    }

    /// Whether the ticket may be used (the verdict is [`Verdict::Valid`]).
    pub fn is_valid(&self) -> bool {
        matches!(self, Verdict::Valid { .. })
    }

    /// The ticket's fields, when the code could be read.
    pub fn ticket(&self) -> Option<&TicketClaims> {
        match self {
            Verdict::Valid { ticket }
            | Verdict::UnknownCarrier { ticket }
            | Verdict::UnknownKey { ticket, .. }
            | Verdict::KeyNotValidAtIssue { ticket, .. }
            | Verdict::Revoked { ticket, .. }
            | Verdict::NotYetValid { ticket, .. }
            | Verdict::Expired { ticket, .. }
            | Verdict::WrongTrip { ticket, .. } => Some(ticket),
            Verdict::Forged { ticket, .. } => ticket.as_deref(),
            Verdict::Malformed { .. } => None,
        }
    }
}

fn floor_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(TimeDelta::minutes(1)).unwrap_or(t)
}

/// What is wrong with `key` for a ticket issued at `issued_at`, checked at `now`.
fn key_problem(
    key: &CarrierKey,
    issued_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<(KeyProblem, DateTime<Utc>)> {
    if let Some(revoked) = key.revoked_at {
        if revoked <= now || issued_at >= floor_minute(revoked) {
            return Some((KeyProblem::Withdrawn, revoked));
        }
    }
    if issued_at < floor_minute(key.valid_from) {
        return Some((KeyProblem::NotYetInUse, key.valid_from));
    }
    match key.valid_until {
        Some(until) if issued_at >= floor_minute(until) => Some((KeyProblem::Retired, until)),
        _ => None,
    }
}

fn malformed(error: TokenError) -> Verdict {
    let why = match error {
        TokenError::NotBase45 { position } => Malformation::BadCharacters { position },
        TokenError::TooShort { .. } => Malformation::TooShort,
        TokenError::UnsupportedVersion { version, .. } => {
            Malformation::UnsupportedVersion { version }
        }
        TokenError::BadContent { .. } => {
            return Verdict::Forged {
                reason: ForgeryReason::UnreadableContent,
                ticket: None,
            }
        }
        // The rest are the missing prefix and errors only signing can give.
        _ => Malformation::NotTicketCode,
    };
    Verdict::Malformed { why }
}

/// Verifies a scanned ticket code offline.
///
/// Checks, in order: the code reads ([`Verdict::Malformed`], or
/// [`Verdict::Forged`] when its content is garbled); the carrier and key are known
/// ([`Verdict::UnknownCarrier`], [`Verdict::UnknownKey`]); the signature
/// ([`Verdict::Forged`]); the key was in force at the stated issue time
/// ([`Verdict::KeyNotValidAtIssue`]); the ticket is not withdrawn
/// ([`Verdict::Revoked`]); it is for `expected_trip`, if given
/// ([`Verdict::WrongTrip`]); and `now` lies within its validity, both ends
/// included ([`Verdict::NotYetValid`], [`Verdict::Expired`]).
pub fn verify(
    token_text: &str,
    keys: &KeyRing,
    revocations: &RevocationList,
    now: DateTime<Utc>,
    expected_trip: Option<&TripCheck>,
) -> Verdict {
    let token = match decode(token_text) {
        Ok(token) => token,
        Err(error) => return malformed(error),
    };
    let ticket = Box::new(token.claims.clone());
    if !keys.knows_carrier(token.carrier()) {
        return Verdict::UnknownCarrier { ticket };
    }
    let Some(key) = keys.get(token.carrier(), token.key_id) else {
        return Verdict::UnknownKey {
            key_id: token.key_id,
            ticket,
        };
    };
    if !token.signature_is_by(&key.public_key) {
        return Verdict::Forged {
            reason: ForgeryReason::BadSignature,
            ticket: Some(ticket),
        };
    }
    if let Some((problem, key_changed_at)) = key_problem(key, ticket.issued_at, now) {
        return Verdict::KeyNotValidAtIssue {
            problem,
            key_id: token.key_id,
            key_changed_at,
            ticket,
        };
    }
    if let Some(revocation) = revocations.get(&ticket.carrier, &ticket.ticket_number) {
        return Verdict::Revoked {
            reason: revocation.reason,
            at: revocation.at,
            ticket,
        };
    }
    if let Some(expected) = expected_trip {
        if !expected.matches(&ticket) {
            return Verdict::WrongTrip {
                expected: expected.clone(),
                actual: TripCheck::of_ticket(&ticket),
                ticket,
            };
        }
    }
    if now < ticket.not_before {
        return Verdict::NotYetValid {
            from: ticket.not_before,
            ticket,
        };
    }
    if now > ticket.not_after {
        return Verdict::Expired {
            until: ticket.not_after,
            ticket,
        };
    }
    Verdict::Valid { ticket }
}
