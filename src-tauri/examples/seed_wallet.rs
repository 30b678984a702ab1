//! Fills a data folder with a wallet of realistic, carrier-signed tickets: for
//! end-to-end tests, screenshots and performance runs.
//!
//! ```text
//! cargo run -p sapar-app --example seed_wallet -- DATA_DIR [TICKETS]
//! ```
//!
//! It writes a wallet export file (`DATA_DIR/seed-export.json`, the format of
//! `sapar wallet export`) and imports it with the same use case as `sapar wallet
//! import`, then trusts the demo signing keys it signed with, so the tickets' codes
//! verify offline. The first booking is always the same family on the Talgo from
//! Astana to Almaty two weeks ahead; the rest are generated from a fixed seed (trains,
//! flights and buses between the places of Sapar's dataset, past and upcoming, one or
//! two passengers each) until the wallet holds exactly TICKETS tickets (default 50). A
//! JSON summary on standard output names a few tickets for tests to look for.
//!
//! The signing keys are made from fixed bytes: they sign demo tickets only.

use chrono::{DateTime, Duration, DurationRound, TimeZone, Utc};
use sapar_core::Sapar;
use sapar_domain::place::places;
use sapar_domain::{
    Berth, Booking, Category, DocumentType, Mode, Money, Passenger, Place, PlaceKind,
    PriceBreakdown, PurchaseChannel, PurchasePlace, SeatAssignment, Segment, Ticket, TicketStatus,
    ZonedInstant,
};
use sapar_ticket::{
    document_tail, fit_passenger_name, sign, CarrierKey, PublicKey, SigningKey, TicketClaims,
};
use std::path::PathBuf;
use uuid::Uuid;

/// The carriers whose tickets the wallet holds, by mode.
const CARRIERS: [(&str, Mode); 4] = [
    ("KTZ", Mode::Rail),
    ("KC", Mode::Air),
    ("FS", Mode::Air),
    ("DALA", Mode::Bus),
];

const SURNAMES: [&str; 12] = [
    "ZHUMABAYEV",
    "NURLANOV",
    "SEITKALI",
    "AKHMETOV",
    "ISKAKOV",
    "ABENOV",
    "KAIRATULY",
    "SMAGULOV",
    "TOKTAROV",
    "BEKOV",
    "ORAZBAYEV",
    "SULEIMENOV",
];
const GIVEN: [&str; 12] = [
    "NURLAN", "AIGERIM", "DANIYAR", "ASEL", "YERLAN", "GULNAR", "ARMAN", "DINARA", "ASKAR",
    "ZHANAR", "TIMUR", "MADINA",
];

/// A small deterministic generator (xorshift64*), so every run seeds the same wallet.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// The demo signing key of a carrier (fixed bytes, demo tickets only).
fn demo_key(carrier: &str) -> SigningKey {
    let mut bytes = [0x5a_u8; 32];
    for (b, c) in bytes.iter_mut().zip(carrier.bytes().cycle()) {
        *b ^= c;
    }
    SigningKey::from_bytes(&bytes)
}

fn passenger(surname: &str, given: &str, n: usize, category: Category) -> Passenger {
    let female = matches!(
        given,
        "AIGERIM" | "ASEL" | "GULNAR" | "DINARA" | "ZHANAR" | "MADINA"
    );
    let surname = if female && !surname.ends_with('I') && !surname.ends_with("ULY") {
        format!("{surname}A")
    } else {
        surname.to_string()
    };
    Passenger {
        surname,
        given_names: given.into(),
        document_type: if category == Category::Child {
            DocumentType::BirthCertificate
        } else {
            DocumentType::KzIdCard
        },
        document_number: format!("0{:08}", 45_612_378 + n * 7919 % 50_000_000),
        birth_date: None,
        iin: None,
        category,
    }
}

/// One booking: `passengers` on one trip of `mode` from `from` to `to`.
#[allow(clippy::too_many_arguments)]
fn booking(
    index: usize,
    carrier: &str,
    mode: Mode,
    from: &Place,
    to: &Place,
    departure: DateTime<Utc>,
    passengers: Vec<Passenger>,
    status: TicketStatus,
    dice: &mut Dice,
) -> Result<Booking, String> {
    let (minutes, class, fare_tenge, trip_number) = match mode {
        Mode::Rail => (
            600 + dice.below(600) as i64,
            dice.pick(&["coupe", "platzkart", "sv"]),
            8_000 + dice.below(20_000) as i64,
            format!("{}Ц", 1 + dice.below(150)),
        ),
        Mode::Air => (
            80 + dice.below(100) as i64,
            dice.pick(&["economy", "economy", "business"]),
            18_000 + dice.below(60_000) as i64,
            format!("{carrier}{}", 100 + dice.below(8_000)),
        ),
        Mode::Bus => (
            180 + dice.below(600) as i64,
            "seated",
            3_000 + dice.below(9_000) as i64,
            format!("{}", 100 + dice.below(900)),
        ),
    };
    let arrival = departure + Duration::minutes(minutes);
    let segment = Segment {
        mode,
        carrier: carrier.into(),
        trip_number,
        from: from.to_ref(),
        to: to.to_ref(),
        departure: ZonedInstant::new(departure, from.zone),
        arrival: ZonedInstant::new(arrival, to.zone),
        service_class: class.into(),
        fare: if mode == Mode::Rail {
            "ktz-long-distance".into()
        } else {
            "standard".into()
        },
        delay_minutes: 0,
        platform: None,
    };
    let reference = format!("S{index:07}");
    // Bought 10 to 40 days ahead, and never later than yesterday.
    let bought = (departure - Duration::days(10 + dice.below(30) as i64))
        .min(Utc::now() - Duration::days(1));
    let issued = bought
        .duration_trunc(Duration::minutes(1))
        .map_err(|e| e.to_string())?;
    let key = demo_key(carrier);
    let carriage = 1 + dice.below(18);
    let first_seat = 1 + dice.below(30);
    let at_office = index.is_multiple_of(3);
    let mut tickets = Vec::new();
    for (p, person) in passengers.iter().enumerate() {
        let number = format!("{}{:09}{p}", 7 + index % 2, index);
        let seat = match mode {
            Mode::Rail => Some(SeatAssignment {
                carriage: Some(format!("{carriage:02}")),
                seat: (first_seat + p).to_string(),
                berth: Some(if (first_seat + p) % 2 == 1 {
                    Berth::Lower
                } else {
                    Berth::Upper
                }),
            }),
            Mode::Air => Some(SeatAssignment {
                carriage: None,
                seat: format!("{}{}", 4 + dice.below(25), ["A", "B", "C", "D"][p % 4]),
                berth: None,
            }),
            Mode::Bus => None,
        };
        let mut price = PriceBreakdown::fare(Money::tenge(fare_tenge));
        match mode {
            Mode::Rail => {
                price = price
                    .with("reserved_seat", Money::tenge(fare_tenge / 3))
                    .with("sale_fee", Money::tenge(236));
            }
            Mode::Air => price = price.with("airport_tax", Money::tenge(1_500)),
            Mode::Bus => {}
        }
        let claims = TicketClaims {
            carrier: carrier.into(),
            ticket_number: number.clone(),
            booking_reference: reference.clone(),
            passenger_name: fit_passenger_name(&person.full_name()),
            document_tail: document_tail(&person.document_number),
            mode,
            trip_number: segment.trip_number.clone(),
            from: from.code.clone(),
            to: to.code.clone(),
            departure,
            service_class: class.chars().take(10).collect(),
            carriage: seat.as_ref().and_then(|s| s.carriage.clone()),
            seat: seat.as_ref().map(|s| s.seat.clone()),
            not_before: issued,
            not_after: arrival + Duration::hours(12),
            issued_at: issued,
        };
        let token = sign(&claims, &key, 1).map_err(|e| format!("ticket {number}: {e}"))?;
        tickets.push(Ticket {
            number,
            passenger: p,
            segment: 0,
            seat,
            price,
            status,
            token: Some(token),
        });
    }
    Ok(Booking {
        id: Uuid::from_u128(0x5a9a_0000_0000_4000_8000_0000_0000_0000 | index as u128),
        reference,
        carrier: carrier.into(),
        segments: vec![segment],
        passengers,
        tickets,
        purchase: PurchasePlace {
            channel: if at_office {
                PurchaseChannel::SalesOffice
            } else {
                PurchaseChannel::Sapar
            },
            label: if at_office {
                format!("{} ticket office", from.name_en)
            } else {
                "Sapar".into()
            },
        },
        created_at: issued,
        contact_email: Some("family@example.kz".into()),
    })
}

fn places_of(kind: PlaceKind) -> Vec<&'static Place> {
    places().iter().filter(|p| p.kind == kind).collect()
}

/// The wallet: the family's Talgo first, then generated bookings until it holds
/// `tickets` tickets.
fn bookings(tickets: usize, now: DateTime<Utc>) -> Result<Vec<Booking>, String> {
    let find = |code: &str| {
        places()
            .iter()
            .find(|p| p.code == code)
            .ok_or_else(|| format!("place {code} is not in the dataset"))
    };
    let mut dice = Dice(0x5a9a_2026);
    let family = vec![
        passenger("ZHUMABAYEV", "AIGERIM", 0, Category::Adult),
        passenger("ZHUMABAYEV", "ALIKHAN", 1, Category::Child),
    ];
    let start = (now + Duration::days(14))
        .duration_trunc(Duration::days(1))
        .map_err(|e| e.to_string())?
        + Duration::minutes(16 * 60 + 40);
    let mut out = vec![booking(
        0,
        "KTZ",
        Mode::Rail,
        find("RASTNZ")?,
        find("RALM2")?,
        start,
        family,
        TicketStatus::Issued,
        &mut dice,
    )?];
    let mut held = 2;
    let by_mode = [
        (Mode::Rail, places_of(PlaceKind::RailwayStation)),
        (Mode::Air, places_of(PlaceKind::Airport)),
        (Mode::Bus, places_of(PlaceKind::BusTerminal)),
    ];
    let mut index = 0;
    while held < tickets {
        index += 1;
        let (carrier, mode) = dice.pick(&CARRIERS);
        let Some((_, stops)) = by_mode.iter().find(|(m, _)| *m == mode) else {
            continue;
        };
        let from = dice.pick(stops);
        let to = dice.pick(stops);
        if from.code == to.code {
            continue;
        }
        let days = dice.below(240) as i64 - 60;
        let departure = (now + Duration::days(days))
            .duration_trunc(Duration::hours(1))
            .map_err(|e| e.to_string())?
            + Duration::minutes(dice.below(18 * 12) as i64 * 5);
        let travellers = (1 + usize::from(dice.below(4) == 0)).min(tickets - held);
        let people = (0..travellers)
            .map(|p| {
                passenger(
                    dice.pick(&SURNAMES),
                    dice.pick(&GIVEN),
                    index * 2 + p,
                    Category::Adult,
                )
            })
            .collect();
        let status = if departure < now {
            TicketStatus::Used
        } else if dice.below(40) == 0 {
            TicketStatus::Refunded
        } else {
            TicketStatus::Issued
        };
        out.push(booking(
            index, carrier, mode, from, to, departure, people, status, &mut dice,
        )?);
        held += travellers;
    }
    Ok(out)
}

#[tokio::main]
async fn main() {
    if let Err(error) = run().await {
        eprintln!("seed_wallet: {error}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: seed_wallet DATA_DIR [TICKETS]")?);
    let count: usize = match args.next() {
        Some(n) => n.parse().map_err(|e| format!("TICKETS: {e}"))?,
        None => 50,
    };
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let now = Utc::now();
    let wallet = bookings(count.max(2), now)?;
    let export = dir.join("seed-export.json");
    let file = serde_json::json!({
        "format": "sapar-wallet",
        "version": 1,
        "exported_at": now,
        "bookings": wallet,
    });
    let text = serde_json::to_vec(&file).map_err(|e| e.to_string())?;
    std::fs::write(&export, text).map_err(|e| format!("{}: {e}", export.display()))?;

    let sapar = Sapar::open(Some(dir.clone()))
        .await
        .map_err(|e| e.to_string())?;
    let report = sapar
        .import_wallet(&export, &|_, _| {})
        .await
        .map_err(|e| e.to_string())?;
    let since = Utc
        .with_ymd_and_hms(2020, 1, 1, 0, 0, 0)
        .single()
        .ok_or("a valid date")?;
    let keys: Vec<CarrierKey> = CARRIERS
        .iter()
        .map(|(carrier, _)| CarrierKey {
            carrier: (*carrier).into(),
            key_id: 1,
            public_key: PublicKey::from(&demo_key(carrier)),
            valid_from: since,
            valid_until: None,
            revoked_at: None,
        })
        .collect();
    sapar.trust_keys(&keys).await.map_err(|e| e.to_string())?;

    let family = &wallet[0];
    let tickets: usize = wallet.iter().map(|b| b.tickets.len()).sum();
    let summary = serde_json::json!({
        "data_dir": dir,
        "bookings": wallet.len(),
        "tickets": tickets,
        "imported": report.added,
        "family": {
            "booking_id": family.id,
            "reference": family.reference,
            "tickets": family.tickets.iter().map(|t| &t.number).collect::<Vec<_>>(),
            "passengers": family.passengers.iter().map(Passenger::full_name).collect::<Vec<_>>(),
            "code": family.tickets[0].token,
        },
    });
    println!("{summary}");
    Ok(())
}
