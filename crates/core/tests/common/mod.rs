//! Shared helpers of the core tests: sandbox carriers on loopback with their own
//! database, a Sapar on a temporary data folder with those carriers set up, fault
//! rules, admin calls, passengers with valid IINs and test cards.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly on purpose.
#![allow(dead_code)]

use chrono::{Datelike, Duration, NaiveDate, Utc};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig, SandboxHandle};
use sapar_core::{
    CardPayment, FoundOffer, PassengerCount, Sapar, SearchOptions, SortBy, TripQuery,
};
use sapar_domain::iin::{compose, Sex};
use sapar_domain::{Category, DocumentType, Passenger};
use serde_json::{json, Value};
use std::path::Path;
use tempfile::TempDir;

/// A sandbox carrier server and the folder of its database.
pub struct Carriers {
    pub handle: SandboxHandle,
    pub dir: TempDir,
}

pub async fn carriers_with(tune: impl FnOnce(&mut SandboxConfig)) -> Carriers {
    let dir = tempfile::tempdir().unwrap();
    let mut config = SandboxConfig::new(dir.path().join("carrier.sqlite"));
    config.days_ahead = 12;
    tune(&mut config);
    let handle = Sandbox::start(config).await.expect("sandbox starts");
    Carriers { handle, dir }
}

pub async fn carriers() -> Carriers {
    carriers_with(|_| {}).await
}

/// A Sapar on a new data folder with `codes` of `carriers` set up.
pub async fn sapar(carriers: &Carriers, codes: &[&str]) -> (Sapar, TempDir) {
    let data = tempfile::tempdir().unwrap();
    let sapar = open(data.path(), carriers, codes).await;
    (sapar, data)
}

/// Opens Sapar on `data` and sets up `codes` of `carriers`.
pub async fn open(data: &Path, carriers: &Carriers, codes: &[&str]) -> Sapar {
    let sapar = Sapar::open(Some(data.to_path_buf())).await.unwrap();
    let key = carriers.handle.api_key("demo").unwrap().to_string();
    for code in codes {
        let added = sapar
            .add_carrier(code, &carriers.handle.carrier_url(code), &key)
            .await
            .unwrap();
        assert!(added.profile_error.is_none(), "{added:?}");
    }
    sapar
}

/// An admin call to the sandbox.
pub async fn admin(carriers: &Carriers, method: reqwest::Method, path: &str, body: Value) -> Value {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let resp = reqwest::Client::new()
        .request(method, format!("{}{}", carriers.handle.base_url, path))
        .bearer_auth(&carriers.handle.admin_key)
        .header("Content-Type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("admin request");
    assert!(resp.status().is_success(), "{path}: {}", resp.status());
    let bytes = resp.bytes().await.unwrap();
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

/// Replaces the sandbox's fault rules.
pub async fn faults(carriers: &Carriers, rules: Value) {
    admin(
        carriers,
        reqwest::Method::PUT,
        "/admin/faults",
        json!({ "rules": rules }),
    )
    .await;
}

pub fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Almaty)
        .date_naive()
}

pub fn in_days(n: i64) -> NaiveDate {
    today() + Duration::days(n)
}

pub fn adult(surname: &str, serial: u16) -> Passenger {
    let birth = NaiveDate::from_ymd_opt(1988, 4, 12).unwrap();
    Passenger {
        surname: surname.into(),
        given_names: "ARMAN".into(),
        document_type: DocumentType::KzIdCard,
        document_number: format!("0{:08}", 40_000_000 + u32::from(serial)),
        birth_date: Some(birth),
        iin: (0..10u16).find_map(|k| compose(birth, Sex::Male, serial.wrapping_add(k))),
        category: Category::Adult,
    }
}

pub fn card() -> CardPayment {
    CardPayment {
        number: "4242 4242 4242 4242".into(),
        expiry_month: 12,
        expiry_year: today().year() + 3,
        cvc: "123".into(),
        holder: "ARMAN ZHUMABAYEV".into(),
    }
}

pub fn query(from: &str, to: &str, days: i64) -> TripQuery {
    TripQuery {
        from: from.into(),
        to: to.into(),
        date: in_days(days),
        passengers: PassengerCount::default(),
        mode: None,
        class: None,
    }
}

/// Searches and returns the offers, numbered.
pub async fn search(sapar: &Sapar, q: &TripQuery) -> Vec<FoundOffer> {
    sapar
        .search(q, &SearchOptions::default(), SortBy::Departure, &mut |_| {})
        .await
        .unwrap()
        .offers
}

/// The first offer of a trip number and class in a search.
pub async fn offer(sapar: &Sapar, q: &TripQuery, number: &str, class: &str) -> FoundOffer {
    search(sapar, q)
        .await
        .into_iter()
        .find(|o| o.offer.trip.number == number && o.offer.service_class == class)
        .unwrap_or_else(|| panic!("no offer for {number} {class}"))
}
