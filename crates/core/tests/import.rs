//! Importing tickets from files as a traveller has them: boarding passes keep the very
//! code to show at the gate, and Sapar's own ticket codes come with the verdict on them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly on purpose.

use chrono::{Datelike, Duration, Utc};
use image::{GrayImage, ImageFormat, Luma};
use rxing::{MultiFormatWriter, Writer};
use sapar_core::{FileOutcome, FileReport, Sapar};
use sapar_domain::{Barcode, BarcodeFormat, TicketStatus};
use sapar_ticket::fixtures::{ktz_key, talgo_claims};
use sapar_ticket::{Revocation, RevocationReason, SigningKey, TicketClaims};
use sha1::{Digest, Sha1};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// An Air Astana boarding pass, Almaty → Astana, flying in ten days.
fn boarding_pass(seat: &str) -> String {
    let day = (Utc::now() + Duration::days(10)).ordinal();
    format!("M1ZHUMABAYEV/ASKAR MR EABC123 ALANQZKC 0852 {day:03}Y{seat}0025 100")
}

/// PNG bytes of a code drawn black on white, four pixels a module.
fn picture(text: &str, format: rxing::BarcodeFormat) -> Vec<u8> {
    let matrix = MultiFormatWriter.encode(text, &format, 0, 0).unwrap();
    let (module, quiet) = (4, 32);
    let (w, h) = (matrix.width(), matrix.height());
    let mut img =
        GrayImage::from_pixel(w * module + 2 * quiet, h * module + 2 * quiet, Luma([255]));
    for y in 0..h * module {
        for x in 0..w * module {
            if matrix.get(x / module, y / module) {
                img.put_pixel(quiet + x, quiet + y, Luma([0]));
            }
        }
    }
    let mut bytes = Cursor::new(Vec::new());
    img.write_to(&mut bytes, ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// A Wallet boarding pass whose barcode (`format`, a `PKBarcodeFormat…` name) holds
/// `message`, with a manifest of its files.
fn wallet_pass(format: &str, message: &str) -> Vec<u8> {
    let pass = serde_json::json!({
        "formatVersion": 1,
        "passTypeIdentifier": "pass.kz.airastana.boarding",
        "serialNumber": "KC852-012A",
        "teamIdentifier": "TEAM123",
        "organizationName": "Air Astana",
        "description": "Boarding pass",
        "boardingPass": {
            "transitType": "PKTransitTypeAir",
            "primaryFields": [
                {"key": "origin", "label": "Almaty", "value": "ALA"},
                {"key": "destination", "label": "Astana", "value": "NQZ"}
            ]
        },
        "barcodes": [{"format": format, "message": message, "messageEncoding": "iso-8859-1"}]
    });
    let pass = serde_json::to_vec(&pass).unwrap();
    let hex: String = Sha1::digest(&pass)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let manifest = serde_json::to_vec(&serde_json::json!({ "pass.json": hex })).unwrap();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in [
        ("pass.json", pass),
        ("manifest.json", manifest),
        ("signature", b"not a real PKCS#7 signature".to_vec()),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(&bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A Talgo ticket, departing in five days.
fn claims(ticket_number: &str, reference: &str) -> TicketClaims {
    talgo_claims(ticket_number, reference, Utc::now() + Duration::days(5))
}

fn code(claims: &TicketClaims, key: &SigningKey) -> String {
    sapar_ticket::sign(claims, key, 1).unwrap()
}

async fn sapar() -> (Sapar, TempDir) {
    let data = tempfile::tempdir().unwrap();
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    (sapar, data)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

async fn import(sapar: &Sapar, path: PathBuf) -> FileReport {
    let mut reports = sapar.import_tickets(&[path], &|_, _| {}).await.unwrap();
    assert_eq!(reports.len(), 1);
    reports.remove(0)
}

fn references(report: &FileReport) -> (&'static str, Vec<String>) {
    match &report.outcome {
        FileOutcome::Imported { references } => ("imported", references.clone()),
        FileOutcome::Updated { references } => ("updated", references.clone()),
        FileOutcome::Unchanged { references } => ("unchanged", references.clone()),
        FileOutcome::Skipped { code, reason } => panic!("skipped ({code}): {reason}"),
    }
}

fn barcode(text: &str, format: BarcodeFormat) -> Barcode {
    Barcode {
        text: text.into(),
        format,
    }
}

#[tokio::test]
async fn a_boarding_pass_picture_keeps_its_exact_code_and_symbology() {
    let (sapar, data) = sapar().await;
    let pass = boarding_pass("012A");
    let file = write(
        data.path(),
        "pass.png",
        &picture(&pass, rxing::BarcodeFormat::AZTEC),
    );
    let report = import(&sapar, file).await;
    assert_eq!(
        references(&report),
        ("imported", vec!["ABC123".to_string()])
    );
    assert_eq!((report.verdict.as_deref(), report.tokens.len()), (None, 0));
    let held = sapar.ticket_barcodes("ABC123").await.unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].barcode, barcode(&pass, BarcodeFormat::Aztec));
    let booking = sapar.booking("ABC123").await.unwrap();
    assert_eq!(held[0].ticket_number, booking.tickets[0].number);
    // The ticket's own QR stays what it was: an imported pass has no Sapar code.
    assert_eq!(booking.tickets[0].token, None);
}

#[tokio::test]
async fn a_wallet_pass_keeps_the_barcode_of_its_pass() {
    let (sapar, data) = sapar().await;
    let pass = boarding_pass("012A");
    let file = write(
        data.path(),
        "KC852.pkpass",
        &wallet_pass("PKBarcodeFormatPDF417", &pass),
    );
    let report = import(&sapar, file).await;
    assert_eq!(references(&report).0, "imported");
    let held = sapar.ticket_barcodes("ABC123").await.unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].barcode, barcode(&pass, BarcodeFormat::Pdf417));
}

#[tokio::test]
async fn a_later_pass_for_the_same_flight_replaces_the_barcode() {
    let (sapar, data) = sapar().await;
    let first = boarding_pass("012A");
    let text = write(data.path(), "pass.txt", first.as_bytes());
    assert_eq!(references(&import(&sapar, text).await).0, "imported");
    // A pass given as text is kept as the PDF417 code of a printed pass.
    let held = sapar.ticket_barcodes("ABC123").await.unwrap();
    assert_eq!(held[0].barcode, barcode(&first, BarcodeFormat::Pdf417));

    let later = boarding_pass("014C");
    let png = write(
        data.path(),
        "later.png",
        &picture(&later, rxing::BarcodeFormat::AZTEC),
    );
    assert_eq!(references(&import(&sapar, png.clone()).await).0, "updated");
    let held = sapar.ticket_barcodes("ABC123").await.unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].barcode, barcode(&later, BarcodeFormat::Aztec));
    let booking = sapar.booking("ABC123").await.unwrap();
    assert_eq!(
        booking.tickets[0].seat.as_ref().map(|s| s.seat.as_str()),
        Some("14C")
    );
    assert_eq!(references(&import(&sapar, png).await).0, "unchanged");
}

#[tokio::test]
async fn a_genuine_sapar_ticket_code_is_imported_as_valid() {
    let (sapar, data) = sapar().await;
    let (signing, key) = ktz_key();
    sapar.trust_keys(&[key]).await.unwrap();
    let text = code(&claims("70012345678901", "KTZ7Q2"), &signing);
    let report = import(&sapar, write(data.path(), "ticket.txt", text.as_bytes())).await;
    assert_eq!(
        references(&report),
        ("imported", vec!["KTZ7Q2".to_string()])
    );
    assert_eq!(report.verdict.as_deref(), Some("valid"));
    assert_eq!(report.tokens.len(), 1);
    let check = &report.tokens[0];
    assert_eq!(
        (
            check.carrier.as_str(),
            check.ticket_number.as_str(),
            check.imported
        ),
        ("KTZ", "70012345678901", true)
    );
    assert!(check.verdict.is_valid());
    // Verified now, so no note says the signature was not checked.
    assert!(
        !report
            .notes
            .iter()
            .any(|n| n == sapar_import::UNVERIFIED_TOKEN_NOTE),
        "{:?}",
        report.notes
    );
    let booking = sapar.booking("KTZ7Q2").await.unwrap();
    assert_eq!(booking.tickets[0].token.as_deref(), Some(text.as_str()));
    // A code given as text has no barcode of its own: its code is the token.
    assert!(sapar.ticket_barcodes("KTZ7Q2").await.unwrap().is_empty());

    // From a picture, the QR it was read from is kept.
    let other = code(&claims("70012345678902", "KTZ7Q3"), &signing);
    let png = write(
        data.path(),
        "ticket.png",
        &picture(&other, rxing::BarcodeFormat::QR_CODE),
    );
    let report = import(&sapar, png).await;
    assert_eq!(report.verdict.as_deref(), Some("valid"));
    let held = sapar.ticket_barcodes("KTZ7Q3").await.unwrap();
    assert_eq!(held[0].barcode, barcode(&other, BarcodeFormat::Qr));
}

#[tokio::test]
async fn a_forged_sapar_ticket_code_is_not_imported() {
    let (sapar, data) = sapar().await;
    let (_, key) = ktz_key();
    sapar.trust_keys(&[key]).await.unwrap();
    // Signed with another key under KTZ's key id.
    let forger = SigningKey::from_bytes(&[7; 32]);
    let text = code(&claims("70012345678901", "KTZ7Q2"), &forger);
    let report = import(&sapar, write(data.path(), "ticket.txt", text.as_bytes())).await;
    match &report.outcome {
        FileOutcome::Skipped { code, reason } => {
            assert_eq!(code, "forged");
            assert!(reason.contains("70012345678901"), "{reason}");
        }
        other => panic!("imported: {other:?}"),
    }
    assert_eq!(report.verdict.as_deref(), Some("forged"));
    assert!(!report.tokens[0].imported);
    assert!(sapar.booking("KTZ7Q2").await.is_err());
}

#[tokio::test]
async fn beside_a_forged_code_a_genuine_one_is_imported() {
    let (sapar, data) = sapar().await;
    let (signing, key) = ktz_key();
    sapar.trust_keys(&[key]).await.unwrap();
    let genuine = code(&claims("70012345678901", "KTZ7Q2"), &signing);
    let forged = code(
        &claims("70012345678902", "KTZ7Q3"),
        &SigningKey::from_bytes(&[7; 32]),
    );
    let both = format!("{genuine}\n{forged}\n");
    let report = import(&sapar, write(data.path(), "codes.txt", both.as_bytes())).await;
    assert_eq!(
        references(&report),
        ("imported", vec!["KTZ7Q2".to_string()])
    );
    assert_eq!(report.verdict.as_deref(), Some("forged"));
    let verdicts: Vec<(&str, bool)> = report
        .tokens
        .iter()
        .map(|c| (c.verdict.code(), c.imported))
        .collect();
    assert_eq!(verdicts, [("valid", true), ("forged", false)]);
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("70012345678902") && n.contains("forged")),
        "{:?}",
        report.notes
    );
    assert!(sapar.booking("KTZ7Q3").await.is_err());
}

#[tokio::test]
async fn a_code_that_cannot_be_checked_here_is_imported_saying_so() {
    let (sapar, data) = sapar().await;
    let (signing, _) = ktz_key();
    let text = code(&claims("70012345678901", "KTZ7Q2"), &signing);
    let report = import(&sapar, write(data.path(), "ticket.txt", text.as_bytes())).await;
    assert_eq!(references(&report).0, "imported");
    assert_eq!(report.verdict.as_deref(), Some("unknown_carrier"));
    assert!(report.tokens[0].imported);
}

#[tokio::test]
async fn a_refunded_ticket_is_imported_as_refunded() {
    let (sapar, data) = sapar().await;
    let (signing, key) = ktz_key();
    sapar.trust_keys(&[key]).await.unwrap();
    sapar
        .record_revocations(&[(
            "KTZ".into(),
            "70012345678901".into(),
            Revocation {
                reason: RevocationReason::Refunded,
                at: Utc::now() - Duration::hours(1),
            },
        )])
        .await
        .unwrap();
    let text = code(&claims("70012345678901", "KTZ7Q2"), &signing);
    let report = import(&sapar, write(data.path(), "ticket.txt", text.as_bytes())).await;
    assert_eq!(references(&report).0, "imported");
    assert_eq!(report.verdict.as_deref(), Some("revoked"));
    let booking = sapar.booking("KTZ7Q2").await.unwrap();
    assert_eq!(booking.tickets[0].status, TicketStatus::Refunded);
}
