//! Opening wallets: new ones, existing ones, and every kind of file that must be refused
//! without being touched.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use common::{talgo, utc};
use sapar_store::{StoreError, Wallet};
use sea_orm::sqlx::sqlite::SqliteConnectOptions;
use sea_orm::sqlx::{Connection, SqliteConnection};
use std::path::{Path, PathBuf};

/// Every file in `dir` with its size and a hash of its bytes, to show that nothing changed.
fn snapshot(dir: &Path) -> Vec<(String, u64, u64)> {
    let mut files: Vec<(String, u64, u64)> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read file");
            let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                bytes.len() as u64,
                hash,
            )
        })
        .collect();
    files.sort();
    files
}

async fn raw(path: &Path) -> SqliteConnection {
    SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(path))
        .await
        .expect("raw connection")
}

#[tokio::test]
async fn open_creates_the_folder_and_the_wallet_and_keeps_bookings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("nested")
        .join("deeper")
        .join("wallet.sqlite");
    let wallet = Wallet::open(&path).await.unwrap();
    assert_eq!(wallet.path(), path);
    let b = talgo("ABC123", utc(2026, 12, 1, 16, 40), 7_200_000_000_001, true);
    wallet.save_booking(&b).await.unwrap();
    wallet.close().await.unwrap();
    assert!(path.is_file());

    let wallet = Wallet::open(&path).await.unwrap();
    assert_eq!(wallet.booking("abc123").await.unwrap(), Some(b));
}

#[tokio::test]
async fn the_connection_uses_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    Wallet::open(&path).await.unwrap().close().await.unwrap();
    let mut conn = raw(&path).await;
    let mode: String = sea_orm::sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    let tables: Vec<String> =
        sea_orm::sqlx::query_scalar("SELECT name FROM sqlite_schema WHERE type = 'table'")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    for t in [
        "meta",
        "booking",
        "segment",
        "passenger",
        "ticket",
        "ticket_search",
        "seaql_migrations",
    ] {
        assert!(
            tables.iter().any(|n| n == t),
            "table {t} missing from {tables:?}"
        );
    }
}

#[tokio::test]
async fn an_empty_file_becomes_a_wallet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    std::fs::write(&path, b"").unwrap();
    let wallet = Wallet::open(&path).await.unwrap();
    let b = talgo("EMPTY1", utc(2026, 12, 1, 16, 40), 1, false);
    wallet.save_booking(&b).await.unwrap();
    assert!(wallet.booking("EMPTY1").await.unwrap().is_some());
}

#[tokio::test]
async fn a_wallet_from_a_newer_sapar_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    let wallet = Wallet::open(&path).await.unwrap();
    wallet
        .save_booking(&talgo("NEWER1", utc(2026, 12, 1, 16, 40), 1, false))
        .await
        .unwrap();
    wallet.close().await.unwrap();
    // A newer Sapar applied a migration this build does not know.
    let mut conn = raw(&path).await;
    sea_orm::sqlx::query(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000001_future', 0)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();

    let before = snapshot(dir.path());
    let err = Wallet::open(&path).await.unwrap_err();
    assert_eq!(err.code(), "newer_wallet", "{err}");
    let message = err.to_string();
    assert!(message.contains("m20991231_000001_future"), "{message}");
    assert!(
        message.contains(&sapar_migration::latest_migration()),
        "{message}"
    );
    let err = Wallet::open_read_only(&path).await.unwrap_err();
    assert_eq!(err.code(), "newer_wallet", "{err}");
    assert_eq!(snapshot(dir.path()), before, "the wallet file changed");
}

#[tokio::test]
async fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        (
            "notes.sqlite",
            b"Almaty - Astana, 1 December, coupe 7".to_vec(),
        ),
        ("short.sqlite", b"SQLite".to_vec()),
        (
            "image.sqlite",
            vec![
                0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0,
            ],
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let before = snapshot(dir.path());
        let err = Wallet::open(&path).await.unwrap_err();
        assert_eq!(err.code(), "not_a_wallet", "{name}: {err}");
        assert!(err.to_string().contains("not an SQLite database"), "{err}");
        assert_eq!(snapshot(dir.path()), before, "{name} changed");
    }
}

#[tokio::test]
async fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    let mut conn = SqliteConnection::connect_with(
        &SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true),
    )
    .await
    .unwrap();
    sea_orm::sqlx::query("CREATE TABLE contacts (name TEXT)")
        .execute(&mut conn)
        .await
        .unwrap();
    // Even a `meta` table is not enough: it must say it is a Sapar wallet.
    sea_orm::sqlx::query("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let before = snapshot(dir.path());
    let err = Wallet::open(&path).await.unwrap_err();
    assert_eq!(err.code(), "not_a_wallet", "{err}");
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(snapshot(dir.path()), before);
}

#[tokio::test]
async fn a_damaged_wallet_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    Wallet::open(&path).await.unwrap().close().await.unwrap();
    // Keep SQLite's header, scribble over the schema that follows it.
    let mut bytes = std::fs::read(&path).unwrap();
    for (i, b) in bytes.iter_mut().enumerate().skip(100).take(8000) {
        *b = (i * 31 % 251) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    let before = snapshot(dir.path());
    let err = Wallet::open(&path).await.unwrap_err();
    assert_eq!(err.code(), "corrupt", "{err}");
    assert_eq!(snapshot(dir.path()), before);
}

#[tokio::test]
async fn a_folder_is_not_a_wallet() {
    let dir = tempfile::tempdir().unwrap();
    let err = Wallet::open(dir.path()).await.unwrap_err();
    assert_eq!(err.code(), "not_a_wallet", "{err}");
}

#[tokio::test]
async fn integrity_check_passes_on_a_healthy_wallet() {
    let wallet = Wallet::open_in_memory().await.unwrap();
    wallet
        .save_booking(&talgo("OK0001", utc(2026, 12, 1, 16, 40), 1, true))
        .await
        .unwrap();
    wallet.check_integrity().await.unwrap();
}

#[tokio::test]
async fn a_wallet_opened_read_only_reads_but_refuses_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    let b = talgo("RDONLY", utc(2026, 12, 1, 16, 40), 1, true);
    let wallet = Wallet::open(&path).await.unwrap();
    wallet.save_booking(&b).await.unwrap();
    wallet.close().await.unwrap();

    let wallet = Wallet::open_read_only(&path).await.unwrap();
    assert_eq!(wallet.booking("RDONLY").await.unwrap(), Some(b.clone()));
    let err = wallet.remove("RDONLY").await.unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    let mut changed = b.clone();
    changed.contact_email = None;
    let err = wallet.save_booking(&changed).await.unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    assert_eq!(wallet.booking("RDONLY").await.unwrap(), Some(b));
}

#[tokio::test]
async fn there_is_no_wallet_to_open_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let err = Wallet::open_read_only(&dir.path().join("none.sqlite"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "not_a_wallet", "{err}");
    assert!(!dir.path().join("none.sqlite").exists());
}

/// A tmpfs mounted for the test (only possible with the right privileges), unmounted on drop.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount_read_only(&self) -> bool {
        std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        // Lazily: connections may still be closing on their own threads.
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// Whether this process can write where permissions say it may not (root can).
fn permissions_bind_us(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::create_dir(&probe).unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o555)).unwrap();
    let bound = std::fs::write(probe.join("x"), b"x").is_err();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o755)).unwrap();
    bound
}

#[tokio::test]
async fn a_wallet_on_read_only_media_is_refused_for_writing_but_readable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let mount = Mount::tmpfs(&media, "8m");
    let path = media.join("wallet.sqlite");
    let b = talgo("MEDIA1", utc(2026, 12, 1, 16, 40), 1, false);
    let wallet = Wallet::open(&path).await.unwrap();
    wallet.save_booking(&b).await.unwrap();
    wallet.close().await.unwrap();

    match &mount {
        Some(m) => assert!(m.remount_read_only(), "remount read-only"),
        None if permissions_bind_us(dir.path()) => {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
            std::fs::set_permissions(&media, std::fs::Permissions::from_mode(0o555)).unwrap();
        }
        None => {
            eprintln!("skipped: cannot mount a file system nor be refused by permissions here");
            return;
        }
    }
    let err = Wallet::open(&path).await.unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    let err = Wallet::open(&media.join("new").join("wallet.sqlite"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    let wallet = Wallet::open_read_only(&path).await.unwrap();
    assert_eq!(wallet.booking("MEDIA1").await.unwrap(), Some(b));
    wallet.close().await.unwrap();
    if mount.is_none() {
        std::fs::set_permissions(&media, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[tokio::test]
async fn a_full_disk_is_reported_and_the_wallet_stays_whole() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_mount) = Mount::tmpfs(dir.path(), "600k") else {
        eprintln!("skipped: mounting a small file system needs privileges");
        return;
    };
    let path = dir.path().join("wallet.sqlite");
    let wallet = Wallet::open(&path).await.unwrap();
    let mut saved = Vec::new();
    let mut failure: Option<StoreError> = None;
    for i in 0..5000u64 {
        let b = talgo(
            &format!("F{i:05}"),
            utc(2026, 12, 1, 16, 40),
            1000 + i * 10,
            true,
        );
        match wallet.save_booking(&b).await {
            Ok(_) => saved.push(b),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let err = failure.expect("the disk never filled up");
    assert_eq!(err.code(), "disk_full", "{err}");
    assert!(!saved.is_empty());
    // Everything saved before the disk filled up is still there.
    for b in saved.iter().step_by(25) {
        assert_eq!(
            wallet.booking(&b.reference).await.unwrap().as_ref(),
            Some(b)
        );
    }
    // An export that cannot fit leaves no partial file behind.
    let export = dir.path().join("backup.json");
    let err = wallet.export_to(&export, &|_, _| {}).await.unwrap_err();
    assert_eq!(err.code(), "disk_full", "{err}");
    assert!(!export.exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n.to_string_lossy().starts_with("wallet.sqlite")),
        "{names:?}"
    );
    wallet.close().await.unwrap();
}

#[test]
fn the_data_folder_follows_sapar_data_dir() {
    // The only test in this binary that touches the variable.
    std::env::set_var(sapar_store::DATA_DIR_ENV, "/tmp/sapar-test-data");
    assert_eq!(
        sapar_store::default_data_dir().unwrap(),
        PathBuf::from("/tmp/sapar-test-data")
    );
    assert_eq!(
        sapar_store::default_wallet_path().unwrap(),
        PathBuf::from("/tmp/sapar-test-data/wallet.sqlite")
    );
    std::env::remove_var(sapar_store::DATA_DIR_ENV);
    let dir = sapar_store::default_data_dir().unwrap();
    assert!(dir.is_absolute(), "{}", dir.display());
    assert!(
        dir.to_string_lossy().to_lowercase().contains("sapar"),
        "{}",
        dir.display()
    );
}
