//! Where the wallet lives on disk: `$SAPAR_DATA_DIR`, or the OS's data folder for Sapar.

use crate::StoreError;
use std::path::PathBuf;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "SAPAR_DATA_DIR";

/// The wallet's file name inside the data folder.
pub const WALLET_FILE_NAME: &str = "wallet.sqlite";

/// Sapar's data folder: `$SAPAR_DATA_DIR` when set and not empty, else the OS's data
/// folder for Sapar (e.g. `~/.local/share/sapar` on Linux,
/// `~/Library/Application Support/kz.Sapar.Sapar` on macOS, `%APPDATA%\Sapar\Sapar\data`
/// on Windows). The folder is not created here.
pub fn default_data_dir() -> Result<PathBuf, StoreError> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("kz", "Sapar", "Sapar")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(StoreError::NoDataDir)
}

/// The wallet file in the default data folder.
pub fn default_wallet_path() -> Result<PathBuf, StoreError> {
    Ok(default_data_dir()?.join(WALLET_FILE_NAME))
}
