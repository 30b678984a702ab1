//! After-sales priced by the time left: KTZ's 24 h-6 h tier, offers that
//! lapse, and paging through the feeds.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use chrono::Utc;
use common::*;
use sapar_carrier::{IdempotencyKey, Offer, RefundOfferRequest, SearchQuery};
use sapar_domain::Money;
use std::time::Duration;

const KTZ_ROUTES: [(&str, &str); 12] = [
    ("RASTNZ", "RALM2"),
    ("RALM2", "RASTNZ"),
    ("RALM2", "RSHM"),
    ("RSHM", "RALM2"),
    ("RASTNZ", "RSHM"),
    ("RSHM", "RASTNZ"),
    ("RALM2", "ROSK"),
    ("ROSK", "RALM2"),
    ("RASTNZ", "RPVL"),
    ("RPVL", "RASTNZ"),
    ("RALM2", "RAKB"),
    ("RAKB", "RALM2"),
];

/// A sleeping-car offer leaving between 8 and 22 hours from now.
async fn offer_leaving_in_8_to_22_hours(client: &sapar_carrier::Client) -> Offer {
    let now = Utc::now();
    for day in [0, 1] {
        for (from, to) in KTZ_ROUTES {
            let offers = client
                .search(&SearchQuery::new(from, to, in_days(day), 1))
                .await
                .unwrap();
            if let Some(o) = offers.offers.into_iter().find(|o| {
                let hours = (o.trip.departure.utc - now).num_minutes() as f64 / 60.0;
                (8.0..22.0).contains(&hours) && o.service_class == "coupe"
            }) {
                return o;
            }
        }
    }
    panic!("the timetable has a coupe departure 8-22 hours ahead at any time of day");
}

#[tokio::test]
async fn a_refund_within_a_day_keeps_half_the_reserved_seat() {
    let env = start().await;
    let ktz = env.client("KTZ");
    let offer = offer_leaving_in_8_to_22_hours(&ktz).await;
    let booking = book(&ktz, &offer, vec![adult("KUANYSHEV", 171)]).await;
    let price = &booking.tickets[0].price;
    let part = |k: &str| price.items.iter().find(|i| i.kind == k).unwrap().amount;
    let ro = ktz
        .refund_offer(
            &booking.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    let line = &ro.lines[0];
    assert_eq!(line.tier.reserved_seat_percent, 50);
    assert_eq!(
        line.refund,
        part("fare") + part("reserved_seat").percent(50) - Money::tenge(393)
    );
    assert_eq!(
        line.withheld,
        part("reserved_seat") - part("reserved_seat").percent(50) + part("sale_fee")
    );
    env.stop().await;
}

#[tokio::test]
async fn after_sales_offers_lapse() {
    let env = start_with(|c| c.after_sales_ttl = Duration::from_secs(1)).await;
    let bus = env.client("DALA");
    let offer = bus
        .search(&SearchQuery::new("BAST", "BPVL", in_days(3), 1))
        .await
        .unwrap()
        .offers[0]
        .clone();
    assert_eq!(offer.trip.duration_minutes, 330);
    let booking = book(&bus, &offer, vec![adult("ZHAKUPOV", 181)]).await;
    let ro = bus
        .refund_offer(
            &booking.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    // Three days ahead: the whole fare back less the 200 ₸ fee; the station fee is kept.
    assert_eq!(ro.lines[0].fee, Money::tenge(200));
    assert_eq!(ro.lines[0].withheld, Money::tenge(300));
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_problem(
        bus.accept_refund(&ro.id, &IdempotencyKey::new()).await,
        "offer_expired",
    );
    assert_eq!(
        bus.booking(&booking.reference).await.unwrap().tickets[0].status,
        sapar_domain::TicketStatus::Issued
    );
    env.stop().await;
}

#[tokio::test]
async fn feeds_page_with_a_cursor() {
    let env = start().await;
    let kc = env.client("KC");
    let offer = offer_for(
        &kc,
        &SearchQuery::new("ALA", "UKK", in_days(2), 3),
        "KC911",
        "economy",
    )
    .await;
    assert_eq!(offer.trip.vehicle, "Embraer E190-E2");
    let booking = book(
        &kc,
        &offer,
        vec![adult("A", 191), adult("B", 192), adult("C", 193)],
    )
    .await;
    let ro = kc
        .refund_offer(
            &booking.reference,
            &RefundOfferRequest::default(),
            &IdempotencyKey::new(),
        )
        .await
        .unwrap();
    kc.accept_refund(&ro.id, &IdempotencyKey::new())
        .await
        .unwrap();
    let mut cursor: Option<String> = None;
    let mut seen = Vec::new();
    loop {
        let page = kc.events(cursor.as_deref(), Some(1)).await.unwrap();
        assert!(page.events.len() <= 1);
        seen.extend(page.events.iter().map(|e| e.cursor.clone()));
        cursor = Some(page.next_cursor.clone());
        if !page.has_more {
            break;
        }
    }
    assert_eq!(seen.len(), 3, "one event per refunded ticket");
    let mut rcursor: Option<String> = None;
    let mut revoked = 0;
    loop {
        let page = kc.revocations(rcursor.as_deref(), Some(2)).await.unwrap();
        revoked += page.revocations.len();
        rcursor = Some(page.next_cursor);
        if !page.has_more {
            break;
        }
    }
    assert_eq!(revoked, 3);
    // Nothing new after the last cursor.
    assert!(kc
        .events(cursor.as_deref(), None)
        .await
        .unwrap()
        .events
        .is_empty());
    env.stop().await;
}
