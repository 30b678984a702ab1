//! API keys: every seller sends `Authorization: Bearer <key>`; the admin API
//! has its own key.

use super::problem::ApiError;
use crate::app::AppState;
use crate::store::hash_key;
use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sapar_carrier::ProblemCode;

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, key) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| key.trim())
}

/// Lets through requests with a seller's key, marking them with the [`crate::app::Caller`].
pub async fn require_client(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    match bearer(req.headers()).and_then(|k| app.caller_by_key(k)) {
        Some(caller) => {
            req.extensions_mut().insert(caller);
            next.run(req).await
        }
        None => ApiError::new(
            ProblemCode::Unauthorized,
            "send a valid API key as Authorization: Bearer <key>",
        )
        .into_response(),
    }
}

/// Lets through requests with the admin key.
pub async fn require_admin(State(app): State<AppState>, req: Request, next: Next) -> Response {
    match bearer(req.headers()) {
        Some(k) if hash_key(k) == app.settings.admin_key_hash => next.run(req).await,
        _ => ApiError::new(
            ProblemCode::Unauthorized,
            "the admin API needs the admin key",
        )
        .into_response(),
    }
}
