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
        )
    }
}
