//! Idempotent state changes: replays, conflicts, duplicates sent at once, and
//! answers lost after the commit.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use reqwest::Method;
use sapar_carrier::{IdempotencyKey, SearchQuery};
use serde_json::json;

#[tokio::test]
async fn same_key_same_body_replays_the_first_answer() {
    let env = start().await;
    let ktz = env.client("KTZ");
    let offer = offer_for(
        &ktz,
        &SearchQuery::new("RASTNZ", "RALM2", in_days(5), 1),
        "4",
        "seated",
    )
    .await;
    let body = serde_json::to_vec(&hold_request(&offer, vec![adult("ABENOV", 51)])).unwrap();
    let key = env.demo_key();
    let path = "/carriers/KTZ/v1/holds";
    let (s1, h1, first) = raw(
        &env,
        Method::POST,
        path,
        Some(&key),
        Some("hold-1"),
        Some(body.clone()),
    )
    .await;
    let (s2, h2, second) = raw(
        &env,
        Method::POST,
        path,
        Some(&key),
        Some("hold-1"),
        Some(body.clone()),
    )
    .await;
    assert_eq!(s1, 201);
    assert_eq!(s2, 201);
    assert_eq!(first, second, "the replay is the first answer");
    assert!(h1.get("idempotent-replayed").is_none());
    assert_eq!(h2.get("idempotent-replayed").unwrap(), "true");
    // Only one seat was taken.
    let after = offer_for(
        &ktz,
        &SearchQuery::new("RASTNZ", "RALM2", in_days(5), 1),
        "4",
        "seated",
    )
    .await;
    assert_eq!(after.seats_left, offer.seats_left - 1);

    // Same key, other body: conflict, nothing done.
    let other = serde_json::to_vec(&hold_request(&offer, vec![adult("BEKOV", 52)])).unwrap();
    let (s3, h3, problem) = raw(
        &env,
        Method::POST,
        path,
        Some(&key),
        Some("hold-1"),
        Some(other),
    )
    .await;
    assert_eq!(s3, 409);
    assert_eq!(problem["code"], "idempotency_conflict");
    assert_eq!(h3.get("content-type").unwrap(), "application/problem+json");
    let again = offer_for(
        &ktz,
        &SearchQuery::new("RASTNZ", "RALM2", in_days(5), 1),
        "4",
        "seated",
    )
    .await;
    assert_eq!(again.seats_left, offer.seats_left - 1);

    // Same key on another seller is another key.
    let partner = env.sandbox.api_key("partner").unwrap().to_string();
    let (s4, _, _) = raw(
        &env,
        Method::POST,
        path,
        Some(&partner),
        Some("hold-1"),
        Some(body),
    )
    .await;
    assert_eq!(s4, 201);

    // A refused request is replayed as refused.
    let hold_id = first["id"].as_str().unwrap();
    let confirm = format!("/carriers/KTZ/v1/holds/{hold_id}/confirm");
    let declined = json!({"payment": {"number": "4000000000000002", "expiry_month": 12, "expiry_year": 2099, "cvc": "123", "holder": "A B"}});
    let (d1, _, p1) = raw(
        &env,
        Method::POST,
        &confirm,
        Some(&key),
        Some("pay-1"),
        Some(declined.to_string().into_bytes()),
    )
    .await;
    let (d2, _, p2) = raw(
        &env,
        Method::POST,
        &confirm,
        Some(&key),
        Some("pay-1"),
        Some(declined.to_string().into_bytes()),
    )
    .await;
    assert_eq!((d1.as_u16(), d2.as_u16()), (402, 402));
    assert_eq!(p1, p2);
    assert_eq!(p1["code"], "payment_declined");

    // Without a key a state change is refused.
    let (s5, _, p5) = raw(
        &env,
        Method::POST,
        &confirm,
        Some(&key),
        None,
        Some(b"{}".to_vec()),
    )
    .await;
    assert_eq!(s5, 400);
    assert_eq!(p5["code"], "bad_request");
    env.stop().await;
}

#[tokio::test]
async fn duplicates_sent_at_once_act_once() {
    let env = start().await;
    let ktz = env.client("KTZ");
    let q = SearchQuery::new("RALM2", "RSHM", in_days(6), 1);
    let offer = offer_for(&ktz, &q, "22", "platzkart").await;
    let req = hold_request(&offer, vec![adult("KASYMOV", 61)]);
    let key = IdempotencyKey::new();
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (c, r, k) = (ktz.clone(), req.clone(), key.clone());
        tasks.push(tokio::spawn(async move { c.hold(&r, &k).await }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.unwrap().unwrap().id);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "eight copies, one hold");
    let after = offer_for(&ktz, &q, "22", "platzkart").await;
    assert_eq!(after.seats_left, offer.seats_left - 1);
    env.stop().await;
}

#[tokio::test]
async fn a_lost_answer_is_recovered_by_retrying_with_the_same_key() {
    let env = start().await;
    let kc = env.client("KC");
    let q = SearchQuery::new("ALA", "NQZ", in_days(7), 1);
    let offer = offer_for(&kc, &q, "KC853", "economy").await;
    let hold = kc
        .hold(
            &hold_request(&offer, vec![adult("TULEUOV", 71)]),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();

    // The next confirm is committed, then its connection is closed without an answer.
    let rule = json!({"rules": [{"route": "/v1/holds/{hold_id}/confirm", "commit_then_drop_rate": 1.0, "remaining": 1}]});
    let (s, _) = admin(&env, Method::PUT, "/admin/faults", Some(rule)).await;
    assert_eq!(s, 200);
    // The client sees the broken connection, retries with the same key, and gets the booking.
    let booking = kc
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(booking.tickets.len(), 1);
    let (_, faults) = admin(&env, Method::GET, "/admin/faults", None).await;
    assert_eq!(faults["rules"][0]["remaining"], 0, "the fault fired");
    assert_eq!(
        kc.get_hold(&hold.id).await.unwrap().booking_reference,
        Some(booking.reference.clone())
    );

    // Dropped before handling, and 503s: the client retries until it gets through.
    let rule = json!({"rules": [{"route": "/v1/offers", "drop_rate": 1.0, "remaining": 1},
                                {"route": "*", "method": "GET", "error_rate": 1.0, "remaining": 2}]});
    admin(&env, Method::PUT, "/admin/faults", Some(rule)).await;
    assert!(!kc.search(&q).await.unwrap().offers.is_empty());
    let (_, faults) = admin(&env, Method::GET, "/admin/faults", None).await;
    assert_eq!(faults["rules"][0]["remaining"], 0);
    assert_eq!(faults["rules"][1]["remaining"], 0);

    // Latency past the client's timeout is a timeout.
    admin(
        &env,
        Method::PUT,
        "/admin/faults",
        Some(json!({"rules": [{"route": "/v1/profile", "latency_ms": 1500}]})),
    )
    .await;
    let mut cfg = sapar_carrier::ClientConfig::new(env.sandbox.carrier_url("KC"), env.demo_key());
    cfg.request_timeout = std::time::Duration::from_millis(300);
    cfg.max_retries = 1;
    let slow = sapar_carrier::Client::new(cfg).unwrap();
    assert_problem(slow.profile().await, "timeout");
    admin(&env, Method::DELETE, "/admin/faults", None).await;
    assert!(slow.profile().await.is_ok());
    env.stop().await;
}
