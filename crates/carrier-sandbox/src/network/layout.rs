//! Vehicles and their seats: train consists with KTZ berth numbering, aircraft
//! cabins and coach seats.
//!
//! KTZ numbers berths so that odd numbers are lower and even numbers upper; in
//! a platzkart car berths 1-36 are in the compartments and 37-54 along the side.

use sapar_domain::{Berth, Money};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A kind of vehicle, which fixes its carriages, classes and seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vehicle {
    /// Talgo night train: lux, business (SV) and tourist (coupe) cars.
    TalgoNight,
    /// Talgo day train: coupe and seated cars.
    TalgoDay,
    /// A conventional sleeper train: SV, coupe and platzkart cars.
    Sleeper,
    /// Airbus A321neo: business and economy.
    A321neo,
    /// Embraer E190-E2: business and economy.
    E190E2,
    /// Airbus A320neo, all economy.
    A320neo,
    /// A 49-seat intercity coach.
    Coach,
}

impl Vehicle {
    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Vehicle::TalgoNight | Vehicle::TalgoDay => "Talgo",
            Vehicle::Sleeper => "Passenger train",
            Vehicle::A321neo => "Airbus A321neo",
            Vehicle::E190E2 => "Embraer E190-E2",
            Vehicle::A320neo => "Airbus A320neo",
            Vehicle::Coach => "Yutong coach",
        }
    }

    /// Whether seats belong to numbered carriages (trains).
    pub fn has_carriages(self) -> bool {
        matches!(
            self,
            Vehicle::TalgoNight | Vehicle::TalgoDay | Vehicle::Sleeper
        )
    }

    /// The vehicle's seats.
    pub fn layout(self) -> &'static Layout {
        static LAYOUTS: OnceLock<HashMap<Vehicle, Layout>> = OnceLock::new();
        let all = LAYOUTS.get_or_init(|| {
            [
                Vehicle::TalgoNight,
                Vehicle::TalgoDay,
                Vehicle::Sleeper,
                Vehicle::A321neo,
                Vehicle::E190E2,
                Vehicle::A320neo,
                Vehicle::Coach,
            ]
            .into_iter()
            .map(|v| (v, build(v)))
            .collect()
        });
        // Every vehicle is built above.
        &all[&self]
    }
}

/// One seat or berth of a layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatSpec {
    /// Seat or berth number.
    pub number: String,
    /// Upper or lower, on sleeping cars.
    pub berth: Option<Berth>,
    /// Added to the unit price when this seat is chosen or given.
    pub price_difference: Money,
    /// `window`, `aisle`, `side`, `exit_row`, `front_row`…
    pub features: Vec<&'static str>,
}

/// A carriage or cabin of a layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriageSpec {
    /// Carriage number (trains) or cabin name (`business`, `economy`, `main`).
    pub number: String,
    /// Class or cabin id.
    pub class: &'static str,
    /// Seats in order.
    pub seats: Vec<SeatSpec>,
}

/// All carriages of a vehicle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Carriages or cabins.
    pub carriages: Vec<CarriageSpec>,
}

impl Layout {
    /// Seats of a class.
    pub fn capacity(&self, class: &str) -> u32 {
        self.carriages
            .iter()
            .filter(|c| c.class == class)
            .map(|c| c.seats.len() as u32)
            .sum()
    }

    /// Classes in the order of the carriages.
    pub fn classes(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for c in &self.carriages {
            if !out.contains(&c.class) {
                out.push(c.class);
            }
        }
        out
    }

    /// A seat by carriage and number.
    pub fn seat(&self, carriage: &str, number: &str) -> Option<(&CarriageSpec, &SeatSpec)> {
        let c = self.carriages.iter().find(|c| c.number == carriage)?;
        c.seats.iter().find(|s| s.number == number).map(|s| (c, s))
    }

    /// A seat by number alone, within a class (planes and buses).
    pub fn seat_in_class(&self, class: &str, number: &str) -> Option<(&CarriageSpec, &SeatSpec)> {
        self.carriages
            .iter()
            .filter(|c| c.class == class)
            .find_map(|c| c.seats.iter().find(|s| s.number == number).map(|s| (c, s)))
    }
}

fn berth_of(n: u32) -> Berth {
    if n % 2 == 1 {
        Berth::Lower
    } else {
        Berth::Upper
    }
}

/// Compartment berths `1..=count`, odd lower and even upper.
fn compartment_car(number: u32, class: &'static str, count: u32, all_lower: bool) -> CarriageSpec {
    let seats = (1..=count)
        .map(|n| SeatSpec {
            number: n.to_string(),
            berth: Some(if all_lower { Berth::Lower } else { berth_of(n) }),
            price_difference: Money::ZERO,
            features: Vec::new(),
        })
        .collect();
    CarriageSpec {
        number: number.to_string(),
        class,
        seats,
    }
}

/// A platzkart car: 36 compartment berths and 18 side berths (37-54), side ones cheaper.
fn platzkart_car(number: u32) -> CarriageSpec {
    let seats = (1..=54)
        .map(|n| SeatSpec {
            number: n.to_string(),
            berth: Some(berth_of(n)),
            price_difference: if n > 36 {
                Money::tenge(-500)
            } else {
                Money::ZERO
            },
            features: if n > 36 { vec!["side"] } else { Vec::new() },
        })
        .collect();
    CarriageSpec {
        number: number.to_string(),
        class: "platzkart",
        seats,
    }
}

/// A seated car: four seats a row, 1 and 4 of each row by the window.
fn seated_car(number: u32, count: u32) -> CarriageSpec {
    let seats = (1..=count)
        .map(|n| SeatSpec {
            number: n.to_string(),
            berth: None,
            price_difference: Money::ZERO,
            features: vec![if n % 4 == 1 || n % 4 == 0 {
                "window"
            } else {
                "aisle"
            }],
        })
        .collect();
    CarriageSpec {
        number: number.to_string(),
        class: "seated",
        seats,
    }
}

/// An aircraft cabin: rows with letters; front and exit rows cost extra.
fn cabin(
    name: &'static str,
    rows: std::ops::RangeInclusive<u32>,
    letters: &str,
    front_rows: &[u32],
    exit_rows: &[u32],
) -> CarriageSpec {
    let first = letters.chars().next();
    let last = letters.chars().last();
    let mut seats = Vec::new();
    for row in rows {
        for l in letters.chars() {
            let mut features = vec![if Some(l) == first || Some(l) == last {
                "window"
            } else {
                "aisle"
            }];
            let mut diff = Money::ZERO;
            if exit_rows.contains(&row) {
                features.push("exit_row");
                diff = Money::tenge(6_000);
            } else if front_rows.contains(&row) {
                features.push("front_row");
                diff = Money::tenge(4_000);
            }
            seats.push(SeatSpec {
                number: format!("{row}{l}"),
                berth: None,
                price_difference: diff,
                features,
            });
        }
    }
    CarriageSpec {
        number: name.to_string(),
        class: name,
        seats,
    }
}

fn build(v: Vehicle) -> Layout {
    let carriages = match v {
        Vehicle::TalgoNight => {
            let mut cars = vec![compartment_car(1, "lux", 12, true)];
            cars.push(compartment_car(2, "sv", 20, false));
            cars.push(compartment_car(3, "sv", 20, false));
            cars.extend((4..=11).map(|n| compartment_car(n, "coupe", 36, false)));
            cars
        }
        Vehicle::TalgoDay => {
            let mut cars = vec![compartment_car(1, "coupe", 36, false)];
            cars.push(compartment_car(2, "coupe", 36, false));
            cars.extend((3..=10).map(|n| seated_car(n, 60)));
            cars
        }
        Vehicle::Sleeper => {
            let mut cars = vec![compartment_car(1, "sv", 18, true)];
            cars.extend((2..=5).map(|n| compartment_car(n, "coupe", 36, false)));
            cars.extend((6..=12).map(platzkart_car));
            cars
        }
        Vehicle::A321neo => vec![
            cabin("business", 1..=4, "ACDF", &[], &[]),
            cabin("economy", 7..=31, "ABCDEF", &[7, 8, 9], &[12]),
        ],
        Vehicle::E190E2 => vec![
            cabin("business", 1..=3, "ACD", &[], &[]),
            cabin("economy", 5..=28, "ACDF", &[5, 6], &[14]),
        ],
        Vehicle::A320neo => vec![cabin("economy", 1..=31, "ABCDEF", &[1, 2, 3], &[12, 13])],
        Vehicle::Coach => {
            let seats = (1..=49)
                .map(|n| SeatSpec {
                    number: n.to_string(),
                    berth: None,
                    price_difference: Money::ZERO,
                    features: vec![if n % 4 == 1 || n % 4 == 0 {
                        "window"
                    } else {
                        "aisle"
                    }],
                })
                .collect();
            vec![CarriageSpec {
                number: "main".into(),
                class: "standard",
                seats,
            }]
        }
    };
    Layout { carriages }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ktz_berths_odd_lower_even_upper() {
        let l = Vehicle::Sleeper.layout();
        let (_, s13) = l.seat("3", "13").unwrap();
        let (_, s14) = l.seat("3", "14").unwrap();
        assert_eq!(s13.berth, Some(Berth::Lower));
        assert_eq!(s14.berth, Some(Berth::Upper));
        let (_, side) = l.seat("7", "38").unwrap();
        assert_eq!(side.berth, Some(Berth::Upper));
        assert!(side.features.contains(&"side"));
        assert!(side.price_difference < Money::ZERO);
        // SV is all lower berths.
        let (_, sv2) = l.seat("1", "2").unwrap();
        assert_eq!(sv2.berth, Some(Berth::Lower));
    }

    #[test]
    fn capacities_are_realistic() {
        assert_eq!(Vehicle::Sleeper.layout().capacity("platzkart"), 7 * 54);
        assert_eq!(Vehicle::TalgoNight.layout().capacity("coupe"), 8 * 36);
        assert_eq!(Vehicle::A321neo.layout().capacity("business"), 16);
        assert_eq!(Vehicle::A321neo.layout().capacity("economy"), 150);
        assert_eq!(Vehicle::A320neo.layout().capacity("economy"), 186);
        assert_eq!(Vehicle::Coach.layout().capacity("standard"), 49);
        assert_eq!(
            Vehicle::TalgoNight.layout().classes(),
            vec!["lux", "sv", "coupe"]
        );
    }

    #[test]
    fn exit_rows_cost_extra_on_planes() {
        let l = Vehicle::A320neo.layout();
        let (_, s) = l.seat_in_class("economy", "12A").unwrap();
        assert_eq!(s.price_difference, Money::tenge(6_000));
        let (_, s) = l.seat_in_class("economy", "20C").unwrap();
        assert_eq!(s.price_difference, Money::ZERO);
        assert!(l.seat_in_class("business", "1A").is_none());
    }
}
