//! Backup and restore: the wallet as a versioned JSON file, written atomically and read
//! back all-or-nothing.
//!
//! ```json
//! { "format": "sapar-wallet", "version": 1, "exported_at": "2026-11-28T10:00:00Z",
//!   "bookings": [ { …a booking, as the domain serialises it… }, … ],
//!   "barcodes": [ { "booking_id": "…", "ticket_number": "…",
//!                   "barcode": { "text": "M1…", "format": "aztec" } }, … ] }
//! ```
//! Bookings are written one at a time, read from the wallet a few hundred at a time, so a
//! big wallet never sits in memory twice. Bookings in the bin are not exported.
//! `barcodes`, the tickets' original barcodes, is there only when a ticket has one; a
//! reader that does not know it still reads the bookings.

use crate::read::load_bookings;
use crate::rows::utc_text;
use crate::write::{apply_with_barcodes, validate, Merge, SaveOutcome, CHUNK};
use crate::{StoreError, Wallet};
use sapar_domain::{Barcode, Booking, TicketBarcode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The `format` of a wallet export file.
pub const EXPORT_FORMAT: &str = "sapar-wallet";

/// The export format version this build writes, and the newest it reads.
pub const EXPORT_VERSION: u64 = 1;

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExportReport {
    /// The file written.
    pub path: PathBuf,
    /// Bookings written.
    pub bookings: u32,
    /// Tickets in them.
    pub tickets: u32,
    /// Size of the file in bytes.
    pub bytes: u64,
}

/// What an import did, booking by booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportReport {
    /// Bookings new to the wallet.
    pub added: u32,
    /// Bookings whose copy in the wallet was replaced.
    pub updated: u32,
    /// Bookings the wallet already held as they are, or in a newer state.
    pub unchanged: u32,
}

/// The header of an export file, read before its bookings.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// The bookings of an export file.
#[derive(Deserialize)]
struct Body {
    bookings: Vec<Booking>,
    #[serde(default)]
    barcodes: Vec<ExportedBarcode>,
}

/// The original barcode of a ticket of an exported booking.
#[derive(Serialize, Deserialize)]
struct ExportedBarcode {
    /// The booking's id in the file.
    booking_id: String,
    /// The ticket's number.
    ticket_number: String,
    /// Its barcode.
    barcode: Barcode,
}

impl Wallet {
    /// Writes every booking in use to `path` as a wallet export, atomically: the file
    /// appears complete or not at all. `progress` gets (bookings written, bookings in all).
    pub async fn export_to(
        &self,
        path: &Path,
        progress: &dyn Fn(u64, u64),
    ) -> Result<ExportReport, StoreError> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let io = |e: std::io::Error| StoreError::io(path, e);
        // One read transaction: the export is a snapshot even while the app writes.
        let txn = self.db.begin().await.map_err(|e| self.err(e))?;
        let ids: Vec<String> = crate::entity::booking::Entity::find()
            .filter(crate::entity::booking::Column::DeletedAt.is_null())
            .order_by_asc(crate::entity::booking::Column::CreatedAt)
            .order_by_asc(crate::entity::booking::Column::Id)
            .select_only()
            .column(crate::entity::booking::Column::Id)
            .into_tuple::<String>()
            .all(&txn)
            .await
            .map_err(|e| self.err(e))?;
        let total = ids.len() as u64;
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| StoreError::io(dir, e))?;
        let mut tickets = 0u64;
        let mut barcodes: Vec<ExportedBarcode> = Vec::new();
        {
            let mut out = BufWriter::new(file.as_file_mut());
            write!(
                out,
                "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":{EXPORT_VERSION},\
                 \"exported_at\":\"{}\",\"bookings\":[",
                utc_text(chrono::Utc::now())
            )
            .map_err(io)?;
            let mut done = 0u64;
            for chunk in ids.chunks(CHUNK) {
                for b in load_bookings(&txn, &self.path, chunk).await? {
                    out.write_all(if done == 0 { b"\n" } else { b",\n" })
                        .map_err(io)?;
                    serde_json::to_writer(&mut out, &b).map_err(|e| io(e.into()))?;
                    tickets += b.tickets.len() as u64;
                    done += 1;
                }
                barcodes.extend(
                    crate::barcodes::load(&txn, &self.path, chunk)
                        .await?
                        .into_iter()
                        .map(|(booking_id, t)| ExportedBarcode {
                            booking_id,
                            ticket_number: t.ticket_number,
                            barcode: t.barcode,
                        }),
                );
                progress(done, total);
            }
            out.write_all(b"\n]").map_err(io)?;
            if !barcodes.is_empty() {
                out.write_all(b",\n\"barcodes\":[").map_err(io)?;
                for (i, b) in barcodes.iter().enumerate() {
                    out.write_all(if i == 0 { b"\n" } else { b",\n" })
                        .map_err(io)?;
                    serde_json::to_writer(&mut out, b).map_err(|e| io(e.into()))?;
                }
                out.write_all(b"\n]").map_err(io)?;
            }
            out.write_all(b"}\n").map_err(io)?;
            out.flush().map_err(io)?;
        }
        // The snapshot is no longer needed; a read transaction has nothing to commit.
        let _ = txn.rollback().await;
        file.as_file().sync_all().map_err(io)?;
        let bytes = file.as_file().metadata().map_err(io)?.len();
        file.persist(path).map_err(|e| io(e.error))?;
        Ok(ExportReport {
            path: path.to_path_buf(),
            bookings: u32::try_from(total).unwrap_or(u32::MAX),
            tickets: u32::try_from(tickets).unwrap_or(u32::MAX),
            bytes,
        })
    }

    /// Merges a wallet export into this wallet, all or nothing: the whole file is read and
    /// checked first, then written in one transaction. A booking already in the wallet
    /// (same id, or same carrier and reference) is replaced when the file's copy differs
    /// and is not behind it; when the wallet's tickets are further along their lifecycle,
    /// the wallet's copy is kept. A booking in the bin is updated there and stays in the
    /// bin. `progress` gets (bookings written, bookings to write).
    pub async fn import_from(
        &self,
        path: &Path,
        progress: &dyn Fn(u64, u64),
    ) -> Result<ImportReport, StoreError> {
        let bytes = std::fs::read(path).map_err(|e| StoreError::io(path, e))?;
        let (bookings, barcodes) = parse_export(path, &bytes)?;
        drop(bytes);
        for (i, (b, given)) in bookings.iter().zip(&barcodes).enumerate() {
            validate(b)
                .and_then(|()| crate::barcodes::check(b, given))
                .map_err(|e| StoreError::BadExportFile {
                    path: path.to_path_buf(),
                    reason: format!("booking {} of the file: {e}", i + 1),
                })?;
        }
        let txn = self.begin_write().await?;
        let outcomes = apply_with_barcodes(
            &txn,
            &self.path,
            &bookings,
            &barcodes,
            Merge::KeepNewer,
            progress,
        )
        .await;
        let outcomes = self.finish(txn, outcomes).await?;
        let mut report = ImportReport::default();
        for o in outcomes {
            match o {
                SaveOutcome::Added => report.added += 1,
                SaveOutcome::Updated => report.updated += 1,
                SaveOutcome::Unchanged => report.unchanged += 1,
            }
        }
        Ok(report)
    }
}

/// The bookings of an export file, and the barcodes of each booking's tickets.
type Exported = (Vec<Booking>, Vec<Vec<TicketBarcode>>);

/// Reads an export file's bookings and their tickets' barcodes, refusing anything but a
/// Sapar wallet export of a version this build reads.
fn parse_export(path: &Path, bytes: &[u8]) -> Result<Exported, StoreError> {
    let bad = |reason: String| StoreError::BadExportFile {
        path: path.to_path_buf(),
        reason,
    };
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Syntax | Category::Eof => {
                bad(format!("it is not JSON, or is cut short ({e})"))
            }
            Category::Io | Category::Data => bad(format!("it is not a Sapar wallet export ({e})")),
        }
    })?;
    if header.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(bad("it is not a Sapar wallet export".into()));
    }
    match header.version {
        None | Some(0) => return Err(bad("its format version is missing".into())),
        Some(v) if v > EXPORT_VERSION => {
            return Err(StoreError::NewerExport {
                path: path.to_path_buf(),
                version: v,
                supported: EXPORT_VERSION,
            })
        }
        Some(_) => {}
    }
    let body: Body = serde_json::from_slice(bytes)
        .map_err(|e| bad(format!("its bookings cannot be read ({e})")))?;
    let index: HashMap<String, usize> = body
        .bookings
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.to_string(), i))
        .collect();
    let mut barcodes = vec![Vec::new(); body.bookings.len()];
    for b in body.barcodes {
        let at = uuid::Uuid::parse_str(&b.booking_id)
            .ok()
            .and_then(|id| index.get(&id.to_string()))
            .ok_or_else(|| {
                bad(format!(
                    "a barcode names booking {:?}, which the file does not hold",
                    b.booking_id
                ))
            })?;
        barcodes[*at].push(TicketBarcode {
            ticket_number: b.ticket_number,
            barcode: b.barcode,
        });
    }
    Ok((body.bookings, barcodes))
}
