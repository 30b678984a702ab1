//! Carriers: who runs the trips, and how to reach them.
//!
//! The dataset ships inside the binary (`data/carriers.json`): KTZ's passenger operator,
//! Air Astana, FlyArystan, SCAT, Qazaq Air, and Sapar's demo bus company, which runs only
//! in the sandbox ([`Carrier::is_sandbox`]). Support contacts are the carriers' public ones
//! where they are well known; unknown ones are left empty rather than guessed.

use crate::place::place_by_code;
use crate::{Lang, Mode};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// How to reach a carrier's support.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SupportContacts {
    /// Phone numbers, international format.
    pub phones: Vec<String>,
    /// Support e-mail.
    pub email: Option<String>,
    /// Web site.
    pub web: Option<String>,
    /// Opening hours, as text (e.g. `24/7`).
    pub hours: Option<String>,
}

/// A sales office or ticket desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SalesOffice {
    /// City, in English.
    pub city: String,
    /// Street address.
    pub address: String,
    /// Opening hours.
    pub hours: String,
    /// Latitude, micro-degrees (integer so offices compare exactly).
    pub lat_e6: i64,
    /// Longitude, micro-degrees.
    pub lon_e6: i64,
}

/// A carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Carrier {
    /// Code: IATA for airlines (`KC`), `KTZ` for the railway, short codes for bus companies.
    pub code: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Name in English.
    pub name_en: String,
    /// Modes it runs.
    pub modes: Vec<Mode>,
    /// Support contacts.
    pub support: SupportContacts,
    /// Sales offices.
    pub offices: Vec<SalesOffice>,
}

/// Codes of carriers that exist only in Sapar's sandbox.
const SANDBOX_CODES: [&str; 1] = ["DALA"];

impl Carrier {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
            Lang::En => &self.name_en,
        }
    }

    /// Whether the carrier is a demo company of Sapar's sandbox, not a real firm.
    pub fn is_sandbox(&self) -> bool {
        SANDBOX_CODES.contains(&self.code.as_str())
    }
}

impl SalesOffice {
    /// Latitude, degrees.
    pub fn lat(&self) -> f64 {
        self.lat_e6 as f64 / 1e6
    }

    /// Longitude, degrees.
    pub fn lon(&self) -> f64 {
        self.lon_e6 as f64 / 1e6
    }
}

/// A sales office and how far it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NearestOffice<'a> {
    /// The office.
    pub office: &'a SalesOffice,
    /// Great-circle distance, kilometres.
    pub distance_km: f64,
}

/// The carrier's office nearest to a point (degrees), or `None` when it has no office
/// or the point is not a coordinate.
pub fn nearest_office(carrier: &Carrier, lat: f64, lon: f64) -> Option<NearestOffice<'_>> {
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return None;
    }
    carrier
        .offices
        .iter()
        .map(|office| NearestOffice {
            office,
            distance_km: distance_km(lat, lon, office.lat(), office.lon()),
        })
        .min_by(|a, b| a.distance_km.total_cmp(&b.distance_km))
}

/// Great-circle distance between two points given in degrees, kilometres (haversine).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// All carriers Sapar knows, parsed on first use.
pub fn carriers() -> &'static [Carrier] {
    static CARRIERS: OnceLock<Vec<Carrier>> = OnceLock::new();
    CARRIERS.get_or_init(|| {
        // The file is part of the source tree and the tests parse it.
        parse_carriers(CARRIERS_JSON)
            .expect("the embedded carriers dataset is valid (checked by tests)")
    })
}

/// The carrier with a code, ignoring case (`kc` gives Air Astana).
pub fn carrier_by_code(code: &str) -> Option<&'static Carrier> {
    let code = code.trim();
    carriers()
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The carriers that run a mode.
pub fn carriers_for_mode(mode: Mode) -> impl Iterator<Item = &'static Carrier> {
    carriers().iter().filter(move |c| c.modes.contains(&mode))
}

const CARRIERS_JSON: &str = include_str!("../data/carriers.json");

#[derive(Deserialize)]
struct CarriersFile {
    carriers: Vec<CarrierRecord>,
}

#[derive(Deserialize)]
struct CarrierRecord {
    code: String,
    kk: String,
    ru: String,
    en: String,
    modes: Vec<Mode>,
    support: SupportContacts,
    offices: Vec<OfficeRecord>,
}

/// An office as written in the file: at a place of the dataset, or at given coordinates.
#[derive(Deserialize)]
struct OfficeRecord {
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    city: Option<String>,
    address: String,
    hours: String,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
}

fn parse_carriers(text: &str) -> Result<Vec<Carrier>, String> {
    let file: CarriersFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    file.carriers
        .into_iter()
        .map(|c| {
            let offices = c
                .offices
                .into_iter()
                .map(|o| office(o).map_err(|e| format!("{}: {e}", c.code)))
                .collect::<Result<_, _>>()?;
            Ok(Carrier {
                code: c.code,
                name_kk: c.kk,
                name_ru: c.ru,
                name_en: c.en,
                modes: c.modes,
                support: c.support,
                offices,
            })
        })
        .collect()
}

fn office(o: OfficeRecord) -> Result<SalesOffice, String> {
    let (city, lat, lon) = match (&o.place, o.city, o.lat, o.lon) {
        (Some(code), _, _, _) => {
            let p = place_by_code(code).ok_or_else(|| format!("unknown place {code}"))?;
            (p.city.clone(), p.lat, p.lon)
        }
        (None, Some(city), Some(lat), Some(lon)) => (city, lat, lon),
        _ => return Err(format!("office {} has no place or coordinates", o.address)),
    };
    Ok(SalesOffice {
        city,
        address: o.address,
        hours: o.hours,
        lat_e6: (lat * 1e6).round() as i64,
        lon_e6: (lon * 1e6).round() as i64,
    })
}

#[cfg(test)]
#[path = "carrier_tests.rs"]
mod tests;
