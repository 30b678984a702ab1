//! Load test of the sandbox over loopback HTTP (bounded in count and time).
//!
//! 1. Race: `--racers` sellers (default 200) race for the last `--last-seats`
//!    (default 50) coupe berths of a train; exactly that many tickets must be
//!    issued, the others refused with `sold_out`/`seat_taken`, no 5xx, and the
//!    seat map must agree.
//! 2. Search throughput: `--connections` (default 64) concurrent connections
//!    search for `--seconds` (default 10, at most 60) or `--max-requests`;
//!    prints searches per second and latency percentiles.
//!
//! Run: `crates/carrier-sandbox/scripts/load.sh` (a release build).
#![allow(clippy::unwrap_used)] // A load test stops loudly on an unexpected failure.

use chrono::{Duration as Days, Utc};
use sapar_carrier::{
    CardPayment, Client, ClientConfig, ConfirmRequest, HoldRequest, IdempotencyKey, SearchQuery,
};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig};
use sapar_domain::iin::{compose, Sex};
use sapar_domain::{Category, DocumentType, Passenger};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn passenger(serial: u16) -> Passenger {
    let birth = chrono::NaiveDate::from_ymd_opt(1985, 3, 9).unwrap();
    Passenger {
        surname: "LOADTEST".into(),
        given_names: "SELLER".into(),
        document_type: DocumentType::KzIdCard,
        document_number: format!("N{serial:08}"),
        birth_date: Some(birth),
        iin: (0..10u16).find_map(|k| compose(birth, Sex::Male, serial.wrapping_add(k))),
        category: Category::Adult,
    }
}

fn pay() -> ConfirmRequest {
    ConfirmRequest {
        payment: CardPayment {
            number: "4242424242424242".into(),
            expiry_month: 12,
            expiry_year: 2099,
            cvc: "123".into(),
            holder: "LOAD TEST".into(),
        },
        confirmation_code: None,
    }
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let racers = arg("--racers", 200).min(2000);
    let last = arg("--last-seats", 50).min(140);
    let connections = arg("--connections", 64).clamp(1, 512);
    let seconds = arg("--seconds", 10).clamp(1, 60);
    let max_requests = arg("--max-requests", 1_000_000);

    let dir = std::env::temp_dir().join(format!("sapar-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut config = SandboxConfig::new(dir.join("carrier.sqlite"));
    config.days_ahead = 30;
    let sandbox = Sandbox::start(config).await.unwrap();
    let client = |name: &str| {
        let mut c = ClientConfig::new(sandbox.carrier_url("KTZ"), sandbox.api_key(name).unwrap());
        c.max_retries = 0;
        Client::new(c).unwrap()
    };
    let ktz = client("demo");
    let date = (Utc::now() + Days::days(3))
        .with_timezone(&chrono_tz::Asia::Almaty)
        .date_naive();

    // --- Race for the last seats -------------------------------------------------------
    let q = |n| SearchQuery::new("RPVL", "RASTNZ", date, n);
    let find = |offers: sapar_carrier::OfferList| {
        offers
            .offers
            .into_iter()
            .find(|o| o.trip.number == "381" && o.service_class == "coupe")
            .unwrap()
    };
    let mut left = find(ktz.search(&q(1)).await.unwrap()).seats_left as u64;
    let mut serial = 1u16;
    while left > last {
        let take = (left - last).min(6) as u32;
        let o = find(ktz.search(&q(take)).await.unwrap());
        let passengers = (0..take)
            .map(|_| {
                serial += 1;
                passenger(serial)
            })
            .collect();
        let req = HoldRequest {
            offer_id: o.id,
            passengers,
            seats: vec![],
            contact_email: None,
        };
        let hold = ktz.hold(&req, &IdempotencyKey::new()).await.unwrap();
        ktz.confirm(&hold.id, &pay(), &IdempotencyKey::new())
            .await
            .unwrap();
        left -= u64::from(take);
    }
    let offer = find(ktz.search(&q(1)).await.unwrap());
    println!(
        "race: {racers} sellers for the last {} coupe berths of train 381 on {date}",
        offer.seats_left
    );
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..racers {
        let c = client(if i % 2 == 0 { "demo" } else { "partner" });
        let req = HoldRequest {
            offer_id: offer.id.clone(),
            passengers: vec![passenger(10_000 + i as u16)],
            seats: vec![],
            contact_email: None,
        };
        tasks.push(tokio::spawn(async move {
            let hold = c.hold(&req, &IdempotencyKey::new()).await?;
            c.confirm(&hold.id, &pay(), &IdempotencyKey::new()).await
        }));
    }
    let (mut issued, mut clean, mut server_errors, mut other) = (Vec::new(), 0, 0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(b) => issued.extend(b.tickets.into_iter().filter_map(|t| t.seat)),
            Err(e) if matches!(e.code(), "sold_out" | "seat_taken") => clean += 1,
            Err(sapar_carrier::ClientError::Problem { status, .. }) if status >= 500 => {
                server_errors += 1
            }
            Err(e) => {
                eprintln!("unexpected: {e}");
                other += 1;
            }
        }
    }
    let race_time = started.elapsed();
    let mut seats: Vec<_> = issued
        .iter()
        .map(|s| (s.carriage.clone(), s.seat.clone()))
        .collect();
    seats.sort();
    seats.dedup();
    let map = ktz.seat_map(&offer.trip.id, Some("coupe")).await.unwrap();
    let free_after = map.available("coupe").len();
    println!(
        "race: {} tickets issued ({} distinct berths), {clean} clean refusals, {server_errors} 5xx, {other} other, \
         {free_after} berths free after, {:.0} ms",
        issued.len(),
        seats.len(),
        race_time.as_secs_f64() * 1000.0
    );
    let race_ok = issued.len() as u64 == last
        && seats.len() as u64 == last
        && server_errors == 0
        && other == 0
        && free_after == 0;
    println!(
        "race: {}",
        if race_ok {
            "CONSISTENT"
        } else {
            "INCONSISTENT"
        }
    );

    // --- Search throughput ---------------------------------------------------------------
    let routes = [
        ("KTZ", "RASTNZ", "RALM2"),
        ("KTZ", "RALM2", "RSHM"),
        ("KTZ", "RKRG", "RALM2"),
        ("KC", "ALA", "NQZ"),
        ("FS", "NQZ", "ALA"),
        ("DALA", "BAST", "BKRG"),
    ];
    let clients: Vec<Client> = routes
        .iter()
        .map(|(c, _, _)| {
            let mut cfg =
                ClientConfig::new(sandbox.carrier_url(c), sandbox.api_key("demo").unwrap());
            cfg.max_retries = 0;
            Client::new(cfg).unwrap()
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let done = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let offers_seen = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for w in 0..connections {
        let clients = clients.clone();
        let (done, errors, offers_seen) = (done.clone(), errors.clone(), offers_seen.clone());
        workers.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut i = w as usize;
            while Instant::now() < deadline && done.load(Ordering::Relaxed) < max_requests {
                let r = i % routes.len();
                let (_, from, to) = routes[r];
                let day = date + Days::days((i / routes.len() % 14) as i64);
                let t = Instant::now();
                match clients[r].search(&SearchQuery::new(from, to, day, 1)).await {
                    Ok(o) => {
                        offers_seen.fetch_add(o.offers.len() as u64, Ordering::Relaxed);
                    }
                    Err(_) => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
                lat.push(t.elapsed().as_micros() as u64);
                done.fetch_add(1, Ordering::Relaxed);
                i += connections as usize;
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.await.unwrap());
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_unstable();
    let n = all.len() as f64;
    println!(
        "search: {} requests on {connections} connections in {elapsed:.1} s = {:.0} searches/s; \
         latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} errors; {:.1} offers per answer",
        all.len(),
        n / elapsed,
        percentile(&all, 0.50),
        percentile(&all, 0.90),
        percentile(&all, 0.99),
        percentile(&all, 1.0),
        errors.load(Ordering::Relaxed),
        offers_seen.load(Ordering::Relaxed) as f64 / n.max(1.0),
    );
    sandbox.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
    if !race_ok {
        std::process::exit(1);
    }
}
