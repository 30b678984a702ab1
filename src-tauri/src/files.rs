//! Where files go: the native save and open dialogs, asked from Rust so the web UI never
//! gets file-system access of its own. A command asks for a path, then core writes or
//! reads the file.
//!
//! End-to-end tests cannot click a native dialog. In debug builds only, two environment
//! variables stand in for the dialogs: [`E2E_SAVE_DIR_ENV`] for the save dialog (the file
//! goes into that folder under the name the dialog would have suggested) and
//! [`E2E_OPEN_FILE_ENV`] for the open dialog (that file is opened). Release builds ignore
//! both.

use std::path::PathBuf;
use tauri::{AppHandle, Manager, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

/// Debug builds write saved files into this folder instead of asking where.
pub const E2E_SAVE_DIR_ENV: &str = "SAPAR_E2E_SAVE_DIR";

/// Debug builds open this file instead of asking which.
pub const E2E_OPEN_FILE_ENV: &str = "SAPAR_E2E_OPEN_FILE";

// Extensions of the files Sapar saves and opens, for the dialogs' filters.

/// A PDF document.
pub const PDF: &[&str] = &["pdf"];
/// An iCalendar file.
pub const ICS: &[&str] = &["ics"];
/// A wallet backup.
pub const BACKUP: &[&str] = &["json"];
/// A picture of a QR code.
pub const PICTURE: &[&str] = &["png", "jpg", "jpeg"];
/// Tickets bought elsewhere: boarding passes, Wallet passes, e-ticket PDFs, pictures.
pub const TICKET_FILES: &[&str] = &["pdf", "pkpass", "png", "jpg", "jpeg", "txt"];

/// The path that replaces a dialog, in debug builds when the variable is set.
fn e2e_path(variable: &str) -> Option<PathBuf> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var_os(variable)
        .filter(|path| !path.is_empty())
        .map(PathBuf::from)
}

/// Asks where to save a file, suggesting `file_name`; `None` when the user cancels.
pub async fn save_path(
    window: &WebviewWindow,
    title: &str,
    filter: (&str, &[&str]),
    file_name: &str,
) -> Option<PathBuf> {
    if let Some(dir) = e2e_path(E2E_SAVE_DIR_ENV) {
        return Some(dir.join(file_name));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    dialog(window.app_handle(), window)
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .set_file_name(file_name)
        .save_file(move |path| {
            let _ = tx.send(path.and_then(|p| p.into_path().ok()));
        });
    rx.await.ok().flatten()
}

/// Asks which file to open; `None` when the user cancels.
pub async fn open_path(
    window: &WebviewWindow,
    title: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    if let Some(file) = e2e_path(E2E_OPEN_FILE_ENV) {
        return Some(file);
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    dialog(window.app_handle(), window)
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .pick_file(move |path| {
            let _ = tx.send(path.and_then(|p| p.into_path().ok()));
        });
    rx.await.ok().flatten()
}

/// Asks which files to open (several at once); `None` when the user cancels.
pub async fn open_paths(
    window: &WebviewWindow,
    title: &str,
    filter: (&str, &[&str]),
) -> Option<Vec<PathBuf>> {
    if let Some(file) = e2e_path(E2E_OPEN_FILE_ENV) {
        return Some(vec![file]);
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    dialog(window.app_handle(), window)
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .pick_files(move |paths| {
            let paths = paths.map(|p| {
                p.into_iter()
                    .filter_map(|p| p.into_path().ok())
                    .collect::<Vec<_>>()
            });
            let _ = tx.send(paths);
        });
    rx.await.ok().flatten().filter(|p| !p.is_empty())
}

/// A file dialog in front of `window`.
fn dialog(
    app: &AppHandle,
    window: &WebviewWindow,
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    app.dialog().file().set_parent(window)
}

/// A file name made of safe characters only (ticket numbers and references are
/// carrier data): anything but letters, digits, `-` and `_` becomes `_`.
pub fn safe_file_stem(text: &str) -> String {
    let stem: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if stem.is_empty() {
        "ticket".into()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(safe_file_stem("72014986531"), "72014986531");
        assert_eq!(safe_file_stem("../../etc/passwd"), "______etc_passwd");
        assert_eq!(safe_file_stem("A B/C"), "A_B_C");
        assert_eq!(safe_file_stem("  "), "ticket");
        assert_eq!(safe_file_stem("Қ10"), "Қ10");
    }
}
