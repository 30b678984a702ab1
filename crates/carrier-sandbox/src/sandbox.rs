//! Starting and stopping a sandbox: in-process for tests and the app's demo
//! mode ([`Sandbox::start`]), or from the `sapar-carrier serve` command.

use crate::app::{App, AppState, Caller, SeatCounts, Settings};
use crate::config::{ApiKey, SandboxConfig};
use crate::error::SandboxError;
use crate::http::faults::Faults;
use crate::http::idempotency::KeyLocks;
use crate::keys::Keys;
use crate::network::carriers::carriers;
use crate::network::timetable::trips_on;
use crate::network::Network;
use crate::rng::derive_bytes;
use crate::store::{hash_key, Db, StoredTrip};
use chrono::{Duration, NaiveDate, Utc};
use sapar_carrier::{Client, ClientConfig, ClientError};
use sqlx::Row;
use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Starts sandboxes.
#[derive(Debug)]
pub struct Sandbox;

/// A running sandbox.
#[derive(Debug)]
pub struct SandboxHandle {
    /// The server's root URL, e.g. `http://127.0.0.1:41234`.
    pub base_url: String,
    /// The bound address.
    pub addr: SocketAddr,
    /// The admin API key.
    pub admin_key: String,
    /// Sellers' API keys configured at start.
    pub api_keys: Vec<ApiKey>,
    /// The seed in force (the database's, if it had one).
    pub seed: u64,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    app: AppState,
}

async fn top_up(
    db: &Db,
    network: &Network,
    seed: u64,
    today: NaiveDate,
    days: u32,
) -> Result<usize, SandboxError> {
    let seeded: HashSet<NaiveDate> = db.seeded_dates().await?.into_iter().collect();
    let mut new = Vec::new();
    for d in 0..=i64::from(days) {
        let date = today + Duration::days(d);
        if !seeded.contains(&date) {
            new.extend(trips_on(seed, date));
        }
    }
    if new.is_empty() {
        return Ok(0);
    }
    db.insert_trips(&new).await?;
    let n = new.len();
    network.add(
        new.into_iter()
            .map(|def| StoredTrip {
                def,
                delay_minutes: 0,
                platform: None,
                cancelled: false,
            })
            .collect(),
    );
    Ok(n)
}

async fn load_counts(db: &Db) -> Result<SeatCounts, SandboxError> {
    let counts = SeatCounts::default();
    let mut conn = db.read().await?;
    let rows = sqlx::query(
        "SELECT trip_id, service_class, COUNT(*) FROM seat_claims \
         WHERE ticket_number IS NOT NULL OR expires_ms > ? GROUP BY trip_id, service_class",
    )
    .bind(Utc::now().timestamp_millis())
    .fetch_all(&mut *conn)
    .await?;
    let mut by_trip: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for r in rows {
        by_trip
            .entry(r.get(0))
            .or_default()
            .insert(r.get(1), r.get::<i64, _>(2) as u32);
    }
    for (trip, c) in by_trip {
        counts.set(&trip, c);
    }
    Ok(counts)
}

impl Sandbox {
    /// Opens (or creates) the database, seeds the network, binds `config.addr`
    /// and serves until [`SandboxHandle::shutdown`].
    pub async fn start(config: SandboxConfig) -> Result<SandboxHandle, SandboxError> {
        if config.hold_ttl.is_zero() || config.offer_ttl.is_zero() {
            return Err(SandboxError::Config(
                "hold and offer lifetimes must be above zero".into(),
            ));
        }
        let db = Db::open(&config.db_path).await?;
        let seed = match db.meta("seed").await? {
            Some(s) => s
                .parse()
                .map_err(|_| SandboxError::Corrupt(format!("stored seed {s:?}")))?,
            None => {
                db.set_meta("seed", &config.seed.to_string()).await?;
                config.seed
            }
        };
        let api_keys = config.effective_clients(seed);
        for k in &api_keys {
            db.upsert_client(&k.name, &k.key).await?;
        }
        let clients: HashMap<String, Caller> = db
            .clients()
            .await?
            .into_iter()
            .map(|(id, name, hash)| (hash, Caller { id, name }))
            .collect();
        let network = Network::new(carriers());
        network.add(db.trips().await?);
        let today = Utc::now()
            .with_timezone(&chrono_tz::Asia::Almaty)
            .date_naive();
        top_up(&db, &network, seed, today, config.days_ahead).await?;
        let codes: Vec<&str> = network.carriers().iter().map(|c| c.code).collect();
        let keys = Keys::load(&db, seed, &codes).await?;
        let seats = load_counts(&db).await?;
        let admin_key = config.effective_admin_key(seed);
        let app: AppState = Arc::new(App {
            db,
            network,
            keys,
            seats,
            clients: RwLock::new(clients),
            settings: Settings {
                seed,
                hold_ttl: config.hold_ttl,
                offer_ttl: config.offer_ttl,
                after_sales_ttl: config.after_sales_ttl,
                days_ahead: config.days_ahead,
                max_body_bytes: config.max_body_bytes,
                admin_key_hash: hash_key(&admin_key),
                offer_secret: derive_bytes(seed, "offer-secret"),
            },
            faults: Faults::new(seed),
            key_locks: KeyLocks::default(),
        });
        let listener = TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let (shutdown, stop) = watch::channel(false);
        let server = tokio::spawn(crate::http::serve::serve(
            listener,
            crate::http::router(app.clone()),
            stop.clone(),
        ));
        let sweeper = tokio::spawn(housekeeping(
            app.clone(),
            config.effective_sweep_interval(),
            stop,
        ));
        Ok(SandboxHandle {
            base_url: format!("http://{addr}"),
            addr,
            admin_key,
            api_keys,
            seed,
            shutdown,
            tasks: vec![server, sweeper],
            app,
        })
    }
}

/// Sweeps lapsed holds and keeps `days_ahead` days of trips on sale.
async fn housekeeping(app: AppState, every: std::time::Duration, mut stop: watch::Receiver<bool>) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = async { let _ = stop.wait_for(|s| *s).await; } => return,
        }
        let now = Utc::now();
        if let Err(e) = crate::sales::hold::sweep_lapsed(&app, now).await {
            eprintln!("sapar-carrier: sweeping holds failed: {}", e.0);
        }
        let today = app.today(now);
        if let Err(e) = top_up(
            &app.db,
            &app.network,
            app.settings.seed,
            today,
            app.settings.days_ahead,
        )
        .await
        {
            eprintln!("sapar-carrier: adding new days of trips failed: {e}");
        }
    }
}

impl SandboxHandle {
    /// A carrier's base URL (what sellers configure), e.g. `http://127.0.0.1:41234/carriers/KTZ`.
    pub fn carrier_url(&self, code: &str) -> String {
        format!("{}/carriers/{code}", self.base_url)
    }

    /// The key of a seller configured at start.
    pub fn api_key(&self, name: &str) -> Option<&str> {
        self.api_keys
            .iter()
            .find(|k| k.name == name)
            .map(|k| k.key.as_str())
    }

    /// The codes of the carriers served.
    pub fn carriers(&self) -> Vec<String> {
        self.app
            .network
            .carriers()
            .iter()
            .map(|c| c.code.to_string())
            .collect()
    }

    /// A protocol client for a carrier, as seller `key_name` (e.g. `demo`).
    pub fn client(&self, carrier: &str, key_name: &str) -> Result<Client, ClientError> {
        let key = self
            .api_key(key_name)
            .ok_or_else(|| ClientError::Config(format!("no API key named {key_name}")))?;
        Client::new(ClientConfig::new(self.carrier_url(carrier), key))
    }

    /// Stops serving, waits for open requests (briefly) and closes the database.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
        self.app.db.close().await;
    }
}
