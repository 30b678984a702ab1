//! The sandbox's carriers: who they are, what they sell and under which rules.
//!
//! KTZ (rail), Air Astana (KC) and FlyArystan (FS) are modelled on public
//! information; Dala Bus (DALA) is a made-up intercity bus company. Contacts
//! and rules are demo data, not the carriers' current conditions.

use sapar_carrier::Names;
use sapar_domain::carrier::carrier_by_code;
use sapar_domain::{
    ExchangeRules, FareRules, Mode, Money, RefundRules, RefundTier, SalesOffice, SupportContacts,
};

/// A fare family a carrier sells in some classes.
#[derive(Debug, Clone)]
pub struct FareFamily {
    /// Id (also the id of its rules).
    pub id: &'static str,
    /// Name for people.
    pub names: Names,
    /// Classes it is sold in.
    pub classes: &'static [&'static str],
    /// After-sales rules.
    pub rules: FareRules,
    /// Conditions for people (baggage…).
    pub conditions: &'static [&'static str],
}

/// A carrier of the sandbox.
#[derive(Debug, Clone)]
pub struct CarrierSetup {
    /// Code.
    pub code: &'static str,
    /// Names.
    pub names: Names,
    /// Modes.
    pub modes: Vec<Mode>,
    /// Support contacts.
    pub support: SupportContacts,
    /// Sales offices.
    pub offices: Vec<SalesOffice>,
    /// Most passengers per booking.
    pub max_passengers: u32,
    /// Days ahead on sale.
    pub sells_days_ahead: u32,
    /// Leading digits of its ticket numbers.
    pub ticket_prefix: &'static str,
    /// Fare families.
    pub fares: Vec<FareFamily>,
}

impl CarrierSetup {
    /// Fare families sold in a class.
    pub fn fares_for_class<'a>(
        &'a self,
        class: &'a str,
    ) -> impl Iterator<Item = &'a FareFamily> + 'a {
        self.fares
            .iter()
            .filter(move |f| f.classes.contains(&class))
    }

    /// A fare family by id.
    pub fn fare(&self, id: &str) -> Option<&FareFamily> {
        self.fares.iter().find(|f| f.id == id)
    }
}

/// The name of a class or cabin.
pub fn class_names(class: &str) -> Names {
    match class {
        "seated" => Names::new("Отырып жүретін", "Сидячий", "Seated"),
        "platzkart" => Names::new("Плацкарт", "Плацкарт", "Platzkart (open sleeper)"),
        "coupe" => Names::new("Купе", "Купе", "Coupe (4 berths)"),
        "sv" => Names::new("СВ", "СВ", "SV (2 berths)"),
        "lux" => Names::new("Люкс", "Люкс", "Lux"),
        "economy" => Names::new("Эконом", "Эконом", "Economy"),
        "business" => Names::new("Бизнес", "Бизнес", "Business"),
        _ => Names::new("Стандарт", "Стандарт", "Standard"),
    }
}

fn tier(from_minutes_before: i64, percent: i64) -> RefundTier {
    RefundTier {
        from_minutes_before,
        fare_percent: percent,
        reserved_seat_percent: percent,
        withheld_cap_percent: None,
    }
}

fn rules(
    fare: &str,
    refund: Option<(Vec<RefundTier>, i64, i64)>,
    exchange: Option<(i64, i64)>,
) -> FareRules {
    FareRules {
        fare: fare.into(),
        refund: refund.map(|(tiers, fee, closes)| RefundRules {
            tiers,
            fee: Money::tenge(fee),
            online_closes_minutes_before: closes,
        }),
        exchange: match exchange {
            Some((fee, closes)) => ExchangeRules {
                allowed: true,
                fee: Money::tenge(fee),
                closes_minutes_before: closes,
            },
            None => ExchangeRules {
                allowed: false,
                fee: Money::ZERO,
                closes_minutes_before: 0,
            },
        },
    }
}

/// A carrier's identity, modes, support contacts and sales offices, from Sapar's carrier
/// dataset, so the sandbox tells the same contacts as the wallet shows offline.
fn from_domain(code: &'static str) -> CarrierSetup {
    let known = carrier_by_code(code);
    CarrierSetup {
        code,
        names: known.map_or_else(
            || Names::new(code, code, code),
            |c| Names::new(&c.name_kk, &c.name_ru, &c.name_en),
        ),
        modes: known.map(|c| c.modes.clone()).unwrap_or_default(),
        support: known.map(|c| c.support.clone()).unwrap_or_default(),
        offices: known.map(|c| c.offices.clone()).unwrap_or_default(),
        max_passengers: 1,
        sells_days_ahead: 1,
        ticket_prefix: "",
        fares: Vec::new(),
    }
}

/// All carriers of the sandbox.
pub fn carriers() -> Vec<CarrierSetup> {
    let mut ktz_rules = FareRules::ktz_long_distance();
    ktz_rules.fare = "ktz-long-distance".into();
    vec![
        CarrierSetup {
            code: "KTZ",
            max_passengers: 6,
            sells_days_ahead: 45,
            ticket_prefix: "70",
            fares: vec![FareFamily {
                id: "ktz-long-distance",
                names: Names::new("ҚТЖ тарифі", "Тариф КТЖ", "KTZ fare"),
                classes: &["seated", "platzkart", "coupe", "sv", "lux"],
                rules: ktz_rules,
                conditions: &[
                    "Hand luggage up to 36 kg free",
                    "Bedding included in sleeping cars",
                ],
            }],
            ..from_domain("KTZ")
        },
        CarrierSetup {
            code: "KC",
            max_passengers: 9,
            sells_days_ahead: 60,
            ticket_prefix: "465",
            fares: vec![
                FareFamily {
                    id: "kc-economy",
                    names: Names::new("Эконом", "Эконом", "Economy"),
                    classes: &["economy"],
                    rules: rules(
                        "kc-economy",
                        Some((vec![tier(0, 100)], 10_000, 60)),
                        Some((8_000, 60)),
                    ),
                    conditions: &["Cabin bag 8 kg", "Checked bag 23 kg"],
                },
                FareFamily {
                    id: "kc-business",
                    names: Names::new("Бизнес", "Бизнес", "Business"),
                    classes: &["business"],
                    rules: rules(
                        "kc-business",
                        Some((vec![tier(0, 100)], 0, 60)),
                        Some((0, 60)),
                    ),
                    conditions: &[
                        "Cabin bags 2 × 8 kg",
                        "Checked bags 2 × 32 kg",
                        "Lounge access",
                    ],
                },
            ],
            ..from_domain("KC")
        },
        CarrierSetup {
            code: "FS",
            max_passengers: 9,
            sells_days_ahead: 60,
            ticket_prefix: "467",
            fares: vec![
                FareFamily {
                    id: "fs-vygodny",
                    names: Names::new("Тиімді", "Выгодный", "Value"),
                    classes: &["economy"],
                    rules: rules("fs-vygodny", None, Some((9_000, 120))),
                    conditions: &["Hand bag 5 kg free", "Checked bags extra", "Non-refundable"],
                },
                FareFamily {
                    id: "fs-gibkiy",
                    names: Names::new("Икемді", "Гибкий", "Flex"),
                    classes: &["economy"],
                    rules: rules(
                        "fs-gibkiy",
                        Some((vec![tier(0, 100)], 4_000, 120)),
                        Some((0, 120)),
                    ),
                    conditions: &["Hand bag 5 kg free", "Checked bag 20 kg", "Free changes"],
                },
            ],
            ..from_domain("FS")
        },
        CarrierSetup {
            code: "DALA",
            max_passengers: 10,
            sells_days_ahead: 30,
            ticket_prefix: "900",
            fares: vec![FareFamily {
                id: "dala-standard",
                names: Names::new("Стандарт", "Стандарт", "Standard"),
                classes: &["standard"],
                rules: rules(
                    "dala-standard",
                    Some((vec![tier(120, 100), tier(30, 85)], 200, 30)),
                    None,
                ),
                conditions: &["One bag up to 20 kg in the hold"],
            }],
            ..from_domain("DALA")
        },
    ]
}
