//! The wallet's migrations, applied to an empty database.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

use sapar_migration::{known_migrations, latest_migration, Migrator, MigratorTrait, WALLET_FORMAT};
use sea_orm::{ConnectionTrait, Database, Statement};

async fn names(db: &sea_orm::DatabaseConnection, sql: &str) -> Vec<String> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect()
}

#[tokio::test]
async fn migrations_apply_to_an_empty_database_and_roll_back() {
    let db = Database::connect("sqlite::memory:").await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    assert!(Migrator::get_pending_migrations(&db)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        names(&db, "SELECT version FROM seaql_migrations ORDER BY version").await,
        known_migrations()
    );
    let tables = names(
        &db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    )
    .await;
    for t in [
        "booking",
        "meta",
        "passenger",
        "segment",
        "ticket",
        "ticket_search",
    ] {
        assert!(
            tables.contains(&t.to_string()),
            "{t} missing from {tables:?}"
        );
    }
    assert_eq!(
        names(&db, "SELECT value FROM meta WHERE key = 'format'").await,
        [WALLET_FORMAT]
    );
    assert_eq!(
        names(&db, "SELECT value FROM meta WHERE key = 'schema_version'").await,
        [known_migrations().len().to_string()]
    );
    // Running them again changes nothing.
    Migrator::up(&db, None).await.unwrap();
    // They can be rolled back, leaving only the migrations record, and applied again.
    Migrator::down(&db, None).await.unwrap();
    let tables = names(
        &db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    )
    .await;
    assert_eq!(tables, ["seaql_migrations"]);
    Migrator::up(&db, None).await.unwrap();
    assert!(Migrator::get_pending_migrations(&db)
        .await
        .unwrap()
        .is_empty());
}

#[test]
fn migration_names_are_timestamped_and_in_order() {
    let names = known_migrations();
    assert!(!names.is_empty());
    for n in &names {
        let b = n.as_bytes();
        assert!(
            n.len() > 17
                && b[0] == b'm'
                && b[1..9].iter().all(u8::is_ascii_digit)
                && b[9] == b'_'
                && b[10..16].iter().all(u8::is_ascii_digit)
                && b[16] == b'_',
            "{n} is not named mYYYYMMDD_NNNNNN_what"
        );
    }
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(sorted, names, "migrations are listed in time order");
    assert_eq!(latest_migration(), names[names.len() - 1]);
}
