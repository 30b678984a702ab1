//! One search across carriers: every answer arrives on its own, a slow or failing
//! carrier is reported on its own line, results sort by departure, duration or price
//! and can be picked by number later.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use sapar_core::{CarrierOutcome, SearchEvent, SearchOptions, SortBy};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn a_slow_carrier_and_a_failing_one_leave_the_others_results() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ", "KC", "FS", "DALA"]).await;
    faults(
        &c,
        json!([
            { "carrier": "KC", "route": "/v1/offers", "latency_ms": 3000 },
            { "carrier": "FS", "route": "/v1/offers", "error_rate": 1.0 },
        ]),
    )
    .await;
    let options = SearchOptions {
        carrier_timeout: Duration::from_millis(800),
        carriers: None,
    };
    let mut seen = Vec::new();
    let started = std::time::Instant::now();
    let results = sapar
        .search(
            &query("Astana", "Almaty", 3),
            &options,
            SortBy::Price,
            &mut |e| seen.push(e.clone()),
        )
        .await
        .unwrap();
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(2500),
        "the slow carrier held the search: {took:?}"
    );
    // KTZ answered; KC was too slow; FS failed; DALA has no coach Astana-Almaty.
    let outcome = |code: &str| {
        results
            .carriers
            .iter()
            .find(|c| c.carrier == code)
            .map(|c| c.outcome.clone())
            .unwrap()
    };
    assert!(matches!(outcome("KTZ"), CarrierOutcome::Answered { offers, .. } if offers > 0));
    assert!(matches!(outcome("KC"), CarrierOutcome::Failed { ref code, .. } if code == "timeout"));
    assert!(
        matches!(outcome("FS"), CarrierOutcome::Failed { ref code, .. } if code == "unavailable")
    );
    assert!(matches!(
        outcome("DALA"),
        CarrierOutcome::Answered { offers: 0, .. }
    ));
    assert!(results.offers.iter().all(|o| o.carrier == "KTZ"));
    assert!(results.from.contains(&"RASTNZ".to_string()));
    // Answers streamed in: KTZ's before the timeout of KC.
    let order: Vec<&str> = seen
        .iter()
        .map(|e| match e {
            SearchEvent::Answered { carrier, .. } | SearchEvent::Failed { carrier, .. } => {
                carrier.as_str()
            }
        })
        .collect();
    assert_eq!(order.len(), 4, "{order:?}");
    assert_eq!(order.last(), Some(&"KC"), "{order:?}");
    // Sorted by price, numbered from 1.
    let prices: Vec<i64> = results
        .offers
        .iter()
        .map(|o| o.offer.total.as_tiyn())
        .collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
    assert_eq!(results.offers[0].number, Some(1));

    // With the faults gone, every carrier that runs the route answers.
    faults(&c, json!([])).await;
    let results = sapar
        .search(
            &query("Astana", "Almaty", 3),
            &options,
            SortBy::Departure,
            &mut |_| {},
        )
        .await
        .unwrap();
    let carriers: std::collections::BTreeSet<&str> =
        results.offers.iter().map(|o| o.carrier.as_str()).collect();
    assert_eq!(
        carriers.into_iter().collect::<Vec<_>>(),
        ["FS", "KC", "KTZ"]
    );
    let departures: Vec<_> = results
        .offers
        .iter()
        .map(|o| o.offer.trip.departure.utc)
        .collect();
    assert!(departures.windows(2).all(|w| w[0] <= w[1]));
    // An offer is picked by its number, from the wallet, in a later call.
    let third = sapar.offer("3").await.unwrap();
    assert_eq!(third.offer, results.offers[2].offer);
    assert_eq!(sapar.offer("999").await.unwrap_err().code(), "not_found");
}

#[tokio::test]
async fn filters_and_a_carrier_that_is_down() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ", "KC"]).await;
    let mut q = query("Astana", "Almaty", 4);
    q.mode = Some(sapar_domain::Mode::Rail);
    q.class = Some("coupe".into());
    let offers = search(&sapar, &q).await;
    assert!(!offers.is_empty());
    assert!(offers
        .iter()
        .all(|o| o.carrier == "KTZ" && o.offer.service_class == "coupe"));
    let mut by_duration = offers.clone();
    sapar_core::sort_offers(&mut by_duration, SortBy::Duration);
    let d: Vec<i64> = by_duration
        .iter()
        .map(|o| o.offer.trip.duration_minutes)
        .collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");

    // The whole server gone: each carrier fails on its own line, the search does not.
    c.handle.shutdown().await;
    let results = sapar
        .search(
            &query("Astana", "Almaty", 4),
            &SearchOptions::default(),
            SortBy::Departure,
            &mut |_| {},
        )
        .await
        .unwrap();
    assert!(results.offers.is_empty());
    assert!(results.carriers.iter().all(|c| matches!(
        &c.outcome,
        CarrierOutcome::Failed { code, .. } if code == "offline"
    )));
}

#[tokio::test]
async fn bad_queries_are_refused_before_asking() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let mut q = query("Astana", "Almaty", -2);
    let e = sapar
        .search(
            &q,
            &SearchOptions::default(),
            SortBy::Departure,
            &mut |_| {},
        )
        .await
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    q = query("Nowhereville", "Almaty", 2);
    let e = sapar
        .search(
            &q,
            &SearchOptions::default(),
            SortBy::Departure,
            &mut |_| {},
        )
        .await
        .unwrap_err();
    assert_eq!(e.code(), "not_found");
}
