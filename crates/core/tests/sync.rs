//! Syncing with carriers: delays, platforms, cancellations, revocations and key
//! rotations reach the wallet and come back as changes; the same events applied twice
//! change nothing; the feed's cursor survives a restart.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use sapar_core::{Change, Sapar};
use sapar_domain::{Lang, TicketStatus};
use sapar_ticket::Verdict;
use serde_json::json;

async fn admin_post(c: &Carriers, path: &str, body: serde_json::Value) -> serde_json::Value {
    admin(c, reqwest::Method::POST, path, body).await
}

#[tokio::test]
async fn delays_platforms_and_cancellations_reach_the_wallet_once() {
    let c = carriers().await;
    let data = tempfile::tempdir().unwrap();
    let sapar = open(data.path(), &c, &["KTZ", "KC"]).await;
    let train = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let bought = sapar
        .book(&train, vec![adult("NURLAN", 71)], vec![], None, card())
        .await
        .unwrap();
    let reference = bought.booking.reference.clone();
    let trip = train.offer.trip.id.clone();

    admin_post(
        &c,
        &format!("/admin/carriers/KTZ/trips/{trip}/delay"),
        json!({ "minutes": 40 }),
    )
    .await;
    admin_post(
        &c,
        &format!("/admin/carriers/KTZ/trips/{trip}/platform"),
        json!({ "platform": "3" }),
    )
    .await;
    // The events as the carrier sends them, applied twice: the second time changes nothing.
    let events = c
        .handle
        .client("KTZ", "demo")
        .unwrap()
        .events(None, None)
        .await
        .unwrap();
    let first = sapar
        .apply_carrier_events("KTZ", &events.events, &events.next_cursor)
        .await
        .unwrap();
    assert!(first.iter().any(|ch| matches!(ch,
        Change::Delay { reference: r, delay_minutes: 40, previous_minutes: 0, .. } if *r == reference)));
    assert!(first.iter().any(|ch| matches!(ch,
        Change::Platform { platform, previous: None, .. } if platform == "3")));
    let again = sapar
        .apply_carrier_events("KTZ", &events.events, &events.next_cursor)
        .await
        .unwrap();
    assert!(again.is_empty(), "{again:?}");
    let b = sapar.booking(&reference).await.unwrap();
    assert_eq!(b.segments[0].delay_minutes, 40);
    assert_eq!(b.segments[0].platform.as_deref(), Some("3"));
    // Saving the same booking again is "unchanged": the wallet's fingerprint followed.
    assert_eq!(
        sapar.save_booking(&b).await.unwrap(),
        sapar_core::SaveOutcome::Unchanged
    );
    // A sync starts from the cursor: nothing new.
    let report = sapar.sync_now().await.unwrap();
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    assert!(
        report.carriers.iter().all(|c| c.error.is_none()),
        "{report:?}"
    );

    // The trip is cancelled: the ticket is cancelled by the carrier and revoked.
    admin_post(
        &c,
        &format!("/admin/carriers/KTZ/trips/{trip}/cancel"),
        json!({}),
    )
    .await;
    let report = sapar.sync_now().await.unwrap();
    let ticket = bought.booking.tickets[0].number.clone();
    assert!(report.changes.iter().any(|ch| matches!(ch,
        Change::TicketStatus { ticket_number, from: TicketStatus::Issued, to: TicketStatus::CancelledByCarrier, .. }
            if *ticket_number == ticket)), "{:?}", report.changes);
    let b = sapar.booking(&reference).await.unwrap();
    assert_eq!(b.tickets[0].status, TicketStatus::CancelledByCarrier);
    let check = sapar
        .verify_code(
            b.tickets[0].token.as_deref().unwrap(),
            None,
            chrono::Utc::now(),
            Lang::En,
        )
        .await
        .unwrap();
    assert!(
        matches!(check.verdict, Verdict::Revoked { .. }),
        "{check:?}"
    );
    let report = sapar.sync_now().await.unwrap();
    assert!(report.changes.is_empty(), "{:?}", report.changes);

    // The cursors survive a restart: reopened, nothing is read again.
    let cursor = sapar.feed_cursor("KTZ", "events").await.unwrap();
    assert!(cursor.is_some());
    drop(sapar);
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    assert_eq!(sapar.feed_cursor("KTZ", "events").await.unwrap(), cursor);
    let report = sapar.sync_now().await.unwrap();
    let ktz = report.carriers.iter().find(|c| c.carrier == "KTZ").unwrap();
    assert_eq!((ktz.events, ktz.changes), (0, 0), "{ktz:?}");
}

#[tokio::test]
async fn revoked_tickets_and_new_keys_are_noticed() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KC"]).await;
    let flight = offer(&sapar, &query("Astana", "Almaty", 3), "KC852", "economy").await;
    let bought = sapar
        .book(&flight, vec![adult("NURLAN", 72)], vec![], None, card())
        .await
        .unwrap();
    let number = bought.booking.tickets[0].number.clone();
    admin_post(
        &c,
        &format!("/admin/carriers/KC/tickets/{number}/revoke"),
        json!({}),
    )
    .await;
    admin_post(&c, "/admin/carriers/KC/keys/rotate", json!({})).await;
    let report = sapar.sync_now().await.unwrap();
    assert!(
        report.changes.iter().any(|ch| matches!(
            ch,
            Change::TicketStatus {
                to: TicketStatus::CancelledByCarrier,
                ..
            }
        )),
        "{:?}",
        report.changes
    );
    assert!(
        report.changes.iter().any(|ch| matches!(ch,
        Change::Keys { carrier, keys: 2 } if carrier == "KC")),
        "{:?}",
        report.changes
    );
    let profile = sapar.carrier_profile("KC").await.unwrap().unwrap();
    assert_eq!(profile.signing_keys.len(), 2);
}

#[tokio::test]
async fn a_carrier_that_is_down_fails_alone() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ", "KC"]).await;
    faults(
        &c,
        json!([{ "carrier": "KC", "route": "*", "error_rate": 1.0 }]),
    )
    .await;
    let report = sapar.sync_now().await.unwrap();
    let kc = report.carriers.iter().find(|c| c.carrier == "KC").unwrap();
    let ktz = report.carriers.iter().find(|c| c.carrier == "KTZ").unwrap();
    assert_eq!(kc.error_code.as_deref(), Some("unavailable"), "{kc:?}");
    assert!(ktz.error.is_none(), "{ktz:?}");
    let listed = sapar.carriers().await.unwrap();
    let kc = listed.iter().find(|c| c.code == "KC").unwrap();
    assert!(kc.last_sync_error.is_some());
    assert!(listed
        .iter()
        .find(|c| c.code == "KTZ")
        .unwrap()
        .last_sync_at
        .is_some());
}

#[tokio::test]
async fn the_background_sync_backs_off_from_a_failing_carrier() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ", "KC"]).await;
    faults(
        &c,
        json!([{ "carrier": "KC", "route": "*", "error_rate": 1.0 }]),
    )
    .await;
    let sapar = std::sync::Arc::new(sapar);
    let (stop_tx, stop) = tokio::sync::watch::channel(false);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let config = sapar_core::BackgroundSync {
        every: std::time::Duration::from_millis(100),
        first_backoff: std::time::Duration::from_secs(60),
        max_backoff: std::time::Duration::from_secs(600),
    };
    let running = sapar.clone();
    let task = tokio::spawn(async move {
        running
            .run_background_sync(config, stop, &mut |report| {
                let _ = tx.send(report);
            })
            .await;
    });
    let mut rounds = Vec::new();
    while rounds.len() < 4 {
        rounds.push(rx.recv().await.unwrap());
    }
    stop_tx.send(true).unwrap();
    task.await.unwrap();
    let synced = |code: &str| {
        rounds
            .iter()
            .filter(|r| r.carriers.iter().any(|c| c.carrier == code))
            .count()
    };
    // KTZ answers and is synced every round; KC failed once and waits its backoff.
    assert_eq!(synced("KTZ"), 4);
    assert_eq!(synced("KC"), 1);
}
