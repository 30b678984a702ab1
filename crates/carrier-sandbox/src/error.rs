//! The sandbox's error type (start-up and storage); HTTP answers use
//! [`crate::http::problem::ApiError`].

/// What can stop the sandbox from starting or running.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The database could not be opened or used.
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    /// A socket or file could not be used.
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// Stored data that does not parse.
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
    /// A configuration that cannot work.
    #[error("configuration: {0}")]
    Config(String),
}

impl From<serde_json::Error> for SandboxError {
    fn from(e: serde_json::Error) -> Self {
        SandboxError::Corrupt(e.to_string())
    }
}
