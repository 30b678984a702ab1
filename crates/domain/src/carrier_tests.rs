//! Tests of the carriers dataset and the nearest office.

use super::*;
use std::collections::HashSet;

fn carrier(code: &str) -> &'static Carrier {
    carrier_by_code(code).unwrap_or_else(|| panic!("{code} is in the dataset"))
}

#[test]
fn the_embedded_dataset_parses() {
    assert!(parse_carriers(CARRIERS_JSON).is_ok());
    assert!(parse_carriers("{}").is_err());
    let unknown_place = r#"{"carriers": [{"code": "X", "kk": "", "ru": "", "en": "", "modes": [],
        "support": {"phones": []}, "offices": [{"place": "NOPE", "address": "", "hours": ""}]}]}"#;
    assert!(parse_carriers(unknown_place).is_err());
}

#[test]
fn the_railway_and_the_airlines_are_known() {
    assert_eq!(carrier("KTZ").modes, [Mode::Rail]);
    assert_eq!(carrier("ktz").name(Lang::Kk), "ҚТЖ — Жолаушылар тасымалы");
    for (code, name) in [
        ("KC", "Air Astana"),
        ("FS", "FlyArystan"),
        ("DV", "SCAT Airlines"),
        ("IQ", "Qazaq Air"),
    ] {
        let c = carrier(code);
        assert_eq!(c.name(Lang::En), name);
        assert_eq!(c.modes, [Mode::Air]);
        assert!(!c.is_sandbox());
    }
    assert_eq!(carrier("kc").support.phones, ["+7 727 244 44 77"]);
    assert!(carrier_by_code("ZZ").is_none());
    assert!(carrier_by_code("").is_none());
}

#[test]
fn the_bus_company_is_marked_as_a_demo() {
    let buses: Vec<_> = carriers_for_mode(Mode::Bus).collect();
    assert!(!buses.is_empty());
    for c in buses {
        assert!(c.is_sandbox(), "{}", c.code);
        for lang in Lang::ALL {
            assert!(c.name(lang).contains("демо") || c.name(lang).contains("demo"));
        }
        let email = c.support.email.as_deref().unwrap_or_default();
        assert!(email.ends_with(".example"), "{email}");
    }
}

#[test]
fn every_carrier_is_complete() {
    let mut codes = HashSet::new();
    for c in carriers() {
        assert!(codes.insert(c.code.clone()), "{} twice", c.code);
        assert!(!c.name_kk.is_empty() && !c.name_ru.is_empty() && !c.name_en.is_empty());
        assert!(!c.modes.is_empty(), "{}", c.code);
        assert!(c.support.web.is_some(), "{}", c.code);
        assert!(c.offices.len() >= 2, "{}", c.code);
        for o in &c.offices {
            assert!((40.5..=55.5).contains(&o.lat()), "{}", o.address);
            assert!((46.5..=87.5).contains(&o.lon()), "{}", o.address);
        }
    }
}

#[test]
fn distance_between_almaty_and_astana() {
    let (ala, nqz) = (
        place_by_code("ALA").expect("ALA"),
        place_by_code("NQZ").expect("NQZ"),
    );
    let d = distance_km(ala.lat, ala.lon, nqz.lat, nqz.lon);
    assert!((950.0..1000.0).contains(&d), "{d}");
    assert!(distance_km(43.0, 77.0, 43.0, 77.0).abs() < 1e-9);
}

#[test]
fn nearest_office_is_the_one_in_town() {
    // From Almaty's centre, Air Astana's nearest desk is at Almaty airport.
    let found = nearest_office(carrier("KC"), 43.2567, 76.9286).expect("has offices");
    assert_eq!(found.office.city, "Almaty");
    assert!(found.distance_km < 25.0, "{}", found.distance_km);
    // From Karaganda, KTZ's nearest desk is Karaganda's station.
    let found = nearest_office(carrier("KTZ"), 49.80, 73.10).expect("has offices");
    assert_eq!(found.office.city, "Karaganda");
    // From Astana's left bank, Nurly Zhol is nearer than Astana-1.
    let found = nearest_office(carrier("KTZ"), 51.10, 71.50).expect("has offices");
    assert!(found.office.address.starts_with("Nurly Zhol"));
    assert!(nearest_office(carrier("KC"), f64::NAN, 0.0).is_none());
    assert!(nearest_office(carrier("KC"), 91.0, 0.0).is_none());
}
