//! Buying through Sapar: payments in flight, links from booked segments to the
//! carrier's trips, and the offers of the latest search.
//!
//! - `pending_purchase`: written before a payment is sent, with its idempotency key, so
//!   that after a crash, a timeout or a lost answer the same payment is sent again (the
//!   carrier replays its first answer) and the wallet ends with exactly the booking the
//!   carrier has. The payment body is kept only until the purchase settles.
//! - `segment_trip`: the carrier's id of each booked trip, which its events name.
//!   Deliberately no foreign key: saving a booking rewrites its segment rows, and the
//!   links must outlive that.
//! - `search_offer`: the offers of the latest search, numbered as shown, so that a
//!   person can pick one by its number.

use sea_orm_migration::prelude::*;

/// Creates the pending purchase, segment trip and search offer tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
CREATE TABLE pending_purchase (
    id                TEXT NOT NULL PRIMARY KEY,
    carrier           TEXT NOT NULL,
    hold_id           TEXT NOT NULL,
    idempotency_key   TEXT NOT NULL,
    -- The confirm request as sent: in the OS keyring (`request_ref`) where it works,
    -- else here; cleared once the purchase settles.
    request           TEXT,
    request_ref       TEXT,
    purchase_label    TEXT NOT NULL,
    state             TEXT NOT NULL,
    total_tiyn        INTEGER NOT NULL,
    hold_expires_at   TEXT NOT NULL,
    booking_reference TEXT,
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX pending_purchase_open ON pending_purchase (created_at) WHERE state = 'sending';

CREATE TABLE segment_trip (
    booking_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    carrier    TEXT NOT NULL,
    trip_id    TEXT NOT NULL,
    PRIMARY KEY (booking_id, position)
) WITHOUT ROWID;
CREATE INDEX segment_trip_by_trip ON segment_trip (carrier, trip_id);

CREATE TABLE search_offer (
    number      INTEGER NOT NULL PRIMARY KEY,
    carrier     TEXT NOT NULL,
    offer_id    TEXT NOT NULL,
    offer       TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    searched_at TEXT NOT NULL
);
CREATE INDEX search_offer_by_id ON search_offer (offer_id);

UPDATE meta SET value = '4' WHERE key = 'schema_version';
"#;

const DOWN: &str = r#"
DROP TABLE search_offer;
DROP TABLE segment_trip;
DROP TABLE pending_purchase;
UPDATE meta SET value = '3' WHERE key = 'schema_version';
"#;

sql_migration!();
