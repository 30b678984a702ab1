//! Sample tickets, keys and rings shared by the tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use sapar_domain::Mode;
use sapar_ticket::{CarrierKey, KeyRing, PublicKey, SigningKey, TicketClaims};

/// A UTC instant from Almaty local time (UTC+05:00 since 2024-03-01).
pub fn almaty(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    chrono_tz::Asia::Almaty
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("a plain local time")
        .with_timezone(&Utc)
}

/// Zones of the sample places.
pub fn zone_of(code: &str) -> Option<Tz> {
    match code {
        "NQZ" | "ALA" | "KGF" | "ALA2" | "SHY" => Some(chrono_tz::Asia::Almaty),
        "SCO" => Some(chrono_tz::Asia::Aqtau),
        _ => None,
    }
}

/// Talgo 10Ц, Astana Nurly Zhol → Almaty-2, departing 2026-12-01 21:40 local.
pub fn talgo() -> TicketClaims {
    TicketClaims {
        carrier: "KTZ".into(),
        ticket_number: "27011234567890".into(),
        booking_reference: "K7Q2LM".into(),
        passenger_name: "ZHAKSYBEKOV ARMAN".into(),
        document_tail: "4821".into(),
        mode: Mode::Rail,
        trip_number: "10Ц".into(),
        from: "NQZ".into(),
        to: "ALA2".into(),
        departure: almaty(2026, 12, 1, 21, 40),
        service_class: "coupe".into(),
        carriage: Some("7".into()),
        seat: Some("17".into()),
        not_before: almaty(2026, 12, 1, 20, 0),
        not_after: almaty(2026, 12, 2, 12, 0),
        issued_at: almaty(2026, 11, 20, 14, 5),
    }
}

pub fn ktz_key() -> SigningKey {
    SigningKey::from_bytes(&[0x4B; 32])
}

pub fn ktz_old_key() -> SigningKey {
    SigningKey::from_bytes(&[0x21; 32])
}

/// KTZ's keys: key 1 retired on 2026-06-01, key 2 in use since then.
pub fn ring() -> KeyRing {
    [
        CarrierKey {
            carrier: "KTZ".into(),
            key_id: 1,
            public_key: PublicKey::from(&ktz_old_key()),
            valid_from: almaty(2025, 1, 1, 0, 0),
            valid_until: Some(almaty(2026, 6, 1, 0, 0)),
            revoked_at: None,
        },
        CarrierKey {
            carrier: "KTZ".into(),
            key_id: 2,
            public_key: PublicKey::from(&ktz_key()),
            valid_from: almaty(2026, 6, 1, 0, 0),
            valid_until: None,
            revoked_at: None,
        },
    ]
    .into_iter()
    .collect()
}
