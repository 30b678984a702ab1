//! A sample carrier key and ticket for tests and demos: KTZ's key 1 (made from fixed
//! bytes: it signs demo tickets only) and a Talgo 10 ticket from Astana Nurly Zhol to
//! Almaty-2, coupe, carriage 5 seat 17.

use crate::{CarrierKey, PublicKey, SigningKey, TicketClaims};
use chrono::{DateTime, Duration, Utc};

/// KTZ's demo signing key (id 1), and how a wallet trusts it: in force for a year past.
pub fn ktz_key() -> (SigningKey, CarrierKey) {
    let signing = SigningKey::from_bytes(&[42; 32]);
    let key = CarrierKey {
        carrier: "KTZ".into(),
        key_id: 1,
        public_key: PublicKey::from(&signing),
        valid_from: Utc::now() - Duration::days(365),
        valid_until: None,
        revoked_at: None,
    };
    (signing, key)
}

/// Aigerim Zhumabayeva's Talgo ticket leaving at `departure`, valid from a day ago until
/// 14 hours after departure, issued two hours ago.
pub fn talgo_claims(
    ticket_number: &str,
    reference: &str,
    departure: DateTime<Utc>,
) -> TicketClaims {
    TicketClaims {
        carrier: "KTZ".into(),
        ticket_number: ticket_number.into(),
        booking_reference: reference.into(),
        passenger_name: "ZHUMABAYEVA AIGERIM".into(),
        document_tail: "4521".into(),
        mode: sapar_domain::Mode::Rail,
        trip_number: "10".into(),
        from: "RASTNZ".into(),
        to: "RALM2".into(),
        departure,
        service_class: "coupe".into(),
        carriage: Some("5".into()),
        seat: Some("17".into()),
        not_before: Utc::now() - Duration::days(1),
        not_after: departure + Duration::hours(14),
        issued_at: Utc::now() - Duration::hours(2),
    }
}
