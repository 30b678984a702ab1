//! Places: airports, railway stations and bus terminals, with names in three languages.
//!
//! The dataset ships inside the binary (`data/places.json`): every airport of Kazakhstan
//! with scheduled flights, the main railway stations and junctions of KTZ, and the main
//! intercity bus terminals of the largest cities. Coordinates are good to about a kilometre.
//!
//! # Place codes
//!
//! Codes go into signed tickets, so they never change once shipped:
//!
//! - an airport's code is its IATA code (`ALA`, `NQZ`): three uppercase letters. Former
//!   IATA codes are aliases (`TSE` finds `NQZ`), and so is the ICAO code (`UAAA`);
//! - a railway station's code is `R`, then three letters abbreviating the station's town
//!   (`AST`, `ALM`, `KRG`…), then an optional suffix of up to two letters or digits telling
//!   the stations of one town apart: `RASTNZ` Astana Nurly Zhol, `RAST1` Astana-1,
//!   `RALM1`/`RALM2` Almaty-1/-2, `RKRG` Karaganda, `RMNG` Mangystau (Aktau's station);
//! - a bus terminal's code is `B`, the same three letters, and the same kind of suffix:
//!   `BALMSA` Almaty Sayran, `BALM2` Almaty-2 bus station, `BAST` Astana, `BSHMSA` Shymkent Samal.
//!
//! So every code is 3 to 8 characters of `A`-`Z` and `0`-`9`; only airports have exactly
//! three, and only stations and terminals start with `R` or `B` followed by three letters
//! ([`is_well_formed_code`]).

use crate::place_data::dataset;
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlaceRef {
    /// The place's code.
    pub code: String,
    /// A display name (English); localised names come from the dataset by code.
    pub name: String,
    /// IANA zone.
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub zone: Tz,
}

/// A city or town served by places of the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct City {
    /// Name in English; [`Place::city`] holds this name.
    pub name_en: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Former and other names (`Alma-Ata`, `Akmola`, `Ust-Kamenogorsk`…).
    pub aliases: Vec<String>,
    /// IANA zone of the city and of all its places.
    pub zone: Tz,
}

impl City {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
            Lang::En => &self.name_en,
        }
    }
}

/// Longest place code: signed ticket tokens hold place codes of at most 6 characters.
pub const PLACE_CODE_MAX_LEN: usize = 6;

/// Whether a code follows Sapar's scheme for place codes (see the module docs): an IATA-like
/// three-letter code, or `R`/`B`, three letters and up to two letters or digits.
pub fn is_well_formed_code(code: &str) -> bool {
    let b = code.as_bytes();
    let upper_or_digit = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit();
    match b.len() {
        3 => b.iter().all(u8::is_ascii_uppercase),
        4..=6 => {
            (b[0] == b'R' || b[0] == b'B')
                && b[1..4].iter().all(u8::is_ascii_uppercase)
                && b[4..].iter().all(upper_or_digit)
        }
        _ => false,
    }
}

/// All places of the dataset, parsed on first use.
pub fn places() -> &'static [Place] {
    &dataset().places
}

/// All cities of the dataset.
pub fn cities() -> &'static [City] {
    &dataset().cities
}

/// The place with a code, ignoring case. Accepts ICAO codes and former codes too
/// (`tse` and `UACC` both give Astana's airport `NQZ`).
pub fn place_by_code(code: &str) -> Option<&'static Place> {
    let data = dataset();
    let code = code.trim();
    if code.is_empty() || code.len() > PLACE_CODE_MAX_LEN {
        return None;
    }
    data.by_code
        .get(&code.to_ascii_uppercase())
        .map(|&i| &data.places[i])
}

/// The city a place serves, when the place is from the dataset.
pub fn city_of(place: &Place) -> Option<&'static City> {
    dataset().cities.iter().find(|c| c.name_en == place.city)
}

/// Whether a place is the main one of its kind in its city (e.g. Nurly Zhol rather than
/// Astana-1); places outside the dataset are not.
pub fn is_main_place(place: &Place) -> bool {
    let data = dataset();
    data.by_code
        .get(&place.code)
        .is_some_and(|&i| data.main[i] && data.places[i].code == place.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, Offset, TimeZone};
    use std::collections::HashSet;

    fn place(code: &str) -> &'static Place {
        place_by_code(code).unwrap_or_else(|| panic!("{code} is in the dataset"))
    }

    #[test]
    fn the_embedded_dataset_parses() {
        let text = include_str!("../data/places.json");
        assert!(crate::place_data::parse(text).is_ok());
        assert!(crate::place_data::parse("{}").is_err());
    }

    #[test]
    fn all_22_airports_with_iata_and_icao() {
        let expected = [
            ("ALA", "UAAA"),
            ("NQZ", "UACC"),
            ("CIT", "UAII"),
            ("KGF", "UAKK"),
            ("AKX", "UATT"),
            ("GUW", "UATG"),
            ("SCO", "UATE"),
            ("PWQ", "UASP"),
            ("UKK", "UASK"),
            ("PLX", "UASS"),
            ("KZO", "UAOO"),
            ("HSA", "UAIT"),
            ("DMB", "UADD"),
            ("URA", "UARR"),
            ("KSN", "UAUU"),
            ("PPK", "UACP"),
            ("KOV", "UACK"),
            ("TDK", "UAAT"),
            ("DZN", "UAKD"),
            ("BXH", "UAAH"),
            ("USJ", "UAAL"),
            ("EKB", "UASB"),
        ];
        let airports: Vec<_> = places()
            .iter()
            .filter(|p| p.kind == PlaceKind::Airport)
            .collect();
        assert_eq!(airports.len(), expected.len());
        for (iata, icao) in expected {
            let p = place(iata);
            assert_eq!(p.kind, PlaceKind::Airport);
            assert_eq!(p.icao.as_deref(), Some(icao), "{iata}");
            assert_eq!(place(icao).code, iata);
        }
    }

    #[test]
    fn stations_and_terminals_cover_the_country() {
        let count = |kind| places().iter().filter(|p| p.kind == kind).count();
        assert!(count(PlaceKind::RailwayStation) >= 30);
        assert!(count(PlaceKind::BusTerminal) >= 8);
        for code in [
            "RASTNZ", "RAST1", "RALM1", "RALM2", "RKRG", "RSHM", "RAKB", "RATR", "RMNG", "RPVL",
            "RSEM", "RKZL", "RTRK", "ROSK", "RKST", "RPTR", "RKOK", "RTRZ", "RORL", "RTLD", "RZHZ",
            "RBLK", "REKI", "RSHU", "RSSH", "RARS", "RATB", "RTOB", "RBEY", "RKND", "RMKT", "RSHL",
            "RARL",
        ] {
            assert_eq!(place(code).kind, PlaceKind::RailwayStation, "{code}");
        }
        for code in [
            "BALMSA", "BALM2", "BAST", "BSHMSA", "BKRG", "BAKB", "BTRZ", "BTRK",
        ] {
            assert_eq!(place(code).kind, PlaceKind::BusTerminal, "{code}");
        }
    }

    #[test]
    fn codes_follow_the_scheme_and_are_unique() {
        let mut seen = HashSet::new();
        for p in places() {
            assert!(is_well_formed_code(&p.code), "{}", p.code);
            assert!(seen.insert(p.code.clone()), "{} twice", p.code);
            let prefix = match p.kind {
                PlaceKind::Airport => None,
                PlaceKind::RailwayStation => Some('R'),
                PlaceKind::BusTerminal => Some('B'),
            };
            assert_eq!(p.code.len() == 3, prefix.is_none(), "{}", p.code);
            if let Some(prefix) = prefix {
                assert!(p.code.starts_with(prefix), "{}", p.code);
            }
        }
        assert!(!is_well_formed_code("ala"));
        assert!(!is_well_formed_code("XALM1"));
        assert!(!is_well_formed_code("RALMATY1"));
        assert!(!is_well_formed_code(""));
    }

    #[test]
    fn lookup_ignores_case_and_knows_old_codes() {
        assert_eq!(place("tse").code, "NQZ");
        assert_eq!(place("TSE").code, "NQZ");
        assert_eq!(place(" ala ").code, "ALA");
        assert_eq!(place("uaaa").code, "ALA");
        assert_eq!(place("rastnz").code, "RASTNZ");
        for missing in ["", "XXX", "Almaty", "ALAALAALA", "😀"] {
            assert!(place_by_code(missing).is_none(), "{missing}");
        }
    }

    #[test]
    fn names_in_kazakh_use_kazakh_letters() {
        assert_eq!(place("RASTNZ").name(Lang::Kk), "Нұрлы жол");
        assert_eq!(place("RASTNZ").name(Lang::Ru), "Нурлы Жол");
        assert_eq!(place("RASTNZ").name(Lang::En), "Nurly Zhol");
        assert_eq!(place("RKRG").name_kk, "Қарағанды");
        assert_eq!(place("RAKB").name_kk, "Ақтөбе");
        assert_eq!(place("ROSK").name_kk, "Өскемен");
        assert_eq!(place("RKZL").name_kk, "Қызылорда");
        assert_eq!(place("RTRK").name_kk, "Түркістан");
        assert_eq!(place("RMNG").name_kk, "Маңғыстау");
        assert_eq!(place("RMNG").city, "Aktau");
        let city = city_of(place("UKK")).map(|c| c.name(Lang::Ru));
        assert_eq!(city, Some("Усть-Каменогорск"));
        for p in places() {
            assert!(!p.name_kk.is_empty() && !p.name_ru.is_empty() && !p.name_en.is_empty());
            assert!(p.name_en.is_ascii(), "{}", p.name_en);
            assert!(city_of(p).is_some(), "{}", p.code);
        }
    }

    #[test]
    fn zones_are_the_regions_own_and_all_utc_plus_five_now() {
        use chrono_tz::Tz;
        assert_eq!(place("KSN").zone, Tz::Asia__Qostanay);
        assert_eq!(place("AKX").zone, Tz::Asia__Aqtobe);
        assert_eq!(place("SCO").zone, Tz::Asia__Aqtau);
        assert_eq!(place("RMNG").zone, Tz::Asia__Aqtau);
        assert_eq!(place("GUW").zone, Tz::Asia__Atyrau);
        assert_eq!(place("URA").zone, Tz::Asia__Oral);
        assert_eq!(place("KZO").zone, Tz::Asia__Qyzylorda);
        assert_eq!(place("ALA").zone, Tz::Asia__Almaty);
        assert_eq!(place("RASTNZ").zone, Tz::Asia__Almaty);
        let noon = NaiveDate::from_ymd_opt(2025, 6, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("valid date");
        for p in places() {
            let offset = p.zone.from_utc_datetime(&noon).offset().fix();
            assert_eq!(offset.local_minus_utc(), 5 * 3600, "{}", p.code);
        }
    }

    #[test]
    fn coordinates_lie_in_kazakhstan() {
        for p in places() {
            assert!((40.5..=55.5).contains(&p.lat), "{} {}", p.code, p.lat);
            assert!((46.5..=87.5).contains(&p.lon), "{} {}", p.code, p.lon);
        }
    }

    #[test]
    fn main_places_of_a_city() {
        assert!(is_main_place(place("RASTNZ")));
        assert!(!is_main_place(place("RAST1")));
        assert!(is_main_place(place("ALA")));
        let mut foreign = place("ALA").clone();
        foreign.code = "IST".into();
        assert!(!is_main_place(&foreign));
    }
}
