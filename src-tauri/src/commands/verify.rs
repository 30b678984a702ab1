//! Commands that check ticket codes offline: a pasted code, or the QR codes in a
//! picture the user opens.

use super::text;
use crate::error::IpcError;
use crate::files;
use crate::state::AppState;
use crate::views::verify::CodeVerdict;
use chrono::Utc;
use sapar_domain::Lang;
use sapar_ticket::TripCheck;
use tauri::{State, WebviewWindow};

/// Verifies a ticket code now, optionally against the trip number it is presented for.
#[tauri::command]
#[specta::specta]
pub async fn verify_code(
    state: State<'_, AppState>,
    code: String,
    trip_number: Option<String>,
    lang: Lang,
) -> Result<CodeVerdict, IpcError> {
    let trip = trip_number
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .map(|trip_number| TripCheck {
            trip_number,
            from: None,
            departure: None,
        });
    Ok(state
        .sapar()?
        .verify_code(&code, trip.as_ref(), Utc::now(), lang)
        .await?
        .into())
}

/// Asks for a picture (PNG or JPEG) and verifies every ticket code found in it;
/// `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn verify_picture(
    window: WebviewWindow,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<Option<Vec<CodeVerdict>>, IpcError> {
    let sapar = state.sapar()?;
    let title = text(lang, "ui-dialog-open-picture");
    let filter = text(lang, "ui-dialog-filter-picture");
    let Some(path) = files::open_path(&window, &title, (&filter, files::PICTURE)).await else {
        return Ok(None);
    };
    // Decoding a photo takes a while: keep it off the async workers.
    let codes = tauri::async_runtime::spawn_blocking(move || sapar_core::codes_in_picture(&path))
        .await
        .map_err(|e| IpcError::new("unknown", e.to_string()))??;
    let now = Utc::now();
    let mut verdicts = Vec::with_capacity(codes.len());
    for code in codes {
        verdicts.push(sapar.verify_code(&code, None, now, lang).await?.into());
    }
    Ok(Some(verdicts))
}
