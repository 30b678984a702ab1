//! The original barcode of an imported ticket: the code its issuer printed (a boarding
//! pass's PDF417 or Aztec code, a Wallet pass's barcode), kept to be shown at the gate.
//!
//! Two nullable columns on `ticket`, both set or both empty: `barcode_text`, the code's
//! text exactly as read, and `barcode_format`, its symbology's stable name (`pdf417`,
//! `aztec`, `qr`, `code128`). Tickets saved before this migration have none.

use sea_orm_migration::prelude::*;

/// Adds the barcode columns to the ticket table.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
ALTER TABLE ticket ADD COLUMN barcode_text TEXT;
ALTER TABLE ticket ADD COLUMN barcode_format TEXT;

UPDATE meta SET value = '6' WHERE key = 'schema_version';
"#;

const DOWN: &str = r#"
ALTER TABLE ticket DROP COLUMN barcode_format;
ALTER TABLE ticket DROP COLUMN barcode_text;
UPDATE meta SET value = '5' WHERE key = 'schema_version';
"#;

sql_migration!();

#[cfg(test)]
mod tests {
    use crate::{Migrator, MigratorTrait};
    use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

    async fn texts(db: &DatabaseConnection, sql: &str) -> Vec<String> {
        db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get_by_index::<String>(0).unwrap())
            .collect()
    }

    async fn barcode_columns(db: &DatabaseConnection) -> Vec<String> {
        texts(
            db,
            "SELECT name FROM pragma_table_info('ticket') WHERE name LIKE 'barcode%' ORDER BY cid",
        )
        .await
    }

    #[tokio::test]
    async fn adds_the_barcode_columns_and_takes_them_back() {
        let db = Database::connect("sqlite::memory:").await.unwrap();
        Migrator::up(&db, Some(5)).await.unwrap();
        assert!(barcode_columns(&db).await.is_empty());
        Migrator::up(&db, None).await.unwrap();
        assert_eq!(
            barcode_columns(&db).await,
            ["barcode_text", "barcode_format"]
        );
        assert_eq!(
            texts(&db, "SELECT value FROM meta WHERE key = 'schema_version'").await,
            ["6"]
        );
        Migrator::down(&db, Some(1)).await.unwrap();
        assert!(barcode_columns(&db).await.is_empty());
        assert_eq!(
            texts(&db, "SELECT value FROM meta WHERE key = 'schema_version'").await,
            ["5"]
        );
    }
}
