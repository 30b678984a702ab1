//! Sapar's offline wallet: every booking and ticket a person holds, in one SQLite file.
//!
//! [`Wallet::open`] checks the file, connects with WAL, `busy_timeout`, foreign keys and
//! `synchronous=NORMAL`, and runs the migrations of `sapar-migration`. The wallet saves
//! and finds bookings, lists and searches tickets (one flat [`TicketRow`] per ticket),
//! keeps removed bookings in a bin, and exports to / imports from a versioned JSON file.
//! Imported tickets keep their original barcodes beside them ([`Wallet::ticket_barcodes`]).
//! Rows are sea-orm entities (`entity`), mapped to and from `sapar_domain` types; the
//! hot read paths (lists, search) are hand-written SQL over indexes made for them.
#![deny(missing_docs)]

mod backup;
mod barcodes;
mod bookings;
mod carriers;
mod changes;
mod entity;
mod error;
mod feeds;
mod outbox;
mod paths;
mod purchases;
mod read;
mod rows;
mod search_offers;
mod search_query;
mod sql;
mod tickets;
mod travellers;
mod trust;
mod wallet;
mod write;

pub use backup::{ExportReport, ImportReport, EXPORT_FORMAT, EXPORT_VERSION};
pub use bookings::BookingHeader;
pub use carriers::{CachedProfile, CarrierAccount};
pub use changes::{Change, FeedEffect};
pub use error::StoreError;
pub use outbox::{OutboxEntry, OutboxState};
pub use paths::{default_data_dir, default_wallet_path, DATA_DIR_ENV, WALLET_FILE_NAME};
pub use purchases::{PendingPurchase, PurchaseState, SegmentTrip};
pub use rows::lookup_key;
pub use search_offers::{NewOffer, StoredOffer};
pub use search_query::fts_query;
pub use tickets::{ListQuery, Page, TicketRow, When, MAX_SEARCH_RESULTS};
pub use travellers::Traveller;
pub use wallet::Wallet;
pub use write::SaveOutcome;
