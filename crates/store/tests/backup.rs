//! Export to a file and import back: round trips, merges, and files that must be refused.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{flight, generate, talgo, utc};
use sapar_domain::{Booking, TicketStatus};
use sapar_store::{ImportReport, ListQuery, Wallet, When};
use std::cell::RefCell;
use std::path::Path;

fn now() -> chrono::DateTime<chrono::Utc> {
    utc(2026, 11, 28, 12, 0)
}

/// Every booking in use, by id order, with their tickets.
async fn everything(w: &Wallet) -> Vec<Booking> {
    let page = w
        .list(&ListQuery {
            when: When::All,
            now: now(),
            offset: 0,
            limit: 100_000,
        })
        .await
        .unwrap();
    let mut ids: Vec<String> = page
        .items
        .iter()
        .map(|r| r.booking_id.to_string())
        .collect();
    ids.sort();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        out.push(w.booking(&id).await.unwrap().unwrap());
    }
    out
}

async fn filled(bookings: &[Booking]) -> Wallet {
    let w = Wallet::open_in_memory().await.unwrap();
    for b in bookings {
        w.save_booking(b).await.unwrap();
    }
    w
}

#[tokio::test]
async fn export_then_import_into_an_empty_wallet_gives_the_same_wallet() {
    let mut bookings = generate(60, now(), 7);
    bookings.push(talgo("TALGO1", now() + Duration::days(2), 9_000_000, true));
    bookings.push(flight("KC7QX2", now() + Duration::days(9), 9_100_000));
    let source = filled(&bookings).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    let seen = RefCell::new(Vec::new());
    let report = source
        .export_to(&file, &|done, total| seen.borrow_mut().push((done, total)))
        .await
        .unwrap();
    assert_eq!(report.bookings, 62);
    assert_eq!(
        report.tickets as usize,
        bookings.iter().map(|b| b.tickets.len()).sum::<usize>()
    );
    assert_eq!(report.bytes, std::fs::metadata(&file).unwrap().len());
    assert_eq!(seen.borrow().last(), Some(&(62, 62)));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["backup.json"], "no temporary file left behind");

    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(json["format"], "sapar-wallet");
    assert_eq!(json["version"], 1);
    assert!(json["exported_at"]
        .as_str()
        .is_some_and(|s| s.ends_with('Z')));
    assert_eq!(json["bookings"].as_array().map(Vec::len), Some(62));

    let target = Wallet::open_in_memory().await.unwrap();
    let seen = RefCell::new(Vec::new());
    let report = target
        .import_from(&file, &|done, total| seen.borrow_mut().push((done, total)))
        .await
        .unwrap();
    assert_eq!(seen.borrow().last(), Some(&(62, 62)));
    assert_eq!(
        report,
        ImportReport {
            added: 62,
            updated: 0,
            unchanged: 0
        }
    );
    assert_eq!(everything(&target).await, everything(&source).await);
    let mut expected = bookings.clone();
    expected.sort_by_key(|b| b.id.to_string());
    assert_eq!(everything(&target).await, expected);
}

#[tokio::test]
async fn importing_twice_adds_nothing() {
    let bookings = generate(40, now(), 11);
    let source = filled(&bookings).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    source.export_to(&file, &|_, _| {}).await.unwrap();

    let target = Wallet::open_in_memory().await.unwrap();
    target.import_from(&file, &|_, _| {}).await.unwrap();
    let once = everything(&target).await;
    let report = target.import_from(&file, &|_, _| {}).await.unwrap();
    assert_eq!(
        report,
        ImportReport {
            added: 0,
            updated: 0,
            unchanged: 40
        }
    );
    assert_eq!(everything(&target).await, once);
    // Into the wallet it came from: nothing new either.
    let report = source.import_from(&file, &|_, _| {}).await.unwrap();
    assert_eq!(report.unchanged, 40);
}

#[tokio::test]
async fn import_merges_by_id_and_by_carrier_and_reference() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    let a = talgo("MERGE1", now() + Duration::days(2), 100, true);
    let b = flight("MERGE2", now() + Duration::days(4), 200);
    let c = talgo("MERGE3", now() + Duration::days(6), 300, false);
    filled(&[a.clone(), b.clone(), c.clone()])
        .await
        .export_to(&file, &|_, _| {})
        .await
        .unwrap();

    let target = Wallet::open_in_memory().await.unwrap();
    // The same booking under another id (bought here before the backup was restored).
    let mut a_here = a.clone();
    a_here.id = uuid::Uuid::new_v4();
    target.save_booking(&a_here).await.unwrap();
    // An older copy of b: the backup has a platform announced since.
    let mut b_old = b.clone();
    b_old.segments[0].platform = Some("gate 4".into());
    target.save_booking(&b_old).await.unwrap();
    // c was refunded here after the backup was made: the wallet's copy is newer.
    target.save_booking(&c).await.unwrap();
    target
        .set_ticket_status("KTZ", "300", TicketStatus::Refunded)
        .await
        .unwrap();

    let report = target.import_from(&file, &|_, _| {}).await.unwrap();
    assert_eq!(
        report,
        ImportReport {
            added: 0,
            updated: 1,
            unchanged: 2
        }
    );
    assert_eq!(
        target.booking("MERGE1").await.unwrap().unwrap().id,
        a_here.id
    );
    assert_eq!(target.booking("MERGE2").await.unwrap(), Some(b));
    let c_now = target.booking("MERGE3").await.unwrap().unwrap();
    assert_eq!(c_now.tickets[0].status, TicketStatus::Refunded);
}

async fn refused(w: &Wallet, file: &Path, code: &str) {
    let before = everything(w).await;
    let err = w.import_from(file, &|_, _| {}).await.unwrap_err();
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(everything(w).await, before, "the wallet changed");
}

#[tokio::test]
async fn a_bad_booking_mid_file_leaves_the_wallet_unchanged() {
    let bookings = generate(30, now(), 5);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    filled(&bookings)
        .await
        .export_to(&file, &|_, _| {})
        .await
        .unwrap();
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    // Booking 16 of 30 has a ticket for a passenger it does not have.
    json["bookings"][15]["tickets"][0]["passenger"] = serde_json::json!(9);
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();

    let target = filled(&[talgo("HELD01", now() + Duration::days(3), 5, true)]).await;
    refused(&target, &file, "bad_export_file").await;
    let err = target.import_from(&file, &|_, _| {}).await.unwrap_err();
    assert!(err.to_string().contains("booking 16"), "{err}");

    // A booking that cannot even be read, mid-file.
    json["bookings"][15]["tickets"][0]["passenger"] = serde_json::json!(0);
    json["bookings"][20]["segments"][0]["departure"]["zone"] = serde_json::json!("Mars/Olympus");
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    refused(&target, &file, "bad_export_file").await;

    // A ticket moving backwards mid-file.
    json["bookings"][20]["segments"][0]["departure"]["zone"] = serde_json::json!("Asia/Almaty");
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let sources: Vec<Booking> = serde_json::from_value(json["bookings"].clone()).unwrap();
    let victim = &sources[10];
    target.save_booking(victim).await.unwrap();
    let number = victim
        .tickets
        .iter()
        .find(|t| t.status == TicketStatus::Issued)
        .map(|t| t.number.clone());
    if let Some(number) = number {
        // Used here; the file says issued (behind): kept. Make the file say refunded instead,
        // which the wallet cannot reach from used.
        target
            .set_ticket_status(&victim.carrier, &number, TicketStatus::Used)
            .await
            .unwrap();
        let i = victim
            .tickets
            .iter()
            .position(|t| t.number == number)
            .unwrap_or(0);
        json["bookings"][10]["tickets"][i]["status"] = serde_json::json!("refunded");
        std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
        refused(&target, &file, "invalid_transition").await;
    }
}

#[tokio::test]
async fn files_that_are_not_wallet_exports_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let target = filled(&[talgo("HELD01", now() + Duration::days(3), 5, true)]).await;
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    refused(
        &target,
        &write("a.json", "this is a ticket, honest"),
        "bad_export_file",
    )
    .await;
    refused(
        &target,
        &write(
            "b.json",
            "{\"format\": \"sapar-wallet\", \"version\": 1, \"bookings\": [",
        ),
        "bad_export_file",
    )
    .await;
    refused(&target, &write("c.json", "[1, 2, 3]"), "bad_export_file").await;
    refused(
        &target,
        &write(
            "d.json",
            "{\"format\": \"other-app\", \"version\": 1, \"bookings\": []}",
        ),
        "bad_export_file",
    )
    .await;
    refused(
        &target,
        &write("e.json", "{\"version\": 1, \"bookings\": []}"),
        "bad_export_file",
    )
    .await;
    refused(
        &target,
        &write("f.json", "{\"format\": \"sapar-wallet\", \"bookings\": []}"),
        "bad_export_file",
    )
    .await;
    refused(
        &target,
        &write(
            "g.json",
            "{\"format\": \"sapar-wallet\", \"version\": 1, \"bookings\": [{\"id\": 5}]}",
        ),
        "bad_export_file",
    )
    .await;
    let newer = write(
        "h.json",
        "{\"format\": \"sapar-wallet\", \"version\": 2, \"bookings\": [{\"shape\": \"unknown\"}]}",
    );
    refused(&target, &newer, "newer_export").await;
    let err = target.import_from(&newer, &|_, _| {}).await.unwrap_err();
    assert!(err.to_string().contains("version 2"), "{err}");
    let err = target
        .import_from(&dir.path().join("missing.json"), &|_, _| {})
        .await
        .unwrap_err();
    assert_eq!(err.code(), "io", "{err}");
    // A well-formed empty export is fine and adds nothing.
    let empty = write(
        "i.json",
        "{\"format\": \"sapar-wallet\", \"version\": 1, \"bookings\": []}",
    );
    assert_eq!(
        target.import_from(&empty, &|_, _| {}).await.unwrap(),
        ImportReport::default()
    );
}

#[tokio::test]
async fn an_export_over_an_existing_file_replaces_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    std::fs::write(&file, "old backup").unwrap();
    let w = filled(&[talgo("REPL01", now(), 1, false)]).await;
    w.export_to(&file, &|_, _| {}).await.unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("{\"format\":\"sapar-wallet\""), "{text}");
    assert!(text.contains("REPL01"));
}

#[tokio::test]
async fn bookings_in_the_bin_are_not_exported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.json");
    let w = filled(&[
        talgo("KEEP01", now(), 1, false),
        talgo("GONE01", now(), 2, false),
    ])
    .await;
    w.remove("GONE01").await.unwrap();
    assert_eq!(w.export_to(&file, &|_, _| {}).await.unwrap().bookings, 1);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("KEEP01") && !text.contains("GONE01"));
}
