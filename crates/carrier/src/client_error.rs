//! What can go wrong when talking to a carrier.

use crate::problem::{Problem, ProblemCode};

/// The error of every [`crate::Client`] call.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The carrier answered with a problem (RFC 9457).
    #[error("carrier refused: {problem}")]
    Problem {
        /// The problem's stable code.
        code: ProblemCode,
        /// The HTTP status.
        status: u16,
        /// The whole problem answer.
        problem: Box<Problem>,
    },
    /// No answer in time (after any retries).
    #[error("the carrier did not answer in time")]
    Timeout,
    /// The carrier could not be reached (after any retries).
    #[error("cannot connect to the carrier: {0}")]
    Connect(String),
    /// The connection broke before a whole answer arrived (after any retries).
    #[error("the connection to the carrier broke: {0}")]
    Transport(String),
    /// The answer was not what the protocol says.
    #[error("unexpected answer from the carrier (HTTP {status}): {message}")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What did not fit.
        message: String,
    },
    /// The client was set up wrongly (bad base URL, bad API key characters…).
    #[error("carrier client configuration: {0}")]
    Config(String),
}

impl ClientError {
    /// A stable code for the error: the problem's code, or `timeout`, `offline`
    /// (cannot connect), `transport`, `decode`, `config`.
    pub fn code(&self) -> &'static str {
        match self {
            ClientError::Problem { code, .. } => code.as_str(),
            ClientError::Timeout => "timeout",
            ClientError::Connect(_) => "offline",
            ClientError::Transport(_) => "transport",
            ClientError::Decode { .. } => "decode",
            ClientError::Config(_) => "config",
        }
    }

    /// The problem code, when the carrier answered with a problem.
    pub fn problem_code(&self) -> Option<ProblemCode> {
        match self {
            ClientError::Problem { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether the same request may succeed if sent again later (with the same
    /// idempotency key for state-changing calls).
    pub fn is_transient(&self) -> bool {
        match self {
            ClientError::Problem { code, status, .. } => {
                code.is_transient() || matches!(status, 429 | 502 | 503 | 504)
            }
            ClientError::Timeout | ClientError::Connect(_) | ClientError::Transport(_) => true,
            ClientError::Decode { .. } | ClientError::Config(_) => false,
        }
    }

    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            ClientError::Timeout
        } else if e.is_connect() {
            ClientError::Connect(e.to_string())
        } else if e.is_builder() {
            ClientError::Config(e.to_string())
        } else if e.is_decode() {
            ClientError::Decode {
                status: e.status().map(|s| s.as_u16()).unwrap_or(0),
                message: e.to_string(),
            }
        } else {
            let mut msg = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                msg.push_str(": ");
                msg.push_str(&s.to_string());
                source = s.source();
            }
            ClientError::Transport(msg)
        }
    }
}
