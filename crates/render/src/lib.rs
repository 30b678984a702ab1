//! Sapar's ticket output: PDF tickets in Kazakh, Russian and English, QR codes,
//! and tickets sent by e-mail.
//!
//! A ticket renders from one data structure, [`TicketDocument`], built from a
//! booking with [`TicketDocument::from_booking`]. [`render_pdf`] lays documents out
//! on A4 pages or 80 mm receipts, one ticket per page, in one file with DejaVu Sans
//! embedded once as a subset. [`render_qr_png`] and [`qr_svg`] draw the code alone
//! for the app's screen, and [`email::send_tickets`] mails the PDF.
#![deny(missing_docs)]

pub mod barcode;
pub mod document;
pub mod email;
mod error;
#[doc(hidden)]
pub mod fixtures;
mod fonts;
mod layout;
pub mod pdf;
pub mod qr;
mod wording;

pub use barcode::barcode_svg;
pub use document::{Field, Section, Stop, TicketDocument};
pub use email::{send_tickets, MailError, MailSecurity, MailSettings};
pub use error::RenderError;
pub use pdf::{render_pdf, Layout};
pub use qr::{qr_svg, render_qr_png, QrMatrix};
