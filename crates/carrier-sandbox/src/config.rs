//! How a sandbox is set up: database file, address, seed, keys and timings.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// A seller's API key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKey {
    /// The seller's name (unique in the sandbox).
    pub name: String,
    /// The secret sent as `Authorization: Bearer <key>`.
    pub key: String,
}

/// Everything a sandbox needs to start.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// The SQLite file; created when missing, reused (with all its data) otherwise.
    pub db_path: PathBuf,
    /// Where to listen; port 0 picks a free port (default `127.0.0.1:0`).
    pub addr: SocketAddr,
    /// Makes the network, prices and signing keys deterministic (default 1). A
    /// database remembers the seed it was created with and keeps using it.
    pub seed: u64,
    /// The admin API key; derived from the seed when `None`.
    pub admin_key: Option<String>,
    /// Sellers' API keys to accept (added to those already in the database);
    /// when empty, two keys derived from the seed: `demo` and `partner`.
    pub clients: Vec<ApiKey>,
    /// How long a hold keeps seats and prices (default 15 min).
    pub hold_ttl: Duration,
    /// How long an offer's price is guaranteed (default 20 min).
    pub offer_ttl: Duration,
    /// How long refund and exchange offers stay open (default 15 min).
    pub after_sales_ttl: Duration,
    /// How many days of trips to keep on sale from today (default 60).
    pub days_ahead: u32,
    /// How often lapsed holds are swept (default: a quarter of the hold TTL, 1-30 s).
    pub sweep_interval: Option<Duration>,
    /// Largest accepted request body (default 64 KiB).
    pub max_body_bytes: usize,
}

impl SandboxConfig {
    /// Defaults for a database file.
    pub fn new(db_path: impl Into<PathBuf>) -> Self {
        Self {
            db_path: db_path.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            seed: 1,
            admin_key: None,
            clients: Vec::new(),
            hold_ttl: Duration::from_secs(15 * 60),
            offer_ttl: Duration::from_secs(20 * 60),
            after_sales_ttl: Duration::from_secs(15 * 60),
            days_ahead: 60,
            sweep_interval: None,
            max_body_bytes: 64 * 1024,
        }
    }

    /// The admin key in force.
    pub fn effective_admin_key(&self, seed: u64) -> String {
        self.admin_key
            .clone()
            .unwrap_or_else(|| derived_key("admin", seed))
    }

    /// The sellers' keys in force.
    pub fn effective_clients(&self, seed: u64) -> Vec<ApiKey> {
        if !self.clients.is_empty() {
            return self.clients.clone();
        }
        ["demo", "partner"]
            .into_iter()
            .map(|name| ApiKey {
                name: name.into(),
                key: derived_key(name, seed),
            })
            .collect()
    }

    /// How often lapsed holds are swept.
    pub fn effective_sweep_interval(&self) -> Duration {
        self.sweep_interval.unwrap_or_else(|| {
            (self.hold_ttl / 4).clamp(Duration::from_secs(1), Duration::from_secs(30))
        })
    }
}

/// `sk_test_…`: a key derived from a name and the seed, stable across restarts.
pub fn derived_key(name: &str, seed: u64) -> String {
    let mut h = Sha256::new();
    h.update(b"sapar-sandbox api key\0");
    h.update(name.as_bytes());
    h.update(seed.to_be_bytes());
    let digest = h.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("sk_test_{name}_{hex}")
}
