//! Why a ticket could not be rendered.

/// Anything that stops a ticket from becoming a PDF, an image or a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The ticket asked for is not in the booking, or points at a missing passenger or segment.
    #[error("cannot print this ticket: {0}")]
    InvalidTicket(String),
    /// No tickets were given.
    #[error("there are no tickets to print")]
    NothingToRender,
    /// The text does not fit a QR code (or the image options are wrong).
    #[error("cannot draw the QR code: {0}")]
    Qr(String),
    /// An embedded font could not be read.
    #[error("font error: {0}")]
    Font(String),
    /// The PDF writer failed.
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
}
