//! The wallet's trust store: carriers' ticket-signing keys and the revocation list,
//! kept so that tickets verify with no network.

use crate::{StoreError, Wallet};
use chrono::{DateTime, Utc};
use sapar_ticket::{CarrierKey, KeyRing, PublicKey, Revocation, RevocationList, RevocationReason};
use sea_orm::{ConnectionTrait, Statement, Value};

fn time_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn parse_time(path: &Wallet, text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| corrupt(path, format!("the trust store holds a bad time {text:?}")))
}

fn corrupt(wallet: &Wallet, detail: String) -> StoreError {
    StoreError::Corrupt {
        path: wallet.path.clone(),
        detail,
    }
}

fn reason_from(text: &str) -> Option<RevocationReason> {
    [
        RevocationReason::Refunded,
        RevocationReason::Exchanged,
        RevocationReason::Cancelled,
        RevocationReason::Other,
    ]
    .into_iter()
    .find(|r| r.as_str() == text)
}

impl Wallet {
    /// Every carrier signing key the wallet knows.
    pub async fn key_ring(&self) -> Result<KeyRing, StoreError> {
        let rows = self
            .db
            .query_all_raw(Statement::from_string(
                self.db.get_database_backend(),
                "SELECT carrier, key_id, public_key, valid_from, valid_until, revoked_at \
                 FROM carrier_key ORDER BY carrier, key_id",
            ))
            .await
            .map_err(|e| self.err(e))?;
        let mut ring = KeyRing::new();
        for row in rows {
            let get = |i: usize| row.try_get_by_index::<Option<String>>(i).ok().flatten();
            let carrier = get(0).unwrap_or_default();
            let key_id = row
                .try_get_by_index::<i64>(1)
                .ok()
                .and_then(|k| u16::try_from(k).ok())
                .ok_or_else(|| corrupt(self, format!("a key of {carrier} has a bad id")))?;
            let public_key: PublicKey = get(2).unwrap_or_default().parse().map_err(|_| {
                corrupt(
                    self,
                    format!("key {key_id} of {carrier} is not a public key"),
                )
            })?;
            let valid_from = parse_time(self, &get(3).unwrap_or_default())?;
            let valid_until = get(4).map(|t| parse_time(self, &t)).transpose()?;
            let revoked_at = get(5).map(|t| parse_time(self, &t)).transpose()?;
            ring.insert(CarrierKey {
                carrier,
                key_id,
                public_key,
                valid_from,
                valid_until,
                revoked_at,
            });
        }
        Ok(ring)
    }

    /// Adds or replaces signing keys (same carrier and key id); returns how many were written.
    pub async fn save_keys<'a>(
        &self,
        keys: impl IntoIterator<Item = &'a CarrierKey>,
    ) -> Result<usize, StoreError> {
        let tx = self.begin_write().await?;
        let backend = self.db.get_database_backend();
        let mut n = 0;
        for k in keys {
            tx.execute_raw(Statement::from_sql_and_values(
                backend,
                "INSERT INTO carrier_key (carrier, key_id, public_key, valid_from, valid_until, revoked_at) \
                 VALUES (?, ?, ?, ?, ?, ?) \
                 ON CONFLICT (carrier, key_id) DO UPDATE SET public_key = excluded.public_key, \
                 valid_from = excluded.valid_from, valid_until = excluded.valid_until, \
                 revoked_at = excluded.revoked_at",
                [
                    Value::from(k.carrier.clone()),
                    Value::from(i64::from(k.key_id)),
                    Value::from(k.public_key.to_string()),
                    Value::from(time_text(k.valid_from)),
                    Value::from(k.valid_until.map(time_text)),
                    Value::from(k.revoked_at.map(time_text)),
                ],
            ))
            .await
            .map_err(|e| self.err(e))?;
            n += 1;
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(n)
    }

    /// Every revoked ticket the wallet knows.
    pub async fn revocations(&self) -> Result<RevocationList, StoreError> {
        let rows = self
            .db
            .query_all_raw(Statement::from_string(
                self.db.get_database_backend(),
                "SELECT carrier, ticket_number, reason, revoked_at FROM revocation",
            ))
            .await
            .map_err(|e| self.err(e))?;
        let mut list = RevocationList::new();
        for row in rows {
            let get = |i: usize| row.try_get_by_index::<String>(i).unwrap_or_default();
            let (carrier, number, reason) = (get(0), get(1), get(2));
            let reason = reason_from(&reason)
                .ok_or_else(|| corrupt(self, format!("unknown revocation reason {reason:?}")))?;
            let at = parse_time(self, &get(3))?;
            list.insert(&carrier, &number, Revocation { reason, at });
        }
        Ok(list)
    }

    /// Records revoked tickets (the latest word on a ticket wins); returns how many.
    pub async fn save_revocations(
        &self,
        items: &[(String, String, Revocation)],
    ) -> Result<usize, StoreError> {
        let tx = self.begin_write().await?;
        let backend = self.db.get_database_backend();
        for (carrier, number, r) in items {
            tx.execute_raw(Statement::from_sql_and_values(
                backend,
                "INSERT INTO revocation (carrier, ticket_number, reason, revoked_at) VALUES (?, ?, ?, ?) \
                 ON CONFLICT (carrier, ticket_number) DO UPDATE SET reason = excluded.reason, \
                 revoked_at = excluded.revoked_at",
                [
                    Value::from(carrier.clone()),
                    Value::from(number.clone()),
                    Value::from(r.reason.as_str()),
                    Value::from(time_text(r.at)),
                ],
            ))
            .await
            .map_err(|e| self.err(e))?;
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(items.len())
    }
}
