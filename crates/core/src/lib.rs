//! Sapar's use cases: what a passenger or a clerk can do, shared by the desktop
//! app and the `sapar` command so both behave the same.
//!
//! [`Sapar`] is opened once on a data folder and holds the wallet. Each use case
//! is a method; errors carry a stable [`CoreError::code`] the UI and the CLI
//! switch on.
#![deny(missing_docs)]

mod after_sales;
mod booking;
pub mod calendar;
mod carriers;
mod convert;
mod demo;
mod error;
mod import;
mod import_codes;
mod mail;
mod outbox;
mod purchase;
mod search;
mod search_fanout;
mod secrets;
mod sync;
pub mod tickets;
mod trust;
mod wallet;

pub use after_sales::{ExchangePreview, RefundOutcome, RefundPreview};
pub use booking::HeldSeats;
pub use carriers::{AddedCarrier, CarrierInfo, FareRuleBook};
pub use demo::DEMO_CARRIERS_FILE;
pub use error::CoreError;
pub use import::{FileOutcome, FileReport};
pub use import_codes::TokenCheck;
pub use mail::{MailConfig, MailOutcome, QueuedMail};
pub use outbox::OutboxReport;
pub use purchase::{Purchase, ResumeOutcome, ResumeReport};
pub use sapar_carrier::{
    CardPayment, ExchangeOffer, FieldError, Hold, Names, Offer, RefundLine, SeatChoice, SeatMap,
};
pub use sapar_render::Layout;
pub use sapar_store::{Change, OutboxEntry, OutboxState, PendingPurchase, PurchaseState};
pub use sapar_store::{
    ExportReport, ImportReport, ListQuery, Page, SaveOutcome, TicketRow, Traveller, When,
};
pub use search::{
    resolve_places, sort_offers, CarrierOutcome, CarrierSearch, FoundOffer, PassengerCount,
    SearchEvent, SearchOptions, SearchResults, SearchStream, SortBy, TripQuery,
};
pub use secrets::KEYRING_ENV;
pub use sync::{backoff_delay, BackgroundSync, CarrierSync, SyncReport};
pub use trust::{codes_in_picture, Verification};
pub use wallet::BinEntry;

use sapar_store::Wallet;
use std::path::{Path, PathBuf};

/// The wallet file's name inside the data folder.
pub const WALLET_FILE: &str = "wallet.sqlite";

/// An open Sapar: the wallet and the data folder it lives in.
pub struct Sapar {
    data_dir: PathBuf,
    wallet: Wallet,
    connections: carriers::Connections,
}

impl Sapar {
    /// Opens Sapar on `data_dir`, or on `$SAPAR_DATA_DIR`, or on the OS data folder.
    /// Creates the folder and the wallet when they do not exist; refuses a wallet
    /// written by a newer Sapar.
    pub async fn open(data_dir: Option<PathBuf>) -> Result<Sapar, CoreError> {
        let data_dir = match data_dir {
            Some(d) => d,
            None => sapar_store::default_data_dir()?,
        };
        let wallet = Wallet::open(&data_dir.join(WALLET_FILE)).await?;
        Ok(Sapar {
            data_dir,
            wallet,
            connections: carriers::Connections::default(),
        })
    }

    /// The data folder in use.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The wallet, for use cases in other modules.
    pub(crate) fn wallet(&self) -> &Wallet {
        &self.wallet
    }

    /// The carriers' clients and the demo carriers' server.
    pub(crate) fn connections(&self) -> &carriers::Connections {
        &self.connections
    }
}
