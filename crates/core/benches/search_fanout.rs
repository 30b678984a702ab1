//! Searching five carriers at once costs little more than the slowest of them.
//!
//! Five carriers answer on loopback after 10, 20, 30, 40 and 50 ms (real offers, taken
//! once from the sandbox carrier and served by small stand-in servers, so that the
//! delays are exact). The same search of the slowest carrier alone is the baseline:
//! the difference is what the fan-out, merging and sorting add.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark stops at the first error.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{Duration as Days, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use sapar_carrier::{CarrierProfile, OfferList, PlaceList, SearchQuery};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig};
use sapar_core::{PassengerCount, Sapar, SearchOptions, TripQuery};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::runtime::Runtime;

const CODES: [&str; 5] = ["AIR1", "AIR2", "AIR3", "AIR4", "AIR5"];

struct Canned {
    profile: CarrierProfile,
    places: PlaceList,
    offers: OfferList,
    delay: HashMap<String, Duration>,
}

async fn profile(State(c): State<Arc<Canned>>, Path(code): Path<String>) -> Json<CarrierProfile> {
    let mut p = c.profile.clone();
    p.code = code;
    Json(p)
}

async fn places(State(c): State<Arc<Canned>>) -> Json<PlaceList> {
    Json(c.places.clone())
}

async fn offers(State(c): State<Arc<Canned>>, Path(code): Path<String>) -> Json<OfferList> {
    if let Some(d) = c.delay.get(&code) {
        tokio::time::sleep(*d).await;
    }
    Json(c.offers.clone())
}

/// Five stand-in carriers on one loopback server, and a Sapar set up with them.
async fn setup(data: &std::path::Path) -> (Sapar, TripQuery) {
    let sandbox_dir = tempfile::tempdir().unwrap();
    let mut config = SandboxConfig::new(sandbox_dir.path().join("carrier.sqlite"));
    config.days_ahead = 5;
    let sandbox = Sandbox::start(config).await.unwrap();
    let kc = sandbox.client("KC", "demo").unwrap();
    let date = (Utc::now() + Days::days(3)).date_naive();
    let canned = Canned {
        profile: kc.profile().await.unwrap(),
        places: kc.places().await.unwrap(),
        offers: kc
            .search(&SearchQuery::new("NQZ", "ALA", date, 1))
            .await
            .unwrap(),
        delay: CODES
            .iter()
            .enumerate()
            .map(|(i, c)| (c.to_string(), Duration::from_millis(10 * (i as u64 + 1))))
            .collect(),
    };
    sandbox.shutdown().await;
    let app = Router::new()
        .route("/carriers/{code}/v1/profile", get(profile))
        .route("/carriers/{code}/v1/places", get(places))
        .route("/carriers/{code}/v1/offers", get(offers))
        .with_state(Arc::new(canned));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    let sapar = Sapar::open(Some(data.to_path_buf())).await.unwrap();
    for code in CODES {
        sapar
            .add_carrier(
                code,
                &format!("http://{addr}/carriers/{code}"),
                "sk_test_bench",
            )
            .await
            .unwrap();
    }
    let query = TripQuery {
        from: "Astana".into(),
        to: "Almaty".into(),
        date,
        passengers: PassengerCount::default(),
        mode: None,
        class: None,
    };
    (sapar, query)
}

async fn fan_out(sapar: &Sapar, query: &TripQuery, options: &SearchOptions) -> usize {
    let mut stream = sapar.search_stream(query, options).await.unwrap();
    let mut offers = 0;
    while let Some(event) = stream.next().await {
        if let sapar_core::SearchEvent::Answered { offers: o, .. } = event {
            offers += o.len();
        }
    }
    offers
}

fn bench(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (sapar, query) = rt.block_on(setup(data.path()));
    let all = SearchOptions::default();
    let slowest = SearchOptions {
        carriers: Some(vec!["AIR5".into()]),
        ..SearchOptions::default()
    };
    let found = rt.block_on(fan_out(&sapar, &query, &all));
    assert_eq!(found, 5 * rt.block_on(fan_out(&sapar, &query, &slowest)));
    let mut group = c.benchmark_group("search");
    group.sample_size(30);
    group.bench_function("slowest carrier alone (50 ms)", |b| {
        b.to_async(&rt).iter(|| fan_out(&sapar, &query, &slowest))
    });
    group.bench_function("five carriers at once (10-50 ms)", |b| {
        b.to_async(&rt).iter(|| fan_out(&sapar, &query, &all))
    });
    group.bench_function("five carriers, merged, sorted and kept", |b| {
        b.to_async(&rt).iter(|| async {
            sapar
                .search(&query, &all, sapar_core::SortBy::Price, &mut |_| {})
                .await
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
