//! Commands over the carriers Sapar buys from: the list, adding a real carrier (its
//! address and API key), turning one off or on, removing it, and Sapar's demo carriers.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{AddedCarrier, CarrierInfo};
use tauri::State;

/// Every carrier set up, demo ones marked, with when each last synced.
#[tauri::command]
#[specta::specta]
pub async fn carriers(state: State<'_, AppState>) -> Result<Vec<CarrierInfo>, IpcError> {
    Ok(state.sapar()?.carriers().await?)
}

/// Adds a real carrier by its code, the address of its Sapar protocol and the API key
/// it gave (kept in the system keyring where there is one).
#[tauri::command]
#[specta::specta]
pub async fn add_carrier(
    state: State<'_, AppState>,
    code: String,
    base_url: String,
    api_key: String,
) -> Result<AddedCarrier, IpcError> {
    Ok(state
        .sapar()?
        .add_carrier(&code, &base_url, &api_key)
        .await?)
}

/// Turns a carrier off (not searched, not synced) or on again.
#[tauri::command]
#[specta::specta]
pub async fn set_carrier_enabled(
    state: State<'_, AppState>,
    code: String,
    enabled: bool,
) -> Result<(), IpcError> {
    Ok(state.sapar()?.set_carrier_enabled(&code, enabled).await?)
}

/// Removes a carrier and its key; its tickets stay in the wallet and still verify.
#[tauri::command]
#[specta::specta]
pub async fn remove_carrier(state: State<'_, AppState>, code: String) -> Result<(), IpcError> {
    Ok(state.sapar()?.remove_carrier(&code).await?)
}

/// Starts Sapar's demo carriers (nothing real is sold) and returns their codes.
#[tauri::command]
#[specta::specta]
pub async fn start_demo_carriers(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    Ok(state.sapar()?.start_demo_carriers().await?)
}
