//! Commands over the ticket wallet.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{Page, TicketRow};
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
