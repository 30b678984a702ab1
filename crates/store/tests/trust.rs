//! The trust store keeps carriers' keys and revoked tickets across restarts.

use chrono::{TimeZone, Utc};
use sapar_store::Wallet;
use sapar_ticket::{CarrierKey, PublicKey, Revocation, RevocationReason};

fn key(carrier: &str, id: u16, seed: u8) -> CarrierKey {
    let signing = sapar_ticket::SigningKey::from_bytes(&[seed; 32]);
    CarrierKey {
        carrier: carrier.into(),
        key_id: id,
        public_key: PublicKey::from(&signing),
        valid_from: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        valid_until: None,
        revoked_at: None,
    }
}

#[tokio::test]
async fn keys_and_revocations_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wallet.sqlite");
    let wallet = Wallet::open(&path).await.unwrap();
    assert!(wallet.key_ring().await.unwrap().is_empty());
    let mut rotated = key("KTZ", 1, 7);
    wallet
        .save_keys([&rotated, &key("KC", 3, 9)])
        .await
        .unwrap();
    // The carrier retires key 1: the newer word replaces the old one.
    rotated.valid_until = Some(Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap());
    wallet
        .save_keys([&rotated, &key("KTZ", 2, 8)])
        .await
        .unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 20, 8, 30, 0).unwrap();
    wallet
        .save_revocations(&[
            (
                "KTZ".into(),
                "70012345678901".into(),
                Revocation {
                    reason: RevocationReason::Refunded,
                    at,
                },
            ),
            (
                "KC".into(),
                "4652412345678".into(),
                Revocation {
                    reason: RevocationReason::Cancelled,
                    at,
                },
            ),
        ])
        .await
        .unwrap();
    wallet.close().await.unwrap();

    let wallet = Wallet::open(&path).await.unwrap();
    let ring = wallet.key_ring().await.unwrap();
    assert_eq!(ring.len(), 3);
    assert_eq!(ring.get("KTZ", 1), Some(&rotated));
    assert_eq!(ring.get("KC", 3), Some(&key("KC", 3, 9)));
    let revoked = wallet.revocations().await.unwrap();
    assert_eq!(revoked.len(), 2);
    assert_eq!(
        revoked.get("KTZ", "70012345678901").map(|r| r.reason),
        Some(RevocationReason::Refunded)
    );
    assert_eq!(revoked.get("KTZ", "4652412345678"), None);
}
