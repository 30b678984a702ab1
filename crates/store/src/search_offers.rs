//! The offers of the latest search, numbered as they were shown, so a person can pick
//! one by its number (`sapar book 3`) in a later command. Each search replaces them.

use crate::rows::utc_text;
use crate::{StoreError, Wallet};
use chrono::{DateTime, Utc};
use sea_orm::{QueryResult, Value};
use serde::{Deserialize, Serialize};

/// An offer kept from the latest search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredOffer {
    /// Its number in the latest search, from 1.
    pub number: u32,
    /// The carrier that made it.
    pub carrier: String,
    /// The carrier's offer id.
    pub offer_id: String,
    /// The offer as the carrier sent it (JSON).
    pub offer: String,
    /// When its price guarantee ends, RFC 3339 UTC.
    pub expires_at: String,
}

/// An offer to keep: carrier, offer id, the offer's JSON, its expiry.
pub type NewOffer = (String, String, String, DateTime<Utc>);

impl Wallet {
    /// Replaces the kept offers with `offers`, numbered 1, 2, … in the order given.
    pub async fn replace_search_offers(&self, offers: &[NewOffer]) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let now = utc_text(Utc::now());
        let result = async {
            self.exec_on(&txn, "DELETE FROM search_offer", vec![])
                .await?;
            for (i, chunk) in offers.chunks(crate::write::CHUNK).enumerate() {
                let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 6);
                for (j, (carrier, id, json, expires)) in chunk.iter().enumerate() {
                    let number = (i * crate::write::CHUNK + j + 1) as i64;
                    values.extend([
                        number.into(),
                        carrier.clone().into(),
                        id.clone().into(),
                        json.clone().into(),
                        utc_text(*expires).into(),
                        now.clone().into(),
                    ]);
                }
                let rows = vec!["(?, ?, ?, ?, ?, ?)"; chunk.len()].join(", ");
                self.exec_on(
                    &txn,
                    &format!(
                        "INSERT INTO search_offer (number, carrier, offer_id, offer, expires_at, \
                         searched_at) VALUES {rows}"
                    ),
                    values,
                )
                .await?;
            }
            Ok(())
        }
        .await;
        self.finish(txn, result).await
    }

    /// A kept offer by its number in the latest search, or by its offer id.
    pub async fn search_offer(&self, key: &str) -> Result<Option<StoredOffer>, StoreError> {
        let key = key.trim();
        let (sql, value): (&str, Value) = match key.parse::<i64>() {
            Ok(n) => (
                "SELECT number, carrier, offer_id, offer, expires_at FROM search_offer \
                 WHERE number = ?",
                n.into(),
            ),
            Err(_) => (
                "SELECT number, carrier, offer_id, offer, expires_at FROM search_offer \
                 WHERE offer_id = ?",
                key.into(),
            ),
        };
        let rows = self.rows_on(&self.db, sql, vec![value]).await?;
        rows.first().map(|r| self.offer_from(r)).transpose()
    }

    fn offer_from(&self, row: &QueryResult) -> Result<StoredOffer, StoreError> {
        let t = "search_offer";
        Ok(StoredOffer {
            number: u32::try_from(self.column::<i64>(row, 0, t)?).unwrap_or(0),
            carrier: self.column(row, 1, t)?,
            offer_id: self.column(row, 2, t)?,
            offer: self.column(row, 3, t)?,
            expires_at: self.column(row, 4, t)?,
        })
    }
}
