//! Airports, stations and carriers named on imported passes, resolved against Sapar's datasets.
//!
//! A place in the dataset gives its name and IANA zone. A place Sapar does not know (a
//! foreign airport) is kept by its code, with the code as its name and UTC as its zone,
//! and the import says so in a note.

use chrono_tz::Tz;
use sapar_domain::{
    carrier_by_code, place_by_code, search_places_by_mode, Lang, Mode, PlaceKind, PlaceRef,
};

/// The airport with an IATA code; unknown airports are kept by code in UTC, with a note.
pub(crate) fn airport(code: &str, notes: &mut Vec<String>) -> PlaceRef {
    let code = code.trim().to_ascii_uppercase();
    match place_by_code(&code).filter(|p| p.kind == PlaceKind::Airport) {
        Some(place) => place.to_ref(),
        None => unknown_place(&code, &code, notes),
    }
}

/// A place named by code or by name, for a mode: the dataset's code first, then the best
/// name match; unknown places are kept as given, in UTC, with a note.
pub(crate) fn place_for_mode(text: &str, mode: Mode, notes: &mut Vec<String>) -> PlaceRef {
    let text = text.trim();
    if let Some(place) = place_by_code(text).filter(|p| p.kind.mode() == mode) {
        return place.to_ref();
    }
    if let Some(found) = search_places_by_mode(text, mode, 1).into_iter().next() {
        return found.place.to_ref();
    }
    let code: String = text
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect::<String>()
        .to_ascii_uppercase();
    unknown_place(&code, text, notes)
}

fn unknown_place(code: &str, name: &str, notes: &mut Vec<String>) -> PlaceRef {
    push_note(
        notes,
        format!(
            "{name} is not in Sapar's list of places: kept by its code, with times shown in UTC"
        ),
    );
    PlaceRef {
        code: code.to_string(),
        name: name.to_string(),
        zone: Tz::UTC,
    }
}

/// The carrier's English name when Sapar knows it; otherwise a note says it is unknown.
pub(crate) fn carrier_name(code: &str, notes: &mut Vec<String>) -> Option<String> {
    match carrier_by_code(code) {
        Some(carrier) => Some(carrier.name(Lang::En).to_string()),
        None => {
            notes.push(format!(
                "carrier {code} is not one Sapar works with: its support contacts are not known"
            ));
            None
        }
    }
}

/// Adds a note only once.
pub(crate) fn push_note(notes: &mut Vec<String>, note: String) {
    if !notes.contains(&note) {
        notes.push(note);
    }
}
