//! The sandbox's network in memory: carriers, trips with their live status,
//! and an index of departures by place and local date for fast search.

pub mod carriers;
pub mod layout;
pub mod pricing;
pub mod timetable;

use crate::store::StoredTrip;
use carriers::CarrierSetup;
use chrono::NaiveDate;
use sapar_carrier::{PlaceInfo, PlaceKindWire, Stop, TripPlace, TripStatus, TripSummary, TripTime};
use sapar_domain::place::place_by_code;
use sapar_domain::{PlaceKind, ZonedInstant};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};
use timetable::TripDef;

/// What the carrier has announced about a trip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveStatus {
    /// Delay, minutes.
    pub delay_minutes: i32,
    /// Platform or gate.
    pub platform: Option<String>,
    /// Cancelled.
    pub cancelled: bool,
}

/// A trip of the network.
#[derive(Debug)]
pub struct Trip {
    /// The timetable entry.
    pub def: TripDef,
    live: RwLock<LiveStatus>,
}

fn place_name(code: &str) -> String {
    place_by_code(code)
        .map(|p| p.name_en.clone())
        .unwrap_or_else(|| code.to_string())
}

impl Trip {
    /// The announced status.
    pub fn live(&self) -> LiveStatus {
        self.live.read().map(|l| l.clone()).unwrap_or_default()
    }

    /// Changes the announced status.
    pub fn update_live(&self, change: impl FnOnce(&mut LiveStatus)) {
        if let Ok(mut l) = self.live.write() {
            change(&mut l);
        }
    }

    /// Index of a stop by place code.
    pub fn stop_index(&self, code: &str) -> Option<usize> {
        self.def.stops.iter().position(|s| s.code == code)
    }

    /// Scheduled departure from a stop.
    pub fn departure(&self, idx: usize) -> Option<ZonedInstant> {
        self.def.stops.get(idx)?.departure
    }

    /// Scheduled arrival at a stop.
    pub fn arrival(&self, idx: usize) -> Option<ZonedInstant> {
        self.def.stops.get(idx)?.arrival
    }

    /// Distance between two stops.
    pub fn km(&self, from: usize, to: usize) -> u32 {
        let at = |i: usize| self.def.stops.get(i).map(|s| s.km).unwrap_or(0);
        at(to).saturating_sub(at(from))
    }

    /// Place code of a stop.
    pub fn code(&self, idx: usize) -> &str {
        self.def
            .stops
            .get(idx)
            .map(|s| s.code.as_str())
            .unwrap_or("")
    }

    /// The trip between two stops, as sellers see it; `None` if the stops are not
    /// a departure followed by an arrival.
    pub fn summary(&self, from: usize, to: usize) -> Option<TripSummary> {
        let dep = self.departure(from)?;
        let arr = self.arrival(to)?;
        if to <= from {
            return None;
        }
        let live = self.live();
        let stops = self.def.stops[from + 1..to]
            .iter()
            .filter_map(|s| {
                Some(Stop {
                    place: TripPlace {
                        code: s.code.clone(),
                        name: place_name(&s.code),
                    },
                    arrival: TripTime::from_zoned(&s.arrival?),
                    departure: TripTime::from_zoned(&s.departure?),
                })
            })
            .collect();
        Some(TripSummary {
            id: self.def.id.clone(),
            number: self.def.number.clone(),
            mode: self.def.mode,
            carrier: self.def.carrier.clone(),
            vehicle: self.def.vehicle.label().to_string(),
            from: TripPlace {
                code: self.code(from).to_string(),
                name: place_name(self.code(from)),
            },
            to: TripPlace {
                code: self.code(to).to_string(),
                name: place_name(self.code(to)),
            },
            departure: TripTime::from_zoned(&dep),
            arrival: TripTime::from_zoned(&arr),
            duration_minutes: (arr.utc - dep.utc).num_minutes(),
            stops,
            status: if live.cancelled {
                TripStatus::Cancelled
            } else {
                TripStatus::Scheduled
            },
            delay_minutes: live.delay_minutes,
            platform: live.platform,
        })
    }
}

type DepartureIndex = HashMap<(String, NaiveDate), Vec<(Arc<Trip>, usize)>>;

/// All carriers and trips.
#[derive(Debug)]
pub struct Network {
    carriers: Vec<CarrierSetup>,
    served: HashMap<String, BTreeSet<&'static str>>,
    trips: RwLock<HashMap<String, Arc<Trip>>>,
    departures: RwLock<DepartureIndex>,
}

impl Network {
    /// A network of these carriers, with no trips yet.
    pub fn new(carriers: Vec<CarrierSetup>) -> Self {
        let served = carriers
            .iter()
            .map(|c| (c.code.to_string(), timetable::served_places(c.code)))
            .collect();
        Self {
            carriers,
            served,
            trips: RwLock::new(HashMap::new()),
            departures: RwLock::new(HashMap::new()),
        }
    }

    /// Adds trips (loaded or newly generated).
    pub fn add(&self, stored: Vec<StoredTrip>) {
        let (Ok(mut trips), Ok(mut deps)) = (self.trips.write(), self.departures.write()) else {
            return;
        };
        for s in stored {
            let trip = Arc::new(Trip {
                live: RwLock::new(LiveStatus {
                    delay_minutes: s.delay_minutes,
                    platform: s.platform,
                    cancelled: s.cancelled,
                }),
                def: s.def,
            });
            for (i, stop) in trip.def.stops.iter().enumerate() {
                if let Some(dep) = stop.departure {
                    let date = dep.local().date_naive();
                    deps.entry((stop.code.clone(), date))
                        .or_default()
                        .push((trip.clone(), i));
                }
            }
            trips.insert(trip.def.id.clone(), trip);
        }
        for list in deps.values_mut() {
            list.sort_by_key(|(t, i)| t.departure(*i).map(|d| d.utc));
        }
    }

    /// A trip by id.
    pub fn trip(&self, id: &str) -> Option<Arc<Trip>> {
        self.trips.read().ok()?.get(id).cloned()
    }

    /// Trips calling at a place with a departure on a local date, with the stop index.
    pub fn departures(&self, code: &str, date: NaiveDate) -> Vec<(Arc<Trip>, usize)> {
        self.departures
            .read()
            .ok()
            .and_then(|d| d.get(&(code.to_string(), date)).cloned())
            .unwrap_or_default()
    }

    /// Every carrier.
    pub fn carriers(&self) -> &[CarrierSetup] {
        &self.carriers
    }

    /// A carrier by code.
    pub fn carrier(&self, code: &str) -> Option<&CarrierSetup> {
        self.carriers.iter().find(|c| c.code == code)
    }

    /// Whether a carrier serves a place.
    pub fn serves(&self, carrier: &str, code: &str) -> bool {
        self.served.get(carrier).is_some_and(|s| s.contains(code))
    }

    /// The places a carrier serves.
    pub fn places(&self, carrier: &str) -> Vec<PlaceInfo> {
        let Some(codes) = self.served.get(carrier) else {
            return Vec::new();
        };
        codes
            .iter()
            .filter_map(|c| place_by_code(c))
            .map(|p| PlaceInfo {
                code: p.code.clone(),
                kind: match p.kind {
                    PlaceKind::Airport => PlaceKindWire::Airport,
                    PlaceKind::RailwayStation => PlaceKindWire::RailwayStation,
                    PlaceKind::BusTerminal => PlaceKindWire::BusTerminal,
                },
                name_kk: p.name_kk.clone(),
                name_ru: p.name_ru.clone(),
                name_en: p.name_en.clone(),
                city: p.city.clone(),
                zone: p.zone.name().to_string(),
            })
            .collect()
    }
}
