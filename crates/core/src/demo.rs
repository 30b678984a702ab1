//! Sapar's demo carriers: a sandbox carrier server (KTZ, Air Astana, FlyArystan and the
//! made-up Dala Bus) run inside the app on the loopback interface, so that searching,
//! booking, refunds and syncs can be tried with nothing real bought. Their accounts are
//! marked demo, and their tickets say so.

use crate::carriers::now_text;
use crate::convert::carrier_error;
use crate::{CoreError, Sapar};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig};
use sapar_store::CarrierAccount;

/// The demo carriers' own database, in the data folder: their trips, seats and the
/// bookings made with them survive a restart, as a real carrier's would.
pub const DEMO_CARRIERS_FILE: &str = "demo-carriers.sqlite";

/// The seller name the demo carriers know Sapar by.
const DEMO_SELLER: &str = "demo";

impl Sapar {
    /// Starts the demo carriers on a free loopback port (once: later calls return at
    /// once) and sets them up as demo accounts, leaving alone any real carrier
    /// configured under the same code. Returns the demo carriers' codes.
    pub async fn start_demo_carriers(&self) -> Result<Vec<String>, CoreError> {
        self.ensure_demo_carriers().await
    }

    /// Starts the demo carriers when no carrier at all is set up; returns whether it did.
    pub async fn use_demo_carriers_if_none(&self) -> Result<bool, CoreError> {
        if self.wallet().carrier_accounts().await?.is_empty() {
            self.ensure_demo_carriers().await?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Whether the demo carriers run in this process.
    pub async fn demo_carriers_running(&self) -> bool {
        self.connections().demo.lock().await.is_some()
    }

    pub(crate) async fn ensure_demo_carriers(&self) -> Result<Vec<String>, CoreError> {
        let mut running = self.connections().demo.lock().await;
        if running.is_some() {
            let codes = self
                .wallet()
                .carrier_accounts()
                .await?
                .into_iter()
                .filter(|a| a.demo)
                .map(|a| a.code)
                .collect();
            return Ok(codes);
        }
        let config = SandboxConfig::new(self.data_dir().join(DEMO_CARRIERS_FILE));
        let handle = Sandbox::start(config)
            .await
            .map_err(|e| CoreError::Offline {
                carrier: "demo".into(),
                code: "offline",
                message: format!("the demo carriers could not start: {e}"),
            })?;
        // The demo server's seller key is derived from its published seed: a test key,
        // not a secret, so it is kept in the wallet rather than the OS keyring.
        let key = handle.api_key(DEMO_SELLER).map(str::to_string);
        let mut codes = Vec::new();
        let mut clients = Vec::new();
        for code in handle.carriers() {
            let existing = self.wallet().carrier_account(&code).await?;
            if existing.as_ref().is_some_and(|a| !a.demo) {
                continue;
            }
            let account = CarrierAccount {
                code: code.clone(),
                base_url: handle.carrier_url(&code),
                secret_ref: None,
                api_key: key.clone(),
                enabled: existing.as_ref().is_none_or(|a| a.enabled),
                demo: true,
                added_at: existing
                    .as_ref()
                    .map_or_else(now_text, |a| a.added_at.clone()),
                last_sync_at: existing.as_ref().and_then(|a| a.last_sync_at.clone()),
                last_sync_error: existing.as_ref().and_then(|a| a.last_sync_error.clone()),
            };
            self.wallet().save_carrier_account(&account).await?;
            self.connections().forget(Some(&code));
            let client = handle
                .client(&code, DEMO_SELLER)
                .map_err(|e| carrier_error(&code, e))?;
            clients.push((code.clone(), client));
            codes.push(code);
        }
        *running = Some(handle);
        drop(running);
        for (code, client) in clients {
            self.refresh_with(&code, &client).await?;
        }
        Ok(codes)
    }
}
