//! The one error type of ticket codes: why a ticket could not be signed, or why a
//! text could not be read as a ticket code.

/// Why a ticket code could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// A field is longer than a ticket code can carry.
    #[error("{field} is {len} characters long; a ticket code carries at most {max}")]
    FieldTooLong {
        /// The field's name.
        field: &'static str,
        /// Its length in characters.
        len: usize,
        /// The most the code carries.
        max: usize,
    },
    /// A required field is empty.
    #[error("{field} is empty; a ticket code needs it")]
    FieldEmpty {
        /// The field's name.
        field: &'static str,
    },
    /// A field has characters its kind does not allow.
    #[error("{field} has characters a ticket code does not allow there (allowed: {allowed})")]
    FieldCharacters {
        /// The field's name.
        field: &'static str,
        /// What is allowed, in words.
        allowed: &'static str,
    },
    /// A time is before 1970 or too far in the future for a ticket code.
    #[error("{field} is outside the years a ticket code can carry (1970 onwards)")]
    TimeOutOfRange {
        /// The field's name.
        field: &'static str,
    },
    /// The validity window ends before it starts.
    #[error("the ticket's validity ends before it starts")]
    EmptyValidity,
    /// The text does not start with the ticket-code prefix.
    #[error("not a Sapar ticket code: it does not start with {prefix}")]
    NotTicketCode {
        /// The prefix a ticket code starts with.
        prefix: &'static str,
    },
    /// The text has a character or group of characters that is not base45.
    #[error("not a Sapar ticket code: the text is not valid base45 at character {position}")]
    NotBase45 {
        /// Character position in the whole text (0-based).
        position: usize,
    },
    /// Too few bytes for a payload and its signature.
    #[error("the ticket code is too short ({len} bytes) to hold a ticket and its signature")]
    TooShort {
        /// Bytes found.
        len: usize,
    },
    /// The payload has a format version this build does not read.
    #[error("ticket code format version {version} is not supported (this build reads version {supported})")]
    UnsupportedVersion {
        /// The version byte found.
        version: u8,
        /// The version this build reads.
        supported: u8,
    },
    /// The payload has the right version but a field cannot be read: no honest
    /// issuer produces such a code, so it was altered or damaged.
    #[error("the ticket code's {field} cannot be read")]
    BadContent {
        /// The field where reading failed.
        field: &'static str,
    },
    /// A public key is not a valid Ed25519 key (or not 64 hex digits).
    #[error("not a valid Ed25519 public key")]
    InvalidPublicKey,
    /// The operating system's random source failed.
    #[error("the system's random source failed; no signing key was made")]
    RandomSource,
}
