//! The original barcodes of tickets: kept across reopening, saving again, export and
//! import, and added to wallets written before they existed.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flight, talgo, utc};
use sapar_domain::{Barcode, BarcodeFormat, Booking, TicketBarcode, TicketStatus};
use sapar_migration::{latest_migration, Migrator, MigratorTrait};
use sapar_store::{SaveOutcome, StoreError, Wallet};
use sea_orm::{ConnectionTrait, Database, Statement};

/// A boarding pass code, padding spaces and all.
const PASS: &str = "M1SMITH/JOHN          EKC7QX2 ALANQZKC 0852 335Y012A0025 100  ";

fn barcode(text: &str, format: BarcodeFormat) -> Barcode {
    Barcode {
        text: text.into(),
        format,
    }
}

/// The flight booking with the boarding pass as the barcode of its first ticket.
fn flight_with_pass() -> (Booking, Vec<TicketBarcode>) {
    let booking = flight("KC7QX2", utc(2026, 12, 1, 7, 40), 4_651_000_001);
    let barcodes = vec![TicketBarcode {
        ticket_number: booking.tickets[0].number.clone(),
        barcode: barcode(PASS, BarcodeFormat::Aztec),
    }];
    (booking, barcodes)
}

#[tokio::test]
async fn a_barcode_is_there_after_the_wallet_is_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    let (booking, barcodes) = flight_with_pass();
    let w = Wallet::open(&path).await.unwrap();
    assert_eq!(
        w.save_booking_with_barcodes(&booking, &barcodes)
            .await
            .unwrap(),
        SaveOutcome::Added
    );
    w.close().await.unwrap();

    let w = Wallet::open(&path).await.unwrap();
    assert_eq!(w.ticket_barcodes(booking.id).await.unwrap(), barcodes);
    assert_eq!(
        w.ticket_barcode("KC", &booking.tickets[0].number)
            .await
            .unwrap(),
        Some(barcode(PASS, BarcodeFormat::Aztec))
    );
    // The return flight's ticket has none, and neither has a ticket the wallet lacks.
    assert_eq!(
        w.ticket_barcode("KC", &booking.tickets[1].number)
            .await
            .unwrap(),
        None
    );
    assert_eq!(w.ticket_barcode("KC", "999").await.unwrap(), None);
    // The booking itself reads back as it was saved.
    assert_eq!(w.booking("KC7QX2").await.unwrap(), Some(booking));
}

#[tokio::test]
async fn saving_the_booking_again_keeps_its_barcodes() {
    let w = Wallet::open_in_memory().await.unwrap();
    let (mut booking, barcodes) = flight_with_pass();
    w.save_booking_with_barcodes(&booking, &barcodes)
        .await
        .unwrap();
    // News from elsewhere (a new seat, a ticket used) says nothing of barcodes.
    booking.tickets[0].seat.as_mut().unwrap().seat = "14C".into();
    assert_eq!(
        w.save_booking(&booking).await.unwrap(),
        SaveOutcome::Updated
    );
    w.set_ticket_status("KC", &booking.tickets[0].number, TicketStatus::Used)
        .await
        .unwrap();
    assert_eq!(w.ticket_barcodes(booking.id).await.unwrap(), barcodes);
}

#[tokio::test]
async fn a_new_barcode_replaces_the_old_one_even_when_nothing_else_changed() {
    let w = Wallet::open_in_memory().await.unwrap();
    let (booking, barcodes) = flight_with_pass();
    w.save_booking_with_barcodes(&booking, &barcodes)
        .await
        .unwrap();
    assert_eq!(
        w.save_booking_with_barcodes(&booking, &barcodes)
            .await
            .unwrap(),
        SaveOutcome::Unchanged
    );
    let reissued = vec![TicketBarcode {
        ticket_number: booking.tickets[0].number.clone(),
        barcode: barcode(&PASS.replace("0025", "0026"), BarcodeFormat::Pdf417),
    }];
    assert_eq!(
        w.save_booking_with_barcodes(&booking, &reissued)
            .await
            .unwrap(),
        SaveOutcome::Updated
    );
    assert_eq!(w.ticket_barcodes(booking.id).await.unwrap(), reissued);
    // The other ticket can get one of its own; the first keeps the new one.
    let second = vec![TicketBarcode {
        ticket_number: booking.tickets[1].number.clone(),
        barcode: barcode("KC853 SMITH", BarcodeFormat::Qr),
    }];
    w.save_booking_with_barcodes(&booking, &second)
        .await
        .unwrap();
    let held = w.ticket_barcodes(booking.id).await.unwrap();
    assert_eq!(held, [reissued[0].clone(), second[0].clone()]);
}

#[tokio::test]
async fn a_barcode_for_no_ticket_of_the_booking_is_refused_with_it() {
    let w = Wallet::open_in_memory().await.unwrap();
    let (booking, _) = flight_with_pass();
    for (number, text) in [("999", PASS), (booking.tickets[0].number.as_str(), "")] {
        let bad = [TicketBarcode {
            ticket_number: number.into(),
            barcode: barcode(text, BarcodeFormat::Aztec),
        }];
        let error = w
            .save_booking_with_barcodes(&booking, &bad)
            .await
            .unwrap_err();
        assert!(matches!(error, StoreError::InvalidBooking(_)), "{error}");
    }
    assert_eq!(w.booking("KC7QX2").await.unwrap(), None);
}

#[tokio::test]
async fn export_and_import_keep_the_barcodes() {
    let source = Wallet::open_in_memory().await.unwrap();
    let (booking, barcodes) = flight_with_pass();
    source
        .save_booking_with_barcodes(&booking, &barcodes)
        .await
        .unwrap();
    let other = talgo("TALGO1", utc(2026, 12, 2, 16, 40), 9_000_000, true);
    source.save_booking(&other).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    source.export_to(&file, &|_, _| {}).await.unwrap();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(json["barcodes"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["barcodes"][0]["barcode"]["text"], PASS);
    assert_eq!(json["barcodes"][0]["barcode"]["format"], "aztec");

    let target = Wallet::open_in_memory().await.unwrap();
    let report = target.import_from(&file, &|_, _| {}).await.unwrap();
    assert_eq!(report.added, 2);
    assert_eq!(target.ticket_barcodes(booking.id).await.unwrap(), barcodes);
    assert!(target.ticket_barcodes(other.id).await.unwrap().is_empty());
    assert_eq!(target.booking("KC7QX2").await.unwrap(), Some(booking));
}

#[tokio::test]
async fn an_export_naming_a_barcode_of_no_booking_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (booking, _) = flight_with_pass();
    let file = dir.path().join("backup.json");
    let text = serde_json::json!({
        "format": "sapar-wallet",
        "version": 1,
        "bookings": [booking],
        "barcodes": [{
            "booking_id": uuid::Uuid::new_v4().to_string(),
            "ticket_number": booking.tickets[0].number,
            "barcode": {"text": PASS, "format": "aztec"}
        }]
    });
    std::fs::write(&file, text.to_string()).unwrap();
    let w = Wallet::open_in_memory().await.unwrap();
    let error = w.import_from(&file, &|_, _| {}).await.unwrap_err();
    assert!(matches!(error, StoreError::BadExportFile { .. }), "{error}");
    assert_eq!(w.booking("KC7QX2").await.unwrap(), None);
}

async fn meta(path: &std::path::Path, sql: &str) -> Vec<String> {
    let db = Database::connect(format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap();
    let values = rows
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect();
    db.close().await.unwrap();
    values
}

#[tokio::test]
async fn a_wallet_from_before_barcodes_opens_and_its_tickets_have_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    let (booking, barcodes) = flight_with_pass();
    let w = Wallet::open(&path).await.unwrap();
    w.save_booking(&booking).await.unwrap();
    w.close().await.unwrap();
    // Take the wallet back to the schema of the release before barcodes.
    let db = Database::connect(format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    Migrator::down(&db, Some(1)).await.unwrap();
    db.close().await.unwrap();
    let applied = meta(&path, "SELECT version FROM seaql_migrations").await;
    assert!(!applied.contains(&latest_migration()), "{applied:?}");
    let columns = meta(
        &path,
        "SELECT name FROM pragma_table_info('ticket') WHERE name LIKE 'barcode%'",
    )
    .await;
    assert!(columns.is_empty(), "{columns:?}");

    let w = Wallet::open(&path).await.unwrap();
    assert_eq!(w.booking("KC7QX2").await.unwrap(), Some(booking.clone()));
    assert!(w.ticket_barcodes(booking.id).await.unwrap().is_empty());
    // The upgraded wallet takes barcodes.
    assert_eq!(
        w.save_booking_with_barcodes(&booking, &barcodes)
            .await
            .unwrap(),
        SaveOutcome::Updated
    );
    assert_eq!(w.ticket_barcodes(booking.id).await.unwrap(), barcodes);
    w.close().await.unwrap();
    assert_eq!(
        meta(&path, "SELECT value FROM meta WHERE key = 'schema_version'").await,
        ["6"]
    );
}
