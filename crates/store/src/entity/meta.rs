//! The `meta` table: facts about the wallet file itself (format, schema version, …).

use sea_orm::entity::prelude::*;

/// One fact about the wallet.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meta")]
pub struct Model {
    /// The fact's name.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// Its value.
    pub value: String,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
