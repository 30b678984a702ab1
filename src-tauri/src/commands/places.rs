//! The names of Sapar's places in every language, so lists can show a station in the
//! UI's language whatever name the ticket was saved with; and places suggested while a
//! person types where they travel from or to.

use crate::error::IpcError;
use crate::views::ticket::PlaceNames;
use sapar_domain::place::{city_of, places};
use sapar_domain::search::{search_places, search_places_by_mode, MatchKind};
use sapar_domain::{Mode, PlaceKind};
use serde::Serialize;

/// A place's code and its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct NamedPlace {
    /// The place's code (`ALA`, `RASTNZ`).
    pub code: String,
    /// Its names.
    pub names: PlaceNames,
}

/// Every place of Sapar's dataset with its names in Kazakh, Russian and English.
#[tauri::command]
#[specta::specta]
pub async fn place_names() -> Result<Vec<NamedPlace>, IpcError> {
    Ok(places()
        .iter()
        .map(|p| NamedPlace {
            code: p.code.clone(),
            names: PlaceNames::of_place(p),
        })
        .collect())
}

/// A place suggested for what the user typed.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlaceSuggestion {
    /// The place's code, which a search can be made with.
    pub code: String,
    /// Its names.
    pub names: PlaceNames,
    /// Its city in each language.
    pub city: PlaceNames,
    /// Airport, railway station or bus terminal.
    pub kind: PlaceKind,
    /// How the text matched it.
    pub matched_by: MatchKind,
    /// The code, name or old name that matched, as Sapar's dataset writes it.
    pub matched: String,
}

/// Places for what the user typed (any language, old names, codes, a typo or the wrong
/// keyboard layout), best first; only those of `mode` when one is given.
#[tauri::command]
#[specta::specta]
pub async fn suggest_places(
    text: String,
    mode: Option<Mode>,
    limit: u32,
) -> Result<Vec<PlaceSuggestion>, IpcError> {
    let limit = usize::try_from(limit.clamp(1, 50)).unwrap_or(10);
    let found = match mode {
        Some(m) => search_places_by_mode(&text, m, limit),
        None => search_places(&text, limit),
    };
    Ok(found
        .into_iter()
        .map(|m| PlaceSuggestion {
            code: m.place.code.clone(),
            names: PlaceNames::of_place(m.place),
            city: city_of(m.place)
                .map_or_else(|| PlaceNames::same(&m.place.city), PlaceNames::of_city),
            kind: m.place.kind,
            matched_by: m.kind,
            matched: m.matched,
        })
        .collect())
}
