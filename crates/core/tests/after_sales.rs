//! Refunds and exchanges: priced by the carrier before the person accepts; without the
//! carrier, estimated from its cached rules and queued in the outbox, then sent when it
//! can be reached; windows the rules close are refused with the rule quoted.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use chrono::{Duration, Utc};
use common::*;
use sapar_carrier_sandbox::{Sandbox, SandboxConfig};
use sapar_core::{OutboxState, RefundOutcome, Sapar};
use sapar_domain::{Lang, Money, TicketStatus};
use sapar_ticket::Verdict;

#[tokio::test]
async fn an_online_refund_shows_its_price_first() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let mut q = query("Astana", "Almaty", 5);
    q.passengers.adults = 2;
    let train = offer(&sapar, &q, "10", "coupe").await;
    let bought = sapar
        .book(
            &train,
            vec![adult("ABENOV", 81), adult("ABENOVA", 82)],
            vec![],
            None,
            card(),
        )
        .await
        .unwrap();
    let one = bought.booking.tickets[0].clone();
    let quote = sapar.refund_quote(&one.number).await.unwrap();
    assert!(!quote.estimate && quote.offer_id.is_some());
    assert_eq!(quote.tickets, std::slice::from_ref(&one.number));
    // Five days ahead: everything but KTZ's 393 ₸ refund fee and the sale fee comes back.
    assert_eq!(quote.lines[0].fee, Money::tenge(393));
    assert_eq!(
        quote.total_refund + quote.lines[0].fee + quote.lines[0].withheld,
        one.price.total()
    );
    let RefundOutcome::Refunded { refunded, booking } = sapar.refund(&quote).await.unwrap() else {
        panic!("not refunded");
    };
    assert_eq!(refunded, quote.total_refund);
    assert_eq!(booking.tickets[0].status, TicketStatus::Refunded);
    assert_eq!(
        booking.tickets[1].status,
        TicketStatus::Issued,
        "only one ticket"
    );
    let check = sapar
        .verify_code(one.token.as_deref().unwrap(), None, Utc::now(), Lang::En)
        .await
        .unwrap();
    assert!(
        matches!(check.verdict, Verdict::Revoked { .. }),
        "{check:?}"
    );
    assert!(sapar.outbox().await.unwrap().is_empty());
    // Refunding it again is refused before asking anyone.
    assert_eq!(
        sapar.refund_quote(&one.number).await.unwrap_err().code(),
        "invalid_input"
    );
}

#[tokio::test]
async fn an_offline_refund_is_estimated_queued_and_sent_on_reconnect() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = SandboxConfig::new(dir.path().join("carrier.sqlite"));
    config.days_ahead = 12;
    let handle = Sandbox::start(config.clone()).await.unwrap();
    let addr = handle.addr;
    let c = Carriers { handle, dir };
    let (sapar, _data) = sapar(&c, &["KC"]).await;
    let flight = offer(&sapar, &query("Astana", "Almaty", 6), "KC852", "economy").await;
    let bought = sapar
        .book(&flight, vec![adult("ABENOV", 83)], vec![], None, card())
        .await
        .unwrap();
    let number = bought.booking.tickets[0].number.clone();

    // The carrier goes away.
    let Carriers { handle, dir } = c;
    handle.shutdown().await;
    let quote = sapar.refund_quote(&number).await.unwrap();
    assert!(quote.estimate && quote.offer_id.is_none() && quote.unreachable.is_some());
    // Air Astana economy (cached rules): all of the fare back less a 10 000 ₸ fee.
    assert_eq!(quote.lines[0].fee, Money::tenge(10_000));
    let RefundOutcome::Queued { entry, .. } = sapar.refund(&quote).await.unwrap() else {
        panic!("not queued");
    };
    assert_eq!(entry.state, OutboxState::Queued);
    assert!(entry.estimate);
    assert_eq!(sapar.outbox().await.unwrap().len(), 1);
    // A second refund of the same ticket is refused while one waits.
    assert_eq!(
        sapar.refund(&quote).await.unwrap_err().code(),
        "invalid_input"
    );
    let tried = sapar.flush_outbox().await.unwrap();
    assert_eq!(tried[0].entry.state, OutboxState::Queued);
    assert_eq!(tried[0].entry.attempts, 2);
    assert_eq!(
        sapar.booking(&number).await.unwrap().tickets[0].status,
        TicketStatus::Issued
    );

    // Back on the same address, with the same database.
    config.addr = addr;
    let handle = Sandbox::start(config).await.unwrap();
    let report = sapar.sync_now().await.unwrap();
    assert_eq!(report.outbox.len(), 1);
    let done = &report.outbox[0].entry;
    assert_eq!(done.state, OutboxState::Done, "{:?}", report.outbox);
    assert_eq!(done.result_tiyn, Some(quote.total_refund.as_tiyn()));
    assert_eq!(
        sapar.booking(&number).await.unwrap().tickets[0].status,
        TicketStatus::Refunded
    );
    assert!(sapar.outbox().await.unwrap().is_empty());
    // The carrier's own event about it changes nothing more.
    let again = sapar.sync_now().await.unwrap();
    assert!(again.changes.is_empty(), "{:?}", again.changes);
    handle.shutdown().await;
    drop(dir);
}

#[tokio::test]
async fn a_closed_window_is_refused_with_the_rule() {
    let data = tempfile::tempdir().unwrap();
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    // A KTZ train leaving in 40 minutes: online refunds closed 20 minutes ago.
    let mut b = sapar_render::fixtures::talgo_booking();
    let shift = (Utc::now() + Duration::minutes(40)) - b.segments[0].departure.utc;
    for s in &mut b.segments {
        s.departure.utc += shift;
        s.arrival.utc += shift;
    }
    sapar.save_booking(&b).await.unwrap();
    let err = sapar.refund_quote(&b.tickets[0].number).await.unwrap_err();
    assert_eq!(err.code(), "refund_closed", "{err}");
    let text = err.to_string();
    assert!(text.contains("60 minutes before departure"), "{text}");
    assert!(text.contains("ktz-long-distance"), "{text}");
}

#[tokio::test]
async fn an_exchange_is_priced_then_issued() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ"]).await;
    let train = offer(&sapar, &query("Astana", "Almaty", 4), "10", "coupe").await;
    let bought = sapar
        .book(&train, vec![adult("ABENOV", 84)], vec![], None, card())
        .await
        .unwrap();
    let old = bought.booking.tickets[0].number.clone();
    let later = offer(&sapar, &query("Astana", "Almaty", 7), "10", "coupe").await;
    let preview = sapar.exchange_quote(&old, &later).await.unwrap();
    let priced = preview.offer.clone().unwrap();
    assert_eq!(priced.fee, Money::tenge(786));
    assert_eq!(preview.rules_fee, Some(Money::tenge(786)));
    let booking = sapar.exchange(&preview, Some(card())).await.unwrap();
    let status = |n: &str| {
        booking
            .tickets
            .iter()
            .find(|t| t.number == n)
            .unwrap()
            .status
    };
    assert_eq!(status(&old), TicketStatus::Exchanged);
    let new: Vec<_> = booking
        .tickets
        .iter()
        .filter(|t| t.status == TicketStatus::Issued)
        .collect();
    assert_eq!(new.len(), 1);
    assert_eq!(
        booking.segments[new[0].segment].departure.utc,
        later.offer.trip.departure.utc
    );
    // Another carrier's offer is not an exchange.
    let (kc, _d) = sapar_with_kc(&c).await;
    let flight = offer(&kc, &query("Astana", "Almaty", 7), "KC852", "economy").await;
    kc.save_booking(&booking).await.unwrap();
    assert_eq!(
        kc.exchange_quote(&new[0].number, &flight)
            .await
            .unwrap_err()
            .code(),
        "invalid_input"
    );
}

async fn sapar_with_kc(c: &Carriers) -> (Sapar, tempfile::TempDir) {
    sapar(c, &["KC", "KTZ"]).await
}
