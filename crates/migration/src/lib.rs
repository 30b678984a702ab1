//! The schema of Sapar's offline wallet, as an append-only list of migrations.
//!
//! Each change to the schema is one file named `mYYYYMMDD_NNNNNN_what.rs`, listed in
//! [`Migrator::migrations`] in time order. A migration, once released, is never edited
//! or removed: a later change is a new file. The wallet store runs [`Migrator`] when it
//! opens a wallet, after refusing wallets that carry migrations this build does not know.
#![deny(missing_docs)]

use sea_orm_migration::prelude::*;

pub use sea_orm_migration::MigratorTrait;

/// Implements `MigrationTrait` for a file's `Migration` from its SQL constants: `UP`
/// applies the change and `DOWN` takes it back, each in one transaction.
macro_rules! sql_migration {
    () => {
        #[async_trait::async_trait]
        impl MigrationTrait for Migration {
            async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
                manager.get_connection().execute_unprepared(UP).await?;
                Ok(())
            }

            async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
                manager.get_connection().execute_unprepared(DOWN).await?;
                Ok(())
            }

            fn use_transaction(&self) -> Option<bool> {
                Some(true)
            }
        }
    };
}

mod m20261128_000001_wallet;
mod m20261128_000002_trust;
mod m20261128_000003_carriers;
mod m20261128_000004_purchases;
mod m20261128_000005_outbox;
mod m20261128_000006_ticket_barcode;

/// The value of `meta.format` in every Sapar wallet: how a wallet is told apart from
/// any other SQLite database.
pub const WALLET_FORMAT: &str = "sapar-wallet";

/// The table in which sea-orm records applied migrations.
pub const MIGRATION_TABLE: &str = "seaql_migrations";

/// Runs the wallet's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_wallet::Migration),
            Box::new(m20261128_000002_trust::Migration),
            Box::new(m20261128_000003_carriers::Migration),
            Box::new(m20261128_000004_purchases::Migration),
            Box::new(m20261128_000005_outbox::Migration),
            Box::new(m20261128_000006_ticket_barcode::Migration),
        ]
    }
}

/// The names of all migrations this build knows, oldest first.
pub fn known_migrations() -> Vec<String> {
    Migrator::migrations()
        .iter()
        .map(|m| m.name().to_string())
        .collect()
}

/// The name of the newest migration this build knows: the wallet schema it writes.
pub fn latest_migration() -> String {
    known_migrations().pop().unwrap_or_default()
}
