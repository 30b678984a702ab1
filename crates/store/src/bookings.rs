//! The wallet's booking operations: save, look up, change a ticket's status, and the bin
//! (remove, restore, list, empty).

use crate::entity::{booking, passenger, segment, ticket};
use crate::read::{load_bookings, resolve, Shelf};
use crate::rows::{fingerprint, lookup_key, utc_text};
use crate::write::{apply_with_barcodes, delete_bookings, validate, Merge, SaveOutcome};
use crate::{StoreError, Wallet};
use sapar_domain::{Booking, TicketBarcode, TicketStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

/// A booking in short, as the bin lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BookingHeader {
    /// The booking's id.
    pub id: Uuid,
    /// The booking reference.
    pub reference: String,
    /// The selling carrier's code.
    pub carrier: String,
    /// Place codes along the trip: the first departure, then each arrival.
    pub route: Vec<String>,
    /// The first departure, RFC 3339 UTC.
    pub first_departure_utc: String,
    /// Passengers' full names.
    pub passengers: Vec<String>,
    /// How many tickets.
    pub tickets: u32,
    /// When it went to the bin, RFC 3339 UTC (`None` for bookings in use).
    pub deleted_at: Option<String>,
}

impl Wallet {
    /// Saves a booking in one transaction: adds it, or replaces the wallet's copy with the
    /// same id or the same carrier and reference (keeping the wallet's id). A ticket whose
    /// status would move backwards along the lifecycle (a refunded ticket issued again) is
    /// refused, as is a ticket number another booking holds; then nothing is written.
    /// Its tickets keep the original barcodes the wallet holds for them.
    pub async fn save_booking(&self, booking: &Booking) -> Result<SaveOutcome, StoreError> {
        self.save_booking_with_barcodes(booking, &[]).await
    }

    /// [`Wallet::save_booking`], with the original barcodes of some of its tickets (an
    /// imported boarding pass's code): each named ticket takes the barcode given, the
    /// others keep the wallet's. A booking that differs from the wallet's copy only in a
    /// barcode given is [`SaveOutcome::Updated`]. A barcode that names no ticket of the
    /// booking, names one twice, or is empty is refused with the booking.
    pub async fn save_booking_with_barcodes(
        &self,
        booking: &Booking,
        barcodes: &[TicketBarcode],
    ) -> Result<SaveOutcome, StoreError> {
        validate(booking)?;
        crate::barcodes::check(booking, barcodes)?;
        let txn = self.begin_write().await?;
        let outcome = apply_with_barcodes(
            &txn,
            &self.path,
            std::slice::from_ref(booking),
            &[barcodes.to_vec()],
            Merge::Strict,
            &|_, _| {},
        )
        .await;
        let outcome = self.finish(txn, outcome).await?;
        Ok(outcome.first().copied().unwrap_or(SaveOutcome::Unchanged))
    }

    /// The booking that `key` names: its reference (case-insensitive), one of its ticket
    /// numbers, or its id. Bookings in the bin are not found.
    pub async fn booking(&self, key: &str) -> Result<Option<Booking>, StoreError> {
        let Some(id) = resolve(&self.db, key, Shelf::Active)
            .await
            .map_err(|e| self.err(e))?
        else {
            return Ok(None);
        };
        Ok(load_bookings(&self.db, &self.path, &[id]).await?.pop())
    }

    /// Moves a ticket (named by its carrier and number) to another status, if the
    /// lifecycle allows that step.
    pub async fn set_ticket_status(
        &self,
        carrier: &str,
        ticket_number: &str,
        status: TicketStatus,
    ) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let result = self
            .set_status_in(&txn, carrier, ticket_number, status)
            .await;
        self.finish(txn, result).await
    }

    async fn set_status_in(
        &self,
        txn: &DatabaseTransaction,
        carrier: &str,
        ticket_number: &str,
        status: TicketStatus,
    ) -> Result<(), StoreError> {
        let found = ticket::Entity::find()
            .filter(ticket::Column::Carrier.eq(carrier))
            .filter(ticket::Column::NumberKey.eq(lookup_key(ticket_number)))
            .one(txn)
            .await
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::NotFound(format!("{carrier} {ticket_number}")))?;
        let from =
            crate::rows::parse_status(&found.status).map_err(|detail| StoreError::Corrupt {
                path: self.path.clone(),
                detail,
            })?;
        from.transition(status)
            .map_err(|e| StoreError::InvalidTransition {
                ticket: found.number.clone(),
                from: e.from,
                to: e.to,
            })?;
        ticket::Entity::update_many()
            .col_expr(ticket::Column::Status, Expr::value(status.as_str()))
            .filter(ticket::Column::Id.eq(found.id))
            .exec(txn)
            .await
            .map_err(|e| self.err(e))?;
        // Keep the fingerprint true to the booking's content.
        let updated = load_bookings(txn, &self.path, std::slice::from_ref(&found.booking_id))
            .await?
            .pop()
            .ok_or_else(|| StoreError::NotFound(found.booking_id.clone()))?;
        booking::Entity::update_many()
            .col_expr(
                booking::Column::Fingerprint,
                Expr::value(fingerprint(&updated)),
            )
            .col_expr(
                booking::Column::SavedAt,
                Expr::value(utc_text(chrono::Utc::now())),
            )
            .filter(booking::Column::Id.eq(found.booking_id))
            .exec(txn)
            .await
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Moves the booking that `key` names to the bin: it leaves lists and search until it
    /// is restored or the bin is emptied.
    pub async fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.move_shelf(key, Shelf::Active).await
    }

    /// Brings the binned booking that `key` names back into use.
    pub async fn restore(&self, key: &str) -> Result<(), StoreError> {
        self.move_shelf(key, Shelf::Bin).await
    }

    async fn move_shelf(&self, key: &str, from: Shelf) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let result = async {
            let id = resolve(&txn, key, from)
                .await
                .map_err(|e| self.err(e))?
                .ok_or_else(|| StoreError::NotFound(key.to_string()))?;
            let (deleted_at, in_bin) = match from {
                Shelf::Active => (Some(utc_text(chrono::Utc::now())), 1),
                Shelf::Bin => (None, 0),
            };
            booking::Entity::update_many()
                .col_expr(booking::Column::DeletedAt, Expr::value(deleted_at))
                .filter(booking::Column::Id.eq(id.as_str()))
                .exec(&txn)
                .await
                .map_err(|e| self.err(e))?;
            ticket::Entity::update_many()
                .col_expr(ticket::Column::InBin, Expr::value(in_bin))
                .filter(ticket::Column::BookingId.eq(id.as_str()))
                .exec(&txn)
                .await
                .map_err(|e| self.err(e))?;
            Ok(())
        }
        .await;
        self.finish(txn, result).await
    }

    /// The bookings in the bin, most recently removed first.
    pub async fn bin(&self) -> Result<Vec<BookingHeader>, StoreError> {
        let heads = booking::Entity::find()
            .filter(booking::Column::DeletedAt.is_not_null())
            .order_by_desc(booking::Column::DeletedAt)
            .all(&self.db)
            .await
            .map_err(|e| self.err(e))?;
        let ids: Vec<String> = heads.iter().map(|h| h.id.clone()).collect();
        let mut route: HashMap<String, Vec<String>> = HashMap::new();
        let mut first_departure: HashMap<String, String> = HashMap::new();
        let mut names: HashMap<String, Vec<String>> = HashMap::new();
        let mut tickets: HashMap<String, u32> = HashMap::new();
        for chunk in ids.chunks(crate::write::CHUNK) {
            let values = || chunk.iter().cloned();
            let segments = segment::Entity::find()
                .filter(segment::Column::BookingId.is_in(values()))
                .order_by_asc(segment::Column::Position)
                .all(&self.db)
                .await
                .map_err(|e| self.err(e))?;
            for s in segments {
                let codes = route.entry(s.booking_id.clone()).or_default();
                if codes.is_empty() {
                    codes.push(s.from_code);
                    first_departure.insert(s.booking_id.clone(), s.departure_utc);
                }
                codes.push(s.to_code);
            }
            let passengers = passenger::Entity::find()
                .filter(passenger::Column::BookingId.is_in(values()))
                .order_by_asc(passenger::Column::Position)
                .all(&self.db)
                .await
                .map_err(|e| self.err(e))?;
            for p in passengers {
                let name = if p.given_names.is_empty() {
                    p.surname
                } else {
                    format!("{} {}", p.surname, p.given_names)
                };
                names.entry(p.booking_id).or_default().push(name);
            }
            let counts = ticket::Entity::find()
                .select_only()
                .column(ticket::Column::BookingId)
                .column_as(ticket::Column::Id.count(), "n")
                .filter(ticket::Column::BookingId.is_in(values()))
                .group_by(ticket::Column::BookingId)
                .into_tuple::<(String, i64)>()
                .all(&self.db)
                .await
                .map_err(|e| self.err(e))?;
            for (id, n) in counts {
                tickets.insert(id, u32::try_from(n).unwrap_or(u32::MAX));
            }
        }
        heads
            .into_iter()
            .map(|h| {
                Ok(BookingHeader {
                    id: Uuid::parse_str(&h.id).map_err(|e| StoreError::Corrupt {
                        path: self.path.clone(),
                        detail: format!("bad booking id {:?}: {e}", h.id),
                    })?,
                    route: route.remove(&h.id).unwrap_or_default(),
                    first_departure_utc: first_departure.remove(&h.id).unwrap_or_default(),
                    passengers: names.remove(&h.id).unwrap_or_default(),
                    tickets: tickets.remove(&h.id).unwrap_or(0),
                    reference: h.reference,
                    carrier: h.carrier,
                    deleted_at: h.deleted_at,
                })
            })
            .collect()
    }

    /// Deletes every booking in the bin for good. Returns how many were deleted.
    pub async fn empty_bin(&self) -> Result<u64, StoreError> {
        let txn = self.begin_write().await?;
        let result = async {
            let ids: Vec<String> = booking::Entity::find()
                .filter(booking::Column::DeletedAt.is_not_null())
                .select_only()
                .column(booking::Column::Id)
                .into_tuple::<String>()
                .all(&txn)
                .await
                .map_err(|e| self.err(e))?;
            delete_bookings(&txn, &ids).await.map_err(|e| self.err(e))?;
            Ok(ids.len() as u64)
        }
        .await;
        self.finish(txn, result).await
    }

    /// Commits `txn` when `result` is a success, rolls it back otherwise.
    pub(crate) async fn finish<T>(
        &self,
        txn: DatabaseTransaction,
        result: Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match result {
            Ok(value) => {
                txn.commit().await.map_err(|e| self.err(e))?;
                Ok(value)
            }
            Err(e) => {
                // The refusal matters more than a failure to roll back, which SQLite
                // completes on its own when the connection drops the transaction.
                let _ = txn.rollback().await;
                Err(e)
            }
        }
    }
}
