//! The domain's error type.

use crate::booking::TransitionError;
use crate::iin::IinError;

/// Anything the domain rules refuse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// An IIN that is not valid.
    #[error(transparent)]
    Iin(#[from] IinError),
    /// A ticket status change that the lifecycle does not allow.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// A booking that does not hang together (e.g. a ticket for a missing passenger).
    #[error("invalid booking: {0}")]
    InvalidBooking(String),
}
