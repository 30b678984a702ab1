//! Saving, finding and changing bookings, and the bin.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{flight, talgo, utc};
use sapar_domain::TicketStatus;
use sapar_store::{ListQuery, SaveOutcome, Wallet, When};

async fn wallet() -> Wallet {
    Wallet::open_in_memory().await.unwrap()
}

async fn count_all(w: &Wallet) -> u32 {
    w.list(&ListQuery {
        when: When::All,
        now: utc(2026, 11, 28, 12, 0),
        offset: 0,
        limit: 1000,
    })
    .await
    .unwrap()
    .total
}

#[tokio::test]
async fn save_adds_then_updates_then_knows_nothing_changed() {
    let w = wallet().await;
    let mut b = talgo("ABC123", utc(2026, 12, 1, 16, 40), 100, true);
    assert_eq!(w.save_booking(&b).await.unwrap(), SaveOutcome::Added);
    assert_eq!(w.save_booking(&b).await.unwrap(), SaveOutcome::Unchanged);
    b.segments[0].delay_minutes = 25;
    b.segments[0].platform = Some("3".into());
    assert_eq!(w.save_booking(&b).await.unwrap(), SaveOutcome::Updated);
    assert_eq!(w.booking("ABC123").await.unwrap(), Some(b));
    assert_eq!(count_all(&w).await, 2);
}

#[tokio::test]
async fn the_same_carrier_and_reference_is_the_same_booking() {
    let w = wallet().await;
    let first = talgo("ABC123", utc(2026, 12, 1, 16, 40), 100, true);
    w.save_booking(&first).await.unwrap();
    // The carrier sends it again; this device made up another id for it.
    let mut again = first.clone();
    again.id = uuid::Uuid::new_v4();
    again.reference = "abc123".into();
    again.tickets[0].status = TicketStatus::Used;
    assert_eq!(w.save_booking(&again).await.unwrap(), SaveOutcome::Updated);
    let stored = w.booking("ABC123").await.unwrap().unwrap();
    assert_eq!(stored.id, first.id, "the wallet keeps its id");
    assert_eq!(stored.tickets[0].status, TicketStatus::Used);
    assert_eq!(count_all(&w).await, 2);
    // Another carrier may use the same reference.
    let other = flight("ABC123", utc(2026, 12, 5, 3, 0), 900);
    assert_eq!(w.save_booking(&other).await.unwrap(), SaveOutcome::Added);
    assert_eq!(count_all(&w).await, 4);
}

#[tokio::test]
async fn an_invalid_booking_is_refused_and_nothing_is_written() {
    let w = wallet().await;
    let mut b = talgo("BAD001", utc(2026, 12, 1, 16, 40), 100, true);
    b.tickets[1].passenger = 7;
    let err = w.save_booking(&b).await.unwrap_err();
    assert_eq!(err.code(), "invalid_booking", "{err}");
    let mut b = talgo("BAD002", utc(2026, 12, 1, 16, 40), 100, true);
    b.tickets[1].number = "1-00".into(); // the same number as "100" once separators go
    let err = w.save_booking(&b).await.unwrap_err();
    assert_eq!(err.code(), "invalid_booking", "{err}");
    let mut b = talgo("---", utc(2026, 12, 1, 16, 40), 100, true);
    b.reference = "--".into();
    assert_eq!(
        w.save_booking(&b).await.unwrap_err().code(),
        "invalid_booking"
    );
    assert_eq!(count_all(&w).await, 0);
}

#[tokio::test]
async fn a_refunded_ticket_cannot_be_issued_again_by_a_save() {
    let w = wallet().await;
    let mut b = talgo("LIFE01", utc(2026, 12, 1, 16, 40), 100, true);
    b.tickets[0].status = TicketStatus::Refunded;
    w.save_booking(&b).await.unwrap();
    let mut back = b.clone();
    back.tickets[0].status = TicketStatus::Issued;
    back.segments[0].platform = Some("5".into());
    let err = w.save_booking(&back).await.unwrap_err();
    assert_eq!(err.code(), "invalid_transition", "{err}");
    assert!(err.to_string().contains("100"), "{err}");
    assert_eq!(
        w.booking("LIFE01").await.unwrap(),
        Some(b),
        "nothing was written"
    );
}

#[tokio::test]
async fn a_save_may_skip_lifecycle_steps_the_carrier_reports_late() {
    let w = wallet().await;
    let mut b = talgo("LIFE02", utc(2026, 12, 1, 16, 40), 100, false);
    b.tickets[0].status = TicketStatus::Held;
    w.save_booking(&b).await.unwrap();
    b.tickets[0].status = TicketStatus::Used; // held → issued → used
    assert_eq!(w.save_booking(&b).await.unwrap(), SaveOutcome::Updated);
}

#[tokio::test]
async fn a_ticket_number_of_another_booking_is_a_conflict() {
    let w = wallet().await;
    w.save_booking(&talgo("ONE001", utc(2026, 12, 1, 16, 40), 100, true))
        .await
        .unwrap();
    let clash = talgo("TWO002", utc(2026, 12, 2, 16, 40), 101, true);
    let err = w.save_booking(&clash).await.unwrap_err();
    assert_eq!(err.code(), "conflict", "{err}");
    assert!(w.booking("TWO002").await.unwrap().is_none());
}

#[tokio::test]
async fn a_booking_is_found_by_reference_ticket_number_or_id() {
    let w = wallet().await;
    let b = flight("KC7QX2", utc(2026, 12, 5, 3, 0), 4_652_412_345_678);
    w.save_booking(&b).await.unwrap();
    for key in [
        "KC7QX2",
        "kc7qx2",
        " Kc7Qx2 ",
        "4652412345678",
        "465-2412345678",
        "4652412345679", // the return flight's ticket
        &b.id.to_string(),
        &b.id.to_string().to_uppercase(),
    ] {
        assert_eq!(w.booking(key).await.unwrap().as_ref(), Some(&b), "{key:?}");
    }
    for key in [
        "",
        "KC7QX",
        "4652412345677",
        "'; DROP TABLE booking; --",
        &uuid::Uuid::new_v4().to_string(),
    ] {
        assert_eq!(w.booking(key).await.unwrap(), None, "{key:?}");
    }
}

#[tokio::test]
async fn ticket_status_follows_the_lifecycle() {
    let w = wallet().await;
    let b = talgo("STAT01", utc(2026, 12, 1, 16, 40), 100, true);
    w.save_booking(&b).await.unwrap();
    w.set_ticket_status("KTZ", "100", TicketStatus::Refunded)
        .await
        .unwrap();
    let stored = w.booking("STAT01").await.unwrap().unwrap();
    assert_eq!(stored.tickets[0].status, TicketStatus::Refunded);
    assert_eq!(stored.tickets[1].status, TicketStatus::Issued);

    let err = w
        .set_ticket_status("KTZ", "100", TicketStatus::Issued)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "invalid_transition", "{err}");
    let err = w
        .set_ticket_status("KC", "100", TicketStatus::Used)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "not_found", "{err}");
    assert_eq!(w.booking("STAT01").await.unwrap(), Some(stored.clone()));
    // The saved copy now counts as the current one.
    assert_eq!(
        w.save_booking(&stored).await.unwrap(),
        SaveOutcome::Unchanged
    );
}

#[tokio::test]
async fn the_bin_hides_restores_and_empties() {
    let w = wallet().await;
    let now = utc(2026, 11, 28, 12, 0);
    let kept = talgo("KEEP01", now + Duration::days(3), 100, true);
    let binned = flight("BIN001", now + Duration::days(5), 500);
    w.save_booking(&kept).await.unwrap();
    w.save_booking(&binned).await.unwrap();
    assert_eq!(count_all(&w).await, 4);

    w.remove("bin001").await.unwrap();
    assert_eq!(count_all(&w).await, 2);
    assert!(w.booking("BIN001").await.unwrap().is_none());
    assert!(w.search("SMITH", 10).await.unwrap().is_empty());
    assert_eq!(w.remove("BIN001").await.unwrap_err().code(), "not_found");
    let bin = w.bin().await.unwrap();
    assert_eq!(bin.len(), 1);
    assert_eq!(bin[0].id, binned.id);
    assert_eq!(bin[0].reference, "BIN001");
    assert_eq!(bin[0].route, vec!["ALA", "NQZ", "ALA"]);
    assert_eq!(bin[0].passengers, vec!["SMITH JOHN"]);
    assert_eq!(bin[0].tickets, 2);
    assert!(bin[0].deleted_at.is_some());

    // Saving a binned booking again updates it but leaves it in the bin.
    let mut later = binned.clone();
    later.segments[0].delay_minutes = 10;
    assert_eq!(w.save_booking(&later).await.unwrap(), SaveOutcome::Updated);
    assert_eq!(w.bin().await.unwrap().len(), 1);

    w.restore("500").await.unwrap();
    assert!(w.bin().await.unwrap().is_empty());
    assert_eq!(w.booking("BIN001").await.unwrap(), Some(later));
    assert_eq!(w.search("SMITH", 10).await.unwrap().len(), 2);
    assert_eq!(w.restore("BIN001").await.unwrap_err().code(), "not_found");

    w.remove(&kept.id.to_string()).await.unwrap();
    w.remove("BIN001").await.unwrap();
    assert_eq!(w.empty_bin().await.unwrap(), 2);
    assert!(w.bin().await.unwrap().is_empty());
    assert_eq!(count_all(&w).await, 0);
    assert!(w.search("ZHUMABAYEV", 10).await.unwrap().is_empty());
    // The numbers are free again.
    assert_eq!(w.save_booking(&kept).await.unwrap(), SaveOutcome::Added);
}
