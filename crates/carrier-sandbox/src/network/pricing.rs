//! Prices: tenge by distance, class and fare, with demand and, on flights,
//! fare buckets that rise as the cabin fills.
//!
//! Rail prices split into the ticket part (`fare`) and KTZ's reserved-seat part
//! (`reserved_seat`), plus the 236 ₸ sale fee; flights add an airport tax; buses
//! a station fee. Children pay half the ticket part (rail, bus, Air Astana);
//! infants travel without a seat and pay nothing.

use super::layout::Vehicle;
use sapar_domain::{Category, Mode, Money, PriceBreakdown};

/// KTZ's sale fee per ticket (0.06 MRP, 2025).
pub const KTZ_SALE_FEE: Money = Money::tenge(236);

/// What a price depends on.
#[derive(Debug, Clone, Copy)]
pub struct PriceInput<'a> {
    /// Carrier code.
    pub carrier: &'a str,
    /// Vehicle.
    pub vehicle: Vehicle,
    /// Class or cabin.
    pub class: &'a str,
    /// Fare family id.
    pub fare: &'a str,
    /// Distance travelled.
    pub km: u32,
    /// The trip's demand factor, percent.
    pub demand_percent: i64,
    /// Fare bucket (0 = lowest).
    pub level: u8,
}

/// The fare bucket of a cabin with `left` of `capacity` seats free (flights only).
pub fn bucket(mode: Mode, left: u32, capacity: u32) -> u8 {
    if mode != Mode::Air || capacity == 0 {
        return 0;
    }
    let pct = left as u64 * 100 / capacity as u64;
    match pct {
        0..=9 => 2,
        10..=24 => 1,
        _ => 0,
    }
}

fn round_to(m: Money, step_tenge: i64) -> Money {
    let step = step_tenge * 100;
    Money((m.as_tiyn() + step / 2) / step * step)
}

fn scaled(base: Money, p: &PriceInput) -> Money {
    let level_percent = match p.level {
        0 => 100,
        1 => 120,
        _ => 145,
    };
    base.percent(p.demand_percent).percent(level_percent)
}

/// The adult price, before the category is applied.
fn adult(p: &PriceInput) -> Option<PriceBreakdown> {
    let km = i64::from(p.km);
    match p.carrier {
        "KTZ" => {
            let per_km_tiyn = match p.class {
                "seated" => 600,
                "platzkart" => 750,
                "coupe" => 1_250,
                "sv" => 1_400,
                "lux" => 1_650,
                _ => return None,
            };
            let talgo = matches!(p.vehicle, Vehicle::TalgoDay | Vehicle::TalgoNight);
            let mut total = scaled(Money::tiyn(km * per_km_tiyn), p);
            if talgo {
                total = total.percent(115);
            }
            let total = round_to(total, 10);
            let reserved_percent = if p.class == "seated" { 25 } else { 40 };
            let reserved = round_to(total.percent(reserved_percent), 10);
            Some(
                PriceBreakdown::fare(total - reserved)
                    .with("reserved_seat", reserved)
                    .with("sale_fee", KTZ_SALE_FEE),
            )
        }
        "KC" => {
            let economy = Money::tenge(9_000) + Money::tenge(22 * km);
            let base = match p.class {
                "economy" => economy,
                "business" => economy.percent(320),
                _ => return None,
            };
            Some(
                PriceBreakdown::fare(round_to(scaled(base, p), 100))
                    .with("airport_tax", Money::tenge(2_000)),
            )
        }
        "FS" => {
            let vygodny = Money::tenge(6_000) + Money::tenge(13 * km);
            let base = match p.fare {
                "fs-vygodny" => vygodny,
                "fs-gibkiy" => vygodny + Money::tenge(7_000),
                _ => return None,
            };
            Some(
                PriceBreakdown::fare(round_to(scaled(base, p), 100))
                    .with("airport_tax", Money::tenge(1_600)),
            )
        }
        "DALA" => Some(
            PriceBreakdown::fare(round_to(scaled(Money::tenge(9 * km), p), 10))
                .with("station_fee", Money::tenge(300)),
        ),
        _ => None,
    }
}

/// The unit price of one passenger of a category; `None` when the carrier does
/// not sell this class or fare.
pub fn unit_price(p: &PriceInput, category: Category) -> Option<PriceBreakdown> {
    let adult = adult(p)?;
    Some(match category {
        Category::Adult => adult,
        Category::Infant => PriceBreakdown::fare(Money::ZERO),
        Category::Child => {
            let child_percent = if p.carrier == "FS" { 90 } else { 50 };
            let items = adult
                .items
                .into_iter()
                .map(|mut i| {
                    if i.kind == "fare" {
                        i.amount = round_to(i.amount.percent(child_percent), 10);
                    }
                    i
                })
                .collect();
            PriceBreakdown { items }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(
        carrier: &'a str,
        vehicle: Vehicle,
        class: &'a str,
        fare: &'a str,
        km: u32,
    ) -> PriceInput<'a> {
        PriceInput {
            carrier,
            vehicle,
            class,
            fare,
            km,
            demand_percent: 100,
            level: 0,
        }
    }

    #[test]
    fn talgo_astana_shymkent_prices_are_near_reported_fares() {
        let coupe = unit_price(
            &input(
                "KTZ",
                Vehicle::TalgoNight,
                "coupe",
                "ktz-long-distance",
                1380,
            ),
            Category::Adult,
        )
        .unwrap();
        let lux = unit_price(
            &input("KTZ", Vehicle::TalgoNight, "lux", "ktz-long-distance", 1380),
            Category::Adult,
        )
        .unwrap();
        let plaz = unit_price(
            &input(
                "KTZ",
                Vehicle::Sleeper,
                "platzkart",
                "ktz-long-distance",
                1380,
            ),
            Category::Adult,
        )
        .unwrap();
        let near = |p: &PriceBreakdown, tenge: i64| {
            (p.total().as_tiyn() - tenge * 100).abs() < tenge * 100 / 8
        };
        assert!(near(&coupe, 19_000), "{coupe:?}");
        assert!(near(&lux, 26_250), "{lux:?}");
        assert!(near(&plaz, 11_000), "{plaz:?}");
        assert_eq!(coupe.items[2].amount, KTZ_SALE_FEE);
    }

    #[test]
    fn children_pay_half_the_ticket_part_and_infants_nothing() {
        let p = input("KTZ", Vehicle::Sleeper, "coupe", "ktz-long-distance", 700);
        let a = unit_price(&p, Category::Adult).unwrap();
        let c = unit_price(&p, Category::Child).unwrap();
        // Half the ticket part, rounded to 10 ₸.
        let half = a.items[0].amount.percent(50).as_tiyn();
        assert!((c.items[0].amount.as_tiyn() - half).abs() <= 500, "{c:?}");
        assert_eq!(c.items[1].amount, a.items[1].amount);
        assert_eq!(
            unit_price(&p, Category::Infant).unwrap().total(),
            Money::ZERO
        );
    }

    #[test]
    fn flights_rise_as_the_cabin_fills() {
        assert_eq!(bucket(Mode::Air, 100, 150), 0);
        assert_eq!(bucket(Mode::Air, 20, 150), 1);
        assert_eq!(bucket(Mode::Air, 5, 150), 2);
        assert_eq!(bucket(Mode::Rail, 5, 150), 0);
        let mut p = input("FS", Vehicle::A320neo, "economy", "fs-vygodny", 970);
        let low = unit_price(&p, Category::Adult).unwrap().total();
        p.level = 2;
        let high = unit_price(&p, Category::Adult).unwrap().total();
        assert!(high > low);
        assert!(unit_price(
            &input("FS", Vehicle::A320neo, "business", "kc-business", 970),
            Category::Adult
        )
        .is_none());
    }
}
