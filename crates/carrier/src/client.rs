//! The seller's HTTP client for the carrier protocol.
//!
//! One [`Client`] talks to one carrier (one base URL) with one API key. It
//! uses rustls, bounded connect and read timeouts, and retries with
//! exponential backoff only what is safe to repeat: GET requests and POST
//! requests that carry an `Idempotency-Key` (the carrier replays the first
//! answer to a repeated key).

use crate::after_sales::*;
use crate::booking::*;
use crate::client_error::ClientError;
use crate::event::EventPage;
use crate::idempotency::{IdempotencyKey, IDEMPOTENCY_KEY_HEADER};
use crate::offer::{OfferList, SearchQuery};
use crate::problem::{Problem, ProblemCode};
use crate::profile::{CarrierProfile, PlaceList, RevocationPage};
use crate::seatmap::{SeatMap, SeatMapQuery};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

/// How to reach a carrier.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The carrier's base URL, without `/v1` (e.g. `http://127.0.0.1:8080/carriers/KTZ`).
    pub base_url: String,
    /// This seller's API key.
    pub api_key: String,
    /// Time allowed to open a connection (default 5 s).
    pub connect_timeout: Duration,
    /// Time allowed between bytes of an answer (default 15 s).
    pub read_timeout: Duration,
    /// Time allowed for a whole request, per attempt (default 30 s).
    pub request_timeout: Duration,
    /// Extra attempts after a transient failure, for requests safe to repeat (default 3).
    pub max_retries: u32,
    /// The first retry's delay; each next one doubles, with jitter (default 200 ms).
    pub retry_base_delay: Duration,
    /// The longest delay between attempts (default 3 s).
    pub retry_max_delay: Duration,
}

impl ClientConfig {
    /// Defaults for a carrier at `base_url`.
    pub fn new(base_url: impl Into<String>, api_key: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key: api_key.into(),
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(15),
            request_timeout: Duration::from_secs(30),
            max_retries: 3,
            retry_base_delay: Duration::from_millis(200),
            retry_max_delay: Duration::from_secs(3),
        }
    }
}

/// A client of one carrier.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    config: ClientConfig,
}

impl Client {
    /// A client for the carrier in `config`.
    pub fn new(config: ClientConfig) -> Result<Self, ClientError> {
        // reqwest is built without a bundled crypto provider; ring is ours. If the
        // program already installed one, that one stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let base = config.base_url.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(ClientError::Config(format!(
                "the base URL must start with http:// or https://, got {base:?}"
            )));
        }
        let mut headers = HeaderMap::new();
        let mut auth =
            HeaderValue::from_str(&format!("Bearer {}", config.api_key)).map_err(|_| {
                ClientError::Config("the API key has characters not allowed in a header".into())
            })?;
        auth.set_sensitive(true);
        headers.insert(AUTHORIZATION, auth);
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .user_agent(concat!("sapar-carrier/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .timeout(config.request_timeout)
            .build()
            .map_err(ClientError::from_reqwest)?;
        Ok(Self { http, base, config })
    }

    /// The carrier's base URL.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// `GET /v1/profile`.
    pub async fn profile(&self) -> Result<CarrierProfile, ClientError> {
        self.get("/v1/profile", &()).await
    }

    /// `GET /v1/places`.
    pub async fn places(&self) -> Result<PlaceList, ClientError> {
        self.get("/v1/places", &()).await
    }

    /// `GET /v1/revocations?since=…`.
    pub async fn revocations(
        &self,
        since: Option<&str>,
        limit: Option<u32>,
    ) -> Result<RevocationPage, ClientError> {
        self.get("/v1/revocations", &feed(since, limit)).await
    }

    /// `GET /v1/offers?from=…&to=…&date=…`.
    pub async fn search(&self, query: &SearchQuery) -> Result<OfferList, ClientError> {
        self.get("/v1/offers", query).await
    }

    /// `GET /v1/trips/{trip_id}/seatmap`.
    pub async fn seat_map(
        &self,
        trip_id: &str,
        service_class: Option<&str>,
    ) -> Result<SeatMap, ClientError> {
        let q = SeatMapQuery {
            class: service_class.map(str::to_string),
        };
        self.get(&format!("/v1/trips/{}/seatmap", seg(trip_id)), &q)
            .await
    }

    /// `POST /v1/holds`.
    pub async fn hold(
        &self,
        request: &HoldRequest,
        key: &IdempotencyKey,
    ) -> Result<Hold, ClientError> {
        self.post("/v1/holds", Some(request), key).await
    }

    /// `GET /v1/holds/{id}`.
    pub async fn get_hold(&self, hold_id: &str) -> Result<Hold, ClientError> {
        self.get(&format!("/v1/holds/{}", seg(hold_id)), &()).await
    }

    /// `POST /v1/holds/{id}/release`.
    pub async fn release_hold(
        &self,
        hold_id: &str,
        key: &IdempotencyKey,
    ) -> Result<Hold, ClientError> {
        self.post::<(), _>(&format!("/v1/holds/{}/release", seg(hold_id)), None, key)
            .await
    }

    /// `POST /v1/holds/{id}/confirm`: pays and gets the issued booking.
    pub async fn confirm(
        &self,
        hold_id: &str,
        request: &ConfirmRequest,
        key: &IdempotencyKey,
    ) -> Result<BookingView, ClientError> {
        self.post(
            &format!("/v1/holds/{}/confirm", seg(hold_id)),
            Some(request),
            key,
        )
        .await
    }

    /// `GET /v1/bookings/{reference}`: a booking this client sold.
    pub async fn booking(&self, reference: &str) -> Result<BookingView, ClientError> {
        self.get(&format!("/v1/bookings/{}", seg(reference)), &())
            .await
    }

    /// `GET /v1/bookings?reference=…&surname=…`: any booking, by reference and a
    /// passenger's surname.
    pub async fn lookup_booking(
        &self,
        reference: &str,
        surname: &str,
    ) -> Result<BookingView, ClientError> {
        let q = LookupQuery {
            reference: reference.into(),
            surname: surname.into(),
        };
        self.get("/v1/bookings", &q).await
    }

    /// `POST /v1/bookings/{reference}/refund-offers`.
    pub async fn refund_offer(
        &self,
        reference: &str,
        request: &RefundOfferRequest,
        key: &IdempotencyKey,
    ) -> Result<RefundOffer, ClientError> {
        let path = format!("/v1/bookings/{}/refund-offers", seg(reference));
        self.post(&path, Some(request), key).await
    }

    /// `POST /v1/refund-offers/{id}/accept`.
    pub async fn accept_refund(
        &self,
        offer_id: &str,
        key: &IdempotencyKey,
    ) -> Result<RefundConfirmation, ClientError> {
        let path = format!("/v1/refund-offers/{}/accept", seg(offer_id));
        self.post::<(), _>(&path, None, key).await
    }

    /// `POST /v1/bookings/{reference}/exchange-offers`.
    pub async fn exchange_offer(
        &self,
        reference: &str,
        request: &ExchangeOfferRequest,
        key: &IdempotencyKey,
    ) -> Result<ExchangeOffer, ClientError> {
        let path = format!("/v1/bookings/{}/exchange-offers", seg(reference));
        self.post(&path, Some(request), key).await
    }

    /// `POST /v1/exchange-offers/{id}/accept`.
    pub async fn accept_exchange(
        &self,
        offer_id: &str,
        request: &AcceptExchangeRequest,
        key: &IdempotencyKey,
    ) -> Result<ExchangeConfirmation, ClientError> {
        let path = format!("/v1/exchange-offers/{}/accept", seg(offer_id));
        self.post(&path, Some(request), key).await
    }

    /// `GET /v1/events?since=…`.
    pub async fn events(
        &self,
        since: Option<&str>,
        limit: Option<u32>,
    ) -> Result<EventPage, ClientError> {
        self.get("/v1/events", &feed(since, limit)).await
    }

    async fn get<Q: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &Q,
    ) -> Result<T, ClientError> {
        self.send::<Q, (), T>(Method::GET, path, Some(query), None, None)
            .await
    }

    async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<&B>,
        key: &IdempotencyKey,
    ) -> Result<T, ClientError> {
        self.send::<(), B, T>(Method::POST, path, None, body, Some(key))
            .await
    }

    async fn send<Q: Serialize + ?Sized, B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: Option<&Q>,
        body: Option<&B>,
        key: Option<&IdempotencyKey>,
    ) -> Result<T, ClientError> {
        let url = format!("{}{}", self.base, path);
        let body = match body {
            Some(b) => Some(serde_json::to_vec(b).map_err(|e| ClientError::Config(e.to_string()))?),
            None => None,
        };
        let repeatable = method == Method::GET || key.is_some();
        let mut attempt = 0u32;
        loop {
            let mut req = self.http.request(method.clone(), &url);
            if let Some(q) = query {
                req = req.query(q);
            }
            if let Some(k) = key {
                req = req.header(IDEMPOTENCY_KEY_HEADER, k.as_str());
            }
            if let Some(b) = &body {
                req = req
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(b.clone());
            }
            let outcome = self.attempt::<T>(req).await;
            match outcome {
                Ok(v) => return Ok(v),
                Err((err, retry_after)) => {
                    if !repeatable || !err.is_transient() || attempt >= self.config.max_retries {
                        return Err(err);
                    }
                    tokio::time::sleep(self.backoff(attempt, retry_after)).await;
                    attempt += 1;
                }
            }
        }
    }

    /// One attempt; on failure also the server's `Retry-After`, if any.
    async fn attempt<T: DeserializeOwned>(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<T, (ClientError, Option<Duration>)> {
        let resp = req
            .send()
            .await
            .map_err(|e| (ClientError::from_reqwest(e), None))?;
        let status = resp.status();
        let retry_after = resp
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| (ClientError::from_reqwest(e), None))?;
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|e| {
                (
                    ClientError::Decode {
                        status: status.as_u16(),
                        message: e.to_string(),
                    },
                    None,
                )
            });
        }
        Err((problem_error(status, &bytes), retry_after))
    }

    fn backoff(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let exp = self
            .config
            .retry_base_delay
            .saturating_mul(1u32 << attempt.min(16));
        let capped = exp.min(self.config.retry_max_delay);
        // Jitter: between half and the whole delay.
        let r = uuid::Uuid::new_v4().as_u128() as u64 % 1000;
        let jittered = capped / 2 + capped.mul_f64(r as f64 / 2000.0);
        match retry_after {
            Some(ra) => ra.min(self.config.retry_max_delay).max(jittered),
            None => jittered,
        }
    }
}

fn problem_error(status: StatusCode, bytes: &[u8]) -> ClientError {
    match serde_json::from_slice::<Problem>(bytes) {
        Ok(problem) => ClientError::Problem {
            code: problem.code,
            status: status.as_u16(),
            problem: Box::new(problem),
        },
        Err(_) => {
            // Not a problem document (a proxy's error page…): keep the status.
            let code = match status.as_u16() {
                401 => ProblemCode::Unauthorized,
                404 => ProblemCode::NotFound,
                413 => ProblemCode::PayloadTooLarge,
                429 | 502..=504 => ProblemCode::Unavailable,
                400..=499 => ProblemCode::BadRequest,
                _ => ProblemCode::Internal,
            };
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_string();
            let problem = Problem::new(code, text);
            ClientError::Problem {
                code,
                status: status.as_u16(),
                problem: Box::new(problem),
            }
        }
    }
}

/// Paging of the feeds.
#[derive(Serialize)]
struct Feed<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u32>,
}

fn feed(since: Option<&str>, limit: Option<u32>) -> Feed<'_> {
    Feed { since, limit }
}

/// Percent-encodes a path segment.
fn seg(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(seg("KTZ-10-20261201"), "KTZ-10-20261201");
        assert_eq!(seg("a/b c"), "a%2Fb%20c");
        assert_eq!(seg("Ц"), "%D0%A6");
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        let c = Client::new(ClientConfig::new("http://127.0.0.1:9", "k")).unwrap();
        for attempt in 0..10 {
            let d = c.backoff(attempt, None);
            assert!(d <= Duration::from_secs(3), "{d:?}");
            assert!(d >= Duration::from_millis(100), "{d:?}");
        }
        assert_eq!(
            c.backoff(0, Some(Duration::from_secs(60))),
            Duration::from_secs(3)
        );
    }

    #[test]
    fn a_bad_base_url_is_a_config_error() {
        let e = Client::new(ClientConfig::new("ftp://x", "k")).unwrap_err();
        assert_eq!(e.code(), "config");
    }

    #[test]
    fn a_proxy_error_page_becomes_a_problem() {
        let e = problem_error(StatusCode::BAD_GATEWAY, b"<html>bad gateway</html>");
        assert_eq!(e.problem_code(), Some(ProblemCode::Unavailable));
        assert!(e.is_transient());
        let e = problem_error(
            StatusCode::CONFLICT,
            br#"{"type":"urn:sapar:problem:seat_taken","title":"t","status":409,"code":"seat_taken"}"#,
        );
        assert_eq!(e.code(), "seat_taken");
        assert!(!e.is_transient());
    }
}
