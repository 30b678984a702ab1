//! Idempotency keys: one per intended state change, repeated on retries, so the
//! carrier acts once and replays its first answer.

use crate::client_error::ClientError;
use std::fmt;

/// The header that makes a state-changing request safe to repeat.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// A key naming one intended operation. Send the same key when repeating the
/// same request (after a timeout, a crash…); use a new key for a new operation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// A fresh random key.
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }

    /// A key kept from before (e.g. stored with a pending purchase). It must be
    /// 1-255 visible ASCII characters.
    pub fn from_string(key: impl Into<String>) -> Result<Self, ClientError> {
        let key = key.into();
        if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ClientError::Config(
                "an idempotency key is 1-255 visible ASCII characters".into(),
            ));
        }
        Ok(Self(key))
    }

    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for IdempotencyKey {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys_are_checked() {
        assert!(IdempotencyKey::from_string("abc-123").is_ok());
        assert!(IdempotencyKey::from_string("").is_err());
        assert!(IdempotencyKey::from_string("has space").is_err());
        assert_ne!(IdempotencyKey::new(), IdempotencyKey::new());
    }
}
