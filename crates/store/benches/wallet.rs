//! Wallet benchmarks on a wallet of 100 000 tickets (about 40 000 bookings of 1-4
//! passengers and 1-2 segments, departing from a year ago to a year ahead): opening it,
//! a page of upcoming trips, searches, and importing 10 000 tickets from a backup.
//!
//! The big wallet is built once (by importing a generated backup) and kept in the system's
//! temporary folder for later runs.
// A benchmark stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use sapar_domain::Booking;
use sapar_store::{ListQuery, Wallet, When};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

/// The instant the generated wallets are centred on.
fn now() -> DateTime<Utc> {
    common::utc(2026, 11, 28, 12, 0)
}

/// Generated bookings holding at least `tickets` tickets.
fn bookings_with(tickets: usize, seed: u64) -> Vec<Booking> {
    // About 2.7 tickets per booking; generate a margin and cut at the ticket count.
    let mut all = common::generate(tickets / 2, now(), seed);
    let mut count = 0;
    let keep = all
        .iter()
        .position(|b| {
            count += b.tickets.len();
            count >= tickets
        })
        .map_or(all.len(), |i| i + 1);
    all.truncate(keep);
    all
}

/// Writes bookings as a wallet export file.
fn export_file(bookings: &[Booking], path: &Path) {
    let file = serde_json::json!({
        "format": sapar_store::EXPORT_FORMAT,
        "version": sapar_store::EXPORT_VERSION,
        "exported_at": "2026-11-28T12:00:00Z",
        "bookings": bookings,
    });
    std::fs::write(path, serde_json::to_vec(&file).unwrap()).unwrap();
}

/// The big wallet, built on first use.
async fn big_wallet() -> PathBuf {
    let dir = std::env::temp_dir().join("sapar-bench-v1");
    let path = dir.join("wallet-100k.sqlite");
    if Wallet::open_read_only(&path).await.is_ok() {
        return path;
    }
    std::fs::create_dir_all(&dir).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let bookings = bookings_with(100_000, 42);
    let tickets: usize = bookings.iter().map(|b| b.tickets.len()).sum();
    let backup = dir.join("backup-100k.json");
    export_file(&bookings, &backup);
    let building = path.with_extension("building");
    let _ = std::fs::remove_file(&building);
    let w = Wallet::open(&building).await.unwrap();
    let start = Instant::now();
    w.import_from(&backup, &|_, _| {}).await.unwrap();
    eprintln!(
        "built a wallet of {} bookings, {tickets} tickets: import took {:.2?}",
        bookings.len(),
        start.elapsed()
    );
    w.close().await.unwrap();
    std::fs::rename(&building, &path).unwrap();
    path
}

/// A backup of about 10 000 tickets, built on first use.
async fn backup_10k() -> PathBuf {
    let path = std::env::temp_dir()
        .join("sapar-bench-v1")
        .join("backup-10k.json");
    if !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        export_file(&bookings_with(10_000, 7), &path);
    }
    path
}

fn benches(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    let path = rt.block_on(big_wallet());
    let wallet = rt.block_on(Wallet::open(&path)).unwrap();

    // Keys that exist in the wallet, picked from its own rows.
    let sample = rt
        .block_on(wallet.list(&ListQuery {
            when: When::Upcoming,
            now: now(),
            offset: 1000,
            limit: 1,
        }))
        .unwrap()
        .items
        .remove(0);
    let reference = sample.reference.clone();
    let ticket_number = sample.ticket_number.clone();
    let name_prefix = sample
        .passenger
        .chars()
        .take(6)
        .collect::<String>()
        .to_lowercase();
    let name_hits = rt
        .block_on(wallet.search(&name_prefix, 1000))
        .unwrap()
        .len();
    eprintln!(
        "searching for name prefix {name_prefix:?} ({name_hits} tickets match), reference \
         {reference}, ticket {ticket_number}"
    );

    let mut g = c.benchmark_group("wallet_100k_tickets");
    g.bench_function("open", |b| {
        b.to_async(&rt).iter_custom(|iters| {
            let path = path.clone();
            async move {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let w = Wallet::open(&path).await.unwrap();
                    spent += start.elapsed();
                    w.close().await.unwrap();
                }
                spent
            }
        })
    });
    let query = ListQuery {
        when: When::Upcoming,
        now: now(),
        offset: 0,
        limit: 50,
    };
    g.bench_function("list_50_upcoming", |b| {
        b.to_async(&rt).iter(|| async {
            let page = wallet.list(&query).await.unwrap();
            assert_eq!(page.items.len(), 50);
        })
    });
    g.bench_function("search_name_prefix", |b| {
        b.to_async(&rt).iter(|| async {
            let rows = wallet.search(&name_prefix, 20).await.unwrap();
            assert!(!rows.is_empty());
        })
    });
    g.bench_function("search_reference", |b| {
        b.to_async(&rt).iter(|| async {
            let rows = wallet.search(&reference, 20).await.unwrap();
            assert!(!rows.is_empty());
        })
    });
    g.bench_function("search_ticket_number", |b| {
        b.to_async(&rt).iter(|| async {
            let rows = wallet.search(&ticket_number, 20).await.unwrap();
            assert!(!rows.is_empty());
        })
    });
    g.bench_function("booking_by_ticket_number", |b| {
        b.to_async(&rt).iter(|| async {
            assert!(wallet.booking(&ticket_number).await.unwrap().is_some());
        })
    });
    g.finish();
    rt.block_on(wallet.close()).unwrap();

    let backup = rt.block_on(backup_10k());
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    g.bench_function("10k_tickets_into_empty_wallet", |b| {
        b.to_async(&rt).iter_custom(|iters| {
            let backup = backup.clone();
            async move {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let dir = tempfile::tempdir().unwrap();
                    let w = Wallet::open(&dir.path().join("wallet.sqlite"))
                        .await
                        .unwrap();
                    let start = Instant::now();
                    let report = w.import_from(&backup, &|_, _| {}).await.unwrap();
                    spent += start.elapsed();
                    assert!(report.added > 3000);
                    w.close().await.unwrap();
                }
                spent
            }
        })
    });
    g.finish();
}

criterion_group!(wallet_benches, benches);
criterion_main!(wallet_benches);
