//! `sapar import` and `sapar wallet ics` as a user runs them.

use assert_cmd::Command;
use chrono::{Datelike, Duration, Utc};
use predicates::prelude::*;
use std::path::Path;

fn sapar(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sapar").expect("the sapar binary is built");
    cmd.env("SAPAR_DATA_DIR", data).env_remove("SAPAR_LANG");
    cmd
}

/// An Air Astana boarding pass, Almaty → Astana, flying in ten days.
fn boarding_pass(seat: &str) -> String {
    let day = (Utc::now() + Duration::days(10)).ordinal();
    format!("M1ZHUMABAYEV/ASKAR MR EABC123 ALANQZKC 0852 {day:03}Y{seat}0025 100")
}

#[test]
fn a_boarding_pass_imports_once_then_updates_and_goes_to_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, boarding_pass("012A")).unwrap();
    sapar(dir.path())
        .arg("import")
        .arg(&pass)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported ABC123"));
    sapar(dir.path())
        .arg("import")
        .arg(&pass)
        .assert()
        .success()
        .stdout(predicate::str::contains("already in the wallet"));
    // A later pass for the same flight with another seat updates the ticket.
    std::fs::write(&pass, boarding_pass("014C")).unwrap();
    sapar(dir.path())
        .arg("import")
        .arg(&pass)
        .assert()
        .success()
        .stdout(predicate::str::contains("updated ABC123"));
    let list = sapar(dir.path())
        .args(["wallet", "list", "--json"])
        .assert()
        .success();
    let page: serde_json::Value = serde_json::from_slice(&list.get_output().stdout).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["seat"], "14C");
    let ics = dir.path().join("trips.ics");
    sapar(dir.path())
        .args(["wallet", "ics"])
        .arg(&ics)
        .assert()
        .success();
    let text = std::fs::read_to_string(&ics).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1, "{text}");
    assert!(text.contains("KC"), "{text}");
}

#[test]
fn files_without_tickets_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let note = dir.path().join("note.txt");
    std::fs::write(&note, "hello").unwrap();
    sapar(dir.path())
        .arg("import")
        .arg(&note)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("skipped"));
    sapar(dir.path())
        .args(["import", "/no/such/file.png"])
        .assert()
        .code(1);
    sapar(dir.path()).arg("import").assert().code(2);
}
