//! Idempotency of state-changing requests: a POST must carry an
//! `Idempotency-Key`; the first answer (status and body) to a key is stored
//! and replayed for the same request, and a different request under a used
//! key is refused with `idempotency_conflict`. Requests with the same key wait
//! for each other, so two copies sent at once still act once.

use super::problem::ApiError;
use crate::app::{AppState, Caller};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use sapar_carrier::{ProblemCode, IDEMPOTENCY_KEY_HEADER};
use sha2::{Digest, Sha256};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::OwnedMutexGuard;

type LockMap = Mutex<HashMap<(i64, String), Arc<tokio::sync::Mutex<()>>>>;

/// One lock per (seller, key) in use.
#[derive(Debug, Default)]
pub struct KeyLocks(Arc<LockMap>);

/// Holds a key's lock; forgets the key when nobody else waits for it.
struct KeyGuard {
    map: Arc<LockMap>,
    id: (i64, String),
    guard: Option<OwnedMutexGuard<()>>,
}

impl Drop for KeyGuard {
    fn drop(&mut self) {
        self.guard.take();
        if let Ok(mut m) = self.map.lock() {
            if m.get(&self.id).is_some_and(|l| Arc::strong_count(l) == 1) {
                m.remove(&self.id);
            }
        }
    }
}

impl KeyLocks {
    async fn lock(&self, client: i64, key: &str) -> KeyGuard {
        let id = (client, key.to_string());
        let lock = {
            let mut m = self.0.lock().unwrap_or_else(|p| p.into_inner());
            m.entry(id.clone()).or_default().clone()
        };
        let guard = lock.lock_owned().await;
        KeyGuard {
            map: self.0.clone(),
            id,
            guard: Some(guard),
        }
    }
}

fn replay(status: i64, content_type: &str, body: Vec<u8>) -> Response {
    let status = u16::try_from(status)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let mut resp = (status, body).into_response();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        resp.headers_mut().insert(CONTENT_TYPE, v);
    }
    resp.headers_mut()
        .insert("Idempotent-Replayed", HeaderValue::from_static("true"));
    resp
}

/// The middleware.
pub async fn idempotency(State(app): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some(caller) = req.extensions().get::<Caller>().cloned() else {
        return ApiError::new(ProblemCode::Unauthorized, "no API key").into_response();
    };
    let key = match req
        .headers()
        .get(IDEMPOTENCY_KEY_HEADER)
        .map(|v| v.to_str())
    {
        Some(Ok(k)) if !k.is_empty() && k.len() <= 255 => k.to_string(),
        Some(_) => {
            return ApiError::bad_request(
                "the Idempotency-Key header must be 1-255 visible ASCII characters",
            )
            .into_response()
        }
        None => {
            return ApiError::bad_request("state-changing requests need an Idempotency-Key header")
                .into_response()
        }
    };
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, app.settings.max_body_bytes).await {
        Ok(b) => b,
        Err(_) => {
            return ApiError::new(
                ProblemCode::PayloadTooLarge,
                format!(
                    "the request body is larger than {} bytes",
                    app.settings.max_body_bytes
                ),
            )
            .into_response()
        }
    };
    let mut h = Sha256::new();
    h.update(parts.method.as_str().as_bytes());
    h.update(b" ");
    h.update(parts.uri.path().as_bytes());
    h.update(b"\n");
    h.update(&bytes);
    let hash: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();

    let _guard = app.key_locks.lock(caller.id, &key).await;
    match stored(&app, caller.id, &key).await {
        Ok(Some((stored_hash, status, content_type, body))) => {
            if stored_hash == hash {
                return replay(status, &content_type, body);
            }
            return ApiError::new(
                ProblemCode::IdempotencyConflict,
                "this Idempotency-Key was used with another request; use a new key for a new operation",
            )
            .into_response();
        }
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    let resp = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let (rparts, rbody) = resp.into_parts();
    let Ok(rbytes) = axum::body::to_bytes(rbody, usize::MAX).await else {
        return ApiError::new(ProblemCode::Internal, "the answer could not be produced")
            .into_response();
    };
    if rparts.status.as_u16() < 500 {
        let content_type = rparts
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json")
            .to_string();
        if let Err(e) = store(
            &app,
            caller.id,
            &key,
            &hash,
            rparts.status.as_u16(),
            &content_type,
            &rbytes,
        )
        .await
        {
            return e.into_response();
        }
    }
    Response::from_parts(rparts, Body::from(rbytes))
}

type StoredAnswer = (String, i64, String, Vec<u8>);

async fn stored(app: &AppState, client: i64, key: &str) -> Result<Option<StoredAnswer>, ApiError> {
    let mut conn = app.db.read().await?;
    let row = sqlx::query("SELECT request_hash, status, content_type, body FROM idempotency WHERE client_id = ? AND key = ?")
        .bind(client)
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))))
}

async fn store(
    app: &AppState,
    client: i64,
    key: &str,
    hash: &str,
    status: u16,
    content_type: &str,
    body: &[u8],
) -> Result<(), ApiError> {
    let mut tx = app.db.write().await?;
    sqlx::query(
        "INSERT OR REPLACE INTO idempotency(client_id, key, request_hash, status, content_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(client)
    .bind(key)
    .bind(hash)
    .bind(i64::from(status))
    .bind(content_type)
    .bind(body)
    .bind(Utc::now().to_rfc3339())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
