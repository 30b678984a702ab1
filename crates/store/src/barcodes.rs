//! The original barcodes of tickets: the codes their issuers printed (boarding passes,
//! Wallet passes), kept in two columns of the ticket's row to be shown at the gate.
//!
//! A booking is saved with the barcodes of some of its tickets; a ticket it does not
//! name keeps the barcode the wallet holds for it, so news from a carrier or a booking
//! saved again never drops one. Barcodes are read apart from the booking, by booking
//! or by ticket, and travel in wallet exports beside the bookings.

use crate::entity::ticket;
use crate::rows::lookup_key;
use crate::write::CHUNK;
use crate::{StoreError, Wallet};
use sapar_domain::{Barcode, BarcodeFormat, Booking, TicketBarcode};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use uuid::Uuid;

/// The barcode columns of a ticket's row: (text, format).
pub(crate) fn to_columns(barcode: Option<&Barcode>) -> (Option<String>, Option<String>) {
    match barcode {
        Some(b) => (Some(b.text.clone()), Some(b.format.as_str().to_string())),
        None => (None, None),
    }
}

/// A ticket's barcode from its row's columns. A format this build does not know, or
/// one column set without the other, means the row was damaged.
pub(crate) fn from_columns(
    number: &str,
    text: Option<String>,
    format: Option<String>,
) -> Result<Option<Barcode>, String> {
    match (text, format) {
        (None, None) => Ok(None),
        (Some(text), Some(format)) => {
            let format = BarcodeFormat::parse(&format)
                .ok_or_else(|| format!("unknown barcode format {format:?} of ticket {number}"))?;
            Ok(Some(Barcode { text, format }))
        }
        _ => Err(format!("the barcode of ticket {number} is half written")),
    }
}

/// Checks the barcodes given with a booking: each names one of its tickets, no ticket
/// twice, and each has text.
pub(crate) fn check(b: &Booking, barcodes: &[TicketBarcode]) -> Result<(), StoreError> {
    let numbers: HashSet<String> = b.tickets.iter().map(|t| lookup_key(&t.number)).collect();
    let mut seen = HashSet::new();
    for given in barcodes {
        let key = lookup_key(&given.ticket_number);
        let problem = if !numbers.contains(&key) {
            "names no ticket of the booking"
        } else if !seen.insert(key) {
            "is the second one given for its ticket"
        } else if given.barcode.text.is_empty() {
            "is empty"
        } else {
            continue;
        };
        return Err(StoreError::InvalidBooking(format!(
            "the barcode of ticket {:?} of booking {} {problem}",
            given.ticket_number, b.reference
        )));
    }
    Ok(())
}

/// Barcodes by the lookup key of their ticket's number.
pub(crate) fn by_number_key(barcodes: &[TicketBarcode]) -> HashMap<String, Barcode> {
    barcodes
        .iter()
        .map(|b| (lookup_key(&b.ticket_number), b.barcode.clone()))
        .collect()
}

/// The barcodes the wallet holds for the tickets of the given bookings, by (booking id,
/// ticket number key).
async fn stored<C: ConnectionTrait>(
    conn: &C,
    path: &Path,
    ids: &[String],
) -> Result<HashMap<(String, String), Barcode>, StoreError> {
    Ok(rows_of(conn, path, ids)
        .await?
        .into_iter()
        .map(|(booking_id, _, key, barcode)| ((booking_id, key), barcode))
        .collect())
}

/// For bookings about to replace the wallet's copies (same ids), each with the barcodes
/// given for it by ticket number key: adds the barcodes the wallet holds for the
/// tickets not named, and says for each booking whether a barcode given is new.
pub(crate) async fn keep_held<C: ConnectionTrait>(
    conn: &C,
    path: &Path,
    replacing: Vec<(&Booking, &mut HashMap<String, Barcode>)>,
) -> Result<Vec<bool>, StoreError> {
    let ids: Vec<String> = replacing.iter().map(|(b, _)| b.id.to_string()).collect();
    let held = stored(conn, path, &ids).await?;
    let mut new = Vec::with_capacity(replacing.len());
    for ((booking, given), id) in replacing.into_iter().zip(ids) {
        let held_for = |key: &str| held.get(&(id.clone(), key.to_string()));
        new.push(given.iter().any(|(key, b)| held_for(key) != Some(b)));
        for t in &booking.tickets {
            let key = lookup_key(&t.number);
            if let Some(b) = held_for(&key) {
                given.entry(key).or_insert_with(|| b.clone());
            }
        }
    }
    Ok(new)
}

/// The barcodes of the given bookings' tickets, by booking id, each in ticket order.
pub(crate) async fn load<C: ConnectionTrait>(
    conn: &C,
    path: &Path,
    ids: &[String],
) -> Result<Vec<(String, TicketBarcode)>, StoreError> {
    Ok(rows_of(conn, path, ids)
        .await?
        .into_iter()
        .map(|(booking_id, ticket_number, _, barcode)| {
            (
                booking_id,
                TicketBarcode {
                    ticket_number,
                    barcode,
                },
            )
        })
        .collect())
}

/// (booking id, ticket number, number key, barcode) of every ticket of the given
/// bookings that has a barcode, by booking and ticket position.
async fn rows_of<C: ConnectionTrait>(
    conn: &C,
    path: &Path,
    ids: &[String],
) -> Result<Vec<(String, String, String, Barcode)>, StoreError> {
    let mut found = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        let rows = ticket::Entity::find()
            .select_only()
            .columns([
                ticket::Column::BookingId,
                ticket::Column::Number,
                ticket::Column::NumberKey,
                ticket::Column::BarcodeText,
                ticket::Column::BarcodeFormat,
            ])
            .filter(ticket::Column::BookingId.is_in(chunk.iter().cloned()))
            .filter(ticket::Column::BarcodeText.is_not_null())
            .order_by_asc(ticket::Column::BookingId)
            .order_by_asc(ticket::Column::Position)
            .into_tuple::<(String, String, String, Option<String>, Option<String>)>()
            .all(conn)
            .await
            .map_err(|e| StoreError::db(path, e))?;
        for (booking_id, number, key, text, format) in rows {
            let barcode =
                from_columns(&number, text, format).map_err(|detail| StoreError::Corrupt {
                    path: path.to_path_buf(),
                    detail,
                })?;
            if let Some(barcode) = barcode {
                found.push((booking_id, number, key, barcode));
            }
        }
    }
    Ok(found)
}

impl Wallet {
    /// The original barcodes of a booking's tickets, in ticket order; tickets without one
    /// are left out, and a booking the wallet does not hold has none. Bookings in the bin
    /// keep theirs.
    pub async fn ticket_barcodes(
        &self,
        booking_id: Uuid,
    ) -> Result<Vec<TicketBarcode>, StoreError> {
        Ok(load(&self.db, &self.path, &[booking_id.to_string()])
            .await?
            .into_iter()
            .map(|(_, barcode)| barcode)
            .collect())
    }

    /// The original barcode of a ticket, named by its carrier and number (case and
    /// separators ignored); `None` when it has none or the wallet does not hold it.
    pub async fn ticket_barcode(
        &self,
        carrier: &str,
        ticket_number: &str,
    ) -> Result<Option<Barcode>, StoreError> {
        let row = ticket::Entity::find()
            .select_only()
            .columns([
                ticket::Column::Number,
                ticket::Column::BarcodeText,
                ticket::Column::BarcodeFormat,
            ])
            .filter(ticket::Column::Carrier.eq(carrier))
            .filter(ticket::Column::NumberKey.eq(lookup_key(ticket_number)))
            .into_tuple::<(String, Option<String>, Option<String>)>()
            .one(&self.db)
            .await
            .map_err(|e| self.err(e))?;
        let Some((number, text, format)) = row else {
            return Ok(None);
        };
        from_columns(&number, text, format).map_err(|detail| StoreError::Corrupt {
            path: self.path.clone(),
            detail,
        })
    }
}
