//! The `segment` table: the trips of a booking, in order.

use sea_orm::entity::prelude::*;

/// A segment row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "segment")]
pub struct Model {
    /// The booking.
    #[sea_orm(primary_key, auto_increment = false)]
    pub booking_id: String,
    /// Index in the booking's segments.
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    /// Mode's stable name.
    pub mode: String,
    /// Operating carrier.
    pub carrier: String,
    /// Train, flight or route number.
    pub trip_number: String,
    /// Departure place code.
    pub from_code: String,
    /// Departure place name.
    pub from_name: String,
    /// Departure place zone.
    pub from_zone: String,
    /// Arrival place code.
    pub to_code: String,
    /// Arrival place name.
    pub to_name: String,
    /// Arrival place zone.
    pub to_zone: String,
    /// Departure, RFC 3339 UTC.
    pub departure_utc: String,
    /// Departure zone.
    pub departure_zone: String,
    /// Arrival, RFC 3339 UTC.
    pub arrival_utc: String,
    /// Arrival zone.
    pub arrival_zone: String,
    /// Class or cabin.
    pub service_class: String,
    /// Fare family.
    pub fare: String,
    /// Announced delay, minutes.
    pub delay_minutes: i32,
    /// Platform or gate.
    pub platform: Option<String>,
}

/// Relations are enforced by the schema; queries join explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
