//! Trust for offline verification: the carriers' ticket-signing public keys, with their
//! validity, and the revocation list of tickets that were refunded, exchanged or
//! cancelled. Both are filled from carriers when online and read with no network.

use sea_orm_migration::prelude::*;

/// Creates the key ring and revocation tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
CREATE TABLE carrier_key (
    carrier     TEXT NOT NULL,
    key_id      INTEGER NOT NULL,
    public_key  TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_until TEXT,
    revoked_at  TEXT,
    PRIMARY KEY (carrier, key_id)
) WITHOUT ROWID;

CREATE TABLE revocation (
    carrier       TEXT NOT NULL,
    ticket_number TEXT NOT NULL,
    reason        TEXT NOT NULL,
    revoked_at    TEXT NOT NULL,
    PRIMARY KEY (carrier, ticket_number)
) WITHOUT ROWID;

UPDATE meta SET value = '2' WHERE key = 'schema_version';
"#;

const DOWN: &str = r#"
DROP TABLE revocation;
DROP TABLE carrier_key;
UPDATE meta SET value = '1' WHERE key = 'schema_version';
"#;

sql_migration!();
