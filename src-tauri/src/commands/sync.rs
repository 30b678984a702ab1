//! Commands of the sync screen: each carrier's last sync, the refunds waiting in the
//! outbox, payments whose answer was lost, "sync now", and the language notifications
//! are written in.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{CarrierInfo, OutboxEntry, PendingPurchase, RefundOutcome, SyncReport};
use sapar_domain::{Lang, Money};
use serde::Serialize;
use tauri::State;

/// What the sync screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SyncStatus {
    /// Every carrier with its last sync and last error.
    pub carriers: Vec<CarrierInfo>,
    /// Refunds waiting to be sent or decided on.
    pub outbox: Vec<OutboxEntry>,
    /// Payments sent whose answer has not arrived yet.
    pub pending_payments: Vec<PendingPayment>,
}

/// A payment sent whose answer has not arrived (never the card's details).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PendingPayment {
    /// The carrier.
    pub carrier: String,
    /// The hold paid for.
    pub hold_id: String,
    /// What it costs.
    pub total: Money,
    /// How many times it was sent.
    pub attempts: u32,
    /// The last failure, `code: message`.
    pub last_error: Option<String>,
    /// When it was recorded, RFC 3339 UTC.
    pub created_at: String,
}

impl From<PendingPurchase> for PendingPayment {
    fn from(p: PendingPurchase) -> Self {
        Self {
            carrier: p.carrier,
            hold_id: p.hold_id,
            total: Money::tiyn(p.total_tiyn),
            attempts: p.attempts,
            last_error: p.last_error,
            created_at: p.created_at,
        }
    }
}

/// The state of syncing now.
#[tauri::command]
#[specta::specta]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, IpcError> {
    let sapar = state.sapar()?;
    Ok(SyncStatus {
        carriers: sapar.carriers().await?,
        outbox: sapar.outbox().await?,
        pending_payments: sapar
            .pending_purchases()
            .await?
            .into_iter()
            .map(PendingPayment::from)
            .collect(),
    })
}

/// Syncs every carrier now: unfinished payments, queued refunds, then each carrier's
/// news (delays, cancellations, ticket status, signing keys).
#[tauri::command]
#[specta::specta]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncReport, IpcError> {
    Ok(state.sapar()?.sync_now().await?)
}

/// Accepts the carrier's lower price of a queued refund, and sends it.
#[tauri::command]
#[specta::specta]
pub async fn accept_outbox_price(
    state: State<'_, AppState>,
    id: String,
) -> Result<RefundOutcome, IpcError> {
    Ok(state.sapar()?.accept_outbox_price(&id).await?)
}

/// Withdraws a queued refund that has not reached the carrier.
#[tauri::command]
#[specta::specta]
pub async fn cancel_outbox_entry(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    Ok(state.sapar()?.cancel_outbox_entry(&id).await?)
}

/// The language the UI speaks, for the notifications Sapar shows itself.
#[tauri::command]
#[specta::specta]
pub fn set_language(state: State<'_, AppState>, lang: Lang) {
    state.set_lang(lang);
}
