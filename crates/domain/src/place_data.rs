//! The shipped places dataset: `data/places.json`, embedded in the binary and parsed once.
//!
//! The file holds two lists. `cities` gives each city its names in three languages, its old
//! names and its IANA zone; `places` gives each airport, railway station and bus terminal its
//! code, names, city and coordinates. A place takes its zone from its city, so the places of
//! one city can never disagree on the time.

use crate::place::{City, Place, PlaceKind};
use chrono_tz::Tz;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The dataset's source text, checked by the tests of `place`.
const PLACES_JSON: &str = include_str!("../data/places.json");

#[derive(Deserialize)]
struct DatasetFile {
    cities: Vec<CityRecord>,
    places: Vec<PlaceRecord>,
}

#[derive(Deserialize)]
struct CityRecord {
    en: String,
    kk: String,
    ru: String,
    zone: Tz,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct PlaceRecord {
    code: String,
    #[serde(default)]
    icao: Option<String>,
    kind: PlaceKind,
    main: bool,
    city: String,
    kk: String,
    ru: String,
    en: String,
    aliases: Vec<String>,
    lat: f64,
    lon: f64,
}

/// The parsed dataset with its lookup tables.
pub(crate) struct Dataset {
    /// All cities, in file order.
    pub cities: Vec<City>,
    /// All places, in file order.
    pub places: Vec<Place>,
    /// For each place, the index of its city in `cities`.
    pub city_index: Vec<usize>,
    /// For each place, whether it is the main place of its kind in its city.
    pub main: Vec<bool>,
    /// Uppercase code, ICAO code or former code → index in `places`.
    pub by_code: HashMap<String, usize>,
}

/// An alias written wholly in uppercase Latin letters and digits is a former code
/// (e.g. `TSE` for Astana's airport); other aliases are names.
pub(crate) fn is_code_alias(alias: &str) -> bool {
    (3..=8).contains(&alias.len())
        && alias
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// The dataset, parsed on first use.
pub(crate) fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        // The file is part of the source tree and the tests parse it, so a failure here
        // is a build that never passed its tests.
        parse(PLACES_JSON).expect("the embedded places dataset is valid (checked by tests)")
    })
}

/// Parses the dataset text; an error names what is wrong with it.
pub(crate) fn parse(text: &str) -> Result<Dataset, String> {
    let file: DatasetFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let cities: Vec<City> = file
        .cities
        .into_iter()
        .map(|c| City {
            name_en: c.en,
            name_kk: c.kk,
            name_ru: c.ru,
            aliases: c.aliases,
            zone: c.zone,
        })
        .collect();
    let mut places = Vec::with_capacity(file.places.len());
    let mut city_index = Vec::with_capacity(file.places.len());
    let mut main = Vec::with_capacity(file.places.len());
    let mut by_code = HashMap::new();
    for record in file.places {
        let ci = cities
            .iter()
            .position(|c| c.name_en == record.city)
            .ok_or_else(|| format!("place {} names unknown city {}", record.code, record.city))?;
        let index = places.len();
        let mut codes = vec![record.code.clone()];
        codes.extend(record.icao.clone());
        codes.extend(record.aliases.iter().filter(|a| is_code_alias(a)).cloned());
        for code in codes {
            if by_code.insert(code.to_ascii_uppercase(), index).is_some() {
                return Err(format!("code {code} is used twice"));
            }
        }
        places.push(Place {
            code: record.code,
            icao: record.icao,
            kind: record.kind,
            name_kk: record.kk,
            name_ru: record.ru,
            name_en: record.en,
            aliases: record.aliases,
            city: record.city,
            zone: cities[ci].zone,
            lat: record.lat,
            lon: record.lon,
        });
        city_index.push(ci);
        main.push(record.main);
    }
    Ok(Dataset {
        cities,
        places,
        city_index,
        main,
        by_code,
    })
}
