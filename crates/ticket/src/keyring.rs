//! The carriers' public keys a verifier trusts, each with the period it signs for.
//!
//! Plain serde data: the wallet keeps it, the carrier protocol delivers it. A key
//! signs tickets issued from `valid_from` until it is retired (`valid_until`);
//! tickets it signed before retirement stay good. A key the carrier withdraws
//! (`revoked_at`, e.g. after a leak) is not trusted for any ticket once that time
//! has passed, because the issue time inside a ticket is vouched for by that same
//! key and a thief could backdate it.

use crate::TokenError;
use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A carrier's Ed25519 public key; written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// The key from its 32 bytes; refuses bytes that are not a curve point or
    /// are a weak (small-order) key.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, TokenError> {
        let key = VerifyingKey::from_bytes(bytes).map_err(|_| TokenError::InvalidPublicKey)?;
        if key.is_weak() {
            return Err(TokenError::InvalidPublicKey);
        }
        Ok(Self(key))
    }

    /// The key's 32 bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub(crate) fn verifying_key(&self) -> &VerifyingKey {
        &self.0
    }
}

impl From<&SigningKey> for PublicKey {
    fn from(key: &SigningKey) -> Self {
        Self(key.verifying_key())
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.to_bytes() {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

impl FromStr for PublicKey {
    type Err = TokenError;
    /// Parses 64 hex digits (either case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().as_bytes();
        if s.len() != 64 {
            return Err(TokenError::InvalidPublicKey);
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(s.chunks_exact(2)) {
            let digit = |c: u8| {
                char::from(c)
                    .to_digit(16)
                    .ok_or(TokenError::InvalidPublicKey)
            };
            // Two hex digits make at most 255.
            *byte = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
        }
        Self::from_bytes(&bytes)
    }
}

impl Serialize for PublicKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// One of a carrier's signing keys, as a verifier knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarrierKey {
    /// The carrier's code, as in its tickets.
    pub carrier: String,
    /// The key's id among the carrier's keys, as in its tickets.
    pub key_id: u16,
    /// The public key.
    pub public_key: PublicKey,
    /// Tickets issued from this instant on may be signed with the key.
    pub valid_from: DateTime<Utc>,
    /// The key was retired: tickets issued from this instant on may not be signed
    /// with it (those issued before stay good).
    pub valid_until: Option<DateTime<Utc>>,
    /// The carrier withdrew the key: once this instant has passed, no ticket
    /// signed with it is trusted, whatever issue time it states.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The carriers' keys a verifier trusts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyRing {
    keys: Vec<CarrierKey>,
}

impl KeyRing {
    /// An empty key ring.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a key, replacing the one with the same carrier and key id.
    pub fn insert(&mut self, key: CarrierKey) {
        match self
            .keys
            .iter_mut()
            .find(|k| k.carrier == key.carrier && k.key_id == key.key_id)
        {
            Some(existing) => *existing = key,
            None => self.keys.push(key),
        }
    }

    /// The carrier's key with this id.
    pub fn get(&self, carrier: &str, key_id: u16) -> Option<&CarrierKey> {
        self.keys
            .iter()
            .find(|k| k.carrier == carrier && k.key_id == key_id)
    }

    /// Whether the ring has any key of the carrier.
    pub fn knows_carrier(&self, carrier: &str) -> bool {
        self.keys.iter().any(|k| k.carrier == carrier)
    }

    /// Every key, in the order added.
    pub fn iter(&self) -> impl Iterator<Item = &CarrierKey> {
        self.keys.iter()
    }

    /// How many keys the ring holds.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the ring holds no key.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

impl FromIterator<CarrierKey> for KeyRing {
    fn from_iter<I: IntoIterator<Item = CarrierKey>>(iter: I) -> Self {
        let mut ring = KeyRing::new();
        for key in iter {
            ring.insert(key);
        }
        ring
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_keys_round_trip_through_hex_and_json() {
        let key = PublicKey::from(&SigningKey::from_bytes(&[7; 32]));
        let hex = key.to_string();
        assert_eq!(hex.len(), 64);
        assert_eq!(hex.parse::<PublicKey>().unwrap(), key);
        assert_eq!(hex.to_uppercase().parse::<PublicKey>().unwrap(), key);
        let json = serde_json::to_string(&key).unwrap();
        assert_eq!(json, format!("\"{hex}\""));
        assert_eq!(serde_json::from_str::<PublicKey>(&json).unwrap(), key);
    }

    #[test]
    fn bad_public_keys_are_refused() {
        assert!("abc".parse::<PublicKey>().is_err());
        assert!("zz".repeat(32).parse::<PublicKey>().is_err());
        // The identity point: a small-order key anyone can "sign" for.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_eq!(
            PublicKey::from_bytes(&identity),
            Err(TokenError::InvalidPublicKey)
        );
        assert!(serde_json::from_str::<PublicKey>("\"00\"").is_err());
    }

    #[test]
    fn inserting_the_same_key_id_replaces_it() {
        let key = |id, until| CarrierKey {
            carrier: "KTZ".into(),
            key_id: id,
            public_key: PublicKey::from(&SigningKey::from_bytes(&[id as u8; 32])),
            valid_from: DateTime::UNIX_EPOCH,
            valid_until: until,
            revoked_at: None,
        };
        let mut ring: KeyRing = [key(1, None), key(2, None)].into_iter().collect();
        ring.insert(key(1, Some(DateTime::UNIX_EPOCH)));
        assert_eq!(ring.len(), 2);
        assert!(ring.get("KTZ", 1).unwrap().valid_until.is_some());
        assert!(ring.knows_carrier("KTZ") && !ring.knows_carrier("KC"));
        let json = serde_json::to_string(&ring).unwrap();
        assert_eq!(serde_json::from_str::<KeyRing>(&json).unwrap(), ring);
    }
}
