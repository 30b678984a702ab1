//! Commands over the ticket wallet: list, search, the bin.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{BinEntry, Page, TicketRow, Traveller};
use tauri::State;

/// A page of upcoming (`past = false`, soonest first) or past (latest first) tickets.
#[tauri::command]
#[specta::specta]
pub async fn list_tickets(
    state: State<'_, AppState>,
    past: bool,
    offset: u32,
    limit: u32,
) -> Result<Page<TicketRow>, IpcError> {
    Ok(state.sapar()?.list_tickets(past, offset, limit).await?)
}

/// Tickets matching a name, IIN, document, reference, ticket number, place or date,
/// upcoming and past alike.
#[tauri::command]
#[specta::specta]
pub async fn search_tickets(
    state: State<'_, AppState>,
    text: String,
    limit: u32,
) -> Result<Vec<TicketRow>, IpcError> {
    Ok(state.sapar()?.search_tickets(&text, limit).await?)
}

/// Moves a booking (by reference, ticket number or id) to the bin.
#[tauri::command]
#[specta::specta]
pub async fn remove_booking(state: State<'_, AppState>, key: String) -> Result<(), IpcError> {
    Ok(state.sapar()?.remove_booking(&key).await?)
}

/// Brings a booking back from the bin.
#[tauri::command]
#[specta::specta]
pub async fn restore_booking(state: State<'_, AppState>, key: String) -> Result<(), IpcError> {
    Ok(state.sapar()?.restore_booking(&key).await?)
}

/// The bookings in the bin.
#[tauri::command]
#[specta::specta]
pub async fn bin(state: State<'_, AppState>) -> Result<Vec<BinEntry>, IpcError> {
    Ok(state.sapar()?.bin().await?)
}

/// Deletes the bin's bookings for good; returns how many.
#[tauri::command]
#[specta::specta]
pub async fn empty_bin(state: State<'_, AppState>) -> Result<u64, IpcError> {
    Ok(state.sapar()?.empty_bin().await?)
}

/// The people booked for before, most recent first, to fill a passenger form.
#[tauri::command]
#[specta::specta]
pub async fn travellers(state: State<'_, AppState>) -> Result<Vec<Traveller>, IpcError> {
    Ok(state.sapar()?.travellers(20).await?)
}
