//! How big the QR code of a ticket gets, over varied realistic tickets.
//!
//! Run with `--nocapture` to see the distribution of payload sizes and QR versions.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::{almaty, ktz_key, talgo};
use qrcode::{EcLevel, QrCode, Version};
use sapar_domain::Mode;
use sapar_ticket::{decode, fit_passenger_name, sign, TicketClaims, MAX_PAYLOAD_BYTES};
use std::collections::BTreeMap;

/// The QR version a text needs at error correction M (the encoder picks the
/// densest mode: alphanumeric for ticket codes).
fn qr_version(text: &str) -> i16 {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
    match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    }
}

const NAMES: &[&str] = &[
    "ABAI KUNANBAYULY",
    "ZHAKSYBEKOVA AIGERIM NURLANKYZY",
    "MUKHAMEDZHANOVA GULNAR ZHANABERGENKYZY",
    "KOZHAKHMETOV-TOLEGENOV YERZHAN SERIKBAYULY",
    "LI SERGEI",
    "ЖАҚСЫБЕКОВА ӘЙГЕРІМ НҰРЛАНҚЫЗЫ",
    "МҰХАМЕДЖАНОВА ГҮЛНАР ЖАНАБЕРГЕНҚЫЗЫ",
    "ИВАНОВ ИВАН ИВАНОВИЧ",
    "O'CONNOR-SMITH MARY ELIZABETH",
];

const TICKET_NUMBERS: &[&str] = &[
    "4652412345678",
    "27011234567890",
    "KTZ-2026-0012345678",
    "12345678901234567890",
];

/// (mode, carrier, trip, from, to, class, carriage, seat)
type Route = (
    Mode,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

const ROUTES: &[Route] = &[
    (
        Mode::Rail,
        "KTZ",
        "10Ц",
        "NQZ",
        "ALA2",
        "coupe",
        Some("7"),
        Some("17"),
    ),
    (
        Mode::Rail,
        "KTZ",
        "119Х",
        "ALA1",
        "KSN",
        "Бизнес",
        Some("12"),
        Some("3"),
    ),
    (
        Mode::Rail,
        "KTZ",
        "671Т",
        "SHY",
        "TURK",
        "плацкарт",
        Some("14"),
        Some("54"),
    ),
    (
        Mode::Air,
        "KC",
        "KC852",
        "ALA",
        "NQZ",
        "economy",
        None,
        Some("23F"),
    ),
    (
        Mode::Air,
        "FS",
        "FS7341",
        "NQZ",
        "SCO",
        "Выгодный",
        None,
        Some("1A"),
    ),
    (
        Mode::Bus,
        "SPRBUS",
        "ALA-TDK2",
        "ALSAYR",
        "TALDYK",
        "standard",
        None,
        None,
    ),
];

fn varied_tickets() -> Vec<TicketClaims> {
    let mut out = vec![];
    for (i, name) in NAMES.iter().enumerate() {
        for number in TICKET_NUMBERS {
            for route in ROUTES {
                let (mode, carrier, trip, from, to, class, carriage, seat) = *route;
                let mut t = talgo();
                t.passenger_name = fit_passenger_name(name);
                t.ticket_number = (*number).into();
                t.booking_reference = ["K7Q2LM", "ZX81QW", "2026112000451"][i % 3]
                    .chars()
                    .take(10)
                    .collect();
                t.mode = mode;
                t.carrier = carrier.into();
                t.trip_number = trip.into();
                t.from = from.into();
                t.to = to.into();
                t.service_class = class.into();
                t.carriage = carriage.map(Into::into);
                t.seat = seat.map(Into::into);
                t.departure = almaty(2026, 12, 1 + (i as u32 % 28), 6 + i as u32, 15);
                out.push(t);
            }
        }
    }
    out
}

#[test]
fn realistic_tickets_fit_a_version_10_qr_code_at_level_m() {
    let mut sizes = vec![];
    let mut versions: BTreeMap<i16, usize> = BTreeMap::new();
    for claims in varied_tickets() {
        let token = sign(&claims, &ktz_key(), 2).unwrap();
        let payload = decode(&token).unwrap().signed_bytes.len();
        let version = qr_version(&token);
        assert!(
            version <= 10,
            "{} needs version {version}",
            claims.passenger_name
        );
        sizes.push(payload);
        *versions.entry(version).or_default() += 1;
    }
    sizes.sort_unstable();
    let n = sizes.len();
    let mut histogram: BTreeMap<usize, usize> = BTreeMap::new();
    for s in &sizes {
        *histogram.entry(s / 10 * 10).or_default() += 1;
    }
    eprintln!(
        "{n} tickets: payload bytes min {} / median {} / p90 {} / max {}",
        sizes[0],
        sizes[n / 2],
        sizes[n * 9 / 10],
        sizes[n - 1]
    );
    eprintln!("payload bytes by tens: {histogram:?}");
    eprintln!("QR versions at level M: {versions:?}");
    assert!(
        sizes[n / 2] >= 90 && sizes[n / 2] <= 150,
        "median {}",
        sizes[n / 2]
    );
}

#[test]
fn even_the_largest_possible_ticket_fits_version_10_at_level_m() {
    let mut t = talgo();
    t.carrier = "ABCDEF".into();
    t.ticket_number = "12345678901234567890".into();
    t.booking_reference = "ABCDEFGHIJ".into();
    t.passenger_name = "Ә".repeat(32);
    t.trip_number = "ЦЦЦЦЦЦЦЦ".into();
    t.from = "AAAAAA".into();
    t.to = "BBBBBB".into();
    t.service_class = "Ә".repeat(10);
    t.carriage = Some("123".into());
    t.seat = Some("123A".into());
    let token = sign(&t, &ktz_key(), 0xFFFF).unwrap();
    assert_eq!(
        decode(&token).unwrap().signed_bytes.len(),
        MAX_PAYLOAD_BYTES
    );
    let version = qr_version(&token);
    eprintln!(
        "largest ticket: {} characters, QR version {version}",
        token.len()
    );
    assert!(version <= 10);
}
