//! Realistic sample bookings, carriers and fare rules for tests, benchmarks and demos:
//! Talgo 10 from Astana Nurly Zhol to Almaty-2 in a coupe, and Air Astana KC 852 from
//! Astana to Almaty. Prices are in tiyn, times are UTC with the stations' zones.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Almaty;
use sapar_domain::{
    Berth, Booking, Carrier, Category, DocumentType, ExchangeRules, FareRules, Mode, Money,
    Passenger, PlaceRef, PriceBreakdown, PurchaseChannel, PurchasePlace, RefundRules, RefundTier,
    SalesOffice, SeatAssignment, Segment, SupportContacts, Ticket, TicketStatus, ZonedInstant,
};
use uuid::Uuid;

const BASE45: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// A stand-in for a carrier-signed ticket token: `bytes` pseudo-random bytes from
/// `seed`, in base45 (the alphabet of QR's alphanumeric mode, spaces included).
pub fn sample_token(seed: u64, bytes: usize) -> String {
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    let data: Vec<u8> = (0..bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let mut out = String::with_capacity(bytes * 3 / 2 + 2);
    for pair in data.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) * 256 + usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => (0, 0),
        };
        for _ in 0..digits {
            out.push(char::from(BASE45[n % 45]));
            n /= 45;
        }
    }
    out
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

fn place(code: &str, name: &str) -> PlaceRef {
    PlaceRef {
        code: code.into(),
        name: name.into(),
        zone: Almaty,
    }
}

/// ZHUMABAYEVA AIGERIM, adult, travelling on her Kazakhstan ID card.
pub fn aigerim() -> Passenger {
    Passenger {
        surname: "ZHUMABAYEVA".into(),
        given_names: "AIGERIM".into(),
        document_type: DocumentType::KzIdCard,
        document_number: "045612378".into(),
        birth_date: NaiveDate::from_ymd_opt(1994, 3, 12),
        iin: Some("940312450123".into()),
        category: Category::Adult,
    }
}

/// ZHUMABAYEV ALIKHAN, her son, a child travelling on his birth certificate.
pub fn alikhan() -> Passenger {
    Passenger {
        surname: "ZHUMABAYEV".into(),
        given_names: "ALIKHAN".into(),
        document_type: DocumentType::BirthCertificate,
        document_number: "I-АЛ 0457812".into(),
        birth_date: NaiveDate::from_ymd_opt(2018, 7, 4),
        iin: Some("180704503218".into()),
        category: Category::Child,
    }
}

/// Talgo 10, Astana Nurly Zhol 21:40 (+05:00) on 1 December 2026 → Almaty-2 10:15 the
/// next morning, coupe, carriage 05: Aigerim on berth 17 (lower), Alikhan on 18 (upper).
pub fn talgo_booking() -> Booking {
    let segment = Segment {
        mode: Mode::Rail,
        carrier: "KTZ".into(),
        trip_number: "10Ц".into(),
        from: place("RASTNZ", "Astana Nurly Zhol"),
        to: place("RALM2", "Almaty-2"),
        departure: ZonedInstant::new(utc(2026, 12, 1, 16, 40), Almaty),
        arrival: ZonedInstant::new(utc(2026, 12, 2, 5, 15), Almaty),
        service_class: "coupe".into(),
        fare: "ktz-long-distance".into(),
        delay_minutes: 0,
        platform: Some("3".into()),
    };
    let price = |fare_tiyn: i64| {
        PriceBreakdown::fare(Money::tiyn(fare_tiyn))
            .with("reserved_seat", Money::tiyn(700_000))
            .with("sale_fee", Money::tiyn(23_600))
    };
    let ticket = |number: &str, passenger: usize, seat: &str, berth: Berth, fare: i64| Ticket {
        number: number.into(),
        passenger,
        segment: 0,
        seat: Some(SeatAssignment {
            carriage: Some("05".into()),
            seat: seat.into(),
            berth: Some(berth),
        }),
        price: price(fare),
        status: TicketStatus::Issued,
        token: Some(sample_token(
            number.len() as u64 * 7919 + passenger as u64,
            130,
        )),
    };
    Booking {
        id: Uuid::from_u128(0x0193_5a2e_7c41_7d3a_9b8e_51f2_c0de_0010),
        reference: "52918374".into(),
        carrier: "KTZ".into(),
        segments: vec![segment],
        passengers: vec![aigerim(), alikhan()],
        tickets: vec![
            ticket("72014986531", 0, "17", Berth::Lower, 1_200_000),
            ticket("72014986532", 1, "18", Berth::Upper, 600_000),
        ],
        purchase: PurchasePlace {
            channel: PurchaseChannel::Sapar,
            label: "Sapar".into(),
        },
        created_at: utc(2026, 11, 20, 9, 12),
        contact_email: Some("aigerim.zhumabayeva@example.kz".into()),
    }
}

/// Air Astana KC 852, Astana 07:30 (+05:00) on 5 December 2026 → Almaty 09:10, seat 12A,
/// bought at a travel agency in Almaty (with the office issuing fee).
pub fn flight_booking() -> Booking {
    let segment = Segment {
        mode: Mode::Air,
        carrier: "KC".into(),
        trip_number: "KC852".into(),
        from: place("NQZ", "Astana Nursultan Nazarbayev International Airport"),
        to: place("ALA", "Almaty International Airport"),
        departure: ZonedInstant::new(utc(2026, 12, 5, 2, 30), Almaty),
        arrival: ZonedInstant::new(utc(2026, 12, 5, 4, 10), Almaty),
        service_class: "economy".into(),
        fare: "Economy Classic".into(),
        delay_minutes: 0,
        platform: None,
    };
    Booking {
        id: Uuid::from_u128(0x0193_5a2e_7c41_7d3a_9b8e_51f2_c0de_0020),
        reference: "QK7ZD4".into(),
        carrier: "KC".into(),
        segments: vec![segment],
        passengers: vec![aigerim()],
        tickets: vec![Ticket {
            number: "4652401234567".into(),
            passenger: 0,
            segment: 0,
            seat: Some(SeatAssignment {
                carriage: None,
                seat: "12A".into(),
                berth: None,
            }),
            price: PriceBreakdown::fare(Money::tiyn(2_450_000))
                .with("airport_tax", Money::tiyn(150_000))
                .with("service_fee", Money::tiyn(85_000)),
            status: TicketStatus::Issued,
            token: Some(sample_token(852, 140)),
        }],
        purchase: PurchasePlace {
            channel: PurchaseChannel::SalesOffice,
            label: "Саяһат агенттігі, Абай даңғылы 52, Алматы".into(),
        },
        created_at: utc(2026, 11, 28, 6, 5),
        contact_email: None,
    }
}

/// Kazakhstan Temir Zholy, the national railway.
pub fn ktz() -> Carrier {
    Carrier {
        code: "KTZ".into(),
        name_kk: "Қазақстан темір жолы".into(),
        name_ru: "Казахстанские железные дороги".into(),
        name_en: "Kazakhstan Temir Zholy".into(),
        modes: vec![Mode::Rail],
        support: SupportContacts {
            phones: vec!["1433".into()],
            email: None,
            web: Some("bilet.railways.kz".into()),
            hours: Some("24/7".into()),
        },
        offices: vec![
            SalesOffice {
                city: "Astana".into(),
                address: "Nurly Zhol station, ticket hall".into(),
                hours: "24/7".into(),
                lat_e6: 51_109_700,
                lon_e6: 71_531_800,
            },
            SalesOffice {
                city: "Almaty".into(),
                address: "Almaty-2 station, ticket hall".into(),
                hours: "24/7".into(),
                lat_e6: 43_271_500,
                lon_e6: 76_937_000,
            },
        ],
    }
}

/// Air Astana.
pub fn air_astana() -> Carrier {
    Carrier {
        code: "KC".into(),
        name_kk: "Эйр Астана".into(),
        name_ru: "Эйр Астана".into(),
        name_en: "Air Astana".into(),
        modes: vec![Mode::Air],
        support: SupportContacts {
            phones: vec!["+7 727 244 44 77".into()],
            email: None,
            web: Some("airastana.com".into()),
            hours: Some("24/7".into()),
        },
        offices: vec![SalesOffice {
            city: "Astana".into(),
            address: "Nursultan Nazarbayev International Airport, departures hall".into(),
            hours: "05:00–23:00".into(),
            lat_e6: 51_022_200,
            lon_e6: 71_466_900,
        }],
    }
}

/// A plausible economy fare: 90 % back a day ahead, 50 % until departure, a 2 000 ₸
/// refund fee; online refunds and exchanges (10 000 ₸) close 3 h before departure.
pub fn air_astana_rules() -> FareRules {
    FareRules {
        fare: "kc-economy-classic".into(),
        refund: Some(RefundRules {
            tiers: vec![
                RefundTier {
                    from_minutes_before: 24 * 60,
                    fare_percent: 90,
                    reserved_seat_percent: 0,
                    withheld_cap_percent: None,
                },
                RefundTier {
                    from_minutes_before: 0,
                    fare_percent: 50,
                    reserved_seat_percent: 0,
                    withheld_cap_percent: None,
                },
            ],
            fee: Money::tenge(2_000),
            online_closes_minutes_before: 180,
        }),
        exchange: ExchangeRules {
            allowed: true,
            fee: Money::tenge(10_000),
            closes_minutes_before: 180,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixtures_hang_together() {
        for b in [talgo_booking(), flight_booking()] {
            b.check().unwrap();
        }
        let talgo = talgo_booking();
        assert_eq!(talgo.segments[0].duration_minutes(), 12 * 60 + 35);
        assert_eq!(
            talgo.segments[0].departure.display_local(),
            "2026-12-01 21:40 (+05:00)"
        );
        assert_eq!(talgo.tickets[0].price.total(), Money::tenge(19_236));
    }

    #[test]
    fn sample_tokens_are_base45_and_differ_by_seed() {
        let a = sample_token(1, 130);
        assert_eq!(a.len(), 65 * 3);
        assert!(a.bytes().all(|c| BASE45.contains(&c)));
        assert_ne!(a, sample_token(2, 130));
        assert_eq!(sample_token(3, 3).len(), 5);
    }
}
