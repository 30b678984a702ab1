//! Wallet use cases: list, show, search, remove and restore, export and import.

use crate::{CoreError, Sapar};
use chrono::Utc;
use sapar_domain::Booking;
use sapar_store::{ExportReport, ImportReport, ListQuery, Page, SaveOutcome, TicketRow, When};
use std::path::Path;

/// A booking waiting in the bin.
pub type BinEntry = sapar_store::BookingHeader;

/// The largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

impl Sapar {
    /// A page of upcoming (or past) tickets, soonest (or latest) first.
    pub async fn list_tickets(
        &self,
        past: bool,
        offset: u32,
        limit: u32,
    ) -> Result<Page<TicketRow>, CoreError> {
        if limit == 0 || limit > MAX_PAGE {
            return Err(CoreError::Invalid(format!(
                "a page holds 1 to {MAX_PAGE} tickets, not {limit}"
            )));
        }
        let query = ListQuery {
            when: if past { When::Past } else { When::Upcoming },
            now: Utc::now(),
            offset,
            limit,
        };
        Ok(self.wallet().list(&query).await?)
    }

    /// Stores a booking and its tickets in one transaction (adds it, or updates the
    /// booking with the same id or carrier and reference).
    pub async fn save_booking(&self, booking: &Booking) -> Result<SaveOutcome, CoreError> {
        Ok(self.wallet().save_booking(booking).await?)
    }

    /// One booking by reference, ticket number or id.
    pub async fn booking(&self, key: &str) -> Result<Booking, CoreError> {
        let key = non_empty(key, "booking reference or ticket number")?;
        self.wallet().booking(key).await?.ok_or_else(|| {
            CoreError::NotFound(format!("no booking or ticket {key:?} in the wallet"))
        })
    }

    /// Tickets matching a name, IIN, document, reference, ticket number, place or date.
    pub async fn search_tickets(
        &self,
        text: &str,
        limit: u32,
    ) -> Result<Vec<TicketRow>, CoreError> {
        let limit = limit.clamp(1, MAX_PAGE);
        Ok(self.wallet().search(text.trim(), limit).await?)
    }

    /// Moves a booking to the bin (recoverable until the bin is emptied).
    pub async fn remove_booking(&self, key: &str) -> Result<(), CoreError> {
        let key = non_empty(key, "booking reference")?;
        Ok(self.wallet().remove(key).await?)
    }

    /// Brings a booking back from the bin.
    pub async fn restore_booking(&self, key: &str) -> Result<(), CoreError> {
        let key = non_empty(key, "booking reference")?;
        Ok(self.wallet().restore(key).await?)
    }

    /// Up to `limit` people the wallet has booked for, the most recently booked first,
    /// to fill a passenger form with one click.
    pub async fn travellers(&self, limit: u32) -> Result<Vec<sapar_store::Traveller>, CoreError> {
        Ok(self.wallet().travellers(limit.min(200)).await?)
    }

    /// What is in the bin.
    pub async fn bin(&self) -> Result<Vec<BinEntry>, CoreError> {
        Ok(self.wallet().bin().await?)
    }

    /// Deletes the bin's bookings for good; returns how many.
    pub async fn empty_bin(&self) -> Result<u64, CoreError> {
        Ok(self.wallet().empty_bin().await?)
    }

    /// Writes the whole wallet to a backup file.
    pub async fn export_wallet(
        &self,
        path: &Path,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ExportReport, CoreError> {
        Ok(self.wallet().export_to(path, progress).await?)
    }

    /// Merges a backup file into the wallet, all or nothing.
    pub async fn import_wallet(
        &self,
        path: &Path,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ImportReport, CoreError> {
        Ok(self.wallet().import_from(path, progress).await?)
    }
}

fn non_empty<'a>(s: &'a str, what: &str) -> Result<&'a str, CoreError> {
    let s = s.trim();
    if s.is_empty() {
        Err(CoreError::Invalid(format!("the {what} is empty")))
    } else {
        Ok(s)
    }
}
