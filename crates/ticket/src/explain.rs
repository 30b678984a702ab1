//! Verdicts in words, in Kazakh, Russian or English, from `locales/*/verify.ftl`.
//!
//! Times are shown in the local time of the ticket's departure place, with the
//! offset (`2026-12-01 21:40 (+05:00)`), so a reader never has to guess the zone.

use crate::payload::TicketClaims;
use crate::revocation::RevocationReason;
use crate::token::TOKEN_PREFIX;
use crate::verify::{ForgeryReason, KeyProblem, Malformation, TripCheck, Verdict};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sapar_domain::{Lang, Mode, ZonedInstant};
use sapar_i18n::{messages, Arg, Messages};

/// Shows instants in one zone.
struct LocalTime(Tz);

impl LocalTime {
    fn show(&self, t: DateTime<Utc>) -> String {
        ZonedInstant::new(t, self.0).display_local()
    }
}

fn mode_message(mode: Mode) -> &'static str {
    match mode {
        Mode::Air => "mode-air",
        Mode::Rail => "mode-rail",
        Mode::Bus => "mode-bus",
    }
}

fn summary(m: &Messages, ticket: &TicketClaims, local: &LocalTime) -> String {
    let mode = m.get(mode_message(ticket.mode));
    let departure = local.show(ticket.departure);
    m.format(
        "verify-ticket-summary",
        &[
            ("number", Arg::Str(&ticket.ticket_number)),
            ("passenger", Arg::Str(&ticket.passenger_name)),
            ("mode", Arg::Str(&mode)),
            ("trip", Arg::Str(&ticket.trip_number)),
            ("from", Arg::Str(&ticket.from)),
            ("to", Arg::Str(&ticket.to)),
            ("departure", Arg::Str(&departure)),
        ],
    )
}

fn describe_trip(trip: &TripCheck, local: &LocalTime) -> String {
    let mut parts = vec![trip.trip_number.clone()];
    parts.extend(trip.from.clone());
    parts.extend(trip.departure.map(|d| local.show(d)));
    parts.join(" ")
}

impl Verdict {
    /// Why the verdict is what it is, in `lang`: one sentence on the verdict,
    /// then, on a new line, the ticket (number, passenger, trip, departure) when
    /// the code could be read.
    ///
    /// `zone_of` gives the IANA zone of a place code; times are shown in the
    /// departure place's zone, or in UTC (marked `+00:00`) when it is unknown.
    pub fn explain(&self, lang: Lang, zone_of: impl Fn(&str) -> Option<Tz>) -> String {
        let m = messages(lang);
        let ticket = self.ticket();
        let local = LocalTime(ticket.and_then(|t| zone_of(&t.from)).unwrap_or(Tz::UTC));
        let carrier = ticket.map(|t| t.carrier.as_str()).unwrap_or_default();
        let sentence = match self {
            Verdict::Valid { .. } => m.get("verify-valid"),
            Verdict::Forged { reason, .. } => match reason {
                ForgeryReason::BadSignature => {
                    m.format("verify-forged-signature", &[("carrier", Arg::Str(carrier))])
                }
                ForgeryReason::UnreadableContent => m.get("verify-forged-content"),
            },
            Verdict::UnknownCarrier { .. } => {
                m.format("verify-unknown-carrier", &[("carrier", Arg::Str(carrier))])
            }
            Verdict::UnknownKey { key_id, .. } => m.format(
                "verify-unknown-key",
                &[
                    ("carrier", Arg::Str(carrier)),
                    ("key", Arg::Str(&key_id.to_string())),
                ],
            ),
            Verdict::KeyNotValidAtIssue {
                problem,
                key_id,
                key_changed_at,
                ticket,
            } => {
                let id = match problem {
                    KeyProblem::NotYetInUse => "verify-key-not-yet-in-use",
                    KeyProblem::Retired => "verify-key-retired",
                    KeyProblem::Withdrawn => "verify-key-withdrawn",
                };
                m.format(
                    id,
                    &[
                        ("carrier", Arg::Str(carrier)),
                        ("key", Arg::Str(&key_id.to_string())),
                        ("issued", Arg::Str(&local.show(ticket.issued_at))),
                        ("changed", Arg::Str(&local.show(*key_changed_at))),
                    ],
                )
            }
            Verdict::Revoked { reason, at, .. } => {
                let id = match reason {
                    RevocationReason::Refunded => "verify-revoked-refunded",
                    RevocationReason::Exchanged => "verify-revoked-exchanged",
                    RevocationReason::Cancelled => "verify-revoked-cancelled",
                    RevocationReason::Other => "verify-revoked-other",
                };
                m.format(id, &[("at", Arg::Str(&local.show(*at)))])
            }
            Verdict::NotYetValid { from, .. } => m.format(
                "verify-not-yet-valid",
                &[("from", Arg::Str(&local.show(*from)))],
            ),
            Verdict::Expired { until, .. } => m.format(
                "verify-expired",
                &[("until", Arg::Str(&local.show(*until)))],
            ),
            Verdict::WrongTrip {
                expected, actual, ..
            } => {
                let expected_zone = expected
                    .from
                    .as_deref()
                    .and_then(&zone_of)
                    .map(LocalTime)
                    .unwrap_or(LocalTime(local.0));
                m.format(
                    "verify-wrong-trip",
                    &[
                        (
                            "expected",
                            Arg::Str(&describe_trip(expected, &expected_zone)),
                        ),
                        ("actual", Arg::Str(&describe_trip(actual, &local))),
                    ],
                )
            }
            Verdict::Malformed { why } => match why {
                Malformation::NotTicketCode => m.format(
                    "verify-malformed-not-ticket",
                    &[("prefix", Arg::Str(TOKEN_PREFIX))],
                ),
                Malformation::BadCharacters { .. } => m.get("verify-malformed-characters"),
                Malformation::TooShort => m.get("verify-malformed-too-short"),
                Malformation::UnsupportedVersion { version } => m.format(
                    "verify-malformed-version",
                    &[("version", Arg::Str(&version.to_string()))],
                ),
            },
        };
        match ticket {
            Some(ticket) => format!("{sentence}\n{}", summary(m, ticket, &local)),
            None => sentence,
        }
    }
}
