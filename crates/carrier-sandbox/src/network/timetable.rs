//! The timetable: which trains, flights and buses run, where they stop and when.
//!
//! Train numbers follow KTZ's numbering (1-150 fast year-round, 301-450
//! passenger); odd numbers run northwards or towards Astana, even ones back.
//! Times are local at the origin; all of Kazakhstan is on UTC+5. Offsets are
//! minutes after the origin departure, distances kilometres from the origin.

use super::layout::Vehicle;
use crate::rng::SeededRng;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use sapar_domain::{place::place_by_code, Mode, ZonedInstant};
use serde::{Deserialize, Serialize};

/// On which days a route runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Runs {
    Daily,
    EvenDays,
}

/// A route as the timetable lists it.
struct Route {
    carrier: &'static str,
    number: &'static str,
    vehicle: Vehicle,
    depart: (u32, u32),
    runs: Runs,
    /// (place code, arrival offset, departure offset, km from origin); the origin is
    /// `(code, 0, 0, 0)`.
    stops: &'static [(&'static str, i64, i64, u32)],
}

const fn r(
    carrier: &'static str,
    number: &'static str,
    vehicle: Vehicle,
    depart: (u32, u32),
    runs: Runs,
    stops: &'static [(&'static str, i64, i64, u32)],
) -> Route {
    Route {
        carrier,
        number,
        vehicle,
        depart,
        runs,
        stops,
    }
}

use Runs::*;
use Vehicle::*;

#[rustfmt::skip]
static ROUTES: &[Route] = &[
    // KTZ: Talgo Astana - Almaty, day (4/3) and night (10/9).
    r("KTZ", "4", TalgoDay, (7, 30), Daily, &[("RASTNZ", 0, 0, 0), ("RKRG", 130, 140, 220), ("RSSH", 470, 480, 700), ("RSHU", 620, 630, 960), ("RALM2", 770, 770, 1240)]),
    r("KTZ", "3", TalgoDay, (7, 10), Daily, &[("RALM2", 0, 0, 0), ("RSHU", 140, 150, 280), ("RSSH", 290, 300, 540), ("RKRG", 630, 640, 1020), ("RASTNZ", 770, 770, 1240)]),
    r("KTZ", "10", TalgoNight, (19, 40), Daily, &[("RASTNZ", 0, 0, 0), ("RKRG", 130, 140, 220), ("RALM2", 745, 745, 1240)]),
    r("KTZ", "9", TalgoNight, (19, 10), Daily, &[("RALM2", 0, 0, 0), ("RKRG", 605, 615, 1020), ("RASTNZ", 745, 745, 1240)]),
    // Talgo Astana - Shymkent, 15 h 35 min via Karaganda, Sary-Shagan, Shu, Taraz (Zhambyl).
    r("KTZ", "12", TalgoNight, (17, 55), Daily, &[("RASTNZ", 0, 0, 0), ("RKRG", 130, 140, 220), ("RSSH", 470, 480, 700), ("RSHU", 630, 640, 960), ("RTRZ", 800, 810, 1220), ("RSHM", 935, 935, 1380)]),
    r("KTZ", "11", TalgoNight, (16, 20), Daily, &[("RSHM", 0, 0, 0), ("RTRZ", 125, 135, 160), ("RSHU", 295, 305, 420), ("RSSH", 455, 465, 680), ("RKRG", 795, 805, 1160), ("RASTNZ", 935, 935, 1380)]),
    // Talgo Almaty - Kostanay on even days via Karaganda, Astana, Atbasar, Tobol.
    r("KTZ", "119", TalgoNight, (15, 30), EvenDays, &[("RALM2", 0, 0, 0), ("RSHU", 150, 160, 280), ("RSSH", 470, 480, 540), ("RKRG", 790, 805, 1020), ("RASTNZ", 935, 960, 1240), ("RATB", 1170, 1180, 1480), ("RTOB", 1470, 1480, 1820), ("RKST", 1560, 1560, 1910)]),
    r("KTZ", "120", TalgoNight, (7, 40), EvenDays, &[("RKST", 0, 0, 0), ("RTOB", 80, 90, 90), ("RATB", 380, 390, 430), ("RASTNZ", 600, 625, 670), ("RKRG", 755, 770, 890), ("RSSH", 1090, 1100, 1370), ("RSHU", 1250, 1260, 1630), ("RALM2", 1400, 1400, 1910)]),
    // Night trains.
    r("KTZ", "22", Sleeper, (20, 50), Daily, &[("RALM2", 0, 0, 0), ("RSHU", 180, 195, 280), ("RTRZ", 480, 495, 540), ("RSHM", 650, 650, 700)]),
    r("KTZ", "21", Sleeper, (19, 30), Daily, &[("RSHM", 0, 0, 0), ("RTRZ", 155, 170, 160), ("RSHU", 455, 470, 420), ("RALM2", 650, 650, 700)]),
    r("KTZ", "38", Sleeper, (11, 15), Daily, &[("RALM2", 0, 0, 0), ("RSHU", 180, 195, 280), ("RTRZ", 480, 495, 540), ("RSHM", 650, 675, 700), ("RARS", 745, 760, 770), ("RTRK", 850, 865, 920), ("RKZL", 1120, 1140, 1210), ("RARL", 1440, 1460, 1670), ("RSHL", 1700, 1720, 1990), ("RKND", 1940, 1960, 2280), ("RAKB", 2070, 2070, 2380)]),
    r("KTZ", "37", Sleeper, (14, 20), Daily, &[("RAKB", 0, 0, 0), ("RKND", 110, 130, 100), ("RSHL", 350, 370, 390), ("RARL", 610, 630, 710), ("RKZL", 930, 950, 1170), ("RTRK", 1205, 1220, 1460), ("RARS", 1310, 1325, 1610), ("RSHM", 1395, 1420, 1680), ("RTRZ", 1575, 1590, 1840), ("RSHU", 1875, 1890, 2100), ("RALM2", 2070, 2070, 2380)]),
    r("KTZ", "306", Sleeper, (9, 40), EvenDays, &[("RALM2", 0, 0, 0), ("RSHU", 190, 205, 280), ("RSHM", 660, 690, 700), ("RKZL", 1150, 1175, 1210), ("RKND", 2050, 2080, 2280), ("RBEY", 2700, 2730, 2930), ("RMNG", 3300, 3300, 3330)]),
    r("KTZ", "305", Sleeper, (12, 5), EvenDays, &[("RMNG", 0, 0, 0), ("RBEY", 570, 600, 400), ("RKND", 1220, 1250, 1050), ("RKZL", 2125, 2150, 2120), ("RSHM", 2610, 2640, 2630), ("RSHU", 3095, 3110, 3050), ("RALM2", 3300, 3300, 3330)]),
    r("KTZ", "352", Sleeper, (22, 10), Daily, &[("RALM2", 0, 0, 0), ("RUSH", 290, 305, 300), ("RAKG", 590, 610, 620), ("ROSK", 1200, 1200, 1150)]),
    r("KTZ", "351", Sleeper, (18, 25), Daily, &[("ROSK", 0, 0, 0), ("RAKG", 590, 610, 530), ("RUSH", 895, 910, 850), ("RALM2", 1200, 1200, 1150)]),
    r("KTZ", "382", Sleeper, (21, 30), Daily, &[("RASTNZ", 0, 0, 0), ("REKI", 330, 345, 320), ("RPVL", 470, 470, 460)]),
    r("KTZ", "381", Sleeper, (22, 15), Daily, &[("RPVL", 0, 0, 0), ("REKI", 125, 140, 140), ("RASTNZ", 470, 470, 460)]),
    // Air Astana.
    r("KC", "KC851", A321neo, (7, 0), Daily, &[("ALA", 0, 0, 0), ("NQZ", 105, 105, 970)]),
    r("KC", "KC853", A321neo, (12, 30), Daily, &[("ALA", 0, 0, 0), ("NQZ", 105, 105, 970)]),
    r("KC", "KC855", A321neo, (19, 40), Daily, &[("ALA", 0, 0, 0), ("NQZ", 105, 105, 970)]),
    r("KC", "KC852", A321neo, (7, 30), Daily, &[("NQZ", 0, 0, 0), ("ALA", 105, 105, 970)]),
    r("KC", "KC854", A321neo, (15, 10), Daily, &[("NQZ", 0, 0, 0), ("ALA", 105, 105, 970)]),
    r("KC", "KC856", A321neo, (21, 0), Daily, &[("NQZ", 0, 0, 0), ("ALA", 105, 105, 970)]),
    r("KC", "KC951", A321neo, (8, 10), Daily, &[("ALA", 0, 0, 0), ("CIT", 75, 75, 600)]),
    r("KC", "KC952", A321neo, (10, 40), Daily, &[("CIT", 0, 0, 0), ("ALA", 75, 75, 600)]),
    r("KC", "KC933", A321neo, (9, 5), Daily, &[("ALA", 0, 0, 0), ("SCO", 195, 195, 1700)]),
    r("KC", "KC934", A321neo, (14, 0), Daily, &[("SCO", 0, 0, 0), ("ALA", 185, 185, 1700)]),
    r("KC", "KC921", A321neo, (7, 50), Daily, &[("ALA", 0, 0, 0), ("GUW", 170, 170, 1630)]),
    r("KC", "KC922", A321neo, (12, 20), Daily, &[("GUW", 0, 0, 0), ("ALA", 165, 165, 1630)]),
    r("KC", "KC971", E190E2, (8, 20), Daily, &[("NQZ", 0, 0, 0), ("AKX", 125, 125, 1000)]),
    r("KC", "KC972", E190E2, (12, 0), Daily, &[("AKX", 0, 0, 0), ("NQZ", 120, 120, 1000)]),
    r("KC", "KC911", E190E2, (7, 20), Daily, &[("ALA", 0, 0, 0), ("UKK", 85, 85, 830)]),
    r("KC", "KC912", E190E2, (10, 0), Daily, &[("UKK", 0, 0, 0), ("ALA", 85, 85, 830)]),
    r("KC", "KC961", A321neo, (18, 5), Daily, &[("NQZ", 0, 0, 0), ("CIT", 120, 120, 1100)]),
    r("KC", "KC962", A321neo, (7, 10), Daily, &[("CIT", 0, 0, 0), ("NQZ", 115, 115, 1100)]),
    // FlyArystan.
    r("FS", "FS7101", A320neo, (6, 10), Daily, &[("ALA", 0, 0, 0), ("NQZ", 110, 110, 970)]),
    r("FS", "FS7103", A320neo, (22, 15), Daily, &[("ALA", 0, 0, 0), ("NQZ", 110, 110, 970)]),
    r("FS", "FS7102", A320neo, (9, 5), Daily, &[("NQZ", 0, 0, 0), ("ALA", 110, 110, 970)]),
    r("FS", "FS7104", A320neo, (18, 30), Daily, &[("NQZ", 0, 0, 0), ("ALA", 110, 110, 970)]),
    r("FS", "FS7111", A320neo, (13, 30), Daily, &[("ALA", 0, 0, 0), ("CIT", 80, 80, 600)]),
    r("FS", "FS7112", A320neo, (16, 0), Daily, &[("CIT", 0, 0, 0), ("ALA", 80, 80, 600)]),
    r("FS", "FS7141", A320neo, (10, 30), Daily, &[("NQZ", 0, 0, 0), ("SCO", 170, 170, 1630)]),
    r("FS", "FS7142", A320neo, (14, 25), Daily, &[("SCO", 0, 0, 0), ("NQZ", 165, 165, 1630)]),
    r("FS", "FS7121", A320neo, (7, 45), Daily, &[("ALA", 0, 0, 0), ("KZO", 105, 105, 1050)]),
    r("FS", "FS7122", A320neo, (10, 30), Daily, &[("KZO", 0, 0, 0), ("ALA", 105, 105, 1050)]),
    r("FS", "FS7151", A320neo, (8, 30), Daily, &[("ALA", 0, 0, 0), ("URA", 215, 215, 2000)]),
    r("FS", "FS7152", A320neo, (13, 5), Daily, &[("URA", 0, 0, 0), ("ALA", 205, 205, 2000)]),
    r("FS", "FS7161", A320neo, (11, 20), Daily, &[("NQZ", 0, 0, 0), ("KSN", 90, 90, 560)]),
    r("FS", "FS7162", A320neo, (13, 40), Daily, &[("KSN", 0, 0, 0), ("NQZ", 90, 90, 560)]),
    r("FS", "FS7131", A320neo, (17, 10), Daily, &[("ALA", 0, 0, 0), ("HSA", 85, 85, 720)]),
    r("FS", "FS7132", A320neo, (19, 30), Daily, &[("HSA", 0, 0, 0), ("ALA", 85, 85, 720)]),
    // Dala Bus.
    r("DALA", "DB101", Coach, (8, 0), Daily, &[("BALMSA", 0, 0, 0), ("BTRZ", 450, 470, 500), ("BSHMSA", 630, 630, 670)]),
    r("DALA", "DB103", Coach, (21, 0), Daily, &[("BALMSA", 0, 0, 0), ("BTRZ", 450, 470, 500), ("BSHMSA", 630, 630, 670)]),
    r("DALA", "DB102", Coach, (7, 30), Daily, &[("BSHMSA", 0, 0, 0), ("BTRZ", 160, 180, 170), ("BALMSA", 630, 630, 670)]),
    r("DALA", "DB104", Coach, (21, 30), Daily, &[("BSHMSA", 0, 0, 0), ("BTRZ", 160, 180, 170), ("BALMSA", 630, 630, 670)]),
    r("DALA", "DB201", Coach, (7, 0), Daily, &[("BAST", 0, 0, 0), ("BKRG", 180, 180, 215)]),
    r("DALA", "DB203", Coach, (10, 0), Daily, &[("BAST", 0, 0, 0), ("BKRG", 180, 180, 215)]),
    r("DALA", "DB205", Coach, (13, 0), Daily, &[("BAST", 0, 0, 0), ("BKRG", 180, 180, 215)]),
    r("DALA", "DB207", Coach, (16, 0), Daily, &[("BAST", 0, 0, 0), ("BKRG", 180, 180, 215)]),
    r("DALA", "DB209", Coach, (19, 0), Daily, &[("BAST", 0, 0, 0), ("BKRG", 180, 180, 215)]),
    r("DALA", "DB202", Coach, (7, 30), Daily, &[("BKRG", 0, 0, 0), ("BAST", 180, 180, 215)]),
    r("DALA", "DB204", Coach, (10, 30), Daily, &[("BKRG", 0, 0, 0), ("BAST", 180, 180, 215)]),
    r("DALA", "DB206", Coach, (13, 30), Daily, &[("BKRG", 0, 0, 0), ("BAST", 180, 180, 215)]),
    r("DALA", "DB208", Coach, (16, 30), Daily, &[("BKRG", 0, 0, 0), ("BAST", 180, 180, 215)]),
    r("DALA", "DB210", Coach, (19, 30), Daily, &[("BKRG", 0, 0, 0), ("BAST", 180, 180, 215)]),
    r("DALA", "DB301", Coach, (9, 0), Daily, &[("BAST", 0, 0, 0), ("BPVL", 330, 330, 440)]),
    r("DALA", "DB302", Coach, (15, 0), Daily, &[("BPVL", 0, 0, 0), ("BAST", 330, 330, 440)]),
    r("DALA", "DB401", Coach, (9, 0), Daily, &[("BSHMSA", 0, 0, 0), ("BTRK", 150, 160, 165), ("BKZL", 400, 400, 445)]),
    r("DALA", "DB402", Coach, (8, 0), Daily, &[("BKZL", 0, 0, 0), ("BTRK", 240, 250, 280), ("BSHMSA", 400, 400, 445)]),
];

/// A call at a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StopTime {
    /// Place code.
    pub code: String,
    /// Arrival (none at the origin).
    pub arrival: Option<ZonedInstant>,
    /// Departure (none at the terminus).
    pub departure: Option<ZonedInstant>,
    /// Kilometres from the origin.
    pub km: u32,
}

/// One run of a route on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TripDef {
    /// `{carrier}-{number}-{yyyymmdd}`.
    pub id: String,
    /// Carrier code.
    pub carrier: String,
    /// Train, flight or route number.
    pub number: String,
    /// Mode.
    pub mode: Mode,
    /// Vehicle.
    pub vehicle: Vehicle,
    /// Local date of departure from the origin.
    pub service_date: NaiveDate,
    /// Calls, origin first.
    pub stops: Vec<StopTime>,
    /// Demand factor, percent of the base price (weekends and chance).
    pub demand_percent: i64,
}

/// Place codes served by a carrier's routes.
pub fn served_places(carrier: &str) -> std::collections::BTreeSet<&'static str> {
    ROUTES
        .iter()
        .filter(|r| r.carrier == carrier)
        .flat_map(|r| r.stops.iter().map(|s| s.0))
        .collect()
}

fn mode_of(v: Vehicle) -> Mode {
    match v {
        TalgoNight | TalgoDay | Sleeper => Mode::Rail,
        A321neo | E190E2 | A320neo => Mode::Air,
        Coach => Mode::Bus,
    }
}

/// The trips that leave their origin on a date.
pub fn trips_on(seed: u64, date: NaiveDate) -> Vec<TripDef> {
    let mut out = Vec::new();
    for route in ROUTES {
        if route.runs == EvenDays && !date.day().is_multiple_of(2) {
            continue;
        }
        if let Some(t) = build_trip(seed, route, date) {
            out.push(t);
        }
    }
    out
}

fn build_trip(seed: u64, route: &Route, date: NaiveDate) -> Option<TripDef> {
    let origin = place_by_code(route.stops.first()?.0)?;
    let local = date.and_time(NaiveTime::from_hms_opt(route.depart.0, route.depart.1, 0)?);
    let start = ZonedInstant::from_local(local, origin.zone).ok()?;
    let last = route.stops.len() - 1;
    let mut stops = Vec::with_capacity(route.stops.len());
    for (i, (code, arr, dep, km)) in route.stops.iter().enumerate() {
        let place = place_by_code(code)?;
        let at = |m: i64| ZonedInstant::new(start.utc + Duration::minutes(m), place.zone);
        stops.push(StopTime {
            code: place.code.clone(),
            arrival: (i > 0).then(|| at(*arr)),
            departure: (i < last).then(|| at(*dep)),
            km: *km,
        });
    }
    let id = format!(
        "{}-{}-{}",
        route.carrier,
        route.number,
        date.format("%Y%m%d")
    );
    let mut rng = SeededRng::for_label(seed, &format!("demand/{id}"));
    let weekend = matches!(date.weekday(), Weekday::Fri | Weekday::Sun);
    let demand_percent = rng.between(92, 112) + if weekend { 6 } else { 0 };
    Some(TripDef {
        id,
        carrier: route.carrier.into(),
        number: route.number.into(),
        mode: mode_of(route.vehicle),
        vehicle: route.vehicle,
        service_date: date,
        stops,
        demand_percent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn every_route_builds_with_known_places_and_forward_times() {
        let trips = trips_on(1, date(2));
        assert_eq!(trips.len(), ROUTES.len(), "all routes run on an even day");
        for t in &trips {
            let mut last = None;
            for s in &t.stops {
                for at in [s.arrival, s.departure].into_iter().flatten() {
                    if let Some(prev) = last {
                        assert!(at.utc >= prev, "{} goes back in time at {}", t.id, s.code);
                    }
                    last = Some(at.utc);
                }
            }
        }
    }

    #[test]
    fn talgo_119_runs_on_even_days_only() {
        assert!(trips_on(1, date(2)).iter().any(|t| t.number == "119"));
        assert!(!trips_on(1, date(3)).iter().any(|t| t.number == "119"));
    }

    #[test]
    fn talgo_astana_shymkent_takes_15h35_and_local_times_are_utc_plus_5() {
        let trips = trips_on(1, date(3));
        let t = trips.iter().find(|t| t.number == "12").unwrap();
        let dep = t.stops[0].departure.unwrap();
        let arr = t.stops.last().unwrap().arrival.unwrap();
        assert_eq!((arr.utc - dep.utc).num_minutes(), 15 * 60 + 35);
        assert_eq!(dep.local().format("%H:%M %:z").to_string(), "17:55 +05:00");
    }

    #[test]
    fn same_seed_same_timetable() {
        assert_eq!(trips_on(9, date(5)), trips_on(9, date(5)));
        let a: Vec<i64> = trips_on(9, date(5))
            .iter()
            .map(|t| t.demand_percent)
            .collect();
        let b: Vec<i64> = trips_on(10, date(5))
            .iter()
            .map(|t| t.demand_percent)
            .collect();
        assert_ne!(a, b);
    }
}
