//! `sapar ticket`, `sapar mail` and `sapar verify` as a user runs them.

use assert_cmd::Command;
use chrono::{Duration, Utc};
use predicates::prelude::*;
use sapar_domain::Booking;
use sapar_render::fixtures;
use sapar_ticket::fixtures::{ktz_key, talgo_claims};
use sapar_ticket::{CarrierKey, TicketClaims};
use std::path::Path;

fn sapar(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sapar").expect("the sapar binary is built");
    cmd.env("SAPAR_DATA_DIR", data).env_remove("SAPAR_LANG");
    cmd
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Runtime::new().expect("runtime").block_on(f)
}

fn seed(data: &Path, booking: &Booking, keys: &[CarrierKey]) {
    block_on(async {
        let sapar = sapar_core::Sapar::open(Some(data.to_path_buf()))
            .await
            .expect("open wallet");
        sapar.save_booking(booking).await.expect("save booking");
        sapar.trust_keys(keys).await.expect("trust keys");
    });
}

fn claims(departure_in_days: i64) -> TicketClaims {
    talgo_claims(
        "70012345678901",
        "KTZ7Q2",
        Utc::now() + Duration::days(departure_in_days),
    )
}

#[test]
fn ticket_pdf_holds_the_booking_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let booking = fixtures::talgo_booking();
    seed(dir.path(), &booking, &[]);
    let out = dir.path().join("t.pdf");
    sapar(dir.path())
        .args(["ticket", "pdf", &booking.reference, "--lang", "kk", "--out"])
        .arg(&out)
        .assert()
        .success();
    let text = std::process::Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&booking.reference), "{text}");
    assert!(text.contains(&booking.tickets[0].number), "{text}");
    assert!(
        text.contains("Нұрлы жол") || text.contains("Нұрлы Жол"),
        "{text}"
    );
    sapar(dir.path())
        .args(["ticket", "pdf", "NOSUCH"])
        .assert()
        .code(1);
}

#[test]
fn verify_accepts_a_signed_code_and_catches_a_forgery() {
    let dir = tempfile::tempdir().unwrap();
    let (signing, key) = ktz_key();
    seed(dir.path(), &fixtures::talgo_booking(), &[key]);
    let code = sapar_ticket::sign(&claims(5), &signing, 1).unwrap();
    sapar(dir.path()).args(["verify", &code]).assert().success();
    sapar(dir.path())
        .args(["verify", &code, "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"code\": \"valid\""));
    // Change one character of the signed part.
    let mut forged: Vec<char> = code.chars().collect();
    let i = forged.len() / 2;
    forged[i] = if forged[i] == 'A' { 'B' } else { 'A' };
    let forged: String = forged.into_iter().collect();
    sapar(dir.path())
        .args(["verify", &forged, "--json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("forged").or(predicate::str::contains("malformed")));
    // The wrong trip.
    sapar(dir.path())
        .args(["verify", &code, "--trip", "4"])
        .assert()
        .code(1);
}

#[test]
fn verify_reads_a_picture_of_the_qr() {
    let dir = tempfile::tempdir().unwrap();
    let (signing, key) = ktz_key();
    seed(dir.path(), &fixtures::talgo_booking(), &[key]);
    let code = sapar_ticket::sign(&claims(5), &signing, 1).unwrap();
    let png = sapar_render::render_qr_png(&code, 6).unwrap();
    let picture = dir.path().join("qr.png");
    std::fs::write(&picture, png).unwrap();
    sapar(dir.path())
        .args(["verify", "--lang", "ru"])
        .arg(&picture)
        .assert()
        .success()
        .stdout(predicate::str::contains("70012345678901"));
    let blank = dir.path().join("blank.png");
    image::GrayImage::from_pixel(200, 200, image::Luma([255]))
        .save(&blank)
        .unwrap();
    sapar(dir.path())
        .arg("verify")
        .arg(&blank)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no QR code"));
}

#[test]
fn email_without_a_server_is_refused_and_an_unreachable_one_queues() {
    let dir = tempfile::tempdir().unwrap();
    let booking = fixtures::talgo_booking();
    seed(dir.path(), &booking, &[]);
    sapar(dir.path())
        .args([
            "ticket",
            "email",
            &booking.reference,
            "--to",
            "aigerim@example.kz",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no mail server"));
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    sapar(dir.path())
        .args([
            "mail",
            "setup",
            "--host",
            "127.0.0.1",
            "--security",
            "plain",
        ])
        .args(["--port", &port.to_string(), "--from", "desk@example.kz"])
        .assert()
        .success();
    sapar(dir.path())
        .args([
            "ticket",
            "email",
            &booking.reference,
            "--to",
            "aigerim@example.kz",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("sapar mail retry"));
    sapar(dir.path())
        .args(["mail", "queue"])
        .assert()
        .success()
        .stdout(predicate::str::contains("aigerim@example.kz"));
    // Still unreachable: it stays queued, with the attempt counted.
    sapar(dir.path()).args(["mail", "retry"]).assert().success();
    sapar(dir.path())
        .args(["mail", "queue", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"attempts\": 2"));
}
