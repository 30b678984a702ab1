//! Importing tickets bought elsewhere (boarding passes, Wallet passes, e-ticket PDFs,
//! pictures of their codes) into the wallet: files chosen in a dialog, or dropped on
//! the window.

use super::text;
use crate::error::IpcError;
use crate::files;
use crate::state::AppState;
use crate::views::import::{FilesDragged, ImportedFile, TicketsImported};
use sapar_domain::Lang;
use std::path::PathBuf;
use tauri::{AppHandle, DragDropEvent, Manager, Runtime, State, WebviewWindow};
use tauri_specta::Event;

/// Asks for ticket files and imports them; `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn import_ticket_files(
    window: WebviewWindow,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<Option<Vec<ImportedFile>>, IpcError> {
    state.sapar()?;
    let title = text(lang, "ui-dialog-import-tickets");
    let filter = text(lang, "ui-dialog-filter-tickets");
    let Some(paths) = files::open_paths(&window, &title, (&filter, files::TICKET_FILES)).await
    else {
        return Ok(None);
    };
    Ok(Some(import(&state, paths).await?))
}

/// Imports `paths` (files or folders) into the wallet.
async fn import(state: &AppState, paths: Vec<PathBuf>) -> Result<Vec<ImportedFile>, IpcError> {
    let reports = state.sapar()?.import_tickets(&paths, &|_, _| {}).await?;
    Ok(reports.into_iter().map(ImportedFile::from).collect())
}

/// What the window does when files are dragged over it or dropped on it: the UI shows
/// a drop zone while they are over it, and dropped files are imported.
pub fn on_drag_drop<R: Runtime>(app: &AppHandle<R>, event: &DragDropEvent) {
    match event {
        DragDropEvent::Enter { .. } => {
            let _ = FilesDragged { over: true }.emit(app);
        }
        DragDropEvent::Leave => {
            let _ = FilesDragged { over: false }.emit(app);
        }
        DragDropEvent::Drop { paths, .. } => {
            let _ = FilesDragged { over: false }.emit(app);
            let (app, paths) = (app.clone(), paths.clone());
            tauri::async_runtime::spawn(async move {
                let state = app.state::<AppState>();
                let event = match import(&state, paths).await {
                    Ok(files) => TicketsImported { files, error: None },
                    Err(e) => TicketsImported {
                        files: Vec::new(),
                        error: Some(e),
                    },
                };
                let _ = event.emit(&app);
            });
        }
        _ => {}
    }
}
