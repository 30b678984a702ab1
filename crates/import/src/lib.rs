//! Sapar's ticket import: files a traveller already has, turned into bookings for the wallet.
//!
//! Reads boarding pass codes (IATA BCBP) and Sapar ticket codes from
//!
//! - pictures (PNG, JPEG: photos and screenshots), searched for PDF417, Aztec and QR codes;
//! - PDFs, every page: embedded pictures, and pages rendered with `pdftoppm` when installed;
//! - Apple Wallet passes (`.pkpass`), checked against their manifest;
//! - text files holding the code's text.
//!
//! Each ticket found becomes an [`Imported`]: a [`sapar_domain::Booking`] (channel
//! [`sapar_domain::PurchaseChannel::Import`]), where it came from, the code's text, and
//! notes for the user (what the file could not tell, what was not checked). Bookings are
//! deterministic: importing the same pass twice, or a later pass of the same trip with
//! another seat, gives the same booking id and ticket numbers.
//!
//! Nothing here stores anything: the wallet keeps the bookings. Every bad file gives an
//! [`ImportError`] saying what is wrong with it, never a panic.
#![deny(missing_docs)]

mod aztec_finder;
pub mod bcbp;
mod codes;
mod error;
mod folder;
mod from_bcbp;
mod from_token;
mod identity;
mod import;
mod pdf;
mod pdf_image;
mod pkpass;
mod places;
mod scan;

pub use bcbp::{parse_bcbp, BcbpError, BcbpField, BcbpProblem, BoardingPass};
pub use error::ImportError;
pub use folder::{import_files, scan_folder, FileImport, IMPORTABLE_EXTENSIONS};
pub use from_token::UNVERIFIED_TOKEN_NOTE;
pub use import::{import_bytes, import_file, MAX_FILE_BYTES};
pub use scan::{scan_gray, scan_picture};

use chrono::NaiveDate;
use sapar_domain::Booking;
use serde::Serialize;
use std::path::PathBuf;

/// What an import needs to know about the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportContext {
    /// The day of the import: boarding passes give dates without a year, resolved
    /// against it (see [`bcbp::flight_date`]).
    pub today: NaiveDate,
    /// The program that renders PDF pages to pictures (`pdftoppm` from poppler-utils), for
    /// pages whose codes are not embedded pictures; `None` searches embedded pictures only.
    pub pdf_renderer: Option<PathBuf>,
}

impl ImportContext {
    /// A context for a day, rendering PDF pages with `pdftoppm` from the `PATH`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            today,
            pdf_renderer: Some(PathBuf::from("pdftoppm")),
        }
    }
}

/// One ticket found in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Imported {
    /// The booking, ready for the wallet.
    pub booking: Booking,
    /// Where it came from.
    pub source: Source,
    /// The code it was read from, when it came from a barcode.
    pub barcode: Option<Barcode>,
    /// The text of the code it was read from, exactly as found: the barcode's text, or
    /// the line of a text file; for a Wallet pass read from its fields, its first
    /// barcode's text, if it has one.
    pub code_text: Option<String>,
    /// What the user should know: what the file did not tell, what was not checked.
    pub notes: Vec<String>,
}

/// Where an imported ticket came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The file's name (without its folder).
    pub file_name: String,
    /// What kind of file it was.
    pub container: Container,
    /// How the ticket was encoded.
    pub format: Format,
    /// The 1-based page of a PDF.
    pub page: Option<u32>,
}

/// How an imported ticket was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// An IATA boarding pass code.
    Bcbp,
    /// A Sapar ticket code (its signature is not checked by the import).
    SaparToken,
    /// An Apple Wallet pass (its barcode, when it holds a boarding pass code, gives the
    /// flight; otherwise its fields do).
    Pkpass,
}

/// The kind of file a ticket was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Container {
    /// A text file holding the code's text.
    Text,
    /// A PNG or JPEG picture.
    Image,
    /// A PDF document.
    Pdf,
    /// An Apple Wallet pass.
    Pkpass,
}

/// A barcode and its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Barcode {
    /// The kind of barcode.
    pub symbology: Symbology,
    /// What it says.
    pub text: String,
}

/// Kinds of barcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Symbology {
    /// PDF417, the usual boarding pass code.
    Pdf417,
    /// Aztec, common on mobile boarding passes.
    Aztec,
    /// QR code (Sapar's own tickets).
    Qr,
    /// Code 128 (only named by Wallet passes; not searched for in pictures).
    Code128,
}

impl Symbology {
    /// The usual name of the symbology.
    pub fn name(self) -> &'static str {
        match self {
            Symbology::Pdf417 => "PDF417",
            Symbology::Aztec => "Aztec",
            Symbology::Qr => "QR",
            Symbology::Code128 => "Code 128",
        }
    }
}

/// A booking being built, with the notes gathered on the way.
pub(crate) struct Draft {
    pub booking: Booking,
    pub notes: Vec<String>,
}
