//! The carriers Sapar buys from: adding, listing, turning on and off and removing
//! them; their API keys (in the OS keyring where it works, see `secrets`); their
//! profiles, cached so that names, contacts, fare rules, places and signing keys are
//! known offline; and the protocol clients Sapar talks to them with.

use crate::convert::{carrier_error, carrier_key};
use crate::secrets::{self, Kept, CARRIER_KEYS};
use crate::{CoreError, Sapar};
use chrono::Utc;
use sapar_carrier::{CarrierProfile, Client, ClientConfig, PlaceList};
use sapar_domain::{Booking, FareRules, Mode};
use sapar_store::CarrierAccount;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// What a protocol client is used for: searches fail fast, sales wait and retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Purpose {
    /// Searches and seat maps: one quick retry, then report the carrier as failing.
    Search,
    /// Holds, payments, after-sales and sync: the client's patient defaults.
    Sale,
}

/// The connections of an open Sapar: protocol clients by carrier, and the demo
/// carriers' server when it runs.
#[derive(Default)]
pub(crate) struct Connections {
    clients: Mutex<HashMap<(String, Purpose), Client>>,
    pub(crate) demo: tokio::sync::Mutex<Option<sapar_carrier_sandbox::SandboxHandle>>,
}

impl Connections {
    /// Forgets the clients of a carrier (its URL or key changed), or of all carriers.
    pub(crate) fn forget(&self, code: Option<&str>) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|(c, _), _| code.is_some_and(|code| c != code));
        }
    }
}

/// A carrier as the settings and `sapar carriers list` show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CarrierInfo {
    /// Carrier code.
    pub code: String,
    /// Name in Kazakh, Russian and English (from its profile, else Sapar's dataset).
    pub names: [String; 3],
    /// Modes it runs.
    pub modes: Vec<Mode>,
    /// Base URL.
    pub base_url: String,
    /// Whether searches and syncs use it.
    pub enabled: bool,
    /// Whether it is a built-in demo carrier (sells nothing real).
    pub demo: bool,
    /// Whether its API key is in the OS keyring (else in the wallet file).
    pub key_in_keyring: bool,
    /// When its profile was last fetched, RFC 3339 UTC (`None`: never).
    pub profile_fetched_at: Option<String>,
    /// When it last synced, RFC 3339 UTC.
    pub last_sync_at: Option<String>,
    /// Why the last sync failed, if it did.
    pub last_sync_error: Option<String>,
}

/// What adding a carrier did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AddedCarrier {
    /// The carrier as now configured.
    pub carrier: CarrierInfo,
    /// Why its profile could not be fetched now (it will be at the next sync).
    pub profile_error: Option<String>,
}

/// The fare rules of cached carrier profiles, by carrier and fare id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FareRuleBook(HashMap<(String, String), FareRules>);

impl FareRuleBook {
    /// The rules of `fare` of `carrier`, if its profile has them.
    pub fn get(&self, carrier: &str, fare: &str) -> Option<&FareRules> {
        self.0.get(&(carrier.to_string(), fare.to_string()))
    }
}

fn check_code(code: &str) -> Result<String, CoreError> {
    let code = code.trim().to_ascii_uppercase();
    if code.len() < 2 || code.len() > 8 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(CoreError::Invalid(format!(
            "a carrier code is 2-8 Latin letters or digits, not {code:?}"
        )));
    }
    Ok(code)
}

fn check_url(url: &str) -> Result<String, CoreError> {
    let url = url.trim().trim_end_matches('/').to_string();
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() < 10 {
        return Err(CoreError::Invalid(format!(
            "a carrier's address starts with https:// (or http:// on a local network), not {url:?}"
        )));
    }
    Ok(url)
}

fn config_for(base_url: &str, api_key: &str, purpose: Purpose) -> ClientConfig {
    let mut config = ClientConfig::new(base_url, api_key);
    if purpose == Purpose::Search {
        config.connect_timeout = Duration::from_secs(3);
        config.max_retries = 1;
        config.retry_base_delay = Duration::from_millis(100);
        config.retry_max_delay = Duration::from_millis(300);
    }
    config
}

impl Sapar {
    /// The configured carriers, by code.
    pub async fn carriers(&self) -> Result<Vec<CarrierInfo>, CoreError> {
        let mut out = Vec::new();
        for account in self.wallet().carrier_accounts().await? {
            out.push(self.info(&account).await?);
        }
        Ok(out)
    }

    async fn info(&self, a: &CarrierAccount) -> Result<CarrierInfo, CoreError> {
        let cached = self.wallet().carrier_profile(&a.code).await?;
        let profile = cached
            .as_ref()
            .and_then(|c| serde_json::from_str::<CarrierProfile>(&c.profile).ok());
        let known = sapar_domain::carrier_by_code(&a.code);
        let (names, modes) = match (&profile, known) {
            (Some(p), _) => (
                [p.name_kk.clone(), p.name_ru.clone(), p.name_en.clone()],
                p.modes.clone(),
            ),
            (None, Some(k)) => (
                [k.name_kk.clone(), k.name_ru.clone(), k.name_en.clone()],
                k.modes.clone(),
            ),
            (None, None) => ([a.code.clone(), a.code.clone(), a.code.clone()], Vec::new()),
        };
        Ok(CarrierInfo {
            code: a.code.clone(),
            names,
            modes,
            base_url: a.base_url.clone(),
            enabled: a.enabled,
            demo: a.demo,
            key_in_keyring: a.secret_ref.is_some(),
            profile_fetched_at: cached.map(|c| c.fetched_at),
            last_sync_at: a.last_sync_at.clone(),
            last_sync_error: a.last_sync_error.clone(),
        })
    }

    /// Adds a carrier (or replaces the one with the same code): its base URL and the API
    /// key Sapar sells with, which goes to the OS keyring where there is one. Then its
    /// profile is fetched and cached; a carrier that cannot be reached now is still
    /// added, one that refuses the key or names another code is not.
    pub async fn add_carrier(
        &self,
        code: &str,
        base_url: &str,
        api_key: &str,
    ) -> Result<AddedCarrier, CoreError> {
        let code = check_code(code)?;
        let base_url = check_url(base_url)?;
        let api_key = api_key.trim();
        if api_key.is_empty() || !api_key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(CoreError::Invalid(
                "the API key is empty or has characters other than visible ASCII".into(),
            ));
        }
        let previous = self.wallet().carrier_account(&code).await?;
        if previous.as_ref().is_some_and(|p| p.demo) {
            return Err(CoreError::Invalid(format!(
                "{code} is one of Sapar's demo carriers; remove it first to add the real one"
            )));
        }
        let (secret_ref, stored_key) = match secrets::keep(CARRIER_KEYS, api_key) {
            Kept::Keyring(name) => (Some(name), None),
            // No keyring here (a server, CI, a headless session): the key stays in the
            // wallet file, the only place that survives a restart.
            Kept::InWallet => (None, Some(api_key.to_string())),
        };
        let account = CarrierAccount {
            code: code.clone(),
            base_url,
            secret_ref,
            api_key: stored_key,
            enabled: true,
            demo: false,
            added_at: previous
                .as_ref()
                .map_or_else(now_text, |p| p.added_at.clone()),
            last_sync_at: None,
            last_sync_error: None,
        };
        self.wallet().save_carrier_account(&account).await?;
        self.connections().forget(Some(&code));
        let profile_error = match self.refresh_carrier_profile(&code).await {
            Ok(_) => None,
            Err(e) if crate::convert::is_unreachable(&e) => Some(e.to_string()),
            Err(e) => {
                self.drop_account(&account).await?;
                if let Some(p) = &previous {
                    self.wallet().save_carrier_account(p).await?;
                }
                return Err(e);
            }
        };
        if let Some(old) = previous.and_then(|p| p.secret_ref) {
            secrets::forget(CARRIER_KEYS, &old);
        }
        Ok(AddedCarrier {
            carrier: self.info(&account).await?,
            profile_error,
        })
    }

    async fn drop_account(&self, a: &CarrierAccount) -> Result<(), CoreError> {
        self.wallet().remove_carrier_account(&a.code).await?;
        if let Some(name) = &a.secret_ref {
            secrets::forget(CARRIER_KEYS, name);
        }
        self.connections().forget(Some(&a.code));
        Ok(())
    }

    /// Removes a carrier and its API key. Its cached profile and signing keys stay, so
    /// its tickets in the wallet still verify offline.
    pub async fn remove_carrier(&self, code: &str) -> Result<(), CoreError> {
        let code = check_code(code)?;
        let account = self.account(&code).await?;
        self.drop_account(&account).await
    }

    /// Turns a carrier on or off for searches and syncs.
    pub async fn set_carrier_enabled(&self, code: &str, enabled: bool) -> Result<(), CoreError> {
        let code = check_code(code)?;
        if !self.wallet().set_carrier_enabled(&code, enabled).await? {
            return Err(not_configured(&code));
        }
        Ok(())
    }

    /// A carrier's cached profile: names, contacts, offices, fare rules, keys.
    pub async fn carrier_profile(&self, code: &str) -> Result<Option<CarrierProfile>, CoreError> {
        Ok(self
            .wallet()
            .carrier_profile(code)
            .await?
            .and_then(|c| serde_json::from_str(&c.profile).ok()))
    }

    /// The places a carrier serves, as last fetched.
    pub(crate) async fn carrier_places(&self, code: &str) -> Result<Option<PlaceList>, CoreError> {
        Ok(self
            .wallet()
            .carrier_profile(code)
            .await?
            .and_then(|c| c.places)
            .and_then(|p| serde_json::from_str(&p).ok()))
    }

    /// Fetches a carrier's profile and places and caches them; its signing keys go to
    /// the trust store. Returns the profile.
    pub async fn refresh_carrier_profile(&self, code: &str) -> Result<CarrierProfile, CoreError> {
        let client = self.client(code, Purpose::Sale).await?;
        self.refresh_with(code, &client).await
    }

    /// Fetches and caches a carrier's profile through `client`.
    pub(crate) async fn refresh_with(
        &self,
        code: &str,
        client: &Client,
    ) -> Result<CarrierProfile, CoreError> {
        let profile = client.profile().await.map_err(|e| carrier_error(code, e))?;
        if !profile.code.eq_ignore_ascii_case(code) {
            return Err(CoreError::Invalid(format!(
                "the carrier at {} says it is {}, not {code}",
                client.base_url(),
                profile.code
            )));
        }
        let places = client.places().await.ok();
        let profile_json =
            serde_json::to_string(&profile).map_err(|e| CoreError::Io(e.to_string()))?;
        let places_json = places.as_ref().and_then(|p| serde_json::to_string(p).ok());
        self.wallet()
            .save_carrier_profile(code, &profile_json, places_json.as_deref())
            .await?;
        let keys: Vec<_> = profile
            .signing_keys
            .iter()
            .filter_map(|k| carrier_key(code, k))
            .collect();
        self.wallet().save_keys(&keys).await?;
        Ok(profile)
    }

    /// The fare rules of every cached carrier profile (for printing and previews).
    pub async fn fare_rule_book(&self) -> Result<FareRuleBook, CoreError> {
        let mut book = FareRuleBook::default();
        for cached in self.wallet().carrier_profiles().await? {
            let Ok(profile) = serde_json::from_str::<CarrierProfile>(&cached.profile) else {
                continue;
            };
            for rules in profile.fare_rules {
                book.0
                    .insert((cached.carrier.clone(), rules.fare.clone()), rules);
            }
        }
        Ok(book)
    }

    /// The fare rules of a ticket's segment, from its carrier's cached profile.
    pub(crate) async fn cached_rules_for(
        &self,
        booking: &Booking,
        segment: usize,
    ) -> Result<Option<FareRules>, CoreError> {
        let Some(s) = booking.segments.get(segment) else {
            return Ok(None);
        };
        let book = self.fare_rule_book().await?;
        Ok(book
            .get(&booking.carrier, &s.fare)
            .or_else(|| book.get(&s.carrier, &s.fare))
            .cloned())
    }

    /// A configured carrier's account.
    pub(crate) async fn account(&self, code: &str) -> Result<CarrierAccount, CoreError> {
        self.wallet()
            .carrier_account(code)
            .await?
            .ok_or_else(|| not_configured(code))
    }

    /// A protocol client of a configured carrier (starting the demo carriers when it is
    /// one of them).
    pub(crate) async fn client(&self, code: &str, purpose: Purpose) -> Result<Client, CoreError> {
        let key = (code.to_string(), purpose);
        if let Some(c) = self
            .connections()
            .clients
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return Ok(c);
        }
        let mut account = self.account(code).await?;
        if account.demo {
            self.ensure_demo_carriers().await?;
            account = self.account(code).await?;
        }
        let api_key = match (&account.secret_ref, &account.api_key) {
            (Some(name), _) => secrets::read(CARRIER_KEYS, name).ok_or_else(|| {
                CoreError::Invalid(format!(
                    "the API key of {code} is no longer in the OS keyring: add the carrier again"
                ))
            })?,
            (None, Some(k)) => k.clone(),
            (None, None) => {
                return Err(CoreError::Invalid(format!(
                    "{code} has no API key: add the carrier again"
                )))
            }
        };
        let client = Client::new(config_for(&account.base_url, &api_key, purpose))
            .map_err(|e| carrier_error(code, e))?;
        if let Ok(mut m) = self.connections().clients.lock() {
            m.insert(key, client.clone());
        }
        Ok(client)
    }
}

/// The error for a carrier code with no account.
pub(crate) fn not_configured(code: &str) -> CoreError {
    CoreError::NotFound(format!(
        "no carrier {code} is set up: add it with `sapar carriers add`"
    ))
}

/// Now, as the wallet writes instants.
pub(crate) fn now_text() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
