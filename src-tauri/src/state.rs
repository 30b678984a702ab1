//! What the app holds while it runs: Sapar opened on its data folder, built once in
//! `setup` and handed to commands through Tauri's managed state.

use crate::error::IpcError;
use sapar_core::Sapar;
use std::path::PathBuf;

/// The app's state. A wallet that cannot be opened (for example one written by a
/// newer Sapar) does not stop the window from opening: every command then answers
/// with that error, and the UI explains it.
pub struct AppState {
    sapar: Result<Sapar, IpcError>,
}

impl AppState {
    /// Opens Sapar on `data_dir`, or on `$SAPAR_DATA_DIR`, or on the OS data folder.
    pub async fn open(data_dir: Option<PathBuf>) -> Self {
        Self {
            sapar: Sapar::open(data_dir).await.map_err(IpcError::from),
        }
    }

    /// Sapar, or the reason it could not be opened.
    pub fn sapar(&self) -> Result<&Sapar, IpcError> {
        self.sapar.as_ref().map_err(Clone::clone)
    }
}
