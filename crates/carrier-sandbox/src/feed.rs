//! The events feed and the revocation list: written inside the transaction
//! that makes the change, read in pages with a cursor (the row sequence).

use crate::http::problem::ApiError;
use crate::store::parse_time;
use chrono::{DateTime, Utc};
use sapar_carrier::{Event, EventKind, EventPage, Revocation, RevocationPage, RevocationReason};
use sqlx::{Row, SqliteConnection};

/// Default and largest page sizes.
const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 1000;

/// Appends an event; `client` limits it to one seller (ticket events).
pub async fn record_event(
    conn: &mut SqliteConnection,
    carrier: &str,
    client: Option<i64>,
    kind: &EventKind,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    sqlx::query("INSERT INTO events(carrier, client_id, at, body) VALUES (?, ?, ?, ?)")
        .bind(carrier)
        .bind(client)
        .bind(now.to_rfc3339())
        .bind(serde_json::to_string(kind)?)
        .execute(conn)
        .await?;
    Ok(())
}

/// Puts a ticket on the revocation list.
pub async fn record_revocation(
    conn: &mut SqliteConnection,
    carrier: &str,
    ticket: &str,
    reason: RevocationReason,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO revocations(carrier, ticket_number, revoked_at, reason) VALUES (?, ?, ?, ?)",
    )
    .bind(carrier)
    .bind(ticket)
    .bind(now.to_rfc3339())
    .bind(serde_json::to_value(reason)?.as_str().unwrap_or("revoked"))
    .execute(conn)
    .await?;
    Ok(())
}

fn cursor(since: Option<&str>) -> Result<i64, ApiError> {
    match since.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(0),
        Some(s) => {
            s.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
                ApiError::bad_request(format!("{s:?} is not a cursor from this feed"))
            })
        }
    }
}

fn limit(l: Option<u32>) -> u32 {
    l.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT)
}

/// A page of events visible to a seller.
pub async fn events_page(
    conn: &mut SqliteConnection,
    carrier: &str,
    client: i64,
    since: Option<&str>,
    page: Option<u32>,
) -> Result<EventPage, ApiError> {
    let after = cursor(since)?;
    let n = limit(page);
    let rows = sqlx::query(
        "SELECT seq, at, body FROM events WHERE carrier = ? AND seq > ? \
         AND (client_id IS NULL OR client_id = ?) ORDER BY seq LIMIT ?",
    )
    .bind(carrier)
    .bind(after)
    .bind(client)
    .bind(i64::from(n) + 1)
    .fetch_all(conn)
    .await?;
    let has_more = rows.len() > n as usize;
    let mut events = Vec::new();
    let mut last = after;
    for r in rows.into_iter().take(n as usize) {
        let seq: i64 = r.get(0);
        let body: String = r.get(2);
        events.push(Event {
            cursor: seq.to_string(),
            at: parse_time(&r.get::<String, _>(1))?,
            kind: serde_json::from_str(&body)?,
        });
        last = seq;
    }
    Ok(EventPage {
        events,
        next_cursor: last.to_string(),
        has_more,
    })
}

/// A page of the revocation list.
pub async fn revocations_page(
    conn: &mut SqliteConnection,
    carrier: &str,
    since: Option<&str>,
    page: Option<u32>,
) -> Result<RevocationPage, ApiError> {
    let after = cursor(since)?;
    let n = limit(page);
    let rows = sqlx::query(
        "SELECT seq, ticket_number, revoked_at, reason FROM revocations \
         WHERE carrier = ? AND seq > ? ORDER BY seq LIMIT ?",
    )
    .bind(carrier)
    .bind(after)
    .bind(i64::from(n) + 1)
    .fetch_all(conn)
    .await?;
    let has_more = rows.len() > n as usize;
    let mut revocations = Vec::new();
    let mut last = after;
    for r in rows.into_iter().take(n as usize) {
        last = r.get(0);
        let reason: String = r.get(3);
        revocations.push(Revocation {
            ticket_number: r.get(1),
            revoked_at: parse_time(&r.get::<String, _>(2))?,
            reason: serde_json::from_value(serde_json::Value::String(reason))?,
        });
    }
    Ok(RevocationPage {
        revocations,
        next_cursor: last.to_string(),
        has_more,
    })
}
