//! The outbox: after-sales requests (refunds) waiting to reach their carrier.
//!
//! A request is written here before anything is sent, with the idempotency keys of
//! its steps (price the refund, accept it), so a refund asked for offline, or cut off
//! by a lost connection, is sent when the carrier can be reached, exactly once.

use sea_orm_migration::prelude::*;

/// Creates the outbox table.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
CREATE TABLE outbox (
    id                TEXT NOT NULL PRIMARY KEY,
    kind              TEXT NOT NULL,
    carrier           TEXT NOT NULL,
    booking_reference TEXT NOT NULL,
    tickets           TEXT NOT NULL,
    -- What the person accepted: the carrier's priced offer, or an estimate.
    accepted_tiyn     INTEGER NOT NULL,
    estimate          INTEGER NOT NULL,
    offer_id          TEXT,
    offer_tiyn        INTEGER,
    offer_key         TEXT NOT NULL,
    accept_key        TEXT NOT NULL,
    state             TEXT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    result_tiyn       INTEGER,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX outbox_waiting ON outbox (created_at) WHERE state = 'queued';

UPDATE meta SET value = '5' WHERE key = 'schema_version';
"#;

const DOWN: &str = r#"
DROP TABLE outbox;
UPDATE meta SET value = '4' WHERE key = 'schema_version';
"#;

sql_migration!();
