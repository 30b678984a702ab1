//! The outbox: refunds asked for and not yet done by the carrier. An entry is written
//! before anything is sent, with the idempotency keys of its steps, and settled in the
//! same transaction that stores the carrier's answer.

use crate::rows::utc_text;
use crate::write::validate;
use crate::{StoreError, Wallet};
use chrono::Utc;
use sapar_domain::Booking;
use sapar_ticket::Revocation;
use sea_orm::{QueryResult, Value};
use serde::{Deserialize, Serialize};

/// Where an outbox entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Waiting to reach the carrier.
    Queued,
    /// The carrier offers less than the person accepted: it waits for them to decide.
    NeedsConfirmation,
    /// Done by the carrier; the wallet shows it.
    Done,
    /// Refused by the carrier for good.
    Failed,
}

impl OutboxState {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::NeedsConfirmation => "needs_confirmation",
            OutboxState::Done => "done",
            OutboxState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            Self::Queued,
            Self::NeedsConfirmation,
            Self::Done,
            Self::Failed,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// A refund on its way to a carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OutboxEntry {
    /// Its id.
    pub id: String,
    /// What is asked: `refund`.
    pub kind: String,
    /// The carrier.
    pub carrier: String,
    /// The booking.
    pub booking_reference: String,
    /// The tickets to refund.
    pub tickets: Vec<String>,
    /// The refund the person accepted, tiyn.
    pub accepted_tiyn: i64,
    /// Whether that was an estimate from cached fare rules (else the carrier's offer).
    pub estimate: bool,
    /// The carrier's refund offer, once priced.
    pub offer_id: Option<String>,
    /// What that offer refunds, tiyn.
    pub offer_tiyn: Option<i64>,
    /// Idempotency key of pricing the refund.
    pub offer_key: String,
    /// Idempotency key of accepting it.
    pub accept_key: String,
    /// Where it is.
    pub state: OutboxState,
    /// How many times it was tried.
    pub attempts: u32,
    /// The last failure, `code: message`.
    pub last_error: Option<String>,
    /// What the carrier refunded, tiyn, once done.
    pub result_tiyn: Option<i64>,
    /// When it was asked for, RFC 3339 UTC.
    pub created_at: String,
    /// When it last changed, RFC 3339 UTC.
    pub updated_at: String,
}

const OUTBOX_COLUMNS: &str = "id, kind, carrier, booking_reference, tickets, accepted_tiyn, \
    estimate, offer_id, offer_tiyn, offer_key, accept_key, state, attempts, last_error, \
    result_tiyn, created_at, updated_at";

impl Wallet {
    fn outbox_from(&self, row: &QueryResult) -> Result<OutboxEntry, StoreError> {
        let t = "outbox";
        let corrupt = |detail: String| StoreError::Corrupt {
            path: self.path.clone(),
            detail,
        };
        let tickets: String = self.column(row, 4, t)?;
        let state: String = self.column(row, 11, t)?;
        Ok(OutboxEntry {
            id: self.column(row, 0, t)?,
            kind: self.column(row, 1, t)?,
            carrier: self.column(row, 2, t)?,
            booking_reference: self.column(row, 3, t)?,
            tickets: serde_json::from_str(&tickets)
                .map_err(|e| corrupt(format!("bad outbox tickets {tickets:?}: {e}")))?,
            accepted_tiyn: self.column(row, 5, t)?,
            estimate: self.column::<i64>(row, 6, t)? != 0,
            offer_id: self.column(row, 7, t)?,
            offer_tiyn: self.column(row, 8, t)?,
            offer_key: self.column(row, 9, t)?,
            accept_key: self.column(row, 10, t)?,
            state: OutboxState::parse(&state)
                .ok_or_else(|| corrupt(format!("unknown outbox state {state:?}")))?,
            attempts: u32::try_from(self.column::<i64>(row, 12, t)?).unwrap_or(0),
            last_error: self.column(row, 13, t)?,
            result_tiyn: self.column(row, 14, t)?,
            created_at: self.column(row, 15, t)?,
            updated_at: self.column(row, 16, t)?,
        })
    }

    fn outbox_values(e: &OutboxEntry) -> Vec<Value> {
        vec![
            e.id.clone().into(),
            e.kind.clone().into(),
            e.carrier.clone().into(),
            e.booking_reference.clone().into(),
            serde_json::to_string(&e.tickets)
                .unwrap_or_else(|_| "[]".into())
                .into(),
            e.accepted_tiyn.into(),
            i64::from(e.estimate).into(),
            e.offer_id.clone().into(),
            e.offer_tiyn.into(),
            e.offer_key.clone().into(),
            e.accept_key.clone().into(),
            e.state.as_str().into(),
            i64::from(e.attempts).into(),
            e.last_error.clone().into(),
            e.result_tiyn.into(),
            e.created_at.clone().into(),
            utc_text(Utc::now()).into(),
        ]
    }

    /// Writes an outbox entry (adds it, or replaces the one with its id).
    pub async fn save_outbox_entry(&self, e: &OutboxEntry) -> Result<(), StoreError> {
        let sql = format!(
            "INSERT OR REPLACE INTO outbox ({OUTBOX_COLUMNS}) VALUES \
             (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        );
        self.exec_on(&self.db, &sql, Self::outbox_values(e)).await?;
        Ok(())
    }

    /// Outbox entries, oldest first: only those not settled unless `all`.
    pub async fn outbox(&self, all: bool) -> Result<Vec<OutboxEntry>, StoreError> {
        let filter = if all {
            ""
        } else {
            "WHERE state IN ('queued', 'needs_confirmation')"
        };
        let sql = format!("SELECT {OUTBOX_COLUMNS} FROM outbox {filter} ORDER BY created_at, id");
        let rows = self.rows_on(&self.db, &sql, vec![]).await?;
        rows.iter().map(|r| self.outbox_from(r)).collect()
    }

    /// One outbox entry.
    pub async fn outbox_entry(&self, id: &str) -> Result<Option<OutboxEntry>, StoreError> {
        let sql = format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = ?");
        let rows = self.rows_on(&self.db, &sql, vec![id.into()]).await?;
        rows.first().map(|r| self.outbox_from(r)).transpose()
    }

    /// Settles an outbox entry as done, with the booking as the carrier now has it and
    /// the tickets it revoked, all in one transaction.
    pub async fn complete_outbox_entry(
        &self,
        entry: &OutboxEntry,
        booking: &Booking,
        revoked: &[(String, String, Revocation)],
    ) -> Result<(), StoreError> {
        validate(booking)?;
        let txn = self.begin_write().await?;
        let result = async {
            crate::write::apply(
                &txn,
                &self.path,
                std::slice::from_ref(booking),
                crate::write::Merge::Strict,
                &|_, _| {},
            )
            .await?;
            crate::feeds::insert_revocations(self, &txn, revoked).await?;
            let sql = format!(
                "INSERT OR REPLACE INTO outbox ({OUTBOX_COLUMNS}) VALUES \
                 (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            );
            self.exec_on(&txn, &sql, Self::outbox_values(entry)).await?;
            Ok(())
        }
        .await;
        self.finish(txn, result).await
    }
}
