//! The whole selling flow over real HTTP: search → seat map → hold → confirm →
//! booking with signed tickets → refund offer → accept → events and revocations.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use base64::Engine;
use common::*;
use sapar_carrier::conformance::check;
use sapar_carrier::{
    EventKind, ExchangeOfferRequest, HoldStatus, IdempotencyKey, RefundOfferRequest,
    RevocationReason, SearchQuery, SeatChoice, TripStatus,
};
use sapar_domain::{Berth, Category, Money, TicketStatus};
use sapar_ticket::PublicKey;

fn fits<T: serde::Serialize>(schema: &str, v: &T) {
    let value = serde_json::to_value(v).unwrap();
    if let Err(e) = check(schema, &value) {
        panic!("{schema} answer does not fit the OpenAPI schema: {e:?}");
    }
}

#[tokio::test]
async fn train_booking_from_search_to_refund() {
    let env = start().await;
    let ktz = env.client("KTZ");

    let profile = ktz.profile().await.unwrap();
    fits("CarrierProfile", &profile);
    assert_eq!(profile.code, "KTZ");
    assert!(profile.fare_rules_for("ktz-long-distance").is_some());
    let places = ktz.places().await.unwrap();
    assert!(places
        .places
        .iter()
        .any(|p| p.code == "RASTNZ" && p.zone == "Asia/Almaty"));

    // Search: Talgo 10 Astana Nurly Zhol -> Almaty-2, two adults and an infant, three days ahead.
    let date = in_days(3);
    let mut q = SearchQuery::new("RASTNZ", "RALM2", date, 2);
    q.infants = 1;
    let offers = ktz.search(&q).await.unwrap();
    fits("OfferList", &offers);
    let offer = offers
        .offers
        .iter()
        .find(|o| o.trip.number == "10" && o.service_class == "coupe")
        .expect("Talgo 10 coupe")
        .clone();
    assert_eq!(
        offer.trip.departure.local.format("%H:%M").to_string(),
        "19:40"
    );
    assert_eq!(offer.trip.departure.zone, "Asia/Almaty");
    assert_eq!(offer.trip.duration_minutes, 12 * 60 + 25);
    assert_eq!(offer.trip.stops.len(), 1, "Talgo 10 stops at Karaganda");
    let adult_price = offer.unit_price(Category::Adult).unwrap().clone();
    assert!(adult_price.items.iter().any(|i| i.kind == "reserved_seat"));
    assert_eq!(
        offer.unit_price(Category::Infant).unwrap().total(),
        Money::ZERO
    );
    assert_eq!(offer.total, Money::tiyn(adult_price.total().as_tiyn() * 2));

    // Seat map: choose a lower berth in carriage 5.
    let map = ktz.seat_map(&offer.trip.id, Some("coupe")).await.unwrap();
    fits("SeatMap", &map);
    let car5 = map.carriages.iter().find(|c| c.number == "5").unwrap();
    let lower = car5.seats.iter().find(|s| s.number == "13").unwrap();
    assert_eq!(lower.berth, Some(Berth::Lower));
    assert!(lower.available);

    let mut req = hold_request(
        &offer,
        vec![
            adult("ZHUMABAYEV", 11),
            adult("ZHUMABAYEVA", 12),
            infant("ZHUMABAYEVA"),
        ],
    );
    req.passengers[1].given_names = "GULNAR".into();
    req.seats = vec![SeatChoice {
        passenger: 0,
        carriage: Some("5".into()),
        seat: "13".into(),
    }];
    let hold = ktz.hold(&req, &IdempotencyKey::new()).await.unwrap();
    fits("Hold", &hold);
    assert_eq!(hold.status, HoldStatus::Held);
    assert_eq!(hold.items[0].seat.as_ref().unwrap().seat, "13");
    assert!(
        hold.items[1].seat.is_some(),
        "the second adult gets a berth"
    );
    assert!(
        hold.items[2].seat.is_none(),
        "the infant travels without a berth"
    );
    assert_eq!(hold.total, offer.total);
    let remaining = (hold.expires_at - chrono::Utc::now()).num_seconds();
    assert!(
        (850..=900).contains(&remaining),
        "15-minute hold, {remaining}"
    );

    // The chosen berth is no longer free on the seat map.
    let map = ktz.seat_map(&offer.trip.id, Some("coupe")).await.unwrap();
    let seat = map
        .carriages
        .iter()
        .find(|c| c.number == "5")
        .unwrap()
        .seats
        .iter()
        .find(|s| s.number == "13")
        .unwrap();
    assert!(!seat.available);

    let booking = ktz
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();
    fits("BookingView", &booking);
    assert_eq!(booking.reference.len(), 6);
    assert_eq!(booking.tickets.len(), 3);
    assert_eq!(booking.total(), hold.total + Money::ZERO);
    assert_eq!(
        ktz.get_hold(&hold.id)
            .await
            .unwrap()
            .booking_reference
            .as_deref(),
        Some(booking.reference.as_str())
    );

    // Every ticket carries a token signed by the carrier's listed key.
    let key = &profile.signing_keys[0];
    let raw: [u8; 32] = base64::engine::general_purpose::STANDARD
        .decode(&key.public_key)
        .unwrap()
        .try_into()
        .unwrap();
    let public = PublicKey::from_bytes(&raw).unwrap();
    for t in &booking.tickets {
        let token = sapar_ticket::decode(t.token.as_deref().unwrap()).unwrap();
        assert!(
            token.signature_is_by(&public),
            "ticket {} verifies",
            t.number
        );
        assert_eq!(token.key_id, key.key_id);
        assert_eq!(token.claims.ticket_number, t.number);
        assert_eq!(token.claims.booking_reference, booking.reference);
        assert_eq!(token.claims.trip_number, "10");
    }
    let domain = booking.to_booking(
        uuid::Uuid::new_v4(),
        sapar_domain::PurchasePlace {
            channel: sapar_domain::PurchaseChannel::Sapar,
            label: "Sapar".into(),
        },
    );
    domain.unwrap().check().unwrap();

    // Read back, and find by reference + surname.
    assert_eq!(ktz.booking(&booking.reference).await.unwrap(), booking);
    assert_eq!(
        ktz.lookup_booking(&booking.reference.to_lowercase(), "zhumabayev")
            .await
            .unwrap(),
        booking
    );

    // Refund three days ahead: everything but the 393 ₸ fee per ticket and the sale fee.
    let adult_tickets: Vec<String> = booking
        .tickets
        .iter()
        .take(2)
        .map(|t| t.number.clone())
        .collect();
    let offer = ktz
        .refund_offer(
            &booking.reference,
            &RefundOfferRequest {
                tickets: adult_tickets.clone(),
            },
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    fits("RefundOffer", &offer);
    for line in &offer.lines {
        let t = booking
            .tickets
            .iter()
            .find(|t| t.number == line.ticket)
            .unwrap();
        assert_eq!(line.fee, Money::tenge(393));
        assert_eq!(line.refund + line.fee + line.withheld, t.price.total());
        assert_eq!(
            line.withheld,
            Money::tenge(236),
            "only the sale fee is kept"
        );
    }
    let done = ktz
        .accept_refund(&offer.id, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(done.refunded, offer.total_refund);
    let statuses: Vec<TicketStatus> = done.booking.tickets.iter().map(|t| t.status).collect();
    assert_eq!(
        statuses,
        vec![
            TicketStatus::Refunded,
            TicketStatus::Refunded,
            TicketStatus::Issued
        ]
    );

    // The berth is on sale again.
    let map = ktz
        .seat_map(&done.booking.segments[0].trip.id, Some("coupe"))
        .await
        .unwrap();
    assert!(
        map.carriages
            .iter()
            .find(|c| c.number == "5")
            .unwrap()
            .seats
            .iter()
            .find(|s| s.number == "13")
            .unwrap()
            .available
    );

    // Events and revocations.
    let events = ktz.events(None, None).await.unwrap();
    fits("EventPage", &events);
    let refunded: Vec<&str> = events
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::TicketRefunded { ticket_number, .. } => Some(ticket_number.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        refunded,
        adult_tickets.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let later = ktz.events(Some(&events.next_cursor), None).await.unwrap();
    assert!(later.events.is_empty());
    let revoked = ktz.revocations(None, None).await.unwrap();
    assert_eq!(revoked.revocations.len(), 2);
    assert!(revoked
        .revocations
        .iter()
        .all(|r| r.reason == RevocationReason::Refunded));

    // A second refund of the same tickets is refused.
    assert_problem(
        ktz.refund_offer(
            &booking.reference,
            &RefundOfferRequest {
                tickets: adult_tickets,
            },
            &IdempotencyKey::new(),
        )
        .await,
        "invalid_state",
    );
    env.stop().await;
}

#[tokio::test]
async fn flight_exchange_and_operational_events() {
    let env = start().await;
    let fs = env.client("FS");
    let date = in_days(4);
    let q = SearchQuery::new("ALA", "NQZ", date, 1);
    let offers = fs.search(&q).await.unwrap();
    let early = offers
        .offers
        .iter()
        .find(|o| o.trip.number == "FS7101" && o.fare == "fs-gibkiy")
        .unwrap()
        .clone();
    let vygodny = offers
        .offers
        .iter()
        .find(|o| o.trip.number == "FS7101" && o.fare == "fs-vygodny")
        .unwrap();
    assert!(
        vygodny.total < early.total,
        "«Выгодный» is cheaper than «Гибкий»"
    );
    assert_eq!(early.trip.duration_minutes, 110);

    // An exit-row seat costs extra when chosen.
    let mut req = hold_request(&early, vec![adult("SEITKALI", 21)]);
    req.seats = vec![SeatChoice {
        passenger: 0,
        carriage: None,
        seat: "12A".into(),
    }];
    let hold = fs.hold(&req, &IdempotencyKey::new()).await.unwrap();
    assert_eq!(hold.total, early.total + Money::tenge(6_000));
    assert_eq!(hold.items[0].seat.as_ref().unwrap().carriage, None);
    let booking = fs
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .unwrap();

    // Exchange to the evening flight, same fare: free changes on «Гибкий».
    let late = offers
        .offers
        .iter()
        .find(|o| o.trip.number == "FS7103" && o.fare == "fs-gibkiy")
        .unwrap();
    let xo = fs
        .exchange_offer(
            &booking.reference,
            &ExchangeOfferRequest {
                tickets: vec![],
                new_offer_id: late.id.clone(),
            },
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert_eq!(xo.fee, Money::ZERO);
    assert_eq!(xo.new_trip.number, "FS7103");
    let done = fs
        .accept_exchange(
            &xo.id,
            &sapar_carrier::AcceptExchangeRequest {
                payment: Some(common::card(GOOD_CARD)),
                confirmation_code: None,
            },
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    assert_eq!(done.booking.segments.len(), 2);
    assert_eq!(done.booking.tickets[0].status, TicketStatus::Exchanged);
    assert_eq!(done.booking.tickets[1].status, TicketStatus::Issued);
    assert_eq!(done.booking.tickets[1].segment, 1);
    assert_eq!(
        done.new_tickets,
        vec![done.booking.tickets[1].number.clone()]
    );

    // Operations: delay, gate, then key rotation; all reach the feed.
    let trip = &done.booking.segments[1].trip.id;
    let (s, _) = admin(
        &env,
        reqwest::Method::POST,
        &format!("/admin/carriers/FS/trips/{trip}/delay"),
        Some(serde_json::json!({"minutes": 45})),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = admin(
        &env,
        reqwest::Method::POST,
        &format!("/admin/carriers/FS/trips/{trip}/platform"),
        Some(serde_json::json!({"platform": "A7"})),
    )
    .await;
    assert_eq!(s, 200);
    let (s, rotated) = admin(
        &env,
        reqwest::Method::POST,
        "/admin/carriers/FS/keys/rotate",
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(rotated["key_id"], 2);
    let b = fs.booking(&booking.reference).await.unwrap();
    assert_eq!(b.segments[1].trip.delay_minutes, 45);
    assert_eq!(b.segments[1].trip.platform.as_deref(), Some("A7"));
    assert_eq!(b.segments[1].trip.status, TripStatus::Scheduled);
    let kinds: Vec<String> = fs
        .events(None, None)
        .await
        .unwrap()
        .events
        .into_iter()
        .map(|e| {
            serde_json::to_value(&e.kind).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            "ticket_exchanged",
            "trip_delayed",
            "platform_changed",
            "key_rotated"
        ]
    );
    let profile = fs.profile().await.unwrap();
    assert_eq!(profile.signing_keys.len(), 2);
    assert!(profile.signing_keys[0].valid_until.is_some());
    assert!(profile.signing_keys[1].valid_until.is_none());

    // New tickets are signed with the new key.
    let again = book(
        &fs,
        &offers
            .offers
            .iter()
            .find(|o| o.trip.number == "FS7103")
            .unwrap()
            .clone(),
        vec![adult("NURLANOV", 31)],
    )
    .await;
    assert_eq!(again.tickets[0].key_id, Some(2));
    env.stop().await;
}

#[tokio::test]
async fn cancelling_a_trip_cancels_its_tickets_and_tells_the_seller() {
    let env = start().await;
    let bus = env.client("DALA");
    let q = SearchQuery::new("BAST", "BKRG", in_days(2), 1);
    let offer = offer_for(&bus, &q, "DB205", "standard").await;
    assert_eq!(offer.trip.duration_minutes, 180);
    let booking = book(&bus, &offer, vec![adult("OMAROV", 41)]).await;
    let (s, state) = admin(
        &env,
        reqwest::Method::POST,
        &format!("/admin/carriers/DALA/trips/{}/cancel", offer.trip.id),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(state["tickets_cancelled"], 1);
    let b = bus.booking(&booking.reference).await.unwrap();
    assert_eq!(b.tickets[0].status, TicketStatus::CancelledByCarrier);
    assert_eq!(b.segments[0].trip.status, TripStatus::Cancelled);
    let revs = bus.revocations(None, None).await.unwrap();
    assert_eq!(revs.revocations[0].reason, RevocationReason::TripCancelled);
    // The cancelled trip is no longer offered.
    let offers = bus.search(&q).await.unwrap();
    assert!(offers.offers.iter().all(|o| o.trip.number != "DB205"));
    env.stop().await;
}
