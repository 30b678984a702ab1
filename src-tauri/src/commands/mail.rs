//! Commands over the mail server tickets are sent through, and the queue of sends
//! waiting for another try.

use crate::error::IpcError;
use crate::state::AppState;
use crate::views::mail::{MailServer, RetryResult, WaitingMail};
use tauri::State;

/// The saved mail server, if one is set up (never its password).
#[tauri::command]
#[specta::specta]
pub async fn mail_server(state: State<'_, AppState>) -> Result<Option<MailServer>, IpcError> {
    Ok(state.sapar()?.mail_config()?.map(MailServer::from))
}

/// Saves the mail server; a password given goes to the OS keyring. Returns whether the
/// keyring took it (when not, Sapar reads it from `SAPAR_SMTP_PASSWORD`).
#[tauri::command]
#[specta::specta]
pub async fn save_mail_server(
    state: State<'_, AppState>,
    server: MailServer,
    password: Option<String>,
) -> Result<bool, IpcError> {
    let password = password.filter(|p| !p.is_empty());
    Ok(state
        .sapar()?
        .set_mail_config(&server.into(), password.as_deref())?)
}

/// Sends waiting in the queue, oldest first.
#[tauri::command]
#[specta::specta]
pub async fn queued_mail(state: State<'_, AppState>) -> Result<Vec<WaitingMail>, IpcError> {
    Ok(state
        .sapar()?
        .queued_mail()?
        .into_iter()
        .map(WaitingMail::from)
        .collect())
}

/// Tries every queued send again; returns each with what happened.
#[tauri::command]
#[specta::specta]
pub async fn retry_queued_mail(state: State<'_, AppState>) -> Result<Vec<RetryResult>, IpcError> {
    Ok(state
        .sapar()?
        .retry_queued_mail()
        .await?
        .into_iter()
        .map(|(mail, result)| RetryResult::new(mail, result))
        .collect())
}
