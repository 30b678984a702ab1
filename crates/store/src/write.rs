//! Writing bookings: one path for saving a single booking and for importing thousands.
//!
//! Each incoming booking is matched with the wallet by id or by (carrier, reference),
//! compared by fingerprint, checked against the ticket lifecycle and against ticket
//! numbers held by other bookings; only then are rows written, in bulk, inside the
//! caller's write transaction. Any refusal leaves the transaction to be rolled back.

use crate::barcodes::{by_number_key, keep_held};
use crate::entity::{booking, passenger, segment, ticket};
use crate::rows::{lookup_key, to_rows, utc_text, BookingRows};
use crate::StoreError;
use sapar_domain::{Barcode, Booking, TicketBarcode, TicketStatus};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect, Statement, Value,
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What saving a booking did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum SaveOutcome {
    /// It was new to the wallet.
    Added,
    /// It replaced the wallet's copy.
    Updated,
    /// The wallet already held it as it is (or, on import, a newer copy of it).
    Unchanged,
}

/// How to treat a booking whose tickets are further along in the wallet than incoming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Merge {
    /// Refuse it: a ticket cannot move backwards (saving news from a carrier or a person).
    Strict,
    /// Keep the wallet's copy (restoring an older backup).
    KeepNewer,
}

/// Rows per bulk statement (SQLite binds at most 32 766 values per statement).
pub(crate) const CHUNK: usize = 500;

/// A booking in the wallet that an incoming booking matches.
struct Existing {
    id: String,
    carrier: String,
    reference_key: String,
    fingerprint: String,
    deleted_at: Option<String>,
}

/// A booking to write.
struct Plan {
    /// The booking as it will be stored (with the wallet's id when it matched by reference).
    booking: Booking,
    /// Whether it replaces a booking of the same id.
    replaces: bool,
    /// Whether only the barcodes given with it may differ from the wallet's copy.
    barcodes_only: bool,
    /// Its tickets' barcodes by number key: those given with it, then (once the wallet's
    /// are read) those the wallet holds for the tickets it does not name.
    barcodes: HashMap<String, Barcode>,
    /// The bin mark carried over from the booking it replaces.
    deleted_at: Option<String>,
    /// Index of its outcome.
    outcome: usize,
}

/// Saves `bookings` (already checked with [`validate`]) inside `txn`, reporting
/// progress as (bookings written, bookings to write). Returns one outcome per booking.
/// Generic over `progress`, so that a caller passing a plain closure gets a future it can
/// send to another thread. Tickets keep the barcodes the wallet holds for them.
pub(crate) async fn apply<P: Fn(u64, u64) + ?Sized>(
    txn: &DatabaseTransaction,
    path: &Path,
    bookings: &[Booking],
    merge: Merge,
    progress: &P,
) -> Result<Vec<SaveOutcome>, StoreError> {
    apply_with_barcodes(txn, path, bookings, &[], merge, progress).await
}

/// [`apply`], with the original barcodes of tickets: `barcodes[i]` (already checked with
/// [`crate::barcodes::check`]) names tickets of `bookings[i]`, and a missing entry names
/// none. A named ticket takes the barcode given; the others keep the wallet's. A booking
/// that differs from the wallet's copy only in a barcode given is updated.
pub(crate) async fn apply_with_barcodes<P: Fn(u64, u64) + ?Sized>(
    txn: &DatabaseTransaction,
    path: &Path,
    bookings: &[Booking],
    barcodes: &[Vec<TicketBarcode>],
    merge: Merge,
    progress: &P,
) -> Result<Vec<SaveOutcome>, StoreError> {
    let db = |e| StoreError::db(path, e);
    let existing = find_existing(txn, bookings).await.map_err(db)?;
    let by_id: HashMap<&str, &Existing> = existing.iter().map(|e| (e.id.as_str(), e)).collect();
    let by_ref: HashMap<(&str, &str), &Existing> = existing
        .iter()
        .map(|e| ((e.carrier.as_str(), e.reference_key.as_str()), e))
        .collect();
    let owners = ticket_owners(txn, bookings).await.map_err(db)?;

    // Decide what happens to each booking.
    let mut outcomes = Vec::with_capacity(bookings.len());
    let mut plans: Vec<Plan> = Vec::new();
    let mut claimed: HashMap<(String, String), String> = HashMap::new();
    let mut seen_ids = HashSet::new();
    let mut seen_refs = HashSet::new();
    for (index, b) in bookings.iter().enumerate() {
        let given = barcodes
            .get(index)
            .map(|g| by_number_key(g))
            .unwrap_or_default();
        let key = lookup_key(&b.reference);
        let incoming_id = b.id.to_string();
        let target = match (
            by_id.get(incoming_id.as_str()),
            by_ref.get(&(b.carrier.as_str(), key.as_str())),
        ) {
            (Some(i), Some(r)) if i.id != r.id => {
                return Err(StoreError::Conflict(format!(
                    "booking {} has the id of one booking in the wallet and the reference {} of \
                     another",
                    b.id, b.reference
                )))
            }
            (i, r) => i.or(r).copied(),
        };
        let mut stored = b.clone();
        if let Some(t) = target {
            stored.id = uuid::Uuid::parse_str(&t.id).map_err(|e| StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("bad booking id {:?}: {e}", t.id),
            })?;
        }
        let id = stored.id.to_string();
        if !seen_ids.insert(id.clone()) || !seen_refs.insert((b.carrier.clone(), key)) {
            return Err(StoreError::Conflict(format!(
                "booking {} of {} is given twice",
                b.reference, b.carrier
            )));
        }
        for t in &stored.tickets {
            let k = (stored.carrier.clone(), lookup_key(&t.number));
            let owner = claimed.get(&k).or_else(|| owners.get(&k));
            if owner.is_some_and(|o| *o != id) {
                return Err(StoreError::Conflict(format!(
                    "ticket {} of {} already belongs to another booking",
                    t.number, stored.carrier
                )));
            }
            claimed.insert(k, id.clone());
        }
        let outcome = outcomes.len();
        let same = target.is_some_and(|t| crate::rows::fingerprint(&stored) == t.fingerprint);
        outcomes.push(match (target, same) {
            (None, _) => SaveOutcome::Added,
            (Some(_), true) => SaveOutcome::Unchanged,
            (Some(_), false) => SaveOutcome::Updated,
        });
        if same && given.is_empty() {
            continue;
        }
        plans.push(Plan {
            booking: stored,
            replaces: target.is_some(),
            barcodes_only: same,
            barcodes: given,
            deleted_at: target.and_then(|t| t.deleted_at.clone()),
            outcome,
        });
    }

    // Tickets not named keep the wallet's barcodes; a booking the same as the wallet's
    // copy is written only when a barcode given is new.
    let replacing = plans.iter_mut().filter(|p| p.replaces);
    let new_barcode = keep_held(
        txn,
        path,
        replacing.map(|p| (&p.booking, &mut p.barcodes)).collect(),
    )
    .await?;
    for (plan, new) in plans.iter().filter(|p| p.replaces).zip(new_barcode) {
        if plan.barcodes_only && new {
            outcomes[plan.outcome] = SaveOutcome::Updated;
        }
    }
    plans.retain(|p| !p.barcodes_only || outcomes[p.outcome] == SaveOutcome::Updated);

    // Tickets must not move backwards along the lifecycle.
    let replaced: Vec<String> = plans
        .iter()
        .filter(|p| p.replaces)
        .map(|p| p.booking.id.to_string())
        .collect();
    let statuses = ticket_statuses(txn, &replaced).await.map_err(db)?;
    let mut kept = HashSet::new();
    for plan in plans.iter().filter(|p| p.replaces) {
        match lifecycle_check(&plan.booking, &statuses, merge)? {
            Verdict::Replace => {}
            Verdict::KeepWallet => {
                kept.insert(plan.booking.id);
                outcomes[plan.outcome] = SaveOutcome::Unchanged;
            }
        }
    }
    plans.retain(|p| !kept.contains(&p.booking.id));

    // Write.
    let replaced: Vec<String> = plans
        .iter()
        .filter(|p| p.replaces)
        .map(|p| p.booking.id.to_string())
        .collect();
    delete_bookings(txn, &replaced).await.map_err(db)?;
    let saved_at = utc_text(chrono::Utc::now());
    let total = plans.len() as u64;
    let mut written = 0u64;
    let mut next_ticket_id = next_ticket_id(txn).await.map_err(db)?;
    let mut longest_trip = 0i64;
    for chunk in plans.chunks(CHUNK) {
        let mut rows: Vec<BookingRows> = Vec::with_capacity(chunk.len());
        for plan in chunk {
            let mut r = to_rows(
                &plan.booking,
                plan.deleted_at.clone(),
                &saved_at,
                &plan.barcodes,
            )?;
            for t in &mut r.tickets {
                t.id = next_ticket_id;
                next_ticket_id += 1;
            }
            for s in &plan.booking.segments {
                longest_trip = longest_trip.max((s.arrival.utc - s.departure.utc).num_seconds());
            }
            rows.push(r);
        }
        insert_rows(txn, rows).await.map_err(db)?;
        written += chunk.len() as u64;
        progress(written, total);
    }
    if longest_trip > 0 {
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            "UPDATE meta SET value = CAST(max(CAST(value AS INTEGER), ?) AS TEXT) \
             WHERE key = 'longest_trip_seconds'",
            [longest_trip.into()],
        ))
        .await
        .map_err(db)?;
    }
    Ok(outcomes)
}

enum Verdict {
    /// Write the incoming booking over the wallet's.
    Replace,
    /// The wallet's copy is further along: keep it.
    KeepWallet,
}

/// Compares the incoming tickets' statuses with the wallet's.
fn lifecycle_check(
    b: &Booking,
    statuses: &HashMap<(String, String), TicketStatus>,
    merge: Merge,
) -> Result<Verdict, StoreError> {
    let id = b.id.to_string();
    let mut backward_ok = true;
    let mut offending = None;
    for t in &b.tickets {
        let Some(&old) = statuses.get(&(id.clone(), lookup_key(&t.number))) else {
            continue;
        };
        if !reachable(old, t.status) && offending.is_none() {
            offending = Some(StoreError::InvalidTransition {
                ticket: t.number.clone(),
                from: old,
                to: t.status,
            });
        }
        backward_ok &= reachable(t.status, old);
    }
    match offending {
        None => Ok(Verdict::Replace),
        Some(_) if merge == Merge::KeepNewer && backward_ok => Ok(Verdict::KeepWallet),
        Some(e) => Err(e),
    }
}

/// Checks bookings before anything is written: the domain's rules, plus codes that
/// still mean something once reduced to their lookup keys.
pub(crate) fn validate(b: &Booking) -> Result<(), StoreError> {
    b.check()
        .map_err(|e| StoreError::InvalidBooking(e.to_string()))?;
    if lookup_key(&b.reference).is_empty() {
        return Err(StoreError::InvalidBooking(format!(
            "booking reference {:?} has no letters or digits",
            b.reference
        )));
    }
    let mut keys = HashSet::new();
    for t in &b.tickets {
        let key = lookup_key(&t.number);
        if key.is_empty() || !keys.insert(key) {
            return Err(StoreError::InvalidBooking(format!(
                "ticket number {:?} of booking {} is empty or repeats another",
                t.number, b.reference
            )));
        }
    }
    Ok(())
}

/// Whether a ticket may go from `from` to `to` in any number of lifecycle steps.
pub(crate) fn reachable(from: TicketStatus, to: TicketStatus) -> bool {
    let mut frontier = vec![from];
    let mut seen = HashSet::new();
    while let Some(s) = frontier.pop() {
        if s == to {
            return true;
        }
        if seen.insert(s) {
            frontier.extend(TicketStatus::ALL.into_iter().filter(|&n| s.can_become(n)));
        }
    }
    false
}

async fn find_existing(
    txn: &DatabaseTransaction,
    bookings: &[Booking],
) -> Result<Vec<Existing>, sea_orm::DbErr> {
    let ids: Vec<String> = bookings.iter().map(|b| b.id.to_string()).collect();
    let refs: Vec<String> = bookings.iter().map(|b| lookup_key(&b.reference)).collect();
    let mut found: HashMap<String, Existing> = HashMap::new();
    for (column, values) in [
        (booking::Column::Id, &ids),
        (booking::Column::ReferenceKey, &refs),
    ] {
        for chunk in values.chunks(CHUNK) {
            let rows = booking::Entity::find()
                .select_only()
                .columns([
                    booking::Column::Id,
                    booking::Column::Carrier,
                    booking::Column::ReferenceKey,
                    booking::Column::Fingerprint,
                    booking::Column::DeletedAt,
                ])
                .filter(column.is_in(chunk.iter().cloned()))
                .into_tuple::<(String, String, String, String, Option<String>)>()
                .all(txn)
                .await?;
            for (id, carrier, reference_key, fingerprint, deleted_at) in rows {
                found.entry(id.clone()).or_insert(Existing {
                    id,
                    carrier,
                    reference_key,
                    fingerprint,
                    deleted_at,
                });
            }
        }
    }
    Ok(found.into_values().collect())
}

/// Which booking holds each (carrier, ticket number key) that the incoming bookings use.
async fn ticket_owners(
    txn: &DatabaseTransaction,
    bookings: &[Booking],
) -> Result<HashMap<(String, String), String>, sea_orm::DbErr> {
    let keys: Vec<String> = bookings
        .iter()
        .flat_map(|b| b.tickets.iter().map(|t| lookup_key(&t.number)))
        .collect();
    let mut owners = HashMap::new();
    for chunk in keys.chunks(CHUNK) {
        let rows = ticket::Entity::find()
            .select_only()
            .columns([
                ticket::Column::Carrier,
                ticket::Column::NumberKey,
                ticket::Column::BookingId,
            ])
            .filter(ticket::Column::NumberKey.is_in(chunk.iter().cloned()))
            .into_tuple::<(String, String, String)>()
            .all(txn)
            .await?;
        for (carrier, key, booking_id) in rows {
            owners.insert((carrier, key), booking_id);
        }
    }
    Ok(owners)
}

/// The status of every ticket of the given bookings, by (booking id, number key).
async fn ticket_statuses(
    txn: &DatabaseTransaction,
    ids: &[String],
) -> Result<HashMap<(String, String), TicketStatus>, sea_orm::DbErr> {
    let mut statuses = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        let rows = ticket::Entity::find()
            .select_only()
            .columns([
                ticket::Column::BookingId,
                ticket::Column::NumberKey,
                ticket::Column::Status,
            ])
            .filter(ticket::Column::BookingId.is_in(chunk.iter().cloned()))
            .into_tuple::<(String, String, String)>()
            .all(txn)
            .await?;
        for (booking_id, key, status) in rows {
            if let Some(s) = TicketStatus::parse(&status) {
                statuses.insert((booking_id, key), s);
            }
        }
    }
    Ok(statuses)
}

async fn next_ticket_id(txn: &DatabaseTransaction) -> Result<i64, sea_orm::DbErr> {
    let row = txn
        .query_one_raw(Statement::from_string(
            txn.get_database_backend(),
            "SELECT coalesce(max(id), 0) + 1 FROM ticket",
        ))
        .await?;
    Ok(row
        .and_then(|r| r.try_get_by_index::<i64>(0).ok())
        .unwrap_or(1))
}

/// Deletes bookings with their segments, passengers, tickets and search entries.
pub(crate) async fn delete_bookings(
    txn: &DatabaseTransaction,
    ids: &[String],
) -> Result<(), sea_orm::DbErr> {
    let backend = txn.get_database_backend();
    for chunk in ids.chunks(CHUNK) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let values: Vec<Value> = chunk.iter().map(|id| id.clone().into()).collect();
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "DELETE FROM ticket_search WHERE rowid IN \
                 (SELECT id FROM ticket WHERE booking_id IN ({marks}))"
            ),
            values.clone(),
        ))
        .await?;
        // Segments, passengers and tickets go with their booking (ON DELETE CASCADE).
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            format!("DELETE FROM booking WHERE id IN ({marks})"),
            values,
        ))
        .await?;
    }
    Ok(())
}

async fn insert_rows(
    txn: &DatabaseTransaction,
    rows: Vec<BookingRows>,
) -> Result<(), sea_orm::DbErr> {
    let mut bookings = Vec::with_capacity(rows.len());
    let mut segments = Vec::new();
    let mut passengers = Vec::new();
    let mut tickets = Vec::new();
    let mut search = Vec::new();
    for r in rows {
        bookings.push(r.booking.into_active_model());
        segments.extend(
            r.segments
                .into_iter()
                .map(IntoActiveModel::into_active_model),
        );
        passengers.extend(
            r.passengers
                .into_iter()
                .map(IntoActiveModel::into_active_model),
        );
        for (t, s) in r.tickets.into_iter().zip(r.search) {
            search.push((t.id, s));
            tickets.push(t.into_active_model());
        }
    }
    booking::Entity::insert_many(bookings)
        .exec_without_returning(txn)
        .await?;
    for chunk in chunked(segments) {
        segment::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    for chunk in chunked(passengers) {
        passenger::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    for chunk in chunked(tickets) {
        ticket::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    for chunk in search.chunks(CHUNK) {
        let marks = vec!["(?, ?, ?, ?, ?)"; chunk.len()].join(", ");
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 5);
        for (id, s) in chunk {
            values.push((*id).into());
            values.push(s.ident.as_str().into());
            values.push(s.name.as_str().into());
            values.push(s.place.as_str().into());
            values.push(s.day.as_str().into());
        }
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            format!("INSERT INTO ticket_search (rowid, ident, name, place, day) VALUES {marks}"),
            values,
        ))
        .await?;
    }
    Ok(())
}

fn chunked<T>(items: Vec<T>) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    let mut it = items.into_iter().peekable();
    while it.peek().is_some() {
        out.push(it.by_ref().take(CHUNK).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use TicketStatus::*;

    #[test]
    fn reachable_follows_the_lifecycle_in_several_steps() {
        assert!(reachable(Held, Held));
        assert!(reachable(Held, Used));
        assert!(reachable(Issued, Refunded));
        assert!(!reachable(Refunded, Issued));
        assert!(!reachable(Used, Refunded));
        assert!(!reachable(Issued, Held));
    }
}
