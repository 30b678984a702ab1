//! Commands of changing a ticket: the refund or exchange quote (the fee shown before
//! anything is decided), then the refund or exchange itself. A refund is queued when
//! the carrier cannot be reached and goes with the next sync.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{CardPayment, ExchangePreview, FoundOffer, RefundOutcome, RefundPreview};
use sapar_domain::Booking;
use tauri::State;

/// What refunding a ticket (by its number) or a whole booking (by its reference) gives
/// back and what it costs: the carrier's offer, or an estimate from the fare rules
/// when it cannot be reached.
#[tauri::command]
#[specta::specta]
pub async fn refund_quote(
    state: State<'_, AppState>,
    key: String,
) -> Result<RefundPreview, IpcError> {
    Ok(state.sapar()?.refund_quote(&key).await?)
}

/// Refunds as quoted: done at once, or queued until the carrier can be reached.
#[tauri::command]
#[specta::specta]
pub async fn refund(
    state: State<'_, AppState>,
    preview: RefundPreview,
) -> Result<RefundOutcome, IpcError> {
    Ok(state.sapar()?.refund(&preview).await?)
}

/// What exchanging a ticket (or booking) for another trip of the same carrier costs.
#[tauri::command]
#[specta::specta]
pub async fn exchange_quote(
    state: State<'_, AppState>,
    key: String,
    to: FoundOffer,
) -> Result<ExchangePreview, IpcError> {
    Ok(state.sapar()?.exchange_quote(&key, &to).await?)
}

/// Exchanges as quoted; a card pays the difference when the new trip costs more.
/// Returns the booking with its new tickets, already in the wallet.
#[tauri::command]
#[specta::specta]
pub async fn exchange(
    state: State<'_, AppState>,
    preview: ExchangePreview,
    card: Option<CardPayment>,
) -> Result<Booking, IpcError> {
    Ok(state.sapar()?.exchange(&preview, card).await?)
}
