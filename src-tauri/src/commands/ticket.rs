//! Commands over one ticket: its screen, its PDF (saved, or opened in the system's PDF
//! viewer to print), its trip as a calendar file, and sending it by e-mail.

use super::text;
use crate::error::IpcError;
use crate::files::{self, safe_file_stem};
use crate::state::AppState;
use crate::views::mail::SendOutcome;
use crate::views::ticket::{OriginalBarcode, TicketDetail};
use sapar_core::Layout;
use sapar_domain::Lang;
use serde::Deserialize;
use std::path::Path;
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

/// The paper a PDF ticket is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    /// An A4 page per ticket.
    A4,
    /// An 80 mm receipt per ticket (thermal printers at ticket desks).
    Receipt,
}

impl From<Paper> for Layout {
    fn from(p: Paper) -> Self {
        match p {
            Paper::A4 => Layout::A4,
            Paper::Receipt => Layout::Receipt80mm,
        }
    }
}

/// One ticket of a booking (by the booking's id) with everything its screen shows.
#[tauri::command]
#[specta::specta]
pub async fn ticket_detail(
    state: State<'_, AppState>,
    booking_id: String,
    ticket_number: String,
) -> Result<TicketDetail, IpcError> {
    let sapar = state.sapar()?;
    let booking = sapar.booking(&booking_id).await?;
    let mut detail = TicketDetail::of(&booking, &ticket_number)?;
    let barcode = sapar
        .ticket_barcode(&booking.carrier, &detail.row.ticket_number)
        .await?;
    detail.original_barcode = barcode.map(OriginalBarcode::from);
    Ok(detail)
}

/// Saves a ticket's PDF where the user chooses; the path written, or `None` when the
/// user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_ticket_pdf(
    window: WebviewWindow,
    state: State<'_, AppState>,
    ticket_number: String,
    lang: Lang,
    paper: Paper,
) -> Result<Option<String>, IpcError> {
    let (_, pdf) = state
        .sapar()?
        .ticket_pdf(&ticket_number, lang, paper.into())
        .await?;
    let name = format!("ticket-{}.pdf", safe_file_stem(&ticket_number));
    let filter = text(lang, "ui-dialog-filter-pdf");
    let title = text(lang, "ui-dialog-save-pdf");
    let Some(path) = files::save_path(&window, &title, (&filter, files::PDF), &name).await else {
        return Ok(None);
    };
    write_file(&path, &pdf)?;
    Ok(Some(path.display().to_string()))
}

/// Opens a ticket's PDF in the system's PDF viewer, to print it from there.
#[tauri::command]
#[specta::specta]
pub async fn print_ticket(
    app: AppHandle,
    state: State<'_, AppState>,
    ticket_number: String,
    lang: Lang,
    paper: Paper,
) -> Result<(), IpcError> {
    let (_, pdf) = state
        .sapar()?
        .ticket_pdf(&ticket_number, lang, paper.into())
        .await?;
    let dir = app
        .path()
        .app_cache_dir()
        .map_err(|e| IpcError::new("file_write", e.to_string()))?
        .join("print");
    let path = dir.join(format!("ticket-{}.pdf", safe_file_stem(&ticket_number)));
    write_file(&path, &pdf)?;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| IpcError::new("open_failed", e.to_string()))
}

/// Saves the trip of a ticket (or of every ticket of a booking, by reference) as an
/// iCalendar file; the path written, or `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_calendar(
    window: WebviewWindow,
    state: State<'_, AppState>,
    key: String,
    lang: Lang,
) -> Result<Option<String>, IpcError> {
    let ics = state.sapar()?.calendar(&key, lang).await?;
    save_ics(
        &window,
        &ics,
        &format!("trip-{}.ics", safe_file_stem(&key)),
        lang,
    )
    .await
}

/// Saves every upcoming trip of the wallet as one calendar file (an event per segment)
/// where the user chooses; the path written, or `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_upcoming_calendar(
    window: WebviewWindow,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<Option<String>, IpcError> {
    let ics = state.sapar()?.upcoming_calendar(lang).await?;
    save_ics(&window, &ics, "sapar-trips.ics", lang).await
}

/// Asks where to save a calendar file, suggesting `name`, and writes it.
async fn save_ics(
    window: &WebviewWindow,
    ics: &str,
    name: &str,
    lang: Lang,
) -> Result<Option<String>, IpcError> {
    let filter = text(lang, "ui-dialog-filter-ics");
    let title = text(lang, "ui-dialog-save-calendar");
    let Some(path) = files::save_path(window, &title, (&filter, files::ICS), name).await else {
        return Ok(None);
    };
    write_file(&path, ics.as_bytes())?;
    Ok(Some(path.display().to_string()))
}

/// Sends a ticket (or a booking's tickets, by reference) by e-mail as a PDF: sent,
/// or queued for another try when the mail server cannot take it now.
#[tauri::command]
#[specta::specta]
pub async fn email_ticket(
    state: State<'_, AppState>,
    key: String,
    to: String,
    lang: Lang,
) -> Result<SendOutcome, IpcError> {
    Ok(state.sapar()?.email_tickets(&key, &to, lang).await?.into())
}

/// Writes `bytes` to `path` through a temporary file beside it, so a failed write never
/// leaves half a file under the chosen name.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    let fail = |e: std::io::Error| IpcError::new("file_write", format!("{}: {e}", path.display()));
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_written_whole_and_replace_older_ones() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("sub/ticket.pdf");
        write_file(&path, b"first").expect("written");
        write_file(&path, b"second").expect("written again");
        assert_eq!(std::fs::read(&path).expect("read back"), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().expect("a folder"))
            .expect("listed")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["ticket.pdf"]);
    }

    #[test]
    fn a_folder_that_cannot_be_created_is_a_write_error() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("plain-file");
        std::fs::write(&file, b"x").expect("written");
        let error = write_file(&file.join("ticket.pdf"), b"pdf").expect_err("not a folder");
        assert_eq!(error.code, "file_write");
    }
}
