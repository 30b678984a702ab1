//! Fault injection for tests of sellers' resilience: per route, added latency,
//! a rate of `503 unavailable` answers, dropped connections (no answer at
//! all), and "commit then drop" (the change is made, the answer is lost).

use super::problem::ApiError;
use super::serve::ConnectionKill;
use crate::app::AppState;
use crate::rng::SeededRng;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sapar_carrier::ProblemCode;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::Duration;

/// A fault rule. The first rule that matches a request applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaultRule {
    /// Only this carrier (default: all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Only this HTTP method, e.g. `POST` (default: all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The protocol route, as in the OpenAPI document (`/v1/holds/{hold_id}/confirm`),
    /// or `*` for every route.
    pub route: String,
    /// Added before the request is handled, milliseconds.
    #[serde(default)]
    pub latency_ms: u64,
    /// Share of requests answered `503 unavailable` without being handled (0-1).
    #[serde(default)]
    pub error_rate: f64,
    /// Share of requests whose connection is closed without being handled (0-1).
    #[serde(default)]
    pub drop_rate: f64,
    /// Share of requests handled (and committed) whose answer is then lost (0-1).
    #[serde(default)]
    pub commit_then_drop_rate: f64,
    /// Apply to this many more matching requests only (default: forever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u32>,
}

/// The fault rules in force.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FaultList {
    /// Rules, first match wins.
    pub rules: Vec<FaultRule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Pass,
    Error,
    Drop,
    CommitThenDrop,
}

/// The rules and the random source that applies them.
#[derive(Debug)]
pub struct Faults {
    rules: Mutex<Vec<FaultRule>>,
    rng: Mutex<SeededRng>,
}

impl Faults {
    /// No faults.
    pub fn new(seed: u64) -> Self {
        Self {
            rules: Mutex::new(Vec::new()),
            rng: Mutex::new(SeededRng::for_label(seed, "faults")),
        }
    }

    /// Replaces the rules.
    pub fn set(&self, list: FaultList) {
        if let Ok(mut r) = self.rules.lock() {
            *r = list.rules;
        }
    }

    /// The rules in force.
    pub fn list(&self) -> FaultList {
        FaultList {
            rules: self.rules.lock().map(|r| r.clone()).unwrap_or_default(),
        }
    }

    fn decide(&self, carrier: &str, method: &str, route: &str) -> Option<(Duration, Action)> {
        let mut rules = self.rules.lock().ok()?;
        let rule = rules.iter_mut().find(|r| {
            r.remaining != Some(0)
                && r.carrier
                    .as_deref()
                    .is_none_or(|c| c.eq_ignore_ascii_case(carrier))
                && r.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && (r.route == "*" || route.ends_with(&r.route))
        })?;
        if let Some(n) = rule.remaining.as_mut() {
            *n -= 1;
        }
        let roll = self.rng.lock().map(|mut g| g.unit()).unwrap_or(1.0);
        let action = if roll < rule.error_rate {
            Action::Error
        } else if roll < rule.error_rate + rule.drop_rate {
            Action::Drop
        } else if roll < rule.error_rate + rule.drop_rate + rule.commit_then_drop_rate {
            Action::CommitThenDrop
        } else {
            Action::Pass
        };
        Some((Duration::from_millis(rule.latency_ms), action))
    }
}

fn carrier_of(path: &str) -> &str {
    path.strip_prefix("/carriers/")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("")
}

/// The middleware that applies the rules.
pub async fn inject(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_default();
    let decision = app
        .faults
        .decide(carrier_of(req.uri().path()), req.method().as_str(), &route);
    let Some((latency, action)) = decision else {
        return next.run(req).await;
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let kill = req.extensions().get::<ConnectionKill>().cloned();
    match (action, kill) {
        (Action::Pass, _) => next.run(req).await,
        (Action::Error, _) | (Action::Drop | Action::CommitThenDrop, None) => {
            ApiError::new(ProblemCode::Unavailable, "injected fault: try again").into_response()
        }
        (Action::Drop, Some(kill)) => {
            kill.fire();
            std::future::pending().await
        }
        (Action::CommitThenDrop, Some(kill)) => {
            let answer = next.run(req).await;
            // Make sure the whole answer was produced (and everything committed) first.
            let _ = axum::body::to_bytes(answer.into_body(), usize::MAX).await;
            kill.fire();
            std::future::pending().await
        }
    }
}
