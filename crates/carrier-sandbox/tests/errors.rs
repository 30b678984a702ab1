//! Bad requests get the right problem code, never a 5xx, and change nothing.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use reqwest::Method;
use sapar_carrier::{
    ConfirmRequest, ExchangeOfferRequest, IdempotencyKey, ProblemCode, RefundOfferRequest,
    SearchQuery,
};
use serde_json::json;
use std::time::Duration;

async fn expect(
    env: &Env,
    method: Method,
    path: &str,
    body: Option<Vec<u8>>,
    status: u16,
    code: &str,
) -> serde_json::Value {
    let key = env.demo_key();
    let idem = (method == Method::POST).then(|| uuid::Uuid::new_v4().to_string());
    let (s, h, p) = raw(env, method.clone(), path, Some(&key), idem.as_deref(), body).await;
    assert_eq!(
        (s.as_u16(), p["code"].as_str()),
        (status, Some(code)),
        "{method} {path}: {p}"
    );
    assert_eq!(h.get("content-type").unwrap(), "application/problem+json");
    assert_eq!(p["type"], format!("urn:sapar:problem:{code}"));
    assert_eq!(p["status"], status);
    assert!(p["title"].is_string());
    p
}

#[tokio::test]
async fn malformed_requests_are_problems_not_failures() {
    let env = start().await;
    let date = in_days(3);
    let s = |q: &str| format!("/carriers/KTZ/v1/offers?{q}");
    expect(
        &env,
        Method::GET,
        &s(&format!("from=XXX&to=RALM2&date={date}")),
        None,
        422,
        "unknown_place",
    )
    .await;
    let p = expect(
        &env,
        Method::GET,
        &s(&format!("from=ALA&to=RALM2&date={date}")),
        None,
        422,
        "unknown_place",
    )
    .await;
    assert_eq!(
        p["errors"][0]["field"], "from",
        "KTZ does not fly from the airport"
    );
    expect(
        &env,
        Method::GET,
        &s(&format!("from=RASTNZ&to=RALM2&date={}", in_days(-1))),
        None,
        422,
        "past_date",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &s("from=RASTNZ&to=RALM2&date=tomorrow"),
        None,
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &s(&format!("from=RASTNZ&to=RALM2&date={date}&adults=two")),
        None,
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &s(&format!("from=RASTNZ&to=RASTNZ&date={date}")),
        None,
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &s(&format!(
            "from=RASTNZ&to=RALM2&date={date}&date_to={}",
            in_days(20)
        )),
        None,
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &s(&format!(
            "from=RASTNZ&to=RALM2&date={date}&adults=1&infants=2"
        )),
        None,
        422,
        "invalid_passenger",
    )
    .await;
    expect(
        &env,
        Method::GET,
        &format!("/carriers/KC/v1/offers?from=ALA&to=NQZ&date={date}&adults=10"),
        None,
        422,
        "too_many_passengers",
    )
    .await;
    expect(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/events?since=abc",
        None,
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::GET,
        "/carriers/XX/v1/profile",
        None,
        404,
        "not_found",
    )
    .await;
    expect(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/trips/KTZ-0-19990101/seatmap",
        None,
        404,
        "not_found",
    )
    .await;
    expect(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/holds/H-nothing",
        None,
        404,
        "not_found",
    )
    .await;
    expect(
        &env,
        Method::GET,
        "/carriers/KTZ/v1/bookings/ZZZZZZ",
        None,
        404,
        "not_found",
    )
    .await;
    expect(&env, Method::GET, "/no/such/route", None, 404, "not_found").await;
    expect(
        &env,
        Method::DELETE,
        "/carriers/KTZ/v1/offers",
        None,
        400,
        "bad_request",
    )
    .await;

    let holds = "/carriers/KTZ/v1/holds";
    expect(
        &env,
        Method::POST,
        holds,
        Some(b"{not json".to_vec()),
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::POST,
        holds,
        Some(b"{\"offer_id\": 5}".to_vec()),
        400,
        "bad_request",
    )
    .await;
    expect(
        &env,
        Method::POST,
        holds,
        Some(br#"{"offer_id": "forged.offer", "passengers": []}"#.to_vec()),
        404,
        "not_found",
    )
    .await;
    let huge = format!(
        "{{\"offer_id\": \"{}\", \"passengers\": []}}",
        "x".repeat(1 << 20)
    );
    expect(
        &env,
        Method::POST,
        holds,
        Some(huge.into_bytes()),
        413,
        "payload_too_large",
    )
    .await;
    let (s, _) = admin(
        &env,
        Method::PUT,
        "/admin/faults",
        Some(json!({"rules": [{"route": "*", "error_rate": 3.0}]})),
    )
    .await;
    assert_eq!(s, 400);
    env.stop().await;
}

#[tokio::test]
async fn bad_passengers_are_refused_field_by_field_and_hold_nothing() {
    let env = start().await;
    let ktz = env.client("KTZ");
    let q = SearchQuery::new("RALM2", "RAKB", in_days(4), 2);
    let offer = offer_for(&ktz, &q, "38", "coupe").await;
    assert!(
        offer.trip.duration_minutes > 30 * 60,
        "Almaty - Aktobe is a day and a half"
    );

    let mut bad_iin = adult("KARIMOV", 141);
    let good = bad_iin.iin.clone().unwrap();
    let last = good.chars().last().unwrap().to_digit(10).unwrap();
    bad_iin.iin = Some(format!("{}{}", &good[..11], (last + 1) % 10));
    let mut cyrillic = adult("КАРИМОВА", 142);
    cyrillic.document_number = String::new();
    let r = ktz
        .hold(
            &hold_request(&offer, vec![bad_iin, cyrillic]),
            &IdempotencyKey::new(),
        )
        .await;
    let e = r.unwrap_err();
    assert_eq!(e.problem_code(), Some(ProblemCode::InvalidPassenger));
    let sapar_carrier::ClientError::Problem { problem, .. } = &e else {
        panic!()
    };
    let fields: Vec<&str> = problem.errors.iter().map(|f| f.field.as_str()).collect();
    assert!(fields.contains(&"passengers/0/iin"), "{fields:?}");
    assert!(fields.contains(&"passengers/1/surname"), "{fields:?}");
    assert!(
        fields.contains(&"passengers/1/document_number"),
        "{fields:?}"
    );

    // Passengers that do not match the offer's counts.
    assert_problem(
        ktz.hold(
            &hold_request(&offer, vec![adult("ONE", 143)]),
            &IdempotencyKey::new(),
        )
        .await,
        "invalid_passenger",
    );
    // An infant without an adult (an offer for one adult and one infant, with two infants sent).
    let mut qi = SearchQuery::new("RALM2", "RAKB", in_days(4), 1);
    qi.infants = 1;
    let oi = offer_for(&ktz, &qi, "38", "coupe").await;
    let r = ktz
        .hold(
            &hold_request(&oi, vec![infant("A"), infant("B")]),
            &IdempotencyKey::new(),
        )
        .await;
    let e = r.unwrap_err();
    let sapar_carrier::ClientError::Problem { problem, .. } = &e else {
        panic!()
    };
    assert!(
        problem
            .errors
            .iter()
            .any(|f| f.reason == "infant_without_adult"),
        "{problem}"
    );
    // A child too old for a child fare.
    let mut qc = SearchQuery::new("RALM2", "RAKB", in_days(4), 1);
    qc.children = 1;
    let oc = offer_for(&ktz, &qc, "38", "coupe").await;
    let r = ktz
        .hold(
            &hold_request(&oc, vec![adult("AIDAR", 144), child("AIDAR", 13)]),
            &IdempotencyKey::new(),
        )
        .await;
    let sapar_carrier::ClientError::Problem { problem, .. } = r.unwrap_err() else {
        panic!()
    };
    assert!(
        problem
            .errors
            .iter()
            .any(|f| f.field == "passengers/1/category"),
        "{problem}"
    );
    // Seat choices that make no sense.
    let mut req = hold_request(&offer, vec![adult("X", 145), adult("Y", 146)]);
    req.seats = vec![sapar_carrier::SeatChoice {
        passenger: 0,
        carriage: Some("99".into()),
        seat: "1".into(),
    }];
    assert_problem(ktz.hold(&req, &IdempotencyKey::new()).await, "bad_request");

    // Nothing was held by any of it.
    assert_eq!(
        offer_for(&ktz, &q, "38", "coupe").await.seats_left,
        offer.seats_left
    );
    // Ten passengers on Air Astana.
    let kc = env.client("KC");
    let o9 = offer_for(
        &kc,
        &SearchQuery::new("ALA", "NQZ", in_days(4), 9),
        "KC851",
        "economy",
    )
    .await;
    let ten = (0..10).map(|i| adult("GROUP", 150 + i)).collect();
    assert_problem(
        kc.hold(&hold_request(&o9, ten), &IdempotencyKey::new())
            .await,
        "too_many_passengers",
    );
    env.stop().await;
}

#[tokio::test]
async fn payments_offers_and_after_sales_windows() {
    let env = start_with(|c| c.offer_ttl = Duration::from_secs(1)).await;
    let fs = env.client("FS");
    let q = SearchQuery::new("NQZ", "SCO", in_days(5), 1);
    let stale = offer_for(&fs, &q, "FS7141", "economy").await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_problem(
        fs.hold(
            &hold_request(&stale, vec![adult("LATE", 161)]),
            &IdempotencyKey::new(),
        )
        .await,
        "offer_expired",
    );

    let offers = fs.search(&q).await.unwrap().offers;
    let vyg = offers.iter().find(|o| o.fare == "fs-vygodny").unwrap();
    let hold = fs
        .hold(
            &hold_request(vyg, vec![adult("ERMEKOV", 162)]),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert_problem(
        fs.confirm(
            &hold.id,
            &pay(sapar_carrier_sandbox::DECLINED_CARD),
            &IdempotencyKey::new(),
        )
        .await,
        "payment_declined",
    );
    assert_problem(
        fs.confirm(
            &hold.id,
            &pay("4242 4242 4242 4241"),
            &IdempotencyKey::new(),
        )
        .await,
        "bad_request",
    );
    assert_problem(
        fs.confirm(
            &hold.id,
            &pay(sapar_carrier_sandbox::CONFIRMATION_CARD),
            &IdempotencyKey::new(),
        )
        .await,
        "payment_requires_confirmation",
    );
    // The hold survives refused payments; the second step completes it.
    let second = ConfirmRequest {
        payment: card(sapar_carrier_sandbox::CONFIRMATION_CARD),
        confirmation_code: Some("000000".into()),
    };
    let booking = fs
        .confirm(&hold.id, &second, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_problem(
        fs.confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
            .await,
        "invalid_state",
    );

    // «Выгодный» is non-refundable.
    assert_problem(
        fs.refund_offer(
            &booking.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await,
        "refund_closed",
    );
    // Dala Bus tickets cannot be exchanged.
    let bus = env.client("DALA");
    let bq = SearchQuery::new("BSHMSA", "BKZL", in_days(3), 1);
    let bo = bus.search(&bq).await.unwrap().offers[0].clone();
    let bb = book(&bus, &bo, vec![adult("TOKAEV", 163)]).await;
    let fresh = bus.search(&bq).await.unwrap().offers[0].clone();
    assert_problem(
        bus.exchange_offer(
            &bb.reference,
            &ExchangeOfferRequest {
                tickets: vec![],
                new_offer_id: fresh.id,
            },
            &IdempotencyKey::new(),
        )
        .await,
        "exchange_closed",
    );
    // A bus refund offer expires if not accepted in time (after-sales TTL is separate: accept at once works).
    let ro = bus
        .refund_offer(
            &bb.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert!(ro.total_refund > sapar_domain::Money::ZERO);
    bus.accept_refund(&ro.id, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_problem(
        bus.accept_refund(&ro.id, &IdempotencyKey::new()).await,
        "invalid_state",
    );
    env.stop().await;
}
