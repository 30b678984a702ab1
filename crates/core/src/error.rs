//! The error of Sapar's use cases, with a stable code for the UI and the CLI.

use sapar_store::StoreError;

/// Why a use case failed.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The wallet refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Nothing matches what was asked for.
    #[error("{0}")]
    NotFound(String),
    /// A file of the data folder could not be read or written.
    #[error("{0}")]
    Io(String),
    /// The mail server refused the tickets for good.
    #[error("{message}")]
    Mail {
        /// The mail error's stable code.
        code: &'static str,
        /// What the server said.
        message: String,
    },
    /// The input is not valid; the message says what is wrong.
    #[error("{0}")]
    Invalid(String),
    /// A carrier refused the request (or Sapar refused it for the carrier, by its
    /// rules); `code` is the carrier protocol's (`seat_taken`, `hold_expired`,
    /// `refund_closed`…).
    #[error("{carrier}: {message}")]
    Carrier {
        /// The carrier.
        carrier: String,
        /// The stable code.
        code: &'static str,
        /// What happened, for people.
        message: String,
    },
    /// The carrier cannot be reached now, or did not answer in time (`offline`, `timeout`).
    #[error("{carrier} cannot be reached now: {message}")]
    Offline {
        /// The carrier.
        carrier: String,
        /// `offline` or `timeout`.
        code: &'static str,
        /// What the connection said.
        message: String,
    },
    /// Passenger details that cannot be booked, one entry per field
    /// (`passengers/0/iin`…).
    #[error("{}", crate::convert::describe_fields(.0))]
    InvalidPassengers(Vec<sapar_carrier::FieldError>),
    /// A payment whose outcome is not known yet: Sapar finishes it (the booking, or
    /// nothing bought) when the carrier answers again.
    #[error("{0}")]
    PurchasePending(String),
}

impl CoreError {
    /// A stable, machine-readable code (`not_found`, `newer_wallet`, `invalid_input`…).
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Store(e) => e.code(),
            CoreError::NotFound(_) => "not_found",
            CoreError::Invalid(_) => "invalid_input",
            CoreError::Io(_) => "io",
            CoreError::Mail { code, .. } => code,
            CoreError::Carrier { code, .. } | CoreError::Offline { code, .. } => code,
            CoreError::InvalidPassengers(_) => "invalid_passenger",
            CoreError::PurchasePending(_) => "purchase_pending",
        }
    }

    /// Whether the error means "not found or invalid input" rather than a failure of Sapar.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self.code(),
            "not_found"
                | "invalid_input"
                | "invalid_booking"
                | "invalid_transition"
                | "bad_export_file"
                | "newer_export"
                | "not_a_wallet"
                | "newer_wallet"
                | "corrupt"
                | "invalid_passenger"
                | "seat_taken"
                | "sold_out"
                | "hold_expired"
                | "offer_expired"
                | "payment_declined"
                | "payment_requires_confirmation"
                | "too_many_passengers"
                | "refund_closed"
                | "exchange_closed"
                | "unknown_place"
                | "past_date"
        )
    }
}
