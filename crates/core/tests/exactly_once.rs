//! A payment ends in exactly the booking the carrier has: never two, never a paid
//! booking missing, whether the answer is lost after the carrier committed, Sapar is
//! closed between sending and storing, the payment never reached the carrier, or the
//! same payment is sent again.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use sapar_core::{ResumeOutcome, Sapar};
use serde_json::json;

const CONFIRM: &str = "/v1/holds/{hold_id}/confirm";

/// The carrier commits every payment and every answer is lost; asking after the hold
/// fails too (a connection that is down).
fn answers_lost() -> serde_json::Value {
    json!([
        { "route": CONFIRM, "commit_then_drop_rate": 1.0 },
        { "route": "/v1/holds/{hold_id}", "method": "GET", "drop_rate": 1.0 },
    ])
}

async fn wallet_references(sapar: &Sapar) -> Vec<String> {
    let page = sapar.list_tickets(false, 0, 100).await.unwrap();
    let mut refs: Vec<String> = page.items.into_iter().map(|t| t.reference).collect();
    refs.dedup();
    refs
}

#[tokio::test]
async fn an_answer_lost_after_commit_is_replayed_on_retry() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 61)], vec![], None)
        .await
        .unwrap();
    // The first answer to the payment is lost after the carrier committed it.
    faults(
        &c,
        json!([{ "route": CONFIRM, "commit_then_drop_rate": 1.0, "remaining": 1 }]),
    )
    .await;
    let bought = sapar.pay(&held, card(), None).await.unwrap();
    assert_eq!(
        wallet_references(&sapar).await,
        vec![bought.booking.reference.clone()]
    );
    // The carrier's hold names the same booking: one sale, one booking.
    let hold = c
        .handle
        .client("KTZ", "demo")
        .unwrap()
        .get_hold(&held.hold.id)
        .await
        .unwrap();
    assert_eq!(hold.booking_reference, Some(bought.booking.reference));
}

#[tokio::test]
async fn closed_between_sending_and_storing_then_resumed() {
    let c = carriers().await;
    let data = tempfile::tempdir().unwrap();
    let sapar = open(data.path(), &c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 62)], vec![], None)
        .await
        .unwrap();
    // Every answer to the payment is lost: the carrier sells, Sapar never hears.
    faults(&c, answers_lost()).await;
    let err = sapar.pay(&held, card(), None).await.unwrap_err();
    assert_eq!(err.code(), "purchase_pending", "{err}");
    assert!(wallet_references(&sapar).await.is_empty());
    assert_eq!(sapar.pending_purchases().await.unwrap().len(), 1);
    // Sapar is closed (the process dies) and opened again on the same data folder.
    drop(sapar);
    faults(&c, json!([])).await;
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    let reports = sapar.resume_pending().await.unwrap();
    assert_eq!(reports.len(), 1);
    let ResumeOutcome::Completed { reference } = &reports[0].outcome else {
        panic!("{reports:?}");
    };
    assert_eq!(wallet_references(&sapar).await, vec![reference.clone()]);
    let hold = c
        .handle
        .client("KTZ", "demo")
        .unwrap()
        .get_hold(&held.hold.id)
        .await
        .unwrap();
    assert_eq!(hold.booking_reference.as_ref(), Some(reference));
    // Nothing is left to resume; doing it again changes nothing.
    assert!(sapar.resume_pending().await.unwrap().is_empty());
    let report = sapar.sync_now().await.unwrap();
    assert!(report.purchases.is_empty());
    assert_eq!(wallet_references(&sapar).await, vec![reference.clone()]);
}

#[tokio::test]
async fn a_payment_that_never_arrived_is_sent_once_on_resume() {
    let c = carriers().await;
    let data = tempfile::tempdir().unwrap();
    let sapar = open(data.path(), &c, &["KC"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 4), "KC852", "economy").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 63)], vec![], None)
        .await
        .unwrap();
    // The connection drops before the carrier handles anything, every time.
    faults(&c, json!([{ "route": CONFIRM, "drop_rate": 1.0 }])).await;
    let err = sapar.pay(&held, card(), None).await.unwrap_err();
    assert_eq!(err.code(), "purchase_pending", "{err}");
    let hold = c
        .handle
        .client("KC", "demo")
        .unwrap()
        .get_hold(&held.hold.id)
        .await
        .unwrap();
    assert_eq!(hold.booking_reference, None, "nothing was sold yet");
    drop(sapar);
    faults(&c, json!([])).await;
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    let reports = sapar.resume_pending().await.unwrap();
    let ResumeOutcome::Completed { reference } = &reports[0].outcome else {
        panic!("{reports:?}");
    };
    assert_eq!(wallet_references(&sapar).await, vec![reference.clone()]);
}

#[tokio::test]
async fn the_same_payment_sent_again_gives_the_same_booking() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 5), "10", "coupe").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 64)], vec![], None)
        .await
        .unwrap();
    faults(&c, answers_lost()).await;
    assert_eq!(
        sapar.pay(&held, card(), None).await.unwrap_err().code(),
        "purchase_pending"
    );
    // Resumed while the carrier still cannot answer: still pending, nothing stored.
    let reports = sapar.resume_pending().await.unwrap();
    assert!(
        matches!(reports[0].outcome, ResumeOutcome::StillPending { .. }),
        "{reports:?}"
    );
    assert!(wallet_references(&sapar).await.is_empty());
    faults(&c, json!([])).await;
    // Two resumes at once: the carrier replays one answer; the wallet holds one booking.
    let (a, b) = tokio::join!(sapar.resume_pending(), sapar.resume_pending());
    let done: Vec<_> = a
        .unwrap()
        .into_iter()
        .chain(b.unwrap())
        .filter_map(|r| match r.outcome {
            ResumeOutcome::Completed { reference } => Some(reference),
            _ => None,
        })
        .collect();
    assert!(!done.is_empty());
    assert!(done.windows(2).all(|w| w[0] == w[1]), "{done:?}");
    assert_eq!(wallet_references(&sapar).await, vec![done[0].clone()]);
    let page = sapar.list_tickets(false, 0, 100).await.unwrap();
    assert_eq!(page.total, 1, "one ticket, not two");
}

#[tokio::test]
async fn a_hold_that_lapsed_before_the_payment_arrived_buys_nothing() {
    let c = carriers_with(|cfg| cfg.hold_ttl = std::time::Duration::from_secs(2)).await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 65)], vec![], None)
        .await
        .unwrap();
    faults(&c, json!([{ "route": CONFIRM, "drop_rate": 1.0 }])).await;
    assert_eq!(
        sapar.pay(&held, card(), None).await.unwrap_err().code(),
        "purchase_pending"
    );
    faults(&c, json!([])).await;
    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    let reports = sapar.resume_pending().await.unwrap();
    assert!(
        matches!(&reports[0].outcome, ResumeOutcome::Failed { code, .. } if code == "hold_expired"),
        "{reports:?}"
    );
    assert!(sapar.pending_purchases().await.unwrap().is_empty());
    assert!(wallet_references(&sapar).await.is_empty());
}

#[tokio::test]
async fn when_every_answer_is_lost_the_hold_tells_what_was_bought() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let offer = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let held = sapar
        .hold_seats(&offer, vec![adult("ORAZ", 66)], vec![], None)
        .await
        .unwrap();
    // Every copy of the payment is committed and its answer lost; the hold still answers.
    faults(
        &c,
        json!([{ "route": CONFIRM, "commit_then_drop_rate": 1.0 }]),
    )
    .await;
    let bought = sapar.pay(&held, card(), None).await.unwrap();
    assert_eq!(
        wallet_references(&sapar).await,
        vec![bought.booking.reference.clone()]
    );
    assert!(sapar.pending_purchases().await.unwrap().is_empty());
}
