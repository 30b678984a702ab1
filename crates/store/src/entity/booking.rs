//! The `booking` table: one row per booking, with the bin mark (`deleted_at`).

use sea_orm::entity::prelude::*;

/// A booking row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "booking")]
pub struct Model {
    /// The booking's UUID, hyphenated lowercase.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The carrier's reference as given.
    pub reference: String,
    /// The reference's lookup key.
    pub reference_key: String,
    /// The selling carrier's code.
    pub carrier: String,
    /// The purchase channel's stable name.
    pub purchase_channel: String,
    /// The purchase label.
    pub purchase_label: String,
    /// The buyer's e-mail.
    pub contact_email: Option<String>,
    /// When it was bought, RFC 3339 UTC.
    pub created_at: String,
    /// The first departure, Unix seconds.
    pub first_departure_at: i64,
    /// A hash of the booking's content, to tell unchanged bookings at once.
    pub fingerprint: String,
    /// When this row was last written, RFC 3339 UTC.
    pub saved_at: String,
    /// When it was moved to the bin, RFC 3339 UTC.
    pub deleted_at: Option<String>,
}

/// Relations are enforced by the schema; queries join explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
