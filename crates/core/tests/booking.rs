//! Buying: seat map → hold with a countdown → pay → tickets in the wallet, a PDF with
//! the carrier's own fare rules, tickets that verify offline. Wrong passengers, taken
//! seats and lapsed holds are refused with their codes and leave nothing behind.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use chrono::Utc;
use common::*;
use sapar_core::{CoreError, SaveOutcome, SeatChoice};
use sapar_domain::{Berth, Category, Lang, TicketStatus};
use sapar_ticket::Verdict;
use serde_json::json;

#[tokio::test]
async fn a_train_from_seat_map_to_pdf_and_offline_check() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 3), "10", "coupe").await;
    assert!(offer.number.is_some());
    let map = sapar.seat_map(&offer).await.unwrap();
    let (carriage, seat) = map
        .available("coupe")
        .into_iter()
        .find(|(_, s)| s.berth == Some(Berth::Lower))
        .map(|(c, s)| (c.to_string(), s.number.clone()))
        .unwrap();
    let held = sapar
        .hold_seats(
            &offer,
            vec![adult("ZHUMABAYEV", 21)],
            vec![SeatChoice {
                passenger: 0,
                carriage: Some(carriage.clone()),
                seat: seat.clone(),
            }],
            Some("arman@example.kz".into()),
        )
        .await
        .unwrap();
    let left = held.seconds_left(Utc::now());
    assert!((800..=900).contains(&left), "a 15-minute countdown, {left}");
    let bought = sapar.pay(&held, card(), None).await.unwrap();
    assert_eq!(bought.outcome, SaveOutcome::Added);
    let b = &bought.booking;
    assert_eq!(b.tickets.len(), 1);
    assert_eq!(b.tickets[0].status, TicketStatus::Issued);
    let s = b.tickets[0].seat.as_ref().unwrap();
    assert_eq!(
        (s.carriage.as_deref(), s.seat.as_str()),
        (Some(carriage.as_str()), seat.as_str())
    );
    assert_eq!(b.segments[0].fare, "ktz-long-distance");
    assert_eq!(sapar.booking(&b.reference).await.unwrap(), *b);
    assert!(sapar.pending_purchases().await.unwrap().is_empty());

    // The PDF renders; the carrier's cached rules are the ones printed.
    let (_, pdf) = sapar
        .ticket_pdf(&b.reference, Lang::Ru, sapar_core::Layout::A4)
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // The ticket verifies with the carrier gone.
    c.handle.shutdown().await;
    let token = b.tickets[0].token.clone().unwrap();
    let check = sapar
        .verify_code(&token, None, Utc::now(), Lang::En)
        .await
        .unwrap();
    assert!(matches!(check.verdict, Verdict::Valid { .. }), "{check:?}");
}

#[tokio::test]
async fn a_flight_prints_its_carriers_own_rules() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KC"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 5), "KC852", "economy").await;
    let bought = sapar
        .book(&offer, vec![adult("SEITKALI", 31)], vec![], None, card())
        .await
        .unwrap();
    let b = bought.booking;
    let without = sapar_core::tickets::documents(&b, None, Lang::En).unwrap();
    let book = sapar.fare_rule_book().await.unwrap();
    assert!(book.get("KC", "kc-economy").is_some());
    let with = sapar_core::tickets::documents_with_rules(&b, None, Lang::En, Some(&book)).unwrap();
    assert_eq!(without[0].rules.lines.len(), 1, "{:?}", without[0].rules);
    assert!(with[0].rules.lines.len() > 1, "{:?}", with[0].rules);
    assert_ne!(with[0].rules.lines, without[0].rules.lines);
    assert!(b.tickets[0].seat.is_some(), "a seat was assigned");
}

#[tokio::test]
async fn passengers_are_checked_field_by_field_before_anything_is_sent() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let mut q = query("Astana", "Almaty", 3);
    q.passengers.adults = 2;
    let offer = offer(&sapar, &q, "10", "coupe").await;
    // Anything sent to the carrier now would fail as unavailable.
    faults(&c, json!([{ "route": "/v1/holds", "error_rate": 1.0 }])).await;
    let mut bad_iin = adult("ZHUMABAYEV", 41);
    let good = bad_iin.iin.clone().unwrap();
    let last = good.as_bytes()[11] - b'0';
    bad_iin.iin = Some(format!("{}{}", &good[..11], (last + 1) % 10));
    let mut child_as_adult = adult("ZHUMABAYEVA", 42);
    child_as_adult.birth_date = Some(in_days(-365 * 6));
    child_as_adult.iin = None;
    child_as_adult.document_type = sapar_domain::DocumentType::BirthCertificate;
    let err = sapar
        .hold_seats(&offer, vec![bad_iin, child_as_adult], vec![], None)
        .await
        .unwrap_err();
    let CoreError::InvalidPassengers(fields) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(err.code(), "invalid_passenger");
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert!(names.contains(&"passengers/0/iin"), "{names:?}");
    assert!(names.contains(&"passengers/1/category"), "{names:?}");
    // Too few passengers for the offer.
    let err = sapar
        .hold_seats(&offer, vec![adult("ZHUMABAYEV", 43)], vec![], None)
        .await
        .unwrap_err();
    let CoreError::InvalidPassengers(fields) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(fields[0].reason, "counts_differ_from_offer");
    // Correct passengers reach the carrier (which is failing now).
    let mut second = adult("ZHUMABAYEVA", 44);
    second.category = Category::Adult;
    let err = sapar
        .hold_seats(&offer, vec![adult("ZHUMABAYEV", 45), second], vec![], None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "unavailable", "{err}");
}

#[tokio::test]
async fn a_taken_seat_and_a_lapsed_hold_leave_nothing_behind() {
    let c = carriers_with(|cfg| cfg.hold_ttl = std::time::Duration::from_secs(1)).await;
    let (first, _d1) = sapar(&c, &["KTZ"]).await;
    let (second, _d2) = sapar(&c, &["KTZ"]).await;
    let q = query("Astana", "Almaty", 6);
    let o1 = offer(&first, &q, "10", "coupe").await;
    let o2 = offer(&second, &q, "10", "coupe").await;
    let seat = SeatChoice {
        passenger: 0,
        carriage: Some("5".into()),
        seat: "13".into(),
    };
    let held = first
        .hold_seats(&o1, vec![adult("ABAYEV", 51)], vec![seat.clone()], None)
        .await
        .unwrap();
    let err = second
        .hold_seats(&o2, vec![adult("BEKOV", 52)], vec![seat], None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "seat_taken", "{err}");

    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let err = first.pay(&held, card(), None).await.unwrap_err();
    assert_eq!(err.code(), "hold_expired", "{err}");
    assert!(first.pending_purchases().await.unwrap().is_empty());
    assert_eq!(first.list_tickets(false, 0, 10).await.unwrap().total, 0);

    // A declined card: nothing stored, the payment settled as failed.
    let held = first
        .hold_seats(&o1, vec![adult("ABAYEV", 53)], vec![], None)
        .await
        .unwrap();
    let mut declined = card();
    declined.number = "4000 0000 0000 0002".into();
    let err = first.pay(&held, declined, None).await.unwrap_err();
    assert_eq!(err.code(), "payment_declined", "{err}");
    assert!(first.pending_purchases().await.unwrap().is_empty());
    assert_eq!(first.list_tickets(false, 0, 10).await.unwrap().total, 0);
}
