//! Applying 10 000 carrier events to a wallet of 100 000 tickets.
//!
//! The wallet (about 40 000 bookings of 1-4 passengers and 1-2 segments, each segment
//! linked to its carrier's trip) is built once and kept in the system's temporary
//! folder. Each measured run applies the events to a fresh copy: delays, platforms and
//! cancellations of booked trips, refunds and revocations of booked tickets, in pages
//! of 500 as a sync reads them, and in one batch.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark stops at the first error.

#[path = "../../store/tests/common/mod.rs"]
mod common;

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use sapar_carrier::{Event, EventKind, RevocationReason};
use sapar_core::Sapar;
use sapar_domain::Booking;
use sapar_store::{SegmentTrip, Wallet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

const CARRIER: &str = "KTZ";

fn now() -> DateTime<Utc> {
    common::utc(2026, 11, 28, 12, 0)
}

/// The carrier's id of a segment's trip, as the bench's carrier names trips.
fn trip_id(b: &Booking, position: usize) -> String {
    let s = &b.segments[position];
    format!(
        "{}-{}-{}",
        s.carrier,
        s.trip_number,
        s.departure.utc.format("%Y%m%d%H%M")
    )
}

fn bookings() -> Vec<Booking> {
    let mut all = common::generate(50_000, now(), 42);
    let mut count = 0;
    let keep = all
        .iter()
        .position(|b| {
            count += b.tickets.len();
            count >= 100_000
        })
        .map_or(all.len(), |i| i + 1);
    all.truncate(keep);
    all
}

/// The big wallet, built on first use; its bookings.
async fn big_wallet(bookings: &[Booking]) -> PathBuf {
    let dir = std::env::temp_dir().join("sapar-core-bench-v1");
    let path = dir.join("wallet-100k-linked.sqlite");
    if Wallet::open_read_only(&path).await.is_ok() {
        return path;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let backup = dir.join("backup.json");
    let file = serde_json::json!({
        "format": sapar_store::EXPORT_FORMAT,
        "version": sapar_store::EXPORT_VERSION,
        "exported_at": "2026-11-28T12:00:00Z",
        "bookings": bookings,
    });
    std::fs::write(&backup, serde_json::to_vec(&file).unwrap()).unwrap();
    let building = path.with_extension("building");
    let _ = std::fs::remove_file(&building);
    let w = Wallet::open(&building).await.unwrap();
    w.import_from(&backup, &|_, _| {}).await.unwrap();
    let links: Vec<_> = bookings
        .iter()
        .flat_map(|b| {
            (0..b.segments.len()).map(move |i| {
                (
                    b.id,
                    SegmentTrip {
                        position: i as u32,
                        carrier: CARRIER.into(),
                        trip_id: trip_id(b, i),
                    },
                )
            })
        })
        .collect();
    w.link_segment_trips(&links).await.unwrap();
    w.close().await.unwrap();
    std::fs::rename(&building, &path).unwrap();
    let _ = std::fs::remove_file(&backup);
    path
}

/// 10 000 events about booked trips and tickets, as a carrier sends them.
fn events(bookings: &[Booking]) -> Vec<Event> {
    let mut out = Vec::with_capacity(10_000);
    let mut i = 0usize;
    let mut k = 0u64;
    while out.len() < 10_000 {
        let b = &bookings[(i * 7919) % bookings.len()];
        i += 1;
        let seg = i % b.segments.len();
        let kind = match i % 20 {
            0..=7 => EventKind::TripDelayed {
                trip_id: trip_id(b, seg),
                trip_number: b.segments[seg].trip_number.clone(),
                delay_minutes: 5 + (i % 90) as i32,
            },
            8..=11 => EventKind::PlatformChanged {
                trip_id: trip_id(b, seg),
                trip_number: b.segments[seg].trip_number.clone(),
                platform: format!("{}", 1 + i % 9),
            },
            12 => EventKind::TripCancelled {
                trip_id: trip_id(b, seg),
                trip_number: b.segments[seg].trip_number.clone(),
            },
            13..=16 if b.carrier == CARRIER => EventKind::TicketRefunded {
                booking_reference: b.reference.clone(),
                ticket_number: b.tickets[i % b.tickets.len()].number.clone(),
                amount: sapar_domain::Money::tenge(18_000),
            },
            17..=19 if b.carrier == CARRIER => EventKind::TicketRevoked {
                booking_reference: b.reference.clone(),
                ticket_number: b.tickets[i % b.tickets.len()].number.clone(),
                reason: RevocationReason::Revoked,
            },
            _ => continue,
        };
        k += 1;
        out.push(Event {
            cursor: k.to_string(),
            at: now(),
            kind,
        });
    }
    out
}

/// A fresh copy of the big wallet in its own data folder.
fn fresh(path: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(path, dir.path().join(sapar_core::WALLET_FILE)).unwrap();
    dir
}

fn bench(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    let bookings = bookings();
    let tickets: usize = bookings.iter().map(|b| b.tickets.len()).sum();
    let path = rt.block_on(big_wallet(&bookings));
    let events = events(&bookings);
    eprintln!(
        "wallet: {} bookings, {tickets} tickets; {} events",
        bookings.len(),
        events.len()
    );
    // Once, to see what the events do.
    {
        let dir = fresh(&path);
        let changes = rt.block_on(async {
            let sapar = Sapar::open(Some(dir.path().to_path_buf())).await.unwrap();
            let mut n = 0;
            for page in events.chunks(500) {
                let cursor = page.last().map(|e| e.cursor.clone()).unwrap_or_default();
                n += sapar
                    .apply_carrier_events(CARRIER, page, &cursor)
                    .await
                    .unwrap()
                    .len();
            }
            let again = sapar
                .apply_carrier_events(CARRIER, &events, "10000")
                .await
                .unwrap();
            assert!(
                again.is_empty(),
                "applying the same events twice changes nothing"
            );
            n
        });
        eprintln!("the events made {changes} changes");
    }
    let mut group = c.benchmark_group("events");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(60));
    group.bench_function("10 000 events, pages of 500, 100 000 tickets", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let dir = fresh(&path);
                total += rt.block_on(async {
                    let sapar = Sapar::open(Some(dir.path().to_path_buf())).await.unwrap();
                    let start = Instant::now();
                    for page in events.chunks(500) {
                        let cursor = page.last().map(|e| e.cursor.clone()).unwrap_or_default();
                        sapar
                            .apply_carrier_events(CARRIER, page, &cursor)
                            .await
                            .unwrap();
                    }
                    start.elapsed()
                });
            }
            total
        })
    });
    group.bench_function("10 000 events, one batch, 100 000 tickets", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let dir = fresh(&path);
                total += rt.block_on(async {
                    let sapar = Sapar::open(Some(dir.path().to_path_buf())).await.unwrap();
                    let start = Instant::now();
                    sapar
                        .apply_carrier_events(CARRIER, &events, "10000")
                        .await
                        .unwrap();
                    start.elapsed()
                });
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
