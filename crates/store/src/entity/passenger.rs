//! The `passenger` table: the passengers of a booking, in order.

use sea_orm::entity::prelude::*;

/// A passenger row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "passenger")]
pub struct Model {
    /// The booking.
    #[sea_orm(primary_key, auto_increment = false)]
    pub booking_id: String,
    /// Index in the booking's passengers.
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    /// Surname, Latin letters.
    pub surname: String,
    /// Given names, Latin letters.
    pub given_names: String,
    /// Document type's stable name.
    pub document_type: String,
    /// Document number.
    pub document_number: String,
    /// Date of birth, `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    /// IIN.
    pub iin: Option<String>,
    /// Fare category's stable name.
    pub category: String,
}

/// Relations are enforced by the schema; queries join explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
