//! Holds over time: expiry gives seats back, a hold keeps its price, release,
//! and the seat inventory's consistency under racing sellers.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use reqwest::Method;
use sapar_carrier::{HoldStatus, IdempotencyKey, SearchQuery, SeatChoice};
use std::time::Duration;

#[tokio::test]
async fn an_expired_hold_gives_its_seats_back_and_cannot_be_paid() {
    let env = start_with(|c| {
        c.hold_ttl = Duration::from_secs(2);
        c.sweep_interval = Some(Duration::from_secs(60));
    })
    .await;
    let ktz = env.client("KTZ");
    let other = env.other_client("KTZ");
    let q = SearchQuery::new("RASTNZ", "RSHM", in_days(4), 1);
    let offer = offer_for(&ktz, &q, "12", "sv").await;
    let mut req = hold_request(&offer, vec![adult("AKHMETOV", 81)]);
    req.seats = vec![SeatChoice {
        passenger: 0,
        carriage: Some("2".into()),
        seat: "7".into(),
    }];
    let hold = ktz.hold(&req, &IdempotencyKey::new()).await.unwrap();
    assert_eq!(ktz.profile().await.unwrap().hold_ttl_seconds, 2);

    // While held, nobody else gets the berth.
    let offer_b = offer_for(&other, &q, "12", "sv").await;
    let mut req_b = hold_request(&offer_b, vec![adult("BAIMUKHANOV", 82)]);
    req_b.seats = req.seats.clone();
    assert_problem(
        other.hold(&req_b, &IdempotencyKey::new()).await,
        "seat_taken",
    );

    tokio::time::sleep(Duration::from_millis(2300)).await;
    assert_eq!(
        ktz.get_hold(&hold.id).await.unwrap().status,
        HoldStatus::Expired
    );
    // The seat went back on sale (no sweep needed: the next hold frees lapsed seats).
    let won = other.hold(&req_b, &IdempotencyKey::new()).await.unwrap();
    assert_eq!(won.items[0].seat.as_ref().unwrap().seat, "7");
    assert_problem(
        ktz.confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
            .await,
        "hold_expired",
    );
    // Paying for the winner's hold works.
    let b = other
        .confirm(&won.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(b.tickets[0].seat.as_ref().unwrap().seat, "7");
    env.stop().await;
}

#[tokio::test]
async fn the_sweeper_returns_lapsed_seats_to_search() {
    let env = start_with(|c| {
        c.hold_ttl = Duration::from_secs(1);
        c.sweep_interval = Some(Duration::from_millis(300));
    })
    .await;
    let bus = env.client("DALA");
    let q = SearchQuery::new("BALMSA", "BSHMSA", in_days(3), 4);
    let offer = offer_for(&bus, &q, "DB101", "standard").await;
    let people = (0..4).map(|i| adult("SULTANOV", 90 + i)).collect();
    bus.hold(&hold_request(&offer, people), &IdempotencyKey::new())
        .await
        .unwrap();
    let during = offer_for(&bus, &q, "DB101", "standard").await;
    assert_eq!(during.seats_left, offer.seats_left - 4);
    tokio::time::sleep(Duration::from_millis(1800)).await;
    let after = offer_for(&bus, &q, "DB101", "standard").await;
    assert_eq!(after.seats_left, offer.seats_left);
    env.stop().await;
}

#[tokio::test]
async fn a_hold_keeps_its_price_while_the_cabin_fills() {
    let env = start().await;
    let kc = env.client("KC");
    let q = SearchQuery::new("NQZ", "AKX", in_days(5), 1);
    let first = offer_for(&kc, &q, "KC971", "economy").await;
    let hold = kc
        .hold(
            &hold_request(&first, vec![adult("ORAZBAYEV", 101)]),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    // Fill the E190-E2 economy cabin (96 seats) down to its last few seats.
    let q9 = SearchQuery::new("NQZ", "AKX", in_days(5), 9);
    for round in 0..9 {
        let o = offer_for(&kc, &q9, "KC971", "economy").await;
        let people = (0..9)
            .map(|i| adult("FILLER", 200 + round * 10 + i))
            .collect();
        book(&kc, &o, people).await;
    }
    let late = offer_for(&kc, &q, "KC971", "economy").await;
    assert!(late.seats_left <= 96 - 82);
    assert!(
        late.total > first.total,
        "the last seats cost more: {} vs {}",
        late.total,
        first.total
    );
    // The early hold still costs what it cost.
    let held = kc.get_hold(&hold.id).await.unwrap();
    assert_eq!(held.total, first.total);
    let booking = kc
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(booking.total(), first.total);
    env.stop().await;
}

#[tokio::test]
async fn releasing_a_hold_frees_its_seats_once() {
    let env = start().await;
    let ktz = env.client("KTZ");
    let q = SearchQuery::new("RASTNZ", "RPVL", in_days(3), 2);
    let offer = offer_for(&ktz, &q, "382", "coupe").await;
    let hold = ktz
        .hold(
            &hold_request(&offer, vec![adult("IVANOV", 111), adult("IVANOVA", 112)]),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    let released = ktz
        .release_hold(&hold.id, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(released.status, HoldStatus::Released);
    let after = offer_for(&ktz, &q, "382", "coupe").await;
    assert_eq!(after.seats_left, offer.seats_left);
    assert_problem(
        ktz.confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
            .await,
        "invalid_state",
    );
    // Paid holds cannot be released.
    let b = book(
        &ktz,
        &after,
        vec![adult("IVANOV", 113), adult("IVANOVA", 114)],
    )
    .await;
    let (s, v) = admin(&env, Method::POST, "/admin/sweep", None).await;
    assert_eq!((s.as_u16(), v["lapsed"].as_u64()), (200, Some(0)));
    let paid_hold = ktz
        .hold(
            &hold_request(
                &offer_for(&ktz, &q, "382", "coupe").await,
                vec![adult("A", 115), adult("B", 116)],
            ),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    ktz.confirm(&paid_hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_problem(
        ktz.release_hold(&paid_hold.id, &IdempotencyKey::new())
            .await,
        "invalid_state",
    );
    assert_eq!(b.tickets.len(), 2);
    env.stop().await;
}

#[tokio::test]
async fn two_hundred_sellers_race_for_the_last_fifty_seats() {
    let env = start().await;
    let bus = env.client("DALA");
    // KTZ 381 Pavlodar - Astana: 144 coupe berths, sold down to the last 50 first.
    let ktz = env.client("KTZ");
    let q = SearchQuery::new("RPVL", "RASTNZ", in_days(2), 6);
    let mut left = offer_for(&ktz, &q, "381", "coupe").await.seats_left;
    let mut n = 0;
    while left > 50 {
        let take = (left - 50).min(6);
        let qn = SearchQuery::new("RPVL", "RASTNZ", in_days(2), take);
        let o = offer_for(&ktz, &qn, "381", "coupe").await;
        book(
            &ktz,
            &o,
            (0..take)
                .map(|i| adult("PRELOAD", (300 + n * 6 + i) as u16))
                .collect(),
        )
        .await;
        left -= take;
        n += 1;
    }
    let q1 = SearchQuery::new("RPVL", "RASTNZ", in_days(2), 1);
    let offer = offer_for(&ktz, &q1, "381", "coupe").await;
    assert_eq!(offer.seats_left, 50);
    let mut tasks = Vec::new();
    for i in 0..200u16 {
        let c = if i % 2 == 0 {
            env.client("KTZ")
        } else {
            env.other_client("KTZ")
        };
        let req = hold_request(&offer, vec![adult("RACER", 1000 + i)]);
        tasks.push(tokio::spawn(async move {
            let hold = c.hold(&req, &IdempotencyKey::new()).await?;
            c.confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
                .await
        }));
    }
    let mut sold = Vec::new();
    let mut refused = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(b) => sold.extend(b.tickets.into_iter().map(|t| t.seat.unwrap())),
            Err(e) => {
                assert_eq!(e.code(), "sold_out", "{e}");
                refused += 1;
            }
        }
    }
    assert_eq!(sold.len(), 50);
    assert_eq!(refused, 150);
    let mut seats: Vec<_> = sold
        .iter()
        .map(|s| (s.carriage.clone(), s.seat.clone()))
        .collect();
    seats.sort();
    seats.dedup();
    assert_eq!(seats.len(), 50, "no seat sold twice");
    let map = ktz.seat_map(&offer.trip.id, Some("coupe")).await.unwrap();
    assert_eq!(map.available("coupe").len(), 0);
    assert!(bus
        .search(&SearchQuery::new("BAST", "BKRG", in_days(2), 1))
        .await
        .is_ok());
    env.stop().await;
}
