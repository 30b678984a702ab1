//! Bringing tickets bought elsewhere into the wallet: boarding passes, Apple Wallet
//! passes, PDFs and pictures of barcodes (read by `sapar-import`), and the calendar of
//! upcoming trips.

use crate::{CoreError, Sapar};
use chrono::Utc;
use sapar_domain::Lang;
use sapar_import::{import_files, scan_folder, ImportContext};
use sapar_store::SaveOutcome;
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum FileOutcome {
    /// New bookings were added.
    Imported {
        /// Their references.
        references: Vec<String>,
    },
    /// Bookings already in the wallet were updated (e.g. a new seat).
    Updated {
        /// Their references.
        references: Vec<String>,
    },
    /// Nothing new: everything in the file is already in the wallet, as it is.
    Unchanged {
        /// Their references.
        references: Vec<String>,
    },
    /// The file gave no ticket.
    Skipped {
        /// The stable reason code.
        code: String,
        /// Why, for people.
        reason: String,
    },
}

/// One file and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The file.
    pub path: PathBuf,
    /// What happened.
    pub outcome: FileOutcome,
    /// What the user should know (e.g. a pass signature that was not checked).
    pub notes: Vec<String>,
}

impl Sapar {
    /// Imports files and folders (searched recursively) into the wallet. Each file is
    /// all or nothing; a file that gives no ticket is skipped with its reason. Importing
    /// the same pass twice changes nothing; a later pass for the same trip updates it.
    pub async fn import_tickets(
        &self,
        inputs: &[PathBuf],
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<Vec<FileReport>, CoreError> {
        let mut files = Vec::new();
        for input in inputs {
            if input.is_dir() {
                files.extend(scan_folder(input).map_err(|e| CoreError::Invalid(e.to_string()))?);
            } else {
                files.push(input.clone());
            }
        }
        let ctx = ImportContext::new(Utc::now().date_naive());
        let parsed = tokio::task::spawn_blocking(move || import_files(&files, &ctx))
            .await
            .map_err(|e| CoreError::Io(e.to_string()))?;
        let total = parsed.len() as u64;
        let mut reports = Vec::with_capacity(parsed.len());
        for (done, file) in parsed.into_iter().enumerate() {
            progress(done as u64, total);
            let report = match file.result {
                Err(e) => FileReport {
                    path: file.path,
                    outcome: FileOutcome::Skipped {
                        code: e.code().to_string(),
                        reason: e.to_string(),
                    },
                    notes: vec![],
                },
                Ok(items) => {
                    let (mut added, mut updated, mut same) = (vec![], vec![], vec![]);
                    let mut notes = BTreeSet::new();
                    for item in items {
                        notes.extend(item.notes);
                        let reference = item.booking.reference.clone();
                        match self.save_booking(&item.booking).await? {
                            SaveOutcome::Added => added.push(reference),
                            SaveOutcome::Updated => updated.push(reference),
                            SaveOutcome::Unchanged => same.push(reference),
                        }
                    }
                    let outcome = if !added.is_empty() {
                        FileOutcome::Imported { references: added }
                    } else if !updated.is_empty() {
                        FileOutcome::Updated {
                            references: updated,
                        }
                    } else {
                        FileOutcome::Unchanged { references: same }
                    };
                    FileReport {
                        path: file.path,
                        outcome,
                        notes: notes.into_iter().collect(),
                    }
                }
            };
            reports.push(report);
        }
        progress(total, total);
        Ok(reports)
    }

    /// The iCalendar text of every upcoming trip in the wallet.
    pub async fn upcoming_calendar(&self, lang: Lang) -> Result<String, CoreError> {
        let mut keys = BTreeSet::new();
        let mut offset = 0;
        loop {
            let page = self
                .list_tickets(false, offset, crate::wallet::MAX_PAGE)
                .await?;
            keys.extend(page.items.iter().map(|r| r.booking_id.to_string()));
            offset += page.items.len() as u32;
            if page.items.is_empty() || offset >= page.total {
                break;
            }
        }
        let mut bookings = Vec::with_capacity(keys.len());
        for key in keys {
            bookings.push(self.booking(&key).await?);
        }
        bookings.sort_by_key(|b| b.first_departure());
        crate::calendar::calendar_ics(&bookings, None, lang, Utc::now())
    }
}
