//! A whole purchase against in-process sandbox carriers on loopback, with no injected
//! latency: search (one carrier), hold, pay, store in the wallet; and the same with the
//! ticket PDF rendered.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark stops at the first error.

use chrono::{Datelike, Duration as Days, NaiveDate, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig};
use sapar_core::{CardPayment, Layout, PassengerCount, Sapar, SearchOptions, SortBy, TripQuery};
use sapar_domain::iin::{compose, Sex};
use sapar_domain::{Category, DocumentType, Lang, Passenger};
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::runtime::Runtime;

fn passenger(serial: u16) -> Passenger {
    let birth = NaiveDate::from_ymd_opt(1988, 4, 12).unwrap();
    Passenger {
        surname: "ZHUMABAYEV".into(),
        given_names: "ARMAN".into(),
        document_type: DocumentType::KzIdCard,
        document_number: format!("0{:08}", 40_000_000 + u32::from(serial)),
        birth_date: Some(birth),
        iin: (0..10u16).find_map(|k| compose(birth, Sex::Male, serial.wrapping_add(k))),
        category: Category::Adult,
    }
}

fn card() -> CardPayment {
    CardPayment {
        number: "4242 4242 4242 4242".into(),
        expiry_month: 12,
        expiry_year: Utc::now().year() + 3,
        cvc: "123".into(),
        holder: "ARMAN ZHUMABAYEV".into(),
    }
}

async fn buy(sapar: &Sapar, n: u64, pdf: bool) {
    // Spread purchases over ten days of the seated car of Talgo 4 (480 seats a day).
    let date = (Utc::now() + Days::days(1 + (n % 10) as i64)).date_naive();
    let query = TripQuery {
        from: "Astana".into(),
        to: "Almaty".into(),
        date,
        passengers: PassengerCount::default(),
        mode: Some(sapar_domain::Mode::Rail),
        class: Some("seated".into()),
    };
    let options = SearchOptions {
        carriers: Some(vec!["KTZ".into()]),
        ..SearchOptions::default()
    };
    let found = sapar
        .search(&query, &options, SortBy::Departure, &mut |_| {})
        .await
        .unwrap();
    let offer = found
        .offers
        .into_iter()
        .find(|o| o.offer.trip.number == "4")
        .unwrap();
    let bought = sapar
        .book(
            &offer,
            vec![passenger((n % 5000) as u16)],
            vec![],
            None,
            card(),
        )
        .await
        .unwrap();
    if pdf {
        sapar
            .ticket_pdf(&bought.booking.reference, Lang::Ru, Layout::A4)
            .await
            .unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    let sandbox_dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (sandbox, sapar) = rt.block_on(async {
        let mut config = SandboxConfig::new(sandbox_dir.path().join("carrier.sqlite"));
        config.days_ahead = 12;
        let sandbox = Sandbox::start(config).await.unwrap();
        let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
        let key = sandbox.api_key("demo").unwrap().to_string();
        sapar
            .add_carrier("KTZ", &sandbox.carrier_url("KTZ"), &key)
            .await
            .unwrap();
        (sandbox, sapar)
    });
    let n = AtomicU64::new(0);
    let mut group = c.benchmark_group("book");
    group.sample_size(20);
    group.bench_function("search, hold, pay, store", |b| {
        b.to_async(&rt)
            .iter(|| buy(&sapar, n.fetch_add(1, Ordering::Relaxed), false))
    });
    group.bench_function("search, hold, pay, store, PDF", |b| {
        b.to_async(&rt)
            .iter(|| buy(&sapar, n.fetch_add(1, Ordering::Relaxed), true))
    });
    group.finish();
    rt.block_on(sandbox.shutdown());
}

criterion_group!(benches, bench);
criterion_main!(benches);
