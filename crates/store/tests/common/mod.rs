//! Bookings for the wallet's tests and benchmarks, built the way carriers sell them.
#![allow(dead_code)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use sapar_domain::{
    Berth, Booking, Category, DocumentType, Mode, Money, Passenger, PlaceRef, PriceBreakdown,
    PurchaseChannel, PurchasePlace, SeatAssignment, Segment, Ticket, TicketStatus, ZonedInstant,
};
use uuid::Uuid;

pub fn place(code: &str, name: &str) -> PlaceRef {
    PlaceRef {
        code: code.into(),
        name: name.into(),
        zone: chrono_tz::Asia::Almaty,
    }
}

pub fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("valid test date")
}

/// A segment departing at `departure` and taking `minutes`.
pub fn segment(
    mode: Mode,
    trip: &str,
    from: PlaceRef,
    to: PlaceRef,
    departure: DateTime<Utc>,
    minutes: i64,
) -> Segment {
    let zone: Tz = from.zone;
    let arrival_zone: Tz = to.zone;
    Segment {
        mode,
        carrier: match mode {
            Mode::Air => "KC".into(),
            Mode::Rail => "KTZ".into(),
            Mode::Bus => "SAPBUS".into(),
        },
        trip_number: trip.into(),
        from,
        to,
        departure: ZonedInstant::new(departure, zone),
        arrival: ZonedInstant::new(departure + Duration::minutes(minutes), arrival_zone),
        service_class: if mode == Mode::Rail {
            "coupe".into()
        } else {
            "economy".into()
        },
        fare: "Flex".into(),
        delay_minutes: 0,
        platform: None,
    }
}

pub fn passenger(surname: &str, given: &str, iin: Option<&str>, document: &str) -> Passenger {
    Passenger {
        surname: surname.into(),
        given_names: given.into(),
        document_type: if iin.is_some() {
            DocumentType::KzIdCard
        } else {
            DocumentType::ForeignPassport
        },
        document_number: document.into(),
        birth_date: NaiveDate::from_ymd_opt(1990, 5, 17),
        iin: iin.map(str::to_string),
        category: Category::Adult,
    }
}

/// A booking with one issued ticket per passenger and segment, numbered from `first_ticket`.
pub fn booking(
    reference: &str,
    carrier: &str,
    segments: Vec<Segment>,
    passengers: Vec<Passenger>,
    first_ticket: u64,
) -> Booking {
    let mut tickets = Vec::new();
    let mut n = first_ticket;
    for s in 0..segments.len() {
        for p in 0..passengers.len() {
            tickets.push(Ticket {
                number: n.to_string(),
                passenger: p,
                segment: s,
                seat: Some(SeatAssignment {
                    carriage: Some(format!("{:02}", s + 1)),
                    seat: format!("{}", p + 1),
                    berth: Some(if p % 2 == 0 {
                        Berth::Lower
                    } else {
                        Berth::Upper
                    }),
                }),
                price: PriceBreakdown::fare(Money::tenge(19_000))
                    .with("sale_fee", Money::tenge(236)),
                status: TicketStatus::Issued,
                token: Some(format!("tok-{n}")),
            });
            n += 1;
        }
    }
    Booking {
        id: Uuid::new_v4(),
        reference: reference.into(),
        carrier: carrier.into(),
        segments,
        passengers,
        tickets,
        purchase: PurchasePlace {
            channel: PurchaseChannel::Sapar,
            label: "Sapar".into(),
        },
        created_at: utc(2026, 11, 1, 9, 30),
        contact_email: Some("aidar@example.kz".into()),
    }
}

/// Astana → Almaty by Talgo for Zhumabayev Aidar (and, when `two`, Zhumabayeva Aigerim).
pub fn talgo(reference: &str, departure: DateTime<Utc>, first_ticket: u64, two: bool) -> Booking {
    let mut passengers = vec![passenger(
        "ZHUMABAYEV",
        "AIDAR",
        Some("900517300123"),
        "N0123456",
    )];
    if two {
        passengers.push(passenger(
            "ZHUMABAYEVA",
            "AIGERIM",
            Some("920304400456"),
            "N0654321",
        ));
    }
    booking(
        reference,
        "KTZ",
        vec![segment(
            Mode::Rail,
            "10Ц",
            place("NQZR", "Nurly Zhol"),
            place("ALA1", "Almaty-1"),
            departure,
            12 * 60 + 40,
        )],
        passengers,
        first_ticket,
    )
}

/// Almaty → Astana by air for Smith John, returning three days later.
pub fn flight(reference: &str, departure: DateTime<Utc>, first_ticket: u64) -> Booking {
    booking(
        reference,
        "KC",
        vec![
            segment(
                Mode::Air,
                "KC852",
                place("ALA", "Almaty"),
                place("NQZ", "Astana"),
                departure,
                100,
            ),
            segment(
                Mode::Air,
                "KC853",
                place("NQZ", "Astana"),
                place("ALA", "Almaty"),
                departure + Duration::days(3),
                105,
            ),
        ],
        vec![passenger("SMITH", "JOHN", None, "GB-987654321")],
        first_ticket,
    )
}

/// A small deterministic random number generator (xorshift64*), so generated wallets are
/// the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Roots of surnames; with the endings below they make a few hundred surnames, about as
/// varied as the names on a busy agency's tickets.
const SURNAME_ROOTS: &[&str] = &[
    "ZHUMABAY",
    "NURLAN",
    "ABEN",
    "SEITKALI",
    "OMAR",
    "TOKAY",
    "BAITURSYN",
    "KASYM",
    "SULEIMEN",
    "DOSMUKHAMED",
    "ISKAK",
    "MUKAN",
    "ZHAKUP",
    "AUEZ",
    "BEK",
    "ORAZBAY",
    "YESSEN",
    "KAIRAT",
    "SMAGUL",
    "TULEGEN",
    "AKHMET",
    "IVAN",
    "PETR",
    "KUANYSH",
    "BERIK",
    "SADYK",
    "ZHANDOS",
    "UTEP",
    "KENZHEBAY",
    "ALIM",
    "NIYAZ",
    "ABDRAKHMAN",
    "AITBAY",
    "AMANZHOL",
    "BAIMUKHAN",
    "BAKYT",
    "DAULET",
    "ERMEK",
    "ESKALI",
    "GALYM",
    "ILYAS",
    "KANAT",
    "KARIM",
    "KOSHKAR",
    "MAKSUT",
    "MARAT",
    "NARIMAN",
    "NURBOL",
    "ORYNBAS",
    "RAKHIM",
    "RUSTEM",
    "SABIT",
    "SAKEN",
    "SERIKBAY",
    "SHAKEN",
    "TALGAT",
    "TEMIR",
    "UMBETALI",
    "YERBOL",
    "ZHANIBEK",
    "ZHAKSYLYK",
    "ZHUNUS",
    "BOLAT",
    "ASKAR",
    "ASYLBEK",
    "AYAN",
    "BAGLAN",
    "BEISEN",
    "DIAS",
    "ELDOS",
    "GABIT",
    "KUAT",
    "MEIRAM",
    "MURAT",
    "NURZHAN",
    "OLZHAS",
    "SANZHAR",
    "TIMUR",
    "ZHASULAN",
    "ALTYNBEK",
    "ARMAN",
    "AZAMAT",
    "BAURZHAN",
    "DANIYAR",
    "YERLAN",
    "KAIRBEK",
    "MAKHAMBET",
    "NURSULTAN",
    "SERZHAN",
    "TOKTAR",
];
const SURNAME_ENDINGS: &[&str] = &["OV", "OVA", "EV", "EVA", "ULY", "KYZY", "IN", "INA"];
const GIVEN: &[&str] = &[
    "AIDAR",
    "AIGERIM",
    "DANIYAR",
    "ASEL",
    "NURSULTAN",
    "DINARA",
    "YERLAN",
    "MADINA",
    "ARMAN",
    "ZARINA",
    "TIMUR",
    "ALIYA",
    "SERIK",
    "KAMILA",
    "ASKAR",
    "GULNARA",
    "ANNA",
    "IVAN",
    "OLGA",
    "JOHN",
    "BAURZHAN",
    "ZHANNA",
    "MARAT",
    "SAULE",
];
const PLACES: &[(&str, &str, Mode)] = &[
    ("ALA", "Almaty", Mode::Air),
    ("NQZ", "Astana", Mode::Air),
    ("CIT", "Shymkent", Mode::Air),
    ("KGF", "Karaganda", Mode::Air),
    ("AKX", "Aktobe", Mode::Air),
    ("GUW", "Atyrau", Mode::Air),
    ("NQZR", "Nurly Zhol", Mode::Rail),
    ("ALA1", "Almaty-1", Mode::Rail),
    ("ALA2", "Almaty-2", Mode::Rail),
    ("SHYM", "Shymkent", Mode::Rail),
    ("KRG", "Karaganda", Mode::Rail),
    ("SAIR", "Sairan bus terminal", Mode::Bus),
    ("TRZB", "Taraz bus terminal", Mode::Bus),
];

/// A wallet's worth of bookings: `bookings` of them with 1-4 passengers and 1-2 segments,
/// departing from a year before `now` to a year after. Ticket numbers are unique.
pub fn generate(bookings: usize, now: DateTime<Utc>, seed: u64) -> Vec<Booking> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(bookings);
    let mut ticket = 7_000_000_000_000u64;
    for i in 0..bookings {
        let (mode, carrier) = match rng.below(3) {
            0 => (Mode::Air, "KC"),
            1 => (Mode::Rail, "KTZ"),
            _ => (Mode::Bus, "SAPBUS"),
        };
        let places: Vec<&(&str, &str, Mode)> = PLACES.iter().filter(|p| p.2 == mode).collect();
        let a = places[rng.below(places.len() as u64) as usize];
        let mut b = places[rng.below(places.len() as u64) as usize];
        if a.0 == b.0 {
            b = places[(places.iter().position(|p| p.0 == a.0).unwrap_or(0) + 1) % places.len()];
        }
        let minutes = match mode {
            Mode::Air => 90 + rng.below(60) as i64,
            Mode::Rail => 600 + rng.below(900) as i64,
            Mode::Bus => 180 + rng.below(360) as i64,
        };
        let departure =
            now - Duration::days(365) + Duration::minutes(rng.below(2 * 365 * 24 * 60) as i64);
        let trip = format!(
            "{}{}",
            if mode == Mode::Air { "KC" } else { "" },
            100 + rng.below(800)
        );
        let mut segments = vec![segment(
            mode,
            &trip,
            place(a.0, a.1),
            place(b.0, b.1),
            departure,
            minutes,
        )];
        if rng.below(3) == 0 {
            let back = departure + Duration::days(1 + rng.below(10) as i64);
            segments.push(segment(
                mode,
                &trip,
                place(b.0, b.1),
                place(a.0, a.1),
                back,
                minutes,
            ));
        }
        let n_pax = 1 + [0, 0, 0, 1, 1, 2, 3][rng.below(7) as usize];
        let passengers = (0..n_pax)
            .map(|_| {
                let root = SURNAME_ROOTS[rng.below(SURNAME_ROOTS.len() as u64) as usize];
                let ending = SURNAME_ENDINGS[rng.below(SURNAME_ENDINGS.len() as u64) as usize];
                let surname = format!("{root}{ending}");
                let given = GIVEN[rng.below(GIVEN.len() as u64) as usize];
                let iin = format!("{:012}", rng.below(1_000_000_000_000));
                let doc = format!("N{:08}", rng.below(100_000_000));
                passenger(&surname, given, Some(&iin), &doc)
            })
            .collect();
        // Unique per booking, six characters like a carrier's PNR.
        let reference = format!("{}{:05X}", char::from(b'A' + rng.below(26) as u8), i);
        let mut b = booking(&reference, carrier, segments, passengers, ticket);
        ticket += b.tickets.len() as u64;
        b.created_at = departure - Duration::days(rng.below(40) as i64 + 1);
        for t in &mut b.tickets {
            if t.segment == 0 && rng.below(20) == 0 {
                t.status = TicketStatus::Refunded;
            }
        }
        out.push(b);
    }
    out
}
