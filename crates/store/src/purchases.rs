//! Buying through Sapar: payments in flight (`pending_purchase`), and saving what a
//! carrier sold with the carrier's trip ids beside its segments (`segment_trip`), in
//! one transaction with the purchase's settlement so a booking is never stored twice
//! nor lost between the payment and the wallet.

use crate::read::load_bookings;
use crate::rows::{lookup_key, utc_text};
use crate::write::{apply, validate, Merge, SaveOutcome};
use crate::{StoreError, Wallet};
use chrono::Utc;
use sapar_domain::Booking;
use sea_orm::{DatabaseTransaction, QueryResult, Value};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// Where a payment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PurchaseState {
    /// Sent, or about to be: its outcome is not known yet.
    Sending,
    /// The booking is in the wallet.
    Completed,
    /// The carrier refused it for good (nothing was bought).
    Failed,
}

impl PurchaseState {
    fn as_str(self) -> &'static str {
        match self {
            PurchaseState::Sending => "sending",
            PurchaseState::Completed => "completed",
            PurchaseState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [Self::Sending, Self::Completed, Self::Failed]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A payment for a hold, recorded before it is sent.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingPurchase {
    /// Its id; also the id the booking gets in the wallet.
    pub id: Uuid,
    /// The carrier.
    pub carrier: String,
    /// The hold being paid for.
    pub hold_id: String,
    /// The idempotency key every copy of the payment carries.
    pub idempotency_key: String,
    /// The payment request as sent (JSON), when kept in the wallet rather than in the
    /// OS keyring. Holds card data: never printed by `Debug`, cleared once settled.
    pub request: Option<String>,
    /// The OS keyring entry holding the request, when the keyring took it.
    pub request_ref: Option<String>,
    /// How the booking's purchase place will read.
    pub purchase_label: String,
    /// Where it is.
    pub state: PurchaseState,
    /// What it costs, tiyn.
    pub total_tiyn: i64,
    /// When the hold lapses, RFC 3339 UTC.
    pub hold_expires_at: String,
    /// The booking reference, once known.
    pub booking_reference: Option<String>,
    /// How many times it was sent.
    pub attempts: u32,
    /// The last failure, `code: message`.
    pub last_error: Option<String>,
    /// When it was recorded, RFC 3339 UTC.
    pub created_at: String,
    /// When it last changed, RFC 3339 UTC.
    pub updated_at: String,
}

impl fmt::Debug for PendingPurchase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PendingPurchase")
            .field("id", &self.id)
            .field("carrier", &self.carrier)
            .field("hold_id", &self.hold_id)
            .field("request", &self.request.as_ref().map(|_| "<hidden>"))
            .field("request_ref", &self.request_ref)
            .field("state", &self.state)
            .field("total_tiyn", &self.total_tiyn)
            .field("booking_reference", &self.booking_reference)
            .field("attempts", &self.attempts)
            .field("last_error", &self.last_error)
            .finish_non_exhaustive()
    }
}

/// The carrier's id of a booked trip, which its events name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentTrip {
    /// Index of the segment in its booking.
    pub position: u32,
    /// The carrier whose feed names the trip.
    pub carrier: String,
    /// The carrier's trip id.
    pub trip_id: String,
}

const PURCHASE_COLUMNS: &str = "id, carrier, hold_id, idempotency_key, request, request_ref, \
    purchase_label, state, total_tiyn, hold_expires_at, booking_reference, attempts, last_error, \
    created_at, updated_at";

impl Wallet {
    fn purchase_from(&self, row: &QueryResult) -> Result<PendingPurchase, StoreError> {
        let t = "pending_purchase";
        let corrupt = |detail: String| StoreError::Corrupt {
            path: self.path.clone(),
            detail,
        };
        let id: String = self.column(row, 0, t)?;
        let state: String = self.column(row, 7, t)?;
        Ok(PendingPurchase {
            id: Uuid::parse_str(&id)
                .map_err(|e| corrupt(format!("bad purchase id {id:?}: {e}")))?,
            carrier: self.column(row, 1, t)?,
            hold_id: self.column(row, 2, t)?,
            idempotency_key: self.column(row, 3, t)?,
            request: self.column(row, 4, t)?,
            request_ref: self.column(row, 5, t)?,
            purchase_label: self.column(row, 6, t)?,
            state: PurchaseState::parse(&state)
                .ok_or_else(|| corrupt(format!("unknown purchase state {state:?}")))?,
            total_tiyn: self.column(row, 8, t)?,
            hold_expires_at: self.column(row, 9, t)?,
            booking_reference: self.column(row, 10, t)?,
            attempts: u32::try_from(self.column::<i64>(row, 11, t)?).unwrap_or(0),
            last_error: self.column(row, 12, t)?,
            created_at: self.column(row, 13, t)?,
            updated_at: self.column(row, 14, t)?,
        })
    }

    /// Records a payment before it is sent.
    pub async fn insert_pending_purchase(&self, p: &PendingPurchase) -> Result<(), StoreError> {
        let sql = format!(
            "INSERT INTO pending_purchase ({PURCHASE_COLUMNS}) VALUES \
             (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        );
        let values: Vec<Value> = vec![
            p.id.to_string().into(),
            p.carrier.clone().into(),
            p.hold_id.clone().into(),
            p.idempotency_key.clone().into(),
            p.request.clone().into(),
            p.request_ref.clone().into(),
            p.purchase_label.clone().into(),
            p.state.as_str().into(),
            p.total_tiyn.into(),
            p.hold_expires_at.clone().into(),
            p.booking_reference.clone().into(),
            i64::from(p.attempts).into(),
            p.last_error.clone().into(),
            p.created_at.clone().into(),
            p.updated_at.clone().into(),
        ];
        self.exec_on(&self.db, &sql, values).await?;
        Ok(())
    }

    /// Payments whose outcome is not known yet, oldest first.
    pub async fn pending_purchases(&self) -> Result<Vec<PendingPurchase>, StoreError> {
        let sql = format!(
            "SELECT {PURCHASE_COLUMNS} FROM pending_purchase WHERE state = 'sending' \
             ORDER BY created_at"
        );
        let rows = self.rows_on(&self.db, &sql, vec![]).await?;
        rows.iter().map(|r| self.purchase_from(r)).collect()
    }

    /// One recorded payment, whatever its state.
    pub async fn pending_purchase(&self, id: Uuid) -> Result<Option<PendingPurchase>, StoreError> {
        let sql = format!("SELECT {PURCHASE_COLUMNS} FROM pending_purchase WHERE id = ?");
        let rows = self
            .rows_on(&self.db, &sql, vec![id.to_string().into()])
            .await?;
        rows.first().map(|r| self.purchase_from(r)).transpose()
    }

    /// Counts one more sending of a payment, with the failure it met, if any.
    pub async fn note_purchase_attempt(
        &self,
        id: Uuid,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        self.exec_on(
            &self.db,
            "UPDATE pending_purchase SET attempts = attempts + 1, last_error = ?, updated_at = ? \
             WHERE id = ?",
            vec![
                error.map(str::to_string).into(),
                utc_text(Utc::now()).into(),
                id.to_string().into(),
            ],
        )
        .await?;
        Ok(())
    }

    /// Marks a payment refused for good (nothing was bought) and forgets its body.
    pub async fn fail_purchase(&self, id: Uuid, error: &str) -> Result<(), StoreError> {
        self.exec_on(
            &self.db,
            "UPDATE pending_purchase SET state = 'failed', request = NULL, last_error = ?, \
             updated_at = ? WHERE id = ?",
            vec![
                error.into(),
                utc_text(Utc::now()).into(),
                id.to_string().into(),
            ],
        )
        .await?;
        Ok(())
    }

    /// Stores the booking a payment bought, with its trips, and settles the payment (its
    /// body forgotten), all in one transaction. The booking is matched with the wallet
    /// by carrier and reference: a second copy of the same purchase changes nothing.
    pub async fn complete_purchase(
        &self,
        id: Uuid,
        booking: &Booking,
        trips: &[SegmentTrip],
    ) -> Result<SaveOutcome, StoreError> {
        validate(booking)?;
        let txn = self.begin_write().await?;
        let result = async {
            let outcome = self.save_in(&txn, booking, trips).await?;
            self.exec_on(
                &txn,
                "UPDATE pending_purchase SET state = 'completed', request = NULL, \
                 booking_reference = ?, last_error = NULL, updated_at = ? WHERE id = ?",
                vec![
                    booking.reference.clone().into(),
                    utc_text(Utc::now()).into(),
                    id.to_string().into(),
                ],
            )
            .await?;
            Ok(outcome)
        }
        .await;
        self.finish(txn, result).await
    }

    /// Saves a booking as its carrier sent it, with its trips, in one transaction (see
    /// [`Wallet::save_booking`] for how it merges with the wallet's copy).
    pub async fn save_carrier_booking(
        &self,
        booking: &Booking,
        trips: &[SegmentTrip],
    ) -> Result<SaveOutcome, StoreError> {
        validate(booking)?;
        let txn = self.begin_write().await?;
        let result = self.save_in(&txn, booking, trips).await;
        self.finish(txn, result).await
    }

    /// Links segments of bookings already in the wallet to the carrier's trip ids.
    pub async fn link_segment_trips(
        &self,
        links: &[(Uuid, SegmentTrip)],
    ) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let result = async {
            for chunk in links.chunks(crate::write::CHUNK) {
                let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 4);
                for (booking_id, t) in chunk {
                    values.extend([
                        booking_id.to_string().into(),
                        i64::from(t.position).into(),
                        t.carrier.clone().into(),
                        t.trip_id.clone().into(),
                    ]);
                }
                let rows = vec!["(?, ?, ?, ?)"; chunk.len()].join(", ");
                self.exec_on(
                    &txn,
                    &format!(
                        "INSERT INTO segment_trip (booking_id, position, carrier, trip_id) \
                         VALUES {rows} ON CONFLICT (booking_id, position) DO UPDATE SET \
                         carrier = excluded.carrier, trip_id = excluded.trip_id"
                    ),
                    values,
                )
                .await?;
            }
            Ok(())
        }
        .await;
        self.finish(txn, result).await
    }

    async fn save_in(
        &self,
        txn: &DatabaseTransaction,
        booking: &Booking,
        trips: &[SegmentTrip],
    ) -> Result<SaveOutcome, StoreError> {
        let outcome = apply(
            txn,
            &self.path,
            std::slice::from_ref(booking),
            Merge::Strict,
            &|_, _| {},
        )
        .await?
        .first()
        .copied()
        .unwrap_or(SaveOutcome::Unchanged);
        let id = self
            .booking_id_in(txn, &booking.carrier, &booking.reference)
            .await?
            .ok_or_else(|| StoreError::NotFound(booking.reference.clone()))?;
        for t in trips {
            self.exec_on(
                txn,
                "INSERT INTO segment_trip (booking_id, position, carrier, trip_id) \
                 VALUES (?, ?, ?, ?) ON CONFLICT (booking_id, position) DO UPDATE SET \
                 carrier = excluded.carrier, trip_id = excluded.trip_id",
                vec![
                    id.clone().into(),
                    i64::from(t.position).into(),
                    t.carrier.clone().into(),
                    t.trip_id.clone().into(),
                ],
            )
            .await?;
        }
        Ok(outcome)
    }

    async fn booking_id_in<C: sea_orm::ConnectionTrait>(
        &self,
        conn: &C,
        carrier: &str,
        reference: &str,
    ) -> Result<Option<String>, StoreError> {
        let rows = self
            .rows_on(
                conn,
                "SELECT id FROM booking WHERE carrier = ? AND reference_key = ?",
                vec![carrier.into(), lookup_key(reference).into()],
            )
            .await?;
        rows.first()
            .map(|r| self.column::<String>(r, 0, "booking"))
            .transpose()
    }

    /// The booking a carrier sold under `reference` (in use or in the bin).
    pub async fn booking_by_carrier_reference(
        &self,
        carrier: &str,
        reference: &str,
    ) -> Result<Option<Booking>, StoreError> {
        let Some(id) = self.booking_id_in(&self.db, carrier, reference).await? else {
            return Ok(None);
        };
        Ok(load_bookings(&self.db, &self.path, &[id]).await?.pop())
    }

    /// The carrier trip ids of a booking's segments.
    pub async fn segment_trips(&self, booking_id: Uuid) -> Result<Vec<SegmentTrip>, StoreError> {
        let rows = self
            .rows_on(
                &self.db,
                "SELECT position, carrier, trip_id FROM segment_trip WHERE booking_id = ? \
                 ORDER BY position",
                vec![booking_id.to_string().into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(SegmentTrip {
                    position: u32::try_from(self.column::<i64>(r, 0, "segment_trip")?).unwrap_or(0),
                    carrier: self.column(r, 1, "segment_trip")?,
                    trip_id: self.column(r, 2, "segment_trip")?,
                })
            })
            .collect()
    }
}
