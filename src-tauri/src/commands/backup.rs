//! Commands that move the wallet between computers: export to a backup file, import
//! one, and where the data folder is.

use super::text;
use crate::error::IpcError;
use crate::files;
use crate::state::AppState;
use chrono::Utc;
use sapar_core::{ExportReport, ImportReport};
use sapar_domain::Lang;
use std::future::Future;
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

/// The folder holding the wallet and the settings.
#[tauri::command]
#[specta::specta]
pub async fn data_folder(state: State<'_, AppState>) -> Result<String, IpcError> {
    Ok(state.data_dir()?.display().to_string())
}

/// Shows the data folder in the system's file manager.
#[tauri::command]
#[specta::specta]
pub async fn show_data_folder(app: AppHandle, state: State<'_, AppState>) -> Result<(), IpcError> {
    app.opener()
        .open_path(state.data_dir()?.display().to_string(), None::<&str>)
        .map_err(|e| IpcError::new("open_failed", e.to_string()))
}

/// Writes the whole wallet to a backup file where the user chooses; `None` when the
/// user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_wallet(
    window: WebviewWindow,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<Option<ExportReport>, IpcError> {
    state.sapar()?;
    let name = format!("sapar-wallet-{}.json", Utc::now().format("%Y-%m-%d"));
    let title = text(lang, "ui-dialog-export");
    let filter = text(lang, "ui-dialog-filter-backup");
    let Some(path) = files::save_path(&window, &title, (&filter, files::BACKUP), &name).await
    else {
        return Ok(None);
    };
    let app = window.app_handle().clone();
    let report = off_the_workers(move || {
        let state = app.state::<AppState>();
        let sapar = state.sapar()?;
        run_to_end(sapar.export_wallet(&path, &|_, _| {}))
    })
    .await?;
    Ok(Some(report))
}

/// Merges a backup file the user chooses into the wallet (all or nothing, no
/// duplicates); `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn import_wallet(
    window: WebviewWindow,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<Option<ImportReport>, IpcError> {
    state.sapar()?;
    let title = text(lang, "ui-dialog-import");
    let filter = text(lang, "ui-dialog-filter-backup");
    let Some(path) = files::open_path(&window, &title, (&filter, files::BACKUP)).await else {
        return Ok(None);
    };
    let app = window.app_handle().clone();
    let report = off_the_workers(move || {
        let state = app.state::<AppState>();
        let sapar = state.sapar()?;
        run_to_end(sapar.import_wallet(&path, &|_, _| {}))
    })
    .await?;
    Ok(Some(report))
}

/// Runs `job` on a thread of its own. The wallet's export and import hold their
/// progress callback across awaits without requiring it to be `Sync`, so their futures
/// cannot move between the async workers a command runs on; they run to the end on a
/// blocking thread instead.
async fn off_the_workers<T: Send + 'static>(
    job: impl FnOnce() -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(job)
        .await
        .map_err(|e| IpcError::new("unknown", e.to_string()))?
}

/// Drives a use case to its end on the current (blocking) thread.
fn run_to_end<T>(
    future: impl Future<Output = Result<T, sapar_core::CoreError>>,
) -> Result<T, IpcError> {
    Ok(tauri::async_runtime::block_on(future)?)
}
