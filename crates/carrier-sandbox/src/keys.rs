//! Each carrier's Ed25519 ticket-signing keys: derived from the seed (so a
//! sandbox restarted with the same database signs as before), listed in the
//! profile with their validity, and rotated on request.

use crate::error::SandboxError;
use crate::rng::derive_bytes;
use crate::store::{Db, StoredKey};
use base64::Engine;
use chrono::{DateTime, Utc};
use sapar_carrier::SigningKeyInfo;
use sapar_ticket::{SigningKey, TicketClaims, TokenError};
use sqlx::SqliteConnection;
use std::collections::HashMap;
use std::sync::RwLock;

/// The signing keys of every carrier.
#[derive(Debug)]
pub struct Keys {
    seed: u64,
    by_carrier: RwLock<HashMap<String, Vec<StoredKey>>>,
}

/// The private key `key_id` of a carrier, derived from the seed.
pub fn derive_signing_key(seed: u64, carrier: &str, key_id: u16) -> SigningKey {
    SigningKey::from_bytes(&derive_bytes(
        seed,
        &format!("signing-key/{carrier}/{key_id}"),
    ))
}

fn public_key_b64(key: &SigningKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.verifying_key().to_bytes())
}

impl Keys {
    /// Loads the stored keys, creating key 1 for carriers that have none.
    pub async fn load(db: &Db, seed: u64, carriers: &[&str]) -> Result<Self, SandboxError> {
        let stored = db.signing_keys().await?;
        for c in carriers {
            if !stored.iter().any(|k| k.carrier == *c) {
                let key = derive_signing_key(seed, c, 1);
                db.insert_signing_key(&StoredKey {
                    carrier: c.to_string(),
                    key_id: 1,
                    public_key: public_key_b64(&key),
                    valid_from: Utc::now() - chrono::Duration::days(1),
                    valid_until: None,
                })
                .await?;
            }
        }
        let mut by_carrier: HashMap<String, Vec<StoredKey>> = HashMap::new();
        for k in db.signing_keys().await? {
            by_carrier.entry(k.carrier.clone()).or_default().push(k);
        }
        Ok(Self {
            seed,
            by_carrier: RwLock::new(by_carrier),
        })
    }

    /// The key in use for a carrier.
    pub fn current(&self, carrier: &str) -> Option<(u16, SigningKey)> {
        let map = self.by_carrier.read().ok()?;
        let k = map
            .get(carrier)?
            .iter()
            .rev()
            .find(|k| k.valid_until.is_none())?;
        Some((k.key_id, derive_signing_key(self.seed, carrier, k.key_id)))
    }

    /// The keys as listed in the profile.
    pub fn infos(&self, carrier: &str) -> Vec<SigningKeyInfo> {
        let Ok(map) = self.by_carrier.read() else {
            return Vec::new();
        };
        map.get(carrier)
            .map(|ks| {
                ks.iter()
                    .map(|k| SigningKeyInfo {
                        key_id: k.key_id,
                        algorithm: "ed25519".into(),
                        public_key: k.public_key.clone(),
                        valid_from: k.valid_from,
                        valid_until: k.valid_until,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Signs a ticket with the carrier's current key: (token, key id).
    pub fn sign(&self, carrier: &str, claims: &TicketClaims) -> Result<(String, u16), String> {
        let (key_id, key) = self
            .current(carrier)
            .ok_or_else(|| format!("no signing key for {carrier}"))?;
        let token =
            sapar_ticket::sign(claims, &key, key_id).map_err(|e: TokenError| e.to_string())?;
        Ok((token, key_id))
    }

    /// Retires the current key and stores the next one, inside the caller's
    /// transaction; call [`Keys::reload`] after commit. Returns (new id, old id).
    pub async fn rotate_in(
        &self,
        conn: &mut SqliteConnection,
        carrier: &str,
        now: DateTime<Utc>,
    ) -> Result<(u16, Option<u16>), sqlx::Error> {
        let previous = self.current(carrier).map(|(id, _)| id);
        let next = previous.unwrap_or(0).saturating_add(1);
        sqlx::query(
            "UPDATE signing_keys SET valid_until = ? WHERE carrier = ? AND valid_until IS NULL",
        )
        .bind(now.to_rfc3339())
        .bind(carrier)
        .execute(&mut *conn)
        .await?;
        let key = derive_signing_key(self.seed, carrier, next);
        sqlx::query(
            "INSERT OR REPLACE INTO signing_keys(carrier, key_id, public_key, valid_from, valid_until) VALUES (?, ?, ?, ?, NULL)",
        )
        .bind(carrier)
        .bind(i64::from(next))
        .bind(public_key_b64(&key))
        .bind(now.to_rfc3339())
        .execute(&mut *conn)
        .await?;
        Ok((next, previous))
    }

    /// Re-reads the keys after a rotation was committed.
    pub async fn reload(&self, db: &Db) -> Result<(), SandboxError> {
        let mut by_carrier: HashMap<String, Vec<StoredKey>> = HashMap::new();
        for k in db.signing_keys().await? {
            by_carrier.entry(k.carrier.clone()).or_default().push(k);
        }
        if let Ok(mut map) = self.by_carrier.write() {
            *map = by_carrier;
        }
        Ok(())
    }
}
