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

/// KTZ's key (id 1) trusted in the wallet at `data`, and its signing half.
fn trusted_ktz_key(data: &Path) -> sapar_ticket::SigningKey {
    let (signing, key) = sapar_ticket::fixtures::ktz_key();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let sapar = sapar_core::Sapar::open(Some(data.to_path_buf()))
            .await
            .expect("open wallet");
        sapar.trust_keys(&[key]).await.expect("trust the key");
    });
    signing
}

/// The ticket code of a Talgo ticket departing in five days, signed with `key`.
fn ticket_code(key: &sapar_ticket::SigningKey) -> String {
    let claims = sapar_ticket::fixtures::talgo_claims(
        "70012345678901",
        "KTZ7Q2",
        Utc::now() + Duration::days(5),
    );
    sapar_ticket::sign(&claims, key, 1).expect("the ticket signs")
}

#[test]
fn a_sapar_ticket_code_is_imported_with_its_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let key = trusted_ktz_key(dir.path());
    let file = dir.path().join("ticket.txt");
    std::fs::write(&file, ticket_code(&key)).unwrap();
    sapar(dir.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported KTZ7Q2"))
        .stdout(predicate::str::contains(
            "Sapar ticket code of ticket 70012345678901: Valid ticket",
        ));
    let json = sapar(dir.path())
        .args(["import", "--json"])
        .arg(&file)
        .assert()
        .success();
    let reports: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(reports[0]["outcome"]["status"], "unchanged");
    assert_eq!(reports[0]["verdict"], "valid");
    assert_eq!(reports[0]["tokens"][0]["verdict"]["code"], "valid");
    assert_eq!(reports[0]["tokens"][0]["imported"], true);
}

#[test]
fn a_forged_sapar_ticket_code_is_skipped_as_forged() {
    let dir = tempfile::tempdir().unwrap();
    trusted_ktz_key(dir.path());
    let forger = sapar_ticket::SigningKey::from_bytes(&[7; 32]);
    let file = dir.path().join("ticket.txt");
    std::fs::write(&file, ticket_code(&forger)).unwrap();
    sapar(dir.path())
        .args(["--lang", "kk", "import"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "70012345678901 билетінің Sapar коды",
        ));
    let json = sapar(dir.path())
        .args(["import", "--json"])
        .arg(&file)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&json.get_output().stdout).into_owned();
    let reports: serde_json::Value = serde_json::from_str(
        stdout
            .lines()
            .take_while(|l| !l.starts_with("{\"error\""))
            .collect::<Vec<_>>()
            .join("\n")
            .as_str(),
    )
    .unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(reports[0]["outcome"]["status"], "skipped");
    assert_eq!(reports[0]["outcome"]["code"], "forged");
    assert_eq!(reports[0]["verdict"], "forged");
    assert_eq!(reports[0]["tokens"][0]["imported"], false);
    sapar(dir.path())
        .args(["wallet", "show", "KTZ7Q2"])
        .assert()
        .failure();
}
