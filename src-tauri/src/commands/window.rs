//! The window itself: full screen while a ticket's QR code is shown to a scanner.

use crate::error::IpcError;
use tauri::WebviewWindow;

/// Puts the window in or out of full screen.
#[tauri::command]
#[specta::specta]
pub async fn set_fullscreen(window: WebviewWindow, on: bool) -> Result<(), IpcError> {
    window
        .set_fullscreen(on)
        .map_err(|e| IpcError::new("window", e.to_string()))
}
