//! Bringing tickets bought elsewhere into the wallet: boarding passes, Apple Wallet
//! passes, PDFs and pictures of barcodes (read by `sapar-import`), with their original
//! barcodes and the verdict on Sapar's own ticket codes; and the calendar of upcoming
//! trips.

use crate::import_codes::{
    check_tokens, file_verdict, has_token, original_barcodes, refusal, TokenCheck,
};
use crate::{CoreError, Sapar};
use chrono::{DateTime, Utc};
use sapar_domain::{Lang, TicketBarcode};
use sapar_import::{import_files, scan_folder, ImportContext, Imported, UNVERIFIED_TOKEN_NOTE};
use sapar_store::SaveOutcome;
use sapar_ticket::{KeyRing, RevocationList};
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
    /// The verdict on the file's Sapar ticket codes by its stable name (`valid`,
    /// `forged`, `unknown_carrier`…): its one code's, or with several, the first that
    /// is not `valid`; `None` when the file holds no Sapar ticket code.
    pub verdict: Option<String>,
    /// Each Sapar ticket code in the file, with its verdict.
    pub tokens: Vec<TokenCheck>,
}

impl Sapar {
    /// Imports files and folders (searched recursively) into the wallet. Each file is
    /// all or nothing; a file that gives no ticket is skipped with its reason. Importing
    /// the same pass twice changes nothing; a later pass for the same trip updates it,
    /// its original barcode included.
    ///
    /// Each ticket keeps the barcode it was read from ([`Sapar::ticket_barcodes`]). Sapar
    /// ticket codes are verified offline with the wallet's carrier keys and revocations:
    /// a forged code, or one signed with a key that was not in force, is not imported
    /// (a file holding nothing else is skipped with the verdict's name as its code); a
    /// withdrawn ticket is imported with the status its withdrawal means.
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
        let trust = if parsed
            .iter()
            .flat_map(|f| f.result.iter().flatten())
            .any(|item| has_token(&item.booking))
        {
            Some((
                self.wallet().key_ring().await?,
                self.wallet().revocations().await?,
            ))
        } else {
            None
        };
        let now = Utc::now();
        let total = parsed.len() as u64;
        let mut reports = Vec::with_capacity(parsed.len());
        for (done, file) in parsed.into_iter().enumerate() {
            progress(done as u64, total);
            reports.push(match file.result {
                Err(e) => FileReport {
                    path: file.path,
                    outcome: FileOutcome::Skipped {
                        code: e.code().to_string(),
                        reason: e.to_string(),
                    },
                    notes: vec![],
                    verdict: None,
                    tokens: vec![],
                },
                Ok(items) => {
                    self.save_imported(file.path, items, trust.as_ref(), now)
                        .await?
                }
            });
        }
        progress(total, total);
        Ok(reports)
    }

    /// Saves the tickets found in one file, each with its original barcodes, once its
    /// Sapar ticket codes (if any) are verified with `trust` at `now`.
    async fn save_imported(
        &self,
        path: PathBuf,
        items: Vec<Imported>,
        trust: Option<&(KeyRing, RevocationList)>,
        now: DateTime<Utc>,
    ) -> Result<FileReport, CoreError> {
        let (mut added, mut updated, mut same) = (vec![], vec![], vec![]);
        let mut notes = BTreeSet::new();
        let mut tokens = Vec::new();
        let mut refusals = Vec::new();
        for mut item in items {
            if let Some((keys, revoked)) = trust {
                let checks = check_tokens(&mut item.booking, keys, revoked, now);
                if !checks.is_empty() {
                    item.notes.retain(|n| n != UNVERIFIED_TOKEN_NOTE);
                }
                let admitted = checks.iter().all(|c| c.imported);
                refusals.extend(checks.iter().filter(|c| !c.imported).cloned());
                tokens.extend(checks);
                if !admitted {
                    continue;
                }
            }
            notes.extend(item.notes.iter().cloned());
            let barcodes = original_barcodes(&item);
            let reference = item.booking.reference.clone();
            match self
                .wallet()
                .save_booking_with_barcodes(&item.booking, &barcodes)
                .await?
            {
                SaveOutcome::Added => added.push(reference),
                SaveOutcome::Updated => updated.push(reference),
                SaveOutcome::Unchanged => same.push(reference),
            }
        }
        let verdict = file_verdict(&tokens);
        let saved = added.len() + updated.len() + same.len();
        let outcome = match (saved, refusals.first()) {
            (0, Some(first)) => {
                let outcome = FileOutcome::Skipped {
                    code: first.verdict.code().to_string(),
                    reason: refusal(first),
                };
                refusals.remove(0);
                outcome
            }
            _ if !added.is_empty() => FileOutcome::Imported { references: added },
            _ if !updated.is_empty() => FileOutcome::Updated {
                references: updated,
            },
            _ => FileOutcome::Unchanged { references: same },
        };
        notes.extend(refusals.iter().map(refusal));
        Ok(FileReport {
            path,
            outcome,
            notes: notes.into_iter().collect(),
            verdict,
            tokens,
        })
    }

    /// The original barcodes of the tickets of the booking that `key` names (its
    /// reference, a ticket number or its id): the codes imported tickets were read from,
    /// to show at the gate, in ticket order. Tickets without one are left out.
    pub async fn ticket_barcodes(&self, key: &str) -> Result<Vec<TicketBarcode>, CoreError> {
        let booking = self.booking(key).await?;
        Ok(self.wallet().ticket_barcodes(booking.id).await?)
    }

    /// The original barcode of one ticket (by its carrier and number), if it was
    /// imported from one.
    pub async fn ticket_barcode(
        &self,
        carrier: &str,
        ticket_number: &str,
    ) -> Result<Option<sapar_domain::Barcode>, CoreError> {
        Ok(self.wallet().ticket_barcode(carrier, ticket_number).await?)
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
