//! The carriers the wallet buys from: their accounts (base URL, where the API key is
//! kept, enabled and demo flags, the outcome of the last sync) and each carrier's
//! profile, cached as the carrier sent it so that names, contacts, fare rules and the
//! places served are known with no network.

use crate::rows::utc_text;
use crate::{StoreError, Wallet};
use chrono::Utc;
use sea_orm::QueryResult;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A carrier configured in the wallet.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarrierAccount {
    /// The carrier's code (`KTZ`, `KC`…), as in its tickets.
    pub code: String,
    /// The carrier's base URL, without `/v1`.
    pub base_url: String,
    /// The OS keyring entry that holds the API key, when the keyring took it.
    pub secret_ref: Option<String>,
    /// The API key itself, only where no OS keyring works, or for a demo carrier's
    /// public test key. Never printed by `Debug`.
    pub api_key: Option<String>,
    /// Whether searches and syncs use this carrier.
    pub enabled: bool,
    /// Whether it is one of Sapar's built-in demo carriers (sells nothing real).
    pub demo: bool,
    /// When it was added, RFC 3339 UTC.
    pub added_at: String,
    /// When it last synced without error, RFC 3339 UTC.
    pub last_sync_at: Option<String>,
    /// What went wrong at the last sync, if it failed.
    pub last_sync_error: Option<String>,
}

impl fmt::Debug for CarrierAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CarrierAccount")
            .field("code", &self.code)
            .field("base_url", &self.base_url)
            .field("secret_ref", &self.secret_ref)
            .field("api_key", &self.api_key.as_ref().map(|_| "<hidden>"))
            .field("enabled", &self.enabled)
            .field("demo", &self.demo)
            .field("added_at", &self.added_at)
            .field("last_sync_at", &self.last_sync_at)
            .field("last_sync_error", &self.last_sync_error)
            .finish()
    }
}

/// A carrier's profile as last fetched: the protocol's JSON, kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedProfile {
    /// The carrier's code.
    pub carrier: String,
    /// The profile document (JSON).
    pub profile: String,
    /// The list of places served (JSON), when fetched.
    pub places: Option<String>,
    /// When it was fetched, RFC 3339 UTC.
    pub fetched_at: String,
}

const ACCOUNT_COLUMNS: &str = "code, base_url, secret_ref, api_key, enabled, demo, added_at, \
    last_sync_at, last_sync_error";

impl Wallet {
    fn account_from(&self, row: &QueryResult) -> Result<CarrierAccount, StoreError> {
        let t = "carrier_account";
        Ok(CarrierAccount {
            code: self.column(row, 0, t)?,
            base_url: self.column(row, 1, t)?,
            secret_ref: self.column(row, 2, t)?,
            api_key: self.column(row, 3, t)?,
            enabled: self.column::<i64>(row, 4, t)? != 0,
            demo: self.column::<i64>(row, 5, t)? != 0,
            added_at: self.column(row, 6, t)?,
            last_sync_at: self.column(row, 7, t)?,
            last_sync_error: self.column(row, 8, t)?,
        })
    }

    /// Every configured carrier, by code.
    pub async fn carrier_accounts(&self) -> Result<Vec<CarrierAccount>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM carrier_account ORDER BY code");
        let rows = self.rows_on(&self.db, &sql, vec![]).await?;
        rows.iter().map(|r| self.account_from(r)).collect()
    }

    /// One configured carrier.
    pub async fn carrier_account(&self, code: &str) -> Result<Option<CarrierAccount>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM carrier_account WHERE code = ?");
        let rows = self.rows_on(&self.db, &sql, vec![code.into()]).await?;
        rows.first().map(|r| self.account_from(r)).transpose()
    }

    /// Adds a carrier, or replaces the one with the same code (keeping when it was
    /// first added).
    pub async fn save_carrier_account(&self, a: &CarrierAccount) -> Result<(), StoreError> {
        self.exec_on(
            &self.db,
            "INSERT INTO carrier_account (code, base_url, secret_ref, api_key, enabled, demo, \
             added_at, last_sync_at, last_sync_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (code) DO UPDATE SET base_url = excluded.base_url, \
             secret_ref = excluded.secret_ref, api_key = excluded.api_key, \
             enabled = excluded.enabled, demo = excluded.demo, \
             last_sync_at = excluded.last_sync_at, last_sync_error = excluded.last_sync_error",
            vec![
                a.code.clone().into(),
                a.base_url.clone().into(),
                a.secret_ref.clone().into(),
                a.api_key.clone().into(),
                i64::from(a.enabled).into(),
                i64::from(a.demo).into(),
                a.added_at.clone().into(),
                a.last_sync_at.clone().into(),
                a.last_sync_error.clone().into(),
            ],
        )
        .await?;
        Ok(())
    }

    /// Removes a carrier's account (its cached profile and keys stay, so its tickets
    /// still verify). Returns whether there was one.
    pub async fn remove_carrier_account(&self, code: &str) -> Result<bool, StoreError> {
        let n = self
            .exec_on(
                &self.db,
                "DELETE FROM carrier_account WHERE code = ?",
                vec![code.into()],
            )
            .await?;
        Ok(n > 0)
    }

    /// Turns a carrier on or off for searches and syncs. Returns whether it exists.
    pub async fn set_carrier_enabled(&self, code: &str, enabled: bool) -> Result<bool, StoreError> {
        let n = self
            .exec_on(
                &self.db,
                "UPDATE carrier_account SET enabled = ? WHERE code = ?",
                vec![i64::from(enabled).into(), code.into()],
            )
            .await?;
        Ok(n > 0)
    }

    /// Records the outcome of a sync with a carrier: `None` for success.
    pub async fn record_sync(&self, code: &str, error: Option<&str>) -> Result<(), StoreError> {
        match error {
            None => {
                self.exec_on(
                    &self.db,
                    "UPDATE carrier_account SET last_sync_at = ?, last_sync_error = NULL \
                     WHERE code = ?",
                    vec![utc_text(Utc::now()).into(), code.into()],
                )
                .await?
            }
            Some(e) => {
                self.exec_on(
                    &self.db,
                    "UPDATE carrier_account SET last_sync_error = ? WHERE code = ?",
                    vec![e.into(), code.into()],
                )
                .await?
            }
        };
        Ok(())
    }

    /// Caches a carrier's profile (and the places it serves, when fetched).
    pub async fn save_carrier_profile(
        &self,
        carrier: &str,
        profile: &str,
        places: Option<&str>,
    ) -> Result<(), StoreError> {
        self.exec_on(
            &self.db,
            "INSERT INTO carrier_profile (carrier, profile, places, fetched_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (carrier) DO UPDATE SET profile = excluded.profile, \
             places = coalesce(excluded.places, carrier_profile.places), \
             fetched_at = excluded.fetched_at",
            vec![
                carrier.into(),
                profile.into(),
                places.map(str::to_string).into(),
                utc_text(Utc::now()).into(),
            ],
        )
        .await?;
        Ok(())
    }

    /// A carrier's cached profile.
    pub async fn carrier_profile(
        &self,
        carrier: &str,
    ) -> Result<Option<CachedProfile>, StoreError> {
        let rows = self
            .rows_on(
                &self.db,
                "SELECT carrier, profile, places, fetched_at FROM carrier_profile WHERE carrier = ?",
                vec![carrier.into()],
            )
            .await?;
        rows.first().map(|r| self.profile_from(r)).transpose()
    }

    /// Every cached profile.
    pub async fn carrier_profiles(&self) -> Result<Vec<CachedProfile>, StoreError> {
        let rows = self
            .rows_on(
                &self.db,
                "SELECT carrier, profile, places, fetched_at FROM carrier_profile ORDER BY carrier",
                vec![],
            )
            .await?;
        rows.iter().map(|r| self.profile_from(r)).collect()
    }

    fn profile_from(&self, row: &QueryResult) -> Result<CachedProfile, StoreError> {
        let t = "carrier_profile";
        Ok(CachedProfile {
            carrier: self.column(row, 0, t)?,
            profile: self.column(row, 1, t)?,
            places: self.column(row, 2, t)?,
            fetched_at: self.column(row, 3, t)?,
        })
    }
}
