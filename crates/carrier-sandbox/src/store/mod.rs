//! The sandbox's SQLite database: opening it with the right PRAGMAs, its
//! schema, and the small tables read at start (meta, clients, trips, keys).
//!
//! Writes go through a pool of one connection and start with `BEGIN
//! IMMEDIATE`, so write transactions never interleave and never fail with
//! SQLITE_BUSY half-way; reads use a separate pool and see committed data (WAL).

use crate::error::SandboxError;
use crate::network::timetable::TripDef;
use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};
use sqlx::pool::PoolConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, Sqlite, SqlitePool, Transaction};
use std::path::Path;
use std::time::Duration;

const SCHEMA: &str = include_str!("schema.sql");

/// The database, with a writer and a reader pool.
#[derive(Debug, Clone)]
pub struct Db {
    writer: SqlitePool,
    reader: SqlitePool,
}

/// A trip as stored, with its operational status.
#[derive(Debug, Clone)]
pub struct StoredTrip {
    /// The timetable entry.
    pub def: TripDef,
    /// Announced delay.
    pub delay_minutes: i32,
    /// Platform or gate.
    pub platform: Option<String>,
    /// Cancelled by the carrier.
    pub cancelled: bool,
}

/// A stored signing key.
#[derive(Debug, Clone)]
pub struct StoredKey {
    /// Carrier.
    pub carrier: String,
    /// Key id.
    pub key_id: u16,
    /// Public key, base64.
    pub public_key: String,
    /// In use from.
    pub valid_from: DateTime<Utc>,
    /// In use until.
    pub valid_until: Option<DateTime<Utc>>,
}

/// SHA-256 of an API key, hex.
pub fn hash_key(key: &str) -> String {
    Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Parses an RFC 3339 instant stored by the sandbox.
pub fn parse_time(s: &str) -> Result<DateTime<Utc>, SandboxError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| SandboxError::Corrupt(format!("bad instant {s:?}: {e}")))
}

impl Db {
    /// Opens (creating if needed) the database and applies the schema.
    pub async fn open(path: &Path) -> Result<Self, SandboxError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone())
            .await?;
        sqlx::raw_sql(SCHEMA).execute(&writer).await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await?;
        Ok(Self { writer, reader })
    }

    /// Starts a write transaction (`BEGIN IMMEDIATE`).
    pub async fn write(&self) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
        self.writer.begin_with("BEGIN IMMEDIATE").await
    }

    /// A connection for reading.
    pub async fn read(&self) -> Result<PoolConnection<Sqlite>, sqlx::Error> {
        self.reader.acquire().await
    }

    /// Closes both pools.
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }

    /// A value of the meta table.
    pub async fn meta(&self, key: &str) -> Result<Option<String>, SandboxError> {
        let row = sqlx::query("SELECT value FROM meta WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.writer)
            .await?;
        Ok(row.map(|r| r.get::<String, _>(0)))
    }

    /// Sets a value of the meta table.
    pub async fn set_meta(&self, key: &str, value: &str) -> Result<(), SandboxError> {
        sqlx::query("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Adds a seller's key (or gives a known seller this key); returns its id.
    pub async fn upsert_client(&self, name: &str, key: &str) -> Result<i64, SandboxError> {
        let hash = hash_key(key);
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM clients WHERE key_hash = ? AND name <> ?")
            .bind(&hash)
            .bind(name)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO clients(name, key_hash, created_at) VALUES (?, ?, ?) \
             ON CONFLICT(name) DO UPDATE SET key_hash = excluded.key_hash",
        )
        .bind(name)
        .bind(&hash)
        .bind(Utc::now().to_rfc3339())
        .execute(&mut *tx)
        .await?;
        let id: i64 = sqlx::query("SELECT id FROM clients WHERE name = ?")
            .bind(name)
            .fetch_one(&mut *tx)
            .await?
            .get(0);
        tx.commit().await?;
        Ok(id)
    }

    /// Every seller: (id, name, key hash).
    pub async fn clients(&self) -> Result<Vec<(i64, String, String)>, SandboxError> {
        let rows = sqlx::query("SELECT id, name, key_hash FROM clients")
            .fetch_all(&self.writer)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    /// Service dates that have trips.
    pub async fn seeded_dates(&self) -> Result<Vec<NaiveDate>, SandboxError> {
        let rows = sqlx::query("SELECT DISTINCT service_date FROM trips")
            .fetch_all(&self.writer)
            .await?;
        rows.into_iter()
            .map(|r| {
                let s: String = r.get(0);
                s.parse()
                    .map_err(|e| SandboxError::Corrupt(format!("bad date {s:?}: {e}")))
            })
            .collect()
    }

    /// Stores new trips.
    pub async fn insert_trips(&self, trips: &[TripDef]) -> Result<(), SandboxError> {
        let mut tx = self.write().await?;
        for t in trips {
            sqlx::query(
                "INSERT OR IGNORE INTO trips(id, carrier, service_date, def) VALUES (?, ?, ?, ?)",
            )
            .bind(&t.id)
            .bind(&t.carrier)
            .bind(t.service_date.to_string())
            .bind(serde_json::to_string(t)?)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every stored trip.
    pub async fn trips(&self) -> Result<Vec<StoredTrip>, SandboxError> {
        let rows = sqlx::query("SELECT def, delay_minutes, platform, cancelled FROM trips")
            .fetch_all(&self.writer)
            .await?;
        rows.into_iter()
            .map(|r| {
                let def: String = r.get(0);
                Ok(StoredTrip {
                    def: serde_json::from_str(&def)?,
                    delay_minutes: r.get::<i64, _>(1) as i32,
                    platform: r.get(2),
                    cancelled: r.get::<i64, _>(3) != 0,
                })
            })
            .collect()
    }

    /// Every stored signing key.
    pub async fn signing_keys(&self) -> Result<Vec<StoredKey>, SandboxError> {
        let rows = sqlx::query(
            "SELECT carrier, key_id, public_key, valid_from, valid_until FROM signing_keys ORDER BY carrier, key_id",
        )
        .fetch_all(&self.writer)
        .await?;
        rows.into_iter()
            .map(|r| {
                let until: Option<String> = r.get(4);
                Ok(StoredKey {
                    carrier: r.get(0),
                    key_id: r.get::<i64, _>(1) as u16,
                    public_key: r.get(2),
                    valid_from: parse_time(&r.get::<String, _>(3))?,
                    valid_until: until.as_deref().map(parse_time).transpose()?,
                })
            })
            .collect()
    }

    /// Stores a first signing key for a carrier that has none.
    pub async fn insert_signing_key(&self, key: &StoredKey) -> Result<(), SandboxError> {
        sqlx::query(
            "INSERT OR IGNORE INTO signing_keys(carrier, key_id, public_key, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&key.carrier)
        .bind(i64::from(key.key_id))
        .bind(&key.public_key)
        .bind(key.valid_from.to_rfc3339())
        .bind(key.valid_until.map(|t| t.to_rfc3339()))
        .execute(&self.writer)
        .await?;
        Ok(())
    }
}
