//! The `ticket` table: one row per passenger and segment, with copies of the segment's
//! times (for listing by date) and of the bin mark (for hiding binned tickets).

use sea_orm::entity::prelude::*;

/// A ticket row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket")]
pub struct Model {
    /// Row id; also the row id of the ticket's search entry.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    /// The booking.
    pub booking_id: String,
    /// Index in the booking's tickets.
    pub position: i32,
    /// The carrier that issued the number (the booking's carrier).
    pub carrier: String,
    /// Ticket number as issued.
    pub number: String,
    /// The number's lookup key.
    pub number_key: String,
    /// Index of the passenger.
    pub passenger_position: i32,
    /// Index of the segment.
    pub segment_position: i32,
    /// Carriage, when a seat is assigned.
    pub carriage: Option<String>,
    /// Seat; `None` when no seat is assigned.
    pub seat: Option<String>,
    /// Berth's stable name.
    pub berth: Option<String>,
    /// The price lines, as JSON.
    pub price_items: String,
    /// The total price, tiyn.
    pub total_tiyn: i64,
    /// Status's stable name.
    pub status: String,
    /// The carrier-signed token.
    pub token: Option<String>,
    /// The segment's departure, Unix seconds.
    pub departs_at: i64,
    /// The segment's arrival, Unix seconds.
    pub arrives_at: i64,
    /// 1 while the booking is in the bin.
    pub in_bin: i32,
    /// The text of the ticket's original barcode (imported tickets), exactly as read.
    pub barcode_text: Option<String>,
    /// That barcode's symbology, by its stable name; set with `barcode_text`.
    pub barcode_format: Option<String>,
}

/// Relations are enforced by the schema; queries join explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
