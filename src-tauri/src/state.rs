//! What the app holds while it runs: Sapar opened on its data folder, built once in
//! `setup` and handed to commands through Tauri's managed state.

use crate::error::IpcError;
use sapar_core::{CoreError, Sapar};
use sapar_domain::Lang;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The app's state. A wallet that cannot be opened (for example one written by a
/// newer Sapar) does not stop the window from opening: every command then answers
/// with that error, and the UI explains it.
pub struct AppState {
    data_dir: Result<PathBuf, IpcError>,
    sapar: Result<Sapar, IpcError>,
    lang: Mutex<Lang>,
}

impl AppState {
    /// Opens Sapar on `data_dir`, or on `$SAPAR_DATA_DIR`, or on the OS data folder.
    pub async fn open(data_dir: Option<PathBuf>) -> Self {
        let data_dir = match data_dir {
            Some(dir) => Ok(dir),
            None => sapar_store::default_data_dir().map_err(|e| IpcError::from(CoreError::from(e))),
        };
        let sapar = match &data_dir {
            Ok(dir) => Sapar::open(Some(dir.clone())).await.map_err(IpcError::from),
            Err(e) => Err(e.clone()),
        };
        Self {
            data_dir,
            sapar,
            lang: Mutex::new(Lang::En),
        }
    }

    /// Sapar, or the reason it could not be opened.
    pub fn sapar(&self) -> Result<&Sapar, IpcError> {
        self.sapar.as_ref().map_err(Clone::clone)
    }

    /// The language the UI speaks (for notifications Sapar shows itself).
    pub fn lang(&self) -> Lang {
        self.lang.lock().map_or(Lang::En, |l| *l)
    }

    /// Sets the language the UI speaks.
    pub fn set_lang(&self, lang: Lang) {
        if let Ok(mut l) = self.lang.lock() {
            *l = lang;
        }
    }

    /// The data folder, even when the wallet in it could not be opened.
    pub fn data_dir(&self) -> Result<&Path, IpcError> {
        self.data_dir.as_deref().map_err(Clone::clone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn opens_a_new_wallet_in_the_given_folder() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let state = AppState::open(Some(dir.path().to_path_buf())).await;
        assert_eq!(state.data_dir().expect("a folder"), dir.path());
        let page = state
            .sapar()
            .expect("an open wallet")
            .list_tickets(false, 0, 10)
            .await
            .expect("a page");
        assert_eq!(page.total, 0);
    }

    #[tokio::test]
    async fn a_folder_that_is_a_file_keeps_the_folder_and_reports_the_error() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").expect("written");
        let state = AppState::open(Some(file.clone())).await;
        assert_eq!(state.data_dir().expect("the folder asked for"), file);
        assert!(state.sapar().is_err());
    }
}
