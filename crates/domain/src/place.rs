//! Places: airports, railway stations and bus terminals, with names in three languages.

use crate::{Lang, Mode};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// What kind of place it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// An airport.
    Airport,
    /// A railway station.
    RailwayStation,
    /// A bus terminal.
    BusTerminal,
}

impl PlaceKind {
    /// The mode served from a place of this kind.
    pub fn mode(self) -> Mode {
        match self {
            PlaceKind::Airport => Mode::Air,
            PlaceKind::RailwayStation => Mode::Rail,
            PlaceKind::BusTerminal => Mode::Bus,
        }
    }
}

/// A place in the shipped dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Unique code: IATA for airports (`ALA`); for stations and terminals a short
    /// uppercase ASCII code of Sapar's dataset.
    pub code: String,
    /// Airport ICAO code.
    pub icao: Option<String>,
    /// Kind of place.
    pub kind: PlaceKind,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Name in English.
    pub name_en: String,
    /// Other names and old codes (`TSE`, `Nur-Sultan`, `Akmola`, `Alma-Ata`…).
    pub aliases: Vec<String>,
    /// City served, in English.
    pub city: String,
    /// IANA zone.
    pub zone: Tz,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
}

impl Place {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
            Lang::En => &self.name_en,
        }
    }

    /// A reference to this place, as kept on segments.
    pub fn to_ref(&self) -> PlaceRef {
        PlaceRef {
            code: self.code.clone(),
            name: self.name_en.clone(),
            zone: self.zone,
        }
    }
}

/// A place as referenced from a segment: its code, a name, and its zone. Kept
/// even for places outside the dataset (e.g. an imported foreign airport).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlaceRef {
    /// The place's code.
    pub code: String,
    /// A display name (English); localised names come from the dataset by code.
    pub name: String,
    /// IANA zone.
    pub zone: Tz,
}
