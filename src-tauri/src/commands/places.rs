//! The names of Sapar's places in every language, so lists can show a station in the
//! UI's language whatever name the ticket was saved with.

use crate::error::IpcError;
use crate::views::ticket::PlaceNames;
use sapar_domain::place::places;
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
            names: PlaceNames {
                kk: p.name_kk.clone(),
                ru: p.name_ru.clone(),
                en: p.name_en.clone(),
            },
        })
        .collect())
}
