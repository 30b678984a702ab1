//! Reading whole bookings back: finding a booking by what a person knows of it, and
//! loading many bookings at once with a few queries.

use crate::entity::{booking, passenger, segment, ticket};
use crate::rows::{from_rows, lookup_key};
use crate::write::CHUNK;
use crate::StoreError;
use sapar_domain::Booking;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use std::path::Path;

/// Which bookings a key is looked up among.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shelf {
    /// Bookings in use.
    Active,
    /// Bookings in the bin.
    Bin,
}

/// The id of the booking that `key` names: a booking id (UUID), a booking reference or a
/// ticket number (both case-insensitive, separators ignored). When several carriers use
/// the same reference, the most recently bought booking wins.
pub(crate) async fn resolve<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    shelf: Shelf,
) -> Result<Option<String>, DbErr> {
    let key = key.trim();
    let on_shelf = match shelf {
        Shelf::Active => booking::Column::DeletedAt.is_null(),
        Shelf::Bin => booking::Column::DeletedAt.is_not_null(),
    };
    if let Ok(id) = uuid::Uuid::parse_str(key) {
        let found = booking::Entity::find_by_id(id.to_string())
            .filter(on_shelf.clone())
            .select_only()
            .column(booking::Column::Id)
            .into_tuple::<String>()
            .one(conn)
            .await?;
        if found.is_some() {
            return Ok(found);
        }
    }
    let lookup = lookup_key(key);
    if lookup.is_empty() {
        return Ok(None);
    }
    let by_reference = booking::Entity::find()
        .filter(booking::Column::ReferenceKey.eq(lookup.as_str()))
        .filter(on_shelf.clone())
        .order_by_desc(booking::Column::CreatedAt)
        .select_only()
        .column(booking::Column::Id)
        .into_tuple::<String>()
        .one(conn)
        .await?;
    if by_reference.is_some() {
        return Ok(by_reference);
    }
    let in_bin = i32::from(shelf == Shelf::Bin);
    ticket::Entity::find()
        .filter(ticket::Column::NumberKey.eq(lookup.as_str()))
        .filter(ticket::Column::InBin.eq(in_bin))
        .select_only()
        .column(ticket::Column::BookingId)
        .into_tuple::<String>()
        .one(conn)
        .await
}

/// Loads bookings by id, in the order given (ids not found are skipped).
pub(crate) async fn load_bookings<C: ConnectionTrait>(
    conn: &C,
    path: &Path,
    ids: &[String],
) -> Result<Vec<Booking>, StoreError> {
    let db = |e| StoreError::db(path, e);
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        let values = || chunk.iter().cloned();
        let heads = booking::Entity::find()
            .filter(booking::Column::Id.is_in(values()))
            .all(conn)
            .await
            .map_err(db)?;
        let mut segments = group(
            segment::Entity::find()
                .filter(segment::Column::BookingId.is_in(values()))
                .order_by_asc(segment::Column::BookingId)
                .order_by_asc(segment::Column::Position)
                .all(conn)
                .await
                .map_err(db)?,
            |s| s.booking_id.clone(),
        );
        let mut passengers = group(
            passenger::Entity::find()
                .filter(passenger::Column::BookingId.is_in(values()))
                .order_by_asc(passenger::Column::BookingId)
                .order_by_asc(passenger::Column::Position)
                .all(conn)
                .await
                .map_err(db)?,
            |p| p.booking_id.clone(),
        );
        let mut tickets = group(
            ticket::Entity::find()
                .filter(ticket::Column::BookingId.is_in(values()))
                .order_by_asc(ticket::Column::BookingId)
                .order_by_asc(ticket::Column::Position)
                .all(conn)
                .await
                .map_err(db)?,
            |t| t.booking_id.clone(),
        );
        let mut by_id: HashMap<String, booking::Model> =
            heads.into_iter().map(|b| (b.id.clone(), b)).collect();
        for id in chunk {
            let Some(head) = by_id.remove(id) else {
                continue;
            };
            let b = from_rows(
                head,
                segments.remove(id).unwrap_or_default(),
                passengers.remove(id).unwrap_or_default(),
                tickets.remove(id).unwrap_or_default(),
            )
            .map_err(|detail| StoreError::Corrupt {
                path: path.to_path_buf(),
                detail,
            })?;
            out.push(b);
        }
    }
    Ok(out)
}

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> String) -> HashMap<String, Vec<T>> {
    let mut map: HashMap<String, Vec<T>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}
