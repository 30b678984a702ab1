//! The running sandbox's shared state: database, network, keys, seat counts,
//! sellers, fault rules and settings.

use crate::http::faults::Faults;
use crate::http::idempotency::KeyLocks;
use crate::http::problem::ApiError;
use crate::keys::Keys;
use crate::network::carriers::CarrierSetup;
use crate::network::Network;
use crate::store::Db;
use chrono::{DateTime, NaiveDate, Utc};
use sapar_carrier::ProblemCode;
use sqlx::{Row, SqliteConnection};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// Who is calling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The seller's id.
    pub id: i64,
    /// The seller's name.
    pub name: String,
}

/// Timings and secrets fixed at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The seed in force.
    pub seed: u64,
    /// Hold lifetime.
    pub hold_ttl: Duration,
    /// Offer lifetime.
    pub offer_ttl: Duration,
    /// Refund and exchange offer lifetime.
    pub after_sales_ttl: Duration,
    /// Days of trips kept on sale.
    pub days_ahead: u32,
    /// Largest request body.
    pub max_body_bytes: usize,
    /// SHA-256 of the admin key.
    pub admin_key_hash: String,
    /// Key of the offer-id MAC.
    pub offer_secret: [u8; 32],
}

/// Taken seats (held or sold) per trip and class, kept in step with the database.
#[derive(Debug, Default)]
pub struct SeatCounts(Mutex<HashMap<String, HashMap<String, u32>>>);

impl SeatCounts {
    /// Taken seats of a class.
    pub fn taken(&self, trip: &str, class: &str) -> u32 {
        self.0
            .lock()
            .ok()
            .and_then(|m| m.get(trip).and_then(|c| c.get(class).copied()))
            .unwrap_or(0)
    }

    /// Replaces a trip's counts.
    pub fn set(&self, trip: &str, counts: HashMap<String, u32>) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(trip.to_string(), counts);
        }
    }
}

/// Counts a trip's taken seats per class, as the database has them now.
pub async fn count_taken(
    conn: &mut SqliteConnection,
    trip: &str,
    now: DateTime<Utc>,
) -> Result<HashMap<String, u32>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT service_class, COUNT(*) FROM seat_claims \
         WHERE trip_id = ? AND (ticket_number IS NOT NULL OR expires_ms > ?) GROUP BY service_class",
    )
    .bind(trip)
    .bind(now.timestamp_millis())
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1) as u32))
        .collect())
}

/// The sandbox's state.
#[derive(Debug)]
pub struct App {
    /// The database.
    pub db: Db,
    /// Carriers and trips.
    pub network: Network,
    /// Signing keys.
    pub keys: Keys,
    /// Taken seats.
    pub seats: SeatCounts,
    /// Sellers by SHA-256 of their key.
    pub clients: RwLock<HashMap<String, Caller>>,
    /// Settings.
    pub settings: Settings,
    /// Fault injection rules.
    pub faults: Faults,
    /// Per-key locks of the idempotency layer.
    pub key_locks: KeyLocks,
}

/// The state as handlers hold it.
pub type AppState = Arc<App>;

impl App {
    /// A carrier by code, or `not_found`.
    pub fn carrier(&self, code: &str) -> Result<&CarrierSetup, ApiError> {
        self.network
            .carrier(code)
            .ok_or_else(|| ApiError::new(ProblemCode::NotFound, format!("no carrier {code} here")))
    }

    /// Today's date in Kazakhstan (UTC+5).
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&chrono_tz::Asia::Almaty).date_naive()
    }

    /// Recounts a trip's seats within a write transaction and updates the cache.
    pub async fn recount(
        &self,
        conn: &mut SqliteConnection,
        trip: &str,
        now: DateTime<Utc>,
    ) -> Result<(), sqlx::Error> {
        let counts = count_taken(conn, trip, now).await?;
        self.seats.set(trip, counts);
        Ok(())
    }

    /// Looks a seller up by key.
    pub fn caller_by_key(&self, key: &str) -> Option<Caller> {
        let hash = crate::store::hash_key(key);
        self.clients.read().ok()?.get(&hash).cloned()
    }
}
