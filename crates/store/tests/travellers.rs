//! The people a wallet has booked for, offered when a passenger form is filled in.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flight, talgo, utc};
use sapar_domain::{DocumentType, PurchaseChannel};
use sapar_store::Wallet;

#[tokio::test]
async fn each_person_once_most_recent_first_without_imports_or_the_bin() {
    let w = Wallet::open_in_memory().await.unwrap();
    // The Zhumabayevs travel twice; Smith once, later.
    w.save_booking(&talgo("KTZ001", utc(2026, 12, 10, 6, 0), 100, true))
        .await
        .unwrap();
    w.save_booking(&talgo("KTZ002", utc(2026, 12, 20, 6, 0), 200, true))
        .await
        .unwrap();
    let mut smith = flight("KC0001", utc(2026, 12, 12, 3, 0), 300);
    smith.created_at = utc(2026, 11, 20, 10, 0);
    w.save_booking(&smith).await.unwrap();

    let people = w.travellers(10).await.unwrap();
    assert_eq!(people.len(), 3, "each person once: {people:?}");
    assert_eq!(people[0].surname, "SMITH", "the most recently booked first");
    let aidar = people.iter().find(|p| p.given_names == "AIDAR").unwrap();
    assert_eq!(aidar.iin.as_deref(), Some("900517300123"));
    assert_eq!(aidar.document_number, "N0123456");

    // An imported pass and a booking in the bin bring nobody.
    let mut imported = talgo("IMP001", utc(2026, 12, 24, 6, 0), 400, false);
    imported.passengers[0].surname = "IMPORTOV".into();
    imported.purchase.channel = PurchaseChannel::Import;
    imported.created_at = utc(2026, 11, 27, 10, 0);
    w.save_booking(&imported).await.unwrap();
    w.remove("KC0001").await.unwrap();
    let people = w.travellers(10).await.unwrap();
    assert!(people
        .iter()
        .all(|p| p.surname != "IMPORTOV" && p.surname != "SMITH"));
    assert_eq!(people.len(), 2);
    assert!(people
        .iter()
        .all(|p| p.document_type != DocumentType::ForeignPassport));
    assert_eq!(w.travellers(1).await.unwrap().len(), 1, "the limit holds");
}
