//! Between the carrier protocol and Sapar: carriers' failures as [`CoreError`]s with
//! stable codes, carriers' bookings as wallet bookings, their keys and revocations as
//! the trust store's.

use crate::CoreError;
use base64::Engine;
use sapar_carrier::{
    BookingView, ClientError, FieldError, ProblemCode, RevocationReason as WireReason,
    SigningKeyInfo,
};
use sapar_domain::{Booking, PurchaseChannel, PurchasePlace};
use sapar_store::SegmentTrip;
use sapar_ticket::{CarrierKey, PublicKey, Revocation, RevocationReason};
use uuid::Uuid;

/// A carrier client's failure, for `carrier`.
pub(crate) fn carrier_error(carrier: &str, e: ClientError) -> CoreError {
    let carrier = carrier.to_string();
    match e {
        ClientError::Problem { code, problem, .. } => {
            if code == ProblemCode::InvalidPassenger && !problem.errors.is_empty() {
                return CoreError::InvalidPassengers(problem.errors);
            }
            let message = problem
                .detail
                .clone()
                .unwrap_or_else(|| problem.title.clone());
            CoreError::Carrier {
                carrier,
                code: code.as_str(),
                message,
            }
        }
        ClientError::Timeout => CoreError::Offline {
            carrier,
            code: "timeout",
            message: "the carrier did not answer in time".into(),
        },
        ClientError::Connect(m) | ClientError::Transport(m) => CoreError::Offline {
            carrier,
            code: "offline",
            message: m,
        },
        other => CoreError::Carrier {
            carrier,
            code: other.code(),
            message: other.to_string(),
        },
    }
}

/// Whether the error means "the carrier could not be asked": the request may be sent
/// again later.
pub(crate) fn is_unreachable(e: &CoreError) -> bool {
    match e {
        CoreError::Offline { .. } => true,
        CoreError::Carrier { code, .. } => matches!(*code, "unavailable" | "internal"),
        _ => false,
    }
}

/// Every field problem on one line each, for the error's message.
pub(crate) fn describe_fields(fields: &[FieldError]) -> String {
    let mut text = String::from("some passenger details cannot be booked");
    for f in fields {
        text.push_str(&format!("\n  {}: {}", f.field, f.message));
    }
    text
}

/// How the purchase place of a booking bought in Sapar reads.
pub(crate) fn purchase_label(demo: bool) -> String {
    if demo {
        "Sapar (demo carrier, not a real ticket)".into()
    } else {
        "Sapar".into()
    }
}

/// A carrier's booking as the wallet keeps it, with its trips' ids.
pub(crate) fn booking_from_view(
    view: &BookingView,
    id: Uuid,
    purchase: PurchasePlace,
    feed_carrier: &str,
) -> Result<(Booking, Vec<SegmentTrip>), CoreError> {
    let booking = view
        .to_booking(id, purchase)
        .ok_or_else(|| CoreError::Carrier {
            carrier: view.carrier.clone(),
            code: "decode",
            message: format!(
                "booking {} names a time zone Sapar does not know",
                view.reference
            ),
        })?;
    let trips = view
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| SegmentTrip {
            position: u32::try_from(i).unwrap_or(u32::MAX),
            carrier: feed_carrier.to_string(),
            trip_id: s.trip.id.clone(),
        })
        .collect();
    Ok((booking, trips))
}

/// The purchase place of a booking the carrier sent for a booking already in the
/// wallet (kept), or for one bought in Sapar.
pub(crate) fn purchase_of(existing: Option<&Booking>, demo: bool) -> PurchasePlace {
    existing.map_or_else(
        || PurchasePlace {
            channel: PurchaseChannel::Sapar,
            label: purchase_label(demo),
        },
        |b| b.purchase.clone(),
    )
}

/// A signing key of a carrier's profile as the trust store keeps it; `None` when the
/// key is not a valid Ed25519 key.
pub(crate) fn carrier_key(carrier: &str, info: &SigningKeyInfo) -> Option<CarrierKey> {
    if !info.algorithm.eq_ignore_ascii_case("ed25519") {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(info.public_key.trim())
        .ok()?;
    let bytes: [u8; 32] = bytes.try_into().ok()?;
    Some(CarrierKey {
        carrier: carrier.to_string(),
        key_id: info.key_id,
        public_key: PublicKey::from_bytes(&bytes).ok()?,
        valid_from: info.valid_from,
        valid_until: info.valid_until,
        revoked_at: None,
    })
}

/// A revocation of the carrier's list as the trust store keeps it.
pub(crate) fn revocation(reason: WireReason, at: chrono::DateTime<chrono::Utc>) -> Revocation {
    let reason = match reason {
        WireReason::Refunded => RevocationReason::Refunded,
        WireReason::Exchanged => RevocationReason::Exchanged,
        WireReason::TripCancelled => RevocationReason::Cancelled,
        WireReason::Revoked => RevocationReason::Other,
    };
    Revocation { reason, at }
}

/// The ticket status a revocation means for the wallet's copy of the ticket.
pub(crate) fn status_of(reason: WireReason) -> sapar_domain::TicketStatus {
    use sapar_domain::TicketStatus;
    match reason {
        WireReason::Refunded => TicketStatus::Refunded,
        WireReason::Exchanged => TicketStatus::Exchanged,
        WireReason::TripCancelled | WireReason::Revoked => TicketStatus::CancelledByCarrier,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sapar_carrier::Problem;

    #[test]
    fn carrier_failures_keep_the_protocol_codes() {
        let e = ClientError::Problem {
            code: ProblemCode::SeatTaken,
            status: 409,
            problem: Box::new(Problem::new(ProblemCode::SeatTaken, "seat 17 is sold")),
        };
        let core = carrier_error("KTZ", e);
        assert_eq!(core.code(), "seat_taken");
        assert!(core.to_string().contains("seat 17 is sold"));
        assert!(!is_unreachable(&core));
        let offline = carrier_error("KTZ", ClientError::Connect("refused".into()));
        assert_eq!(offline.code(), "offline");
        assert!(is_unreachable(&offline));
        assert_eq!(carrier_error("KC", ClientError::Timeout).code(), "timeout");
    }

    #[test]
    fn passenger_problems_come_field_by_field() {
        let e = ClientError::Problem {
            code: ProblemCode::InvalidPassenger,
            status: 422,
            problem: Box::new(
                Problem::new(ProblemCode::InvalidPassenger, "bad").with_errors(vec![
                    FieldError::new("passengers/0/iin", "invalid_iin", "the IIN is wrong"),
                ]),
            ),
        };
        match carrier_error("KTZ", e) {
            CoreError::InvalidPassengers(fields) => {
                assert_eq!(fields[0].field, "passengers/0/iin")
            }
            other => panic!("{other:?}"),
        }
    }
}
