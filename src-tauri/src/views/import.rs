//! What the wallet screen shows after tickets bought elsewhere were imported: one line
//! per file with what became of it.

use sapar_core::{FileOutcome, FileReport};
use serde::{Deserialize, Serialize};

/// One imported file and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportedFile {
    /// The file's name (not its folder).
    pub name: String,
    /// `imported`, `updated`, `unchanged` or `skipped`.
    pub status: String,
    /// The bookings it gave.
    pub references: Vec<String>,
    /// Why it was skipped: a stable code (`not_a_ticket`, `forged`…).
    pub reason_code: Option<String>,
    /// Why it was skipped, in English, for details.
    pub reason: Option<String>,
    /// What the user should know (e.g. a pass signature that was not checked).
    pub notes: Vec<String>,
    /// The verdict on its Sapar ticket code, by stable name, when it held one.
    pub verdict: Option<String>,
}

impl From<FileReport> for ImportedFile {
    fn from(r: FileReport) -> Self {
        let name = r.path.file_name().map_or_else(
            || r.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (status, references, reason_code, reason) = match r.outcome {
            FileOutcome::Imported { references } => ("imported", references, None, None),
            FileOutcome::Updated { references } => ("updated", references, None, None),
            FileOutcome::Unchanged { references } => ("unchanged", references, None, None),
            FileOutcome::Skipped { code, reason } => {
                ("skipped", Vec::new(), Some(code), Some(reason))
            }
        };
        Self {
            name,
            status: status.into(),
            references,
            reason_code,
            reason,
            notes: r.notes,
            verdict: r.verdict,
        }
    }
}

/// Files dropped on the window were imported (or could not be).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct TicketsImported {
    /// Each file, when the import ran.
    pub files: Vec<ImportedFile>,
    /// Why the import as a whole failed (the wallet could not be written…).
    pub error: Option<crate::IpcError>,
}

/// Files are being dragged over the window (`over`), or no longer.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct FilesDragged {
    /// Whether files are over the window now.
    pub over: bool,
}
