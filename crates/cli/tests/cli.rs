//! The `sapar` command as a user runs it: real binary, real wallet file in a temp folder.

use assert_cmd::Command;
use chrono::{Duration, Utc};
use predicates::prelude::*;
use sapar_domain::Booking;
use sapar_render::fixtures;
use std::path::Path;

fn sapar(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sapar").expect("the sapar binary is built");
    cmd.env("SAPAR_DATA_DIR", data).env_remove("SAPAR_LANG");
    cmd
}

/// Moves a fixture booking so that it departs `days` from now.
fn departing_in(mut b: Booking, days: i64) -> Booking {
    let first = b.first_departure().expect("fixture has segments");
    let shift = (Utc::now() + Duration::days(days)) - first;
    for s in &mut b.segments {
        s.departure.utc += shift;
        s.arrival.utc += shift;
    }
    b
}

fn seed(data: &Path, bookings: &[Booking]) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let sapar = sapar_core::Sapar::open(Some(data.to_path_buf()))
            .await
            .expect("open wallet");
        for b in bookings {
            sapar.save_booking(b).await.expect("save booking");
        }
    });
}

fn two_trips(data: &Path) -> (Booking, Booking) {
    let train = departing_in(fixtures::talgo_booking(), 10);
    let mut flight = departing_in(fixtures::flight_booking(), -30);
    flight.id = uuid::Uuid::new_v4();
    seed(data, &[train.clone(), flight.clone()]);
    (train, flight)
}

#[test]
fn empty_wallet_says_so() {
    let dir = tempfile::tempdir().unwrap();
    sapar(dir.path())
        .args(["wallet", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Your wallet is empty"));
    sapar(dir.path())
        .args(["wallet", "list", "--lang", "ru"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Кошелёк пуст"));
}

#[test]
fn lists_upcoming_and_past_separately() {
    let dir = tempfile::tempdir().unwrap();
    let (train, flight) = two_trips(dir.path());
    let upcoming = sapar(dir.path())
        .args(["wallet", "list"])
        .assert()
        .success();
    let text = String::from_utf8(upcoming.get_output().stdout.clone()).unwrap();
    assert!(text.contains(&train.reference), "{text}");
    assert!(!text.contains(&flight.reference), "{text}");
    let past = sapar(dir.path())
        .args(["wallet", "list", "--past"])
        .assert()
        .success();
    let text = String::from_utf8(past.get_output().stdout.clone()).unwrap();
    assert!(text.contains(&flight.reference), "{text}");
    assert!(!text.contains(&train.reference), "{text}");
}

#[test]
fn list_json_is_a_page_of_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (train, _) = two_trips(dir.path());
    let out = sapar(dir.path())
        .args(["wallet", "list", "--json"])
        .assert()
        .success();
    let page: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let items = page["items"].as_array().expect("items");
    assert_eq!(items.len(), train.tickets.len());
    assert_eq!(page["total"], train.tickets.len());
    assert!(items
        .iter()
        .all(|r| r["reference"] == train.reference.as_str()));
}

#[test]
fn show_search_remove_restore() {
    let dir = tempfile::tempdir().unwrap();
    let (train, _) = two_trips(dir.path());
    let surname = &train.passengers[0].surname;
    sapar(dir.path())
        .args(["wallet", "show", &train.reference.to_lowercase()])
        .assert()
        .success()
        .stdout(predicate::str::contains(surname.as_str()))
        .stdout(predicate::str::contains(train.tickets[0].number.as_str()));
    sapar(dir.path())
        .args(["wallet", "search", &surname[..4].to_lowercase()])
        .assert()
        .success()
        .stdout(predicate::str::contains(train.reference.as_str()));
    sapar(dir.path())
        .args(["wallet", "remove", &train.reference])
        .assert()
        .success();
    sapar(dir.path())
        .args(["wallet", "show", &train.reference])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(train.reference.as_str()));
    sapar(dir.path())
        .args(["wallet", "bin"])
        .assert()
        .success()
        .stdout(predicate::str::contains(train.reference.as_str()));
    sapar(dir.path())
        .args(["wallet", "restore", &train.reference])
        .assert()
        .success();
    sapar(dir.path())
        .args(["wallet", "show", &train.reference])
        .assert()
        .success();
}

#[test]
fn export_then_import_into_another_wallet() {
    let from = tempfile::tempdir().unwrap();
    let to = tempfile::tempdir().unwrap();
    let (train, flight) = two_trips(from.path());
    let file = from.path().join("backup.json");
    sapar(from.path())
        .args(["wallet", "export"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Saved 2 bookings"));
    sapar(to.path())
        .args(["wallet", "import"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 new"));
    // Importing the same file again adds nothing.
    sapar(to.path())
        .args(["wallet", "import", "--json"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"added\": 0"));
    for b in [&train, &flight] {
        sapar(to.path())
            .args(["wallet", "show", &b.reference])
            .assert()
            .success();
    }
}

#[test]
fn bad_input_gets_a_clear_message_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, b"this is not a wallet").unwrap();
    sapar(dir.path())
        .args(["wallet", "import"])
        .arg(&junk)
        .assert()
        .code(1)
        .stderr(predicate::str::is_empty().not());
    sapar(dir.path())
        .args(["wallet", "show", "NOSUCH"])
        .assert()
        .code(1);
    sapar(dir.path())
        .args(["wallet", "list", "--limit", "0"])
        .assert()
        .code(2);
    sapar(dir.path()).args(["wallet", "fly"]).assert().code(2);
    sapar(dir.path())
        .args(["--lang", "de", "wallet", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("kk, ru or en"));
}

#[test]
fn a_file_that_is_not_a_wallet_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wallet.sqlite");
    std::fs::write(&file, b"not a database at all, but a user's file").unwrap();
    let before = std::fs::read(&file).unwrap();
    sapar(dir.path())
        .args(["wallet", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_empty().not());
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn iin_check_gives_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    sapar(dir.path())
        .args(["iin", "check", "12345"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("12 digits"));
    sapar(dir.path())
        .args(["iin", "check", "12345", "--json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("invalid_iin:length"));
}

#[test]
fn places_search_in_three_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (query, expect) in [("Алматы", "ALA"), ("Nur-Sultan", "NQZ"), ("TSE", "NQZ")] {
        sapar(dir.path())
            .args(["places", "search", query, "--mode", "air"])
            .assert()
            .success()
            .stdout(predicate::str::contains(expect));
    }
    sapar(dir.path())
        .args(["places", "search", "zzzzqqq"])
        .assert()
        .code(1);
}
