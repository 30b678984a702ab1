//! The wallet's error type, with a stable code for the UI and the CLI to switch on,
//! and the translation of SQLite and file-system failures into it.

use sapar_domain::TicketStatus;
use sea_orm::DbErr;
use std::io;
use std::path::{Path, PathBuf};

/// Everything the wallet can refuse or fail at.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No booking or ticket matches what was asked for.
    #[error("nothing in the wallet matches {0:?}")]
    NotFound(String),
    /// The wallet was written by a newer Sapar: it carries a schema this build does not know.
    #[error(
        "this wallet was written by a newer Sapar (wallet schema {wallet}); this Sapar knows \
         schemas up to {app}. Update Sapar to open it; the file was left as it is"
    )]
    NewerWallet {
        /// The newest schema recorded in the wallet.
        wallet: String,
        /// The newest schema this build knows.
        app: String,
    },
    /// The file is not a Sapar wallet (not SQLite, or another program's database).
    #[error("{} is not a Sapar wallet: {reason}", path.display())]
    NotAWallet {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        reason: String,
    },
    /// The wallet file is damaged.
    #[error("the wallet {} is damaged: {detail}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The wallet or its folder cannot be written.
    #[error("the wallet {} cannot be written (read-only): {detail}", path.display())]
    ReadOnly {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// The disk is full.
    #[error("the disk holding {} is full: {detail}", path.display())]
    DiskFull {
        /// The file or folder being written.
        path: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// A booking that does not hang together.
    #[error("invalid booking: {0}")]
    InvalidBooking(String),
    /// A ticket status change that the lifecycle does not allow.
    #[error("ticket {ticket} cannot go from {from} to {to}")]
    InvalidTransition {
        /// The ticket number.
        ticket: String,
        /// Its status in the wallet.
        from: TicketStatus,
        /// The status asked for.
        to: TicketStatus,
    },
    /// A booking or ticket that clashes with another one in the wallet.
    #[error("{0}")]
    Conflict(String),
    /// The file given to import is not a Sapar wallet export.
    #[error("{} cannot be imported: {reason}", path.display())]
    BadExportFile {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The export file was written by a newer Sapar.
    #[error(
        "{} was exported by a newer Sapar (export format version {version}; this Sapar reads up \
         to version {supported})",
        path.display()
    )]
    NewerExport {
        /// The file.
        path: PathBuf,
        /// Its format version.
        version: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// No folder for Sapar's data could be found.
    #[error("no folder for Sapar's data: set SAPAR_DATA_DIR")]
    NoDataDir,
    /// A file-system error.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The error.
        #[source]
        source: io::Error,
    },
    /// A database error with no more specific meaning.
    #[error("wallet database error: {0}")]
    Db(String),
}

impl StoreError {
    /// A stable snake_case code for the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound(_) => "not_found",
            StoreError::NewerWallet { .. } => "newer_wallet",
            StoreError::NotAWallet { .. } => "not_a_wallet",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::ReadOnly { .. } => "read_only",
            StoreError::DiskFull { .. } => "disk_full",
            StoreError::InvalidBooking(_) => "invalid_booking",
            StoreError::InvalidTransition { .. } => "invalid_transition",
            StoreError::Conflict(_) => "conflict",
            StoreError::BadExportFile { .. } => "bad_export_file",
            StoreError::NewerExport { .. } => "newer_export",
            StoreError::NoDataDir => "no_data_dir",
            StoreError::Io { .. } => "io",
            StoreError::Db(_) => "db",
        }
    }

    /// A file-system error on `path`, classified (read-only, disk full, or plain I/O).
    pub(crate) fn io(path: &Path, source: io::Error) -> StoreError {
        let path = path.to_path_buf();
        let detail = source.to_string();
        match source.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::ReadOnly { path, detail }
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                StoreError::DiskFull { path, detail }
            }
            _ => StoreError::Io { path, source },
        }
    }

    /// A database error on the wallet at `path`, classified by SQLite's result code.
    pub(crate) fn db(path: &Path, err: DbErr) -> StoreError {
        let path_buf = path.to_path_buf();
        match sqlite_failure(&err) {
            Some(SqliteFailure::Code(code)) => {
                let detail = err.to_string();
                match code & 0xff {
                    SQLITE_CORRUPT => StoreError::Corrupt {
                        path: path_buf,
                        detail,
                    },
                    SQLITE_NOTADB => StoreError::NotAWallet {
                        path: path_buf,
                        reason: "SQLite says it is not a database".into(),
                    },
                    SQLITE_READONLY | SQLITE_PERM => StoreError::ReadOnly {
                        path: path_buf,
                        detail,
                    },
                    SQLITE_FULL => StoreError::DiskFull {
                        path: path_buf,
                        detail,
                    },
                    SQLITE_CANTOPEN => StoreError::ReadOnly {
                        path: path_buf,
                        detail: format!("cannot open the file or its journal: {detail}"),
                    },
                    _ => StoreError::Db(detail),
                }
            }
            Some(SqliteFailure::Io(kind, message)) => {
                StoreError::io(path, io::Error::new(kind, message))
            }
            None => StoreError::Db(err.to_string()),
        }
    }

    /// A database error from sqlx directly (while connecting).
    pub(crate) fn sqlx(path: &Path, err: sea_orm::sqlx::Error) -> StoreError {
        StoreError::db(
            path,
            DbErr::Conn(sea_orm::RuntimeErr::SqlxError(std::sync::Arc::new(err))),
        )
    }
}

const SQLITE_PERM: i64 = 3;
const SQLITE_READONLY: i64 = 8;
const SQLITE_CORRUPT: i64 = 11;
const SQLITE_FULL: i64 = 13;
const SQLITE_CANTOPEN: i64 = 14;
const SQLITE_NOTADB: i64 = 26;

enum SqliteFailure {
    /// SQLite's (extended) result code.
    Code(i64),
    /// An operating-system error seen by sqlx.
    Io(io::ErrorKind, String),
}

/// Digs SQLite's result code (or the OS error) out of a sea-orm error.
fn sqlite_failure(err: &DbErr) -> Option<SqliteFailure> {
    let runtime = match err {
        DbErr::Conn(r) | DbErr::Exec(r) | DbErr::Query(r) => r,
        _ => return None,
    };
    let sea_orm::RuntimeErr::SqlxError(sqlx_err) = runtime else {
        return None;
    };
    match sqlx_err.as_ref() {
        sea_orm::sqlx::Error::Database(db) => db
            .code()
            .and_then(|c| c.parse::<i64>().ok())
            .map(SqliteFailure::Code),
        sea_orm::sqlx::Error::Io(e) => Some(SqliteFailure::Io(e.kind(), e.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        let p = PathBuf::from("w.sqlite");
        let cases: Vec<(StoreError, &str)> = vec![
            (StoreError::NotFound("x".into()), "not_found"),
            (
                StoreError::NewerWallet {
                    wallet: "b".into(),
                    app: "a".into(),
                },
                "newer_wallet",
            ),
            (
                StoreError::io(&p, io::Error::from(io::ErrorKind::StorageFull)),
                "disk_full",
            ),
            (
                StoreError::io(&p, io::Error::from(io::ErrorKind::PermissionDenied)),
                "read_only",
            ),
            (
                StoreError::io(&p, io::Error::from(io::ErrorKind::NotFound)),
                "io",
            ),
        ];
        for (err, code) in cases {
            assert_eq!(err.code(), code, "{err}");
        }
    }

    #[test]
    fn newer_wallet_message_names_both_schemas() {
        let e = StoreError::NewerWallet {
            wallet: "m20991231_000001_future".into(),
            app: "m20261128_000001_wallet".into(),
        };
        let text = e.to_string();
        assert!(text.contains("m20991231_000001_future"), "{text}");
        assert!(text.contains("m20261128_000001_wallet"), "{text}");
    }
}
