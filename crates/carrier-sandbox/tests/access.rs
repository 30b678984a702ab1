//! API keys: no key or a wrong key is refused; a seller sees only its own holds,
//! bookings and ticket events; a restart keeps everything.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use reqwest::Method;
use sapar_carrier::{EventKind, IdempotencyKey, RefundOfferRequest, SearchQuery};

#[tokio::test]
async fn sellers_see_only_their_own_sales() {
    let env = start().await;
    let mine = env.client("KTZ");
    let theirs = env.other_client("KTZ");
    let q = SearchQuery::new("RALM2", "ROSK", in_days(3), 1);
    let offer = offer_for(&mine, &q, "352", "platzkart").await;
    assert_eq!(offer.trip.to.code, "ROSK");
    let hold = mine
        .hold(
            &hold_request(&offer, vec![adult("MUKANOV", 121)]),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert_problem(theirs.get_hold(&hold.id).await, "not_found");
    assert_problem(
        theirs
            .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
            .await,
        "not_found",
    );
    assert_problem(
        theirs.release_hold(&hold.id, &IdempotencyKey::new()).await,
        "not_found",
    );
    let booking = mine
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_problem(theirs.booking(&booking.reference).await, "not_found");
    assert_problem(
        theirs
            .refund_offer(
                &booking.reference,
                &RefundOfferRequest::default(),
                &IdempotencyKey::new(),
            )
            .await,
        "not_found",
    );
    // Knowing the surname finds it (a booking bought elsewhere can be imported)...
    assert_eq!(
        theirs
            .lookup_booking(&booking.reference, "Mukanov")
            .await
            .unwrap()
            .reference,
        booking.reference
    );
    // ...a wrong surname does not.
    assert_problem(
        theirs.lookup_booking(&booking.reference, "Mukanova").await,
        "not_found",
    );
    // A booking of another carrier is not found under this one.
    assert_problem(
        env.client("KC").booking(&booking.reference).await,
        "not_found",
    );

    // Ticket events go to the seller only; trip events to everyone.
    let offer_ref = mine
        .refund_offer(
            &booking.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert_problem(
        theirs
            .accept_refund(&offer_ref.id, &IdempotencyKey::new())
            .await,
        "not_found",
    );
    mine.accept_refund(&offer_ref.id, &IdempotencyKey::new())
        .await
        .unwrap();
    admin(
        &env,
        Method::POST,
        &format!("/admin/carriers/KTZ/trips/{}/delay", offer.trip.id),
        Some(serde_json::json!({"minutes": 20})),
    )
    .await;
    let own = mine.events(None, None).await.unwrap().events;
    let other = theirs.events(None, None).await.unwrap().events;
    assert!(own
        .iter()
        .any(|e| matches!(e.kind, EventKind::TicketRefunded { .. })));
    assert!(!other
        .iter()
        .any(|e| matches!(e.kind, EventKind::TicketRefunded { .. })));
    assert!(other.iter().any(|e| matches!(
        e.kind,
        EventKind::TripDelayed {
            delay_minutes: 20,
            ..
        }
    )));
    env.stop().await;
}

#[tokio::test]
async fn keys_are_required_and_checked() {
    let env = start().await;
    for key in [None, Some("sk_test_wrong"), Some("")] {
        let (s, h, p) = raw(
            &env,
            Method::GET,
            "/carriers/KTZ/v1/profile",
            key,
            None,
            None,
        )
        .await;
        assert_eq!(s, 401);
        assert_eq!(p["code"], "unauthorized");
        assert_eq!(h.get("www-authenticate").unwrap(), "Bearer");
    }
    // The seller key is not the admin key, and the other way round.
    let demo = env.demo_key();
    let (s, _, _) = raw(&env, Method::POST, "/admin/sweep", Some(&demo), None, None).await;
    assert_eq!(s, 401);
    let admin_key = env.sandbox.admin_key.clone();
    let (s, _, _) = raw(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/profile",
        Some(&admin_key),
        None,
        None,
    )
    .await;
    assert_eq!(s, 401);
    // A seller added through the admin API can sell at once.
    let (s, created) = admin(
        &env,
        Method::POST,
        "/admin/clients",
        Some(serde_json::json!({"name": "agency-7"})),
    )
    .await;
    assert_eq!(s, 201);
    let key = created["key"].as_str().unwrap();
    let (s, _, _) = raw(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/places",
        Some(key),
        None,
        None,
    )
    .await;
    assert_eq!(s, 200);
    // The directory and the OpenAPI document need no key.
    let (s, _, dir) = raw(&env, Method::GET, "/carriers", None, None, None).await;
    assert_eq!(s, 200);
    assert_eq!(dir["carriers"].as_array().unwrap().len(), 4);
    let (s, _, doc) = raw(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/openapi.json",
        None,
        None,
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    env.stop().await;
}

#[tokio::test]
async fn a_restart_with_the_same_database_keeps_everything() {
    let env = start_with(|c| c.seed = 42).await;
    let kc = env.client("KC");
    let q = SearchQuery::new("ALA", "SCO", in_days(6), 1);
    let offer = offer_for(&kc, &q, "KC933", "business").await;
    assert_eq!(offer.trip.duration_minutes, 195);
    let booking = book(&kc, &offer, vec![adult("DAULETOV", 131)]).await;
    let held = kc
        .hold(
            &hold_request(
                &offer_for(&kc, &q, "KC933", "economy").await,
                vec![adult("SAPAROV", 132)],
            ),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    let profile = kc.profile().await.unwrap();
    let demo_key = env.demo_key();
    let seats_before = offer_for(&kc, &q, "KC933", "business").await.seats_left;
    let dir = env.stop().await;

    // Started again with another seed: the database's seed, keys and sales stay.
    let mut config = sapar_carrier_sandbox::SandboxConfig::new(dir.path().join("carrier.sqlite"));
    config.seed = 7;
    config.days_ahead = 20;
    let sandbox = sapar_carrier_sandbox::Sandbox::start(config).await.unwrap();
    assert_eq!(sandbox.seed, 42);
    assert_eq!(sandbox.api_key("demo").unwrap(), demo_key);
    let env = Env { sandbox, dir };
    let kc = env.client("KC");
    assert_eq!(kc.booking(&booking.reference).await.unwrap(), booking);
    assert_eq!(
        kc.profile().await.unwrap().signing_keys,
        profile.signing_keys
    );
    assert_eq!(
        offer_for(&kc, &q, "KC933", "business").await.seats_left,
        seats_before
    );
    let b = kc
        .confirm(&held.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(b.tickets[0].key_id, Some(1));
    env.stop().await;
}
