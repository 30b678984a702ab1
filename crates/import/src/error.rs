//! Why a file could not be imported: one error per kind of bad file, each with a stable code.

use crate::bcbp::BcbpError;
use std::path::PathBuf;

/// Everything that can go wrong while importing a file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is larger than Sapar reads; it was refused before being read.
    #[error("{name} is {size} bytes; files larger than {limit} bytes are not imported")]
    TooLarge {
        /// The file name.
        name: String,
        /// Its size in bytes.
        size: u64,
        /// The largest size accepted.
        limit: u64,
    },
    /// The file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Unreadable {
        /// What was being read.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is of a kind Sapar does not import.
    #[error("{name} is {detected}, which Sapar cannot import (boarding pass images, PDFs, Wallet passes and text are)")]
    UnsupportedType {
        /// The file name.
        name: String,
        /// What the file looks like.
        detected: String,
    },
    /// A zip archive (Wallet pass) that cannot be opened.
    #[error("{name} is a damaged archive: {reason}")]
    CorruptArchive {
        /// The file name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// A Wallet pass whose manifest does not account for its files.
    #[error("the Wallet pass {name} cannot be checked: {problem}")]
    PassManifest {
        /// The file name.
        name: String,
        /// What is wrong with the manifest.
        problem: String,
    },
    /// A file inside a Wallet pass differs from what its manifest lists: the pass was altered.
    #[error("the Wallet pass {name} was altered after it was made: {file} has SHA-1 {found}, the manifest says {expected}")]
    PassTampered {
        /// The pass's file name.
        name: String,
        /// The file inside the pass that changed.
        file: String,
        /// The hash the manifest lists.
        expected: String,
        /// The hash of the file as found.
        found: String,
    },
    /// A Wallet pass whose `pass.json` is missing or unreadable.
    #[error("the Wallet pass {name} has a bad pass.json: {problem}")]
    PassJson {
        /// The file name.
        name: String,
        /// What is wrong.
        problem: String,
    },
    /// An image that cannot be decoded.
    #[error("{name} is a damaged image: {reason}")]
    CorruptImage {
        /// The file name.
        name: String,
        /// The decoder's reason.
        reason: String,
    },
    /// An image in which no PDF417, Aztec or QR code was found.
    #[error("no boarding pass or ticket code was found in the image {name}")]
    NoCodeInImage {
        /// The file name.
        name: String,
    },
    /// A PDF that cannot be read.
    #[error("{name} is a damaged PDF: {reason}")]
    CorruptPdf {
        /// The file name.
        name: String,
        /// The reader's reason.
        reason: String,
    },
    /// A PDF in which no barcode was found on any page.
    #[error("no boarding pass or ticket code was found on the {pages} page(s) of {name}{}", renderer_note(.renderer_missing))]
    NoCodeInPdf {
        /// The file name.
        name: String,
        /// How many pages were searched.
        pages: u32,
        /// Pages drawn without embedded images could not be rendered: the renderer is missing.
        renderer_missing: Option<String>,
    },
    /// The file holds text or codes, but none of them is a ticket.
    #[error("{name} holds no ticket: {found}")]
    NotATicket {
        /// The file name.
        name: String,
        /// What was found instead.
        found: String,
    },
    /// A boarding pass barcode (IATA BCBP) that is malformed.
    #[error("{name}: the boarding pass code is malformed: {source}")]
    BadBoardingPass {
        /// The file name.
        name: String,
        /// Which field is wrong, and where.
        source: BcbpError,
    },
    /// A well-formed boarding pass that lacks what a booking needs (an airport, a flight…).
    #[error("{name}: the boarding pass lacks {missing}")]
    IncompleteBoardingPass {
        /// The file name.
        name: String,
        /// What is missing.
        missing: String,
    },
    /// A code that starts like a Sapar ticket but cannot be read.
    #[error("{name}: the Sapar ticket code is malformed: {source}")]
    BadSaparToken {
        /// The file name.
        name: String,
        /// Why it cannot be read.
        source: sapar_ticket::TokenError,
    },
}

fn renderer_note(missing: &Option<String>) -> String {
    match missing {
        Some(tool) => format!(
            " (pages drawn without images could not be searched: the page renderer {tool} is not installed — install poppler-utils)"
        ),
        None => String::new(),
    }
}

impl ImportError {
    /// A stable snake_case code for the user interface to switch on.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too_large",
            ImportError::Unreadable { .. } => "unreadable",
            ImportError::UnsupportedType { .. } => "unsupported_type",
            ImportError::CorruptArchive { .. } => "corrupt_archive",
            ImportError::PassManifest { .. } => "pass_manifest",
            ImportError::PassTampered { .. } => "pass_tampered",
            ImportError::PassJson { .. } => "pass_json",
            ImportError::CorruptImage { .. } => "corrupt_image",
            ImportError::NoCodeInImage { .. } => "no_code_in_image",
            ImportError::CorruptPdf { .. } => "corrupt_pdf",
            ImportError::NoCodeInPdf { .. } => "no_code_in_pdf",
            ImportError::NotATicket { .. } => "not_a_ticket",
            ImportError::BadBoardingPass { .. } => "bad_boarding_pass",
            ImportError::IncompleteBoardingPass { .. } => "incomplete_boarding_pass",
            ImportError::BadSaparToken { .. } => "bad_sapar_token",
        }
    }
}
