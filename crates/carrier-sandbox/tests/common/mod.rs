//! Shared helpers of the sandbox's HTTP tests: a sandbox on a loopback port
//! with its own database, passengers with valid IINs, test cards, raw requests.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.
#![allow(dead_code)]

use chrono::{Datelike, Duration, NaiveDate, Utc};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use sapar_carrier::{
    CardPayment, Client, ConfirmRequest, HoldRequest, IdempotencyKey, Offer, SearchQuery,
};
use sapar_carrier_sandbox::{Sandbox, SandboxConfig, SandboxHandle};
use sapar_domain::iin::{compose, Sex};
use sapar_domain::{Category, DocumentType, Passenger};
use serde_json::Value;
use tempfile::TempDir;

/// A running sandbox and the folder of its database.
pub struct Env {
    pub sandbox: SandboxHandle,
    pub dir: TempDir,
}

impl Env {
    pub fn client(&self, carrier: &str) -> Client {
        self.sandbox.client(carrier, "demo").expect("client")
    }

    pub fn other_client(&self, carrier: &str) -> Client {
        self.sandbox.client(carrier, "partner").expect("client")
    }

    pub fn demo_key(&self) -> String {
        self.sandbox.api_key("demo").expect("demo key").to_string()
    }

    pub async fn stop(self) -> TempDir {
        self.sandbox.shutdown().await;
        self.dir
    }
}

pub async fn start_with(tune: impl FnOnce(&mut SandboxConfig)) -> Env {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = SandboxConfig::new(dir.path().join("carrier.sqlite"));
    config.days_ahead = 20;
    tune(&mut config);
    let sandbox = Sandbox::start(config).await.expect("sandbox starts");
    Env { sandbox, dir }
}

pub async fn start() -> Env {
    start_with(|_| {}).await
}

pub fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Almaty)
        .date_naive()
}

pub fn in_days(n: i64) -> NaiveDate {
    today() + Duration::days(n)
}

/// An even day of the month at least `n` days ahead (Talgo 119/120 run on even days).
pub fn even_day_from(n: i64) -> NaiveDate {
    let mut d = in_days(n);
    while !d.day().is_multiple_of(2) {
        d += Duration::days(1);
    }
    d
}

pub fn adult(surname: &str, serial: u16) -> Passenger {
    let birth = NaiveDate::from_ymd_opt(1988, 4, 12).expect("date");
    Passenger {
        surname: surname.into(),
        given_names: "ARMAN".into(),
        document_type: DocumentType::KzIdCard,
        document_number: format!("0{:08}", 40_000_000 + u32::from(serial)),
        birth_date: Some(birth),
        // Some serials give no check digit: such IINs are never issued; take the next.
        iin: (0..10u16).find_map(|k| compose(birth, Sex::Male, serial.wrapping_add(k))),
        category: Category::Adult,
    }
}

pub fn child(surname: &str, years: i32) -> Passenger {
    let birth = NaiveDate::from_ymd_opt(today().year() - years, 1, 15).expect("date");
    Passenger {
        surname: surname.into(),
        given_names: "ALIYA".into(),
        document_type: DocumentType::BirthCertificate,
        document_number: "IAB123456".into(),
        birth_date: Some(birth),
        iin: None,
        category: Category::Child,
    }
}

pub fn infant(surname: &str) -> Passenger {
    let birth = today() - Duration::days(300);
    Passenger {
        surname: surname.into(),
        given_names: "DANA".into(),
        document_type: DocumentType::BirthCertificate,
        document_number: "IAB654321".into(),
        birth_date: Some(birth),
        iin: None,
        category: Category::Infant,
    }
}

pub fn card(number: &str) -> CardPayment {
    CardPayment {
        number: number.into(),
        expiry_month: 12,
        expiry_year: today().year() + 3,
        cvc: "123".into(),
        holder: "ARMAN ZHUMABAYEV".into(),
    }
}

pub fn pay(number: &str) -> ConfirmRequest {
    ConfirmRequest {
        payment: card(number),
        confirmation_code: None,
    }
}

pub const GOOD_CARD: &str = "4242 4242 4242 4242";

/// The first offer for a trip number and class.
pub async fn offer_for(client: &Client, query: &SearchQuery, number: &str, class: &str) -> Offer {
    let offers = client.search(query).await.expect("search");
    offers
        .offers
        .into_iter()
        .find(|o| o.trip.number == number && o.service_class == class)
        .unwrap_or_else(|| panic!("no offer for {number} {class} in {query:?}"))
}

pub fn hold_request(offer: &Offer, passengers: Vec<Passenger>) -> HoldRequest {
    HoldRequest {
        offer_id: offer.id.clone(),
        passengers,
        seats: Vec::new(),
        contact_email: Some("arman@example.kz".into()),
    }
}

/// Holds and pays; the booking reference.
pub async fn book(
    client: &Client,
    offer: &Offer,
    passengers: Vec<Passenger>,
) -> sapar_carrier::BookingView {
    let hold = client
        .hold(&hold_request(offer, passengers), &IdempotencyKey::new())
        .await
        .expect("hold");
    client
        .confirm(&hold.id, &pay(GOOD_CARD), &IdempotencyKey::new())
        .await
        .expect("confirm")
}

/// A raw request to the server (path from the root), with a bearer key.
pub async fn raw(
    env: &Env,
    method: reqwest::Method,
    path: &str,
    key: Option<&str>,
    idempotency_key: Option<&str>,
    body: Option<Vec<u8>>,
) -> (StatusCode, HeaderMap, Value) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let mut req = http.request(method, format!("{}{}", env.sandbox.base_url, path));
    if let Some(k) = key {
        req = req.bearer_auth(k);
    }
    if let Some(k) = idempotency_key {
        req = req.header("Idempotency-Key", k);
    }
    if let Some(b) = body {
        req = req.header("Content-Type", "application/json").body(b);
    }
    let resp = req.send().await.expect("request");
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("body");
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, value)
}

/// An admin request.
pub async fn admin(
    env: &Env,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let key = env.sandbox.admin_key.clone();
    let (s, _, v) = raw(
        env,
        method,
        path,
        Some(&key),
        None,
        body.map(|b| b.to_string().into_bytes()),
    )
    .await;
    (s, v)
}

/// Asserts a client error is a problem with this code.
pub fn assert_problem<T: std::fmt::Debug>(r: Result<T, sapar_carrier::ClientError>, code: &str) {
    match r {
        Err(e) => assert_eq!(e.code(), code, "{e}"),
        Ok(v) => panic!("expected {code}, got {v:?}"),
    }
}
