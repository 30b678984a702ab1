//! Opening a wallet: checking that a file is a Sapar wallet this build can read (without
//! writing to it), connecting with the per-connection PRAGMAs, and running migrations.

use crate::StoreError;
use sapar_migration::{
    known_migrations, latest_migration, Migrator, MigratorTrait, MIGRATION_TABLE, WALLET_FORMAT,
};
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::sqlx::{Connection, Row};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, SqliteTransactionMode, SqlxSqliteConnector,
    TransactionOptions, TransactionTrait,
};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a connection waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_millis(5000);

/// Page cache per connection, in KiB (negative: SQLite's way of saying KiB). Big imports
/// touch indexes keyed by random booking ids; SQLite's default 2 MiB makes them thrash,
/// while 4 MiB imports 10 000 tickets as fast as 16 MiB did (416 against 410 ms) and
/// keeps the app's idle memory down: the pool holds [`POOL_SIZE`] of these caches.
const CACHE_SIZE: &str = "-4096";

/// Connections kept for one wallet file (SQLite in WAL mode: one writer, many readers).
const POOL_SIZE: u32 = 4;

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open wallet. Cheap to clone: clones share the connection pool.
#[derive(Clone, Debug)]
pub struct Wallet {
    pub(crate) db: DatabaseConnection,
    pub(crate) path: PathBuf,
}

/// What is at the wallet's path before it is opened.
enum FileState {
    /// No file, an empty file, or an SQLite database with nothing in it: a new wallet.
    New,
    /// A wallet; the migrations this build knows that it lacks.
    Wallet { pending: Vec<String> },
}

impl Wallet {
    /// Opens the wallet at `path`, creating it (and its folder) when missing and bringing
    /// its schema up to date. A file that is not a wallet, is damaged, or was written by a
    /// newer Sapar is refused before anything is written to it.
    pub async fn open(path: &Path) -> Result<Wallet, StoreError> {
        let state = inspect(path).await?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true)
            .pragma("cache_size", CACHE_SIZE);
        let pool = SqlitePoolOptions::new()
            .max_connections(POOL_SIZE)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::sqlx(path, e))?;
        let wallet = Wallet {
            db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
            path: path.to_path_buf(),
        };
        match state {
            FileState::Wallet { pending } if pending.is_empty() => wallet.check_writable().await?,
            _ => wallet.migrate().await?,
        }
        Ok(wallet)
    }

    /// Opens an existing, up-to-date wallet for reading only (a backup copy, a wallet on
    /// read-only media). Every change is refused with a `read_only` error.
    pub async fn open_read_only(path: &Path) -> Result<Wallet, StoreError> {
        match inspect(path).await? {
            FileState::Wallet { pending } if pending.is_empty() => {}
            FileState::Wallet { .. } => {
                return Err(StoreError::ReadOnly {
                    path: path.to_path_buf(),
                    detail: "the wallet needs an upgrade, which cannot be written".into(),
                })
            }
            FileState::New => {
                return Err(StoreError::NotAWallet {
                    path: path.to_path_buf(),
                    reason: "there is no wallet there".into(),
                })
            }
        }
        let pool = match connect_read_only(path, false).await {
            Err(e) if is_cant_open(&e) => connect_read_only(path, true).await,
            other => other,
        }
        .map_err(|e| StoreError::sqlx(path, e))?;
        Ok(Wallet {
            db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
            path: path.to_path_buf(),
        })
    }

    /// A new, empty wallet held in memory (for tests and demos).
    pub async fn open_in_memory() -> Result<Wallet, StoreError> {
        let path = PathBuf::from(":memory:");
        let options = SqliteConnectOptions::new()
            .in_memory(true)
            .foreign_keys(true);
        // One connection that never closes: the database lives as long as it does.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::sqlx(&path, e))?;
        let wallet = Wallet {
            db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
            path,
        };
        wallet.migrate().await?;
        Ok(wallet)
    }

    /// The wallet's file (`:memory:` for an in-memory wallet).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the connections, letting SQLite fold its write-ahead log into the file.
    pub async fn close(self) -> Result<(), StoreError> {
        self.db
            .close()
            .await
            .map_err(|e| StoreError::db(&self.path, e))
    }

    /// Runs SQLite's quick integrity check over the whole file (slow on big wallets:
    /// for a "check the wallet" action, not for every open).
    pub async fn check_integrity(&self) -> Result<(), StoreError> {
        let rows = self
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                "PRAGMA quick_check",
            ))
            .await
            .map_err(|e| self.err(e))?;
        let problems: Vec<String> = rows
            .iter()
            .filter_map(|r| r.try_get_by_index::<String>(0).ok())
            .filter(|s| s != "ok")
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: problems.join("; "),
            })
        }
    }

    /// Classifies a database error on this wallet.
    pub(crate) fn err(&self, e: sea_orm::DbErr) -> StoreError {
        StoreError::db(&self.path, e)
    }

    /// Starts a write transaction at once, so that reads in it see what it will change.
    pub(crate) async fn begin_write(&self) -> Result<sea_orm::DatabaseTransaction, StoreError> {
        self.db
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await
            .map_err(|e| self.err(e))
    }

    /// Fails with `read_only` when SQLite opened the file for reading only (it does so
    /// silently when the file or its media cannot be written).
    async fn check_writable(&self) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        txn.rollback().await.map_err(|e| self.err(e))
    }

    /// Applies the migrations this wallet lacks, in one write transaction, after checking
    /// again (under the write lock) that no newer Sapar has written to it meanwhile.
    async fn migrate(&self) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let has_table = txn
            .query_one_raw(sea_orm::Statement::from_sql_and_values(
                txn.get_database_backend(),
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                [MIGRATION_TABLE.into()],
            ))
            .await
            .map_err(|e| self.err(e))?
            .is_some();
        if has_table {
            let rows = txn
                .query_all_raw(sea_orm::Statement::from_string(
                    txn.get_database_backend(),
                    format!("SELECT version FROM {MIGRATION_TABLE}"),
                ))
                .await
                .map_err(|e| self.err(e))?;
            let applied: Vec<String> = rows
                .iter()
                .filter_map(|r| r.try_get_by_index::<String>(0).ok())
                .collect();
            refuse_unknown(&applied)?;
        }
        Migrator::up(&txn, None).await.map_err(|e| self.err(e))?;
        txn.commit().await.map_err(|e| self.err(e))
    }
}

/// Fails with `newer_wallet` when `applied` holds a migration this build does not know.
fn refuse_unknown(applied: &[String]) -> Result<Vec<String>, StoreError> {
    let known = known_migrations();
    if let Some(newest) = applied.iter().filter(|v| !known.contains(v)).max() {
        return Err(StoreError::NewerWallet {
            wallet: newest.clone(),
            app: latest_migration(),
        });
    }
    Ok(known.into_iter().filter(|k| !applied.contains(k)).collect())
}

/// Looks at what is at `path` without writing anything: the file header, then the schema
/// through a read-only connection.
async fn inspect(path: &Path) -> Result<FileState, StoreError> {
    let not_a_wallet = |reason: &str| StoreError::NotAWallet {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::New),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    if meta.is_dir() {
        return Err(not_a_wallet("it is a folder"));
    }
    if meta.len() == 0 {
        return Ok(FileState::New);
    }
    let mut magic = [0u8; 16];
    let header_read = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .map(|_| ());
    match header_read {
        Ok(()) if &magic == SQLITE_MAGIC => {}
        Ok(()) => return Err(not_a_wallet("it is not an SQLite database")),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(not_a_wallet("it is not an SQLite database"))
        }
        Err(e) => return Err(StoreError::io(path, e)),
    }
    // Without a write-ahead log to read, the file alone is the database: open it as
    // immutable, so SQLite creates no side files next to a file it may have to refuse.
    let options = read_only_options(path, !has_write_ahead_log(path));
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|e| damaged(path, StoreError::sqlx(path, e)))?;
    let result = inspect_schema(&mut conn, path).await;
    // Closing a read-only connection writes nothing; a failure to close changes nothing.
    let _ = conn.close().await;
    result
}

async fn inspect_schema(conn: &mut SqliteConnection, path: &Path) -> Result<FileState, StoreError> {
    let fail = |e| damaged(path, StoreError::sqlx(path, e));
    let tables: Vec<String> = sea_orm::sqlx::query("SELECT name FROM sqlite_schema")
        .fetch_all(&mut *conn)
        .await
        .map_err(fail)?
        .iter()
        .filter_map(|r| r.try_get::<String, _>(0).ok())
        .collect();
    if tables.is_empty() {
        return Ok(FileState::New);
    }
    let not_a_wallet = StoreError::NotAWallet {
        path: path.to_path_buf(),
        reason: "it is an SQLite database of another program".into(),
    };
    if !tables.iter().any(|t| t == "meta") {
        return Err(not_a_wallet);
    }
    let format: Option<String> =
        sea_orm::sqlx::query_scalar("SELECT value FROM meta WHERE key = 'format'")
            .fetch_optional(&mut *conn)
            .await
            .map_err(fail)?;
    if format.as_deref() != Some(WALLET_FORMAT) {
        return Err(not_a_wallet);
    }
    if !tables.iter().any(|t| t == MIGRATION_TABLE) {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "the record of its schema is missing".into(),
        });
    }
    let applied: Vec<String> = sea_orm::sqlx::query_scalar("SELECT version FROM seaql_migrations")
        .fetch_all(&mut *conn)
        .await
        .map_err(fail)?;
    let pending = refuse_unknown(&applied)?;
    Ok(FileState::Wallet { pending })
}

/// Options for reading a wallet without ever writing to it. `immutable` tells SQLite that
/// nothing changes the file while it is open: no locks, no side files.
fn read_only_options(path: &Path, immutable: bool) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .immutable(immutable)
        .busy_timeout(BUSY_TIMEOUT)
        .foreign_keys(true)
}

async fn connect_read_only(
    path: &Path,
    immutable: bool,
) -> Result<sea_orm::sqlx::SqlitePool, sea_orm::sqlx::Error> {
    let pool = SqlitePoolOptions::new()
        .max_connections(POOL_SIZE)
        .connect_with(read_only_options(path, immutable))
        .await?;
    // SQLite opens the log's side files at the first read: read once to know it can.
    sea_orm::sqlx::query("SELECT 1 FROM sqlite_schema LIMIT 1")
        .fetch_optional(&pool)
        .await?;
    Ok(pool)
}

/// SQLite could not open the file or the side files of its write-ahead log (as on
/// read-only media, where they cannot be created).
fn is_cant_open(e: &sea_orm::sqlx::Error) -> bool {
    match e {
        sea_orm::sqlx::Error::Database(db) => db
            .code()
            .and_then(|c| c.parse::<i64>().ok())
            .is_some_and(|c| c & 0xff == 14),
        _ => false,
    }
}

/// Whether a write-ahead log with content lies next to the wallet (another connection has
/// it open, or one ended without folding the log into the file).
fn has_write_ahead_log(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0)
}

/// A file with SQLite's header that SQLite cannot read is a damaged database.
fn damaged(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::NotAWallet { reason, .. } => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: reason,
        },
        other => other,
    }
}
