//! Tests of the place search, written as what a user types and expects to see first.

use super::*;
use crate::place::places;
use proptest::prelude::*;

/// The code of the first result.
fn first(query: &str) -> Option<String> {
    search_places(query, 10)
        .first()
        .map(|m| m.place.code.clone())
}

fn codes(found: &[PlaceMatch]) -> Vec<&str> {
    found.iter().map(|m| m.place.code.as_str()).collect()
}

#[test]
fn codes_find_their_place_first() {
    for (query, code) in [
        ("ALA", "ALA"),
        ("ala", "ALA"),
        (" nqz ", "NQZ"),
        ("TSE", "NQZ"),
        ("tse", "NQZ"),
        ("UAAA", "ALA"),
        ("uacc", "NQZ"),
        ("RASTNZ", "RASTNZ"),
        ("balmsa", "BALMSA"),
    ] {
        let found = search_places(query, 5);
        assert_eq!(codes(&found).first().copied(), Some(code), "{query}");
        assert_eq!(found[0].kind, MatchKind::Code, "{query}");
    }
    assert_eq!(search_places("TSE", 1)[0].matched, "TSE");
}

#[test]
fn exact_code_outranks_names_that_start_like_it() {
    // "URA" is Oral's airport code and the start of Uralsk, Oral's old name.
    let found = search_places("URA", 10);
    assert_eq!(found[0].place.code, "URA");
    assert!(
        found.len() > 1,
        "Oral's other places follow: {:?}",
        codes(&found)
    );
    assert!(found[1..].iter().all(|m| m.score < found[0].score));
}

#[test]
fn names_in_kazakh_russian_and_english() {
    for query in [
        "Қарағанды",
        "Караганда",
        "Karaganda",
        "Karagandy",
        "Qaraghandy",
    ] {
        assert_eq!(first(query).as_deref(), Some("KGF"), "{query}");
    }
    for query in ["Өскемен", "Усть-Каменогорск", "Oskemen"] {
        assert_eq!(first(query).as_deref(), Some("UKK"), "{query}");
    }
    assert_eq!(first("Нұрлы жол").as_deref(), Some("RASTNZ"));
    assert_eq!(first("Нурлы Жол").as_deref(), Some("RASTNZ"));
    assert_eq!(first("Nurly Zhol").as_deref(), Some("RASTNZ"));
    assert_eq!(first("Маңғыстау").as_deref(), Some("RMNG"));
    assert_eq!(first("Мангистау").as_deref(), Some("RMNG"));
    assert_eq!(first("Түркістан").as_deref(), Some("HSA"));
    assert_eq!(first("Туркестан").as_deref(), Some("HSA"));
    assert_eq!(first("Аэропорт Алматы").as_deref(), Some("ALA"));
    assert_eq!(first("Алматы-2").as_deref(), Some("RALM2"));
    assert_eq!(first("Uralsk").as_deref(), Some("URA"));
}

#[test]
fn kazakh_letters_typed_as_russian_ones() {
    for (query, code) in [
        ("Актобе", "AKX"),
        ("Оскемен", "UKK"),
        ("Кызылорда", "KZO"),
        ("Караганды", "KGF"),
        ("Костанай", "KSN"),
        ("Туркистан", "HSA"),
        ("Нурлы жол", "RASTNZ"),
        ("Мангыстау", "RMNG"),
        ("Екибастуз", "EKB"),
        ("Талдыкорган", "TDK"),
    ] {
        assert_eq!(first(query).as_deref(), Some(code), "{query}");
    }
}

#[test]
fn old_names_lead_to_todays_places() {
    for (query, code) in [
        ("Nur-Sultan", "NQZ"),
        ("Нур-Султан", "NQZ"),
        ("Akmola", "NQZ"),
        ("Tselinograd", "NQZ"),
        ("Alma-Ata", "ALA"),
        ("Алма-Ата", "ALA"),
        ("almaata", "ALA"),
        ("Semipalatinsk", "PLX"),
        ("Chimkent", "CIT"),
        ("Dzhambul", "DMB"),
        ("Zhambyl", "DMB"),
        ("Kustanay", "KSN"),
        ("Kokchetav", "KOV"),
        ("Гурьев", "GUW"),
        ("Aktyubinsk", "AKX"),
    ] {
        let found = search_places(query, 10);
        assert_eq!(codes(&found).first().copied(), Some(code), "{query}");
        assert_eq!(found[0].kind, MatchKind::Alias, "{query}");
    }
    let found = search_places("Alma-Ata", 1);
    assert_eq!(found[0].matched, "Alma-Ata");
}

#[test]
fn a_city_lists_its_airport_then_main_station_then_others() {
    let found = search_places("Almaty", 10);
    let c = codes(&found);
    assert_eq!(&c[..3], ["ALA", "RALM2", "BALMSA"], "{c:?}");
    assert!(c.contains(&"RALM1") && c.contains(&"BALM2") && c.contains(&"BALMSK"));

    let found = search_places("Astana", 10);
    assert_eq!(&codes(&found)[..4], ["NQZ", "RASTNZ", "BAST", "RAST1"]);

    // Aktau's trains leave from Mangystau, 13 km out of town: it is found by the city's name.
    let found = search_places_by_mode("Aktau", Mode::Rail, 5);
    assert_eq!(codes(&found), ["RMNG"]);
}

#[test]
fn the_matched_text_is_in_the_script_typed() {
    assert_eq!(search_places("Almaty", 1)[0].matched, "Almaty");
    assert_eq!(search_places("Алматы", 1)[0].matched, "Алматы");
    assert_eq!(search_places("Oskemen", 1)[0].matched, "Oskemen");
    assert_eq!(search_places("Оскемен", 1)[0].matched, "Өскемен");
    assert_eq!(search_places("Almtay", 1)[0].matched, "Almaty Airport");
}

#[test]
fn mode_keeps_only_its_places() {
    let found = search_places_by_mode("Astana", Mode::Rail, 10);
    assert_eq!(codes(&found), ["RASTNZ", "RAST1"]);
    let found = search_places_by_mode("Almaty", Mode::Bus, 10);
    assert_eq!(codes(&found)[0], "BALMSA");
    assert!(found.iter().all(|m| m.place.kind == PlaceKind::BusTerminal));
    assert!(search_places_by_mode("ALA", Mode::Rail, 5)
        .iter()
        .all(|m| m.place.code != "ALA"));
}

#[test]
fn starts_of_names_and_later_words() {
    assert_eq!(first("Alm").as_deref(), Some("ALA"));
    assert_eq!(first("Қарағ").as_deref(), Some("KGF"));
    assert_eq!(first("Petropav").as_deref(), Some("PPK"));
    assert_eq!(first("Sayran").as_deref(), Some("BALMSA"));
    let found = search_places("Nazarbayev", 5);
    assert_eq!(found[0].place.code, "NQZ");
    assert_eq!(found[0].kind, MatchKind::Word);
    assert_eq!(first("Самал").as_deref(), Some("BSHMSA"));
}

#[test]
fn one_typo_in_a_start_is_forgiven() {
    for (query, code) in [
        ("Almtay", "ALA"),
        ("Astaan", "NQZ"),
        ("Karagnda", "KGF"),
        ("Pavoldar", "PWQ"),
        ("Shymknet", "CIT"),
        ("Актбе", "AKX"),
        ("Кызыорда", "KZO"),
    ] {
        let found = search_places(query, 5);
        assert_eq!(codes(&found).first().copied(), Some(code), "{query}");
        assert_eq!(found[0].kind, MatchKind::Typo, "{query}");
    }
    // Three letters are too few to guess from.
    assert!(search_places("Alx", 5).is_empty());
}

#[test]
fn text_typed_with_the_wrong_keyboard_layout() {
    // "Алматы" typed with the Latin layout on, "ALA" with the Cyrillic one.
    assert_eq!(first("Fkvfns").as_deref(), Some("ALA"));
    assert_eq!(first("ФДФ").as_deref(), Some("ALA"));
}

#[test]
fn nothing_found_for_empty_or_garbage() {
    for query in ["", "   ", "!!!", "😀😀", "-", "\0", "qqqqqqqqqq", "Ъъъъ"] {
        assert!(search_places(query, 10).is_empty(), "{query:?}");
    }
    assert!(search_places(&"z".repeat(10_000), 10).is_empty());
    assert!(search_places("Almaty", 0).is_empty());
}

#[test]
fn limit_is_kept() {
    assert_eq!(search_places("a", 3).len(), 3);
    assert!(search_places("a", 1000).len() <= places().len());
}

#[test]
fn every_place_is_found_by_each_of_its_names_and_its_code() {
    for place in places() {
        for query in [&place.name_kk, &place.name_ru, &place.name_en, &place.code] {
            let found = search_places(query, 10);
            assert!(
                found.iter().any(|m| m.place.code == place.code),
                "{query} does not find {}",
                place.code
            );
        }
    }
}

proptest! {
    #[test]
    fn search_never_panics_and_ranks_best_first(query in ".{0,40}", limit in 0usize..20) {
        let found = search_places(&query, limit);
        prop_assert!(found.len() <= limit);
        prop_assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn any_start_of_a_name_finds_its_place(i in 0usize..1000, len in 1usize..12) {
        let place = &places()[i % places().len()];
        let prefix: String = place.name_en.chars().take(len).collect();
        let found = search_places(&prefix, places().len());
        prop_assert!(found.iter().any(|m| m.place.code == place.code), "{}", prefix);
    }
}
