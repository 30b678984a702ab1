//! The first wallet schema: bookings with their segments, passengers and tickets, the
//! full-text search index over tickets, the bin (soft delete) and the `meta` table.
//!
//! Conventions kept by every later migration:
//! - instants are UTC: RFC 3339 text (`2026-12-01T16:40:00Z`) for what is shown, and
//!   Unix seconds (`*_at INTEGER`) for what is sorted or compared; each instant keeps
//!   the IANA zone of its place next to it;
//! - money is integer tiyn;
//! - `*_key` columns hold the trimmed, lowercase form of a code used for lookups;
//! - `meta.schema_version` is bumped by each migration that changes the schema.

use sea_orm_migration::prelude::*;

/// Creates the wallet tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
CREATE TABLE meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES
    ('format', 'sapar-wallet'),
    ('schema_version', '1'),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('longest_trip_seconds', '0');

CREATE TABLE booking (
    id                 TEXT NOT NULL PRIMARY KEY,
    reference          TEXT NOT NULL,
    reference_key      TEXT NOT NULL,
    carrier            TEXT NOT NULL,
    purchase_channel   TEXT NOT NULL,
    purchase_label     TEXT NOT NULL,
    contact_email      TEXT,
    created_at         TEXT NOT NULL,
    first_departure_at INTEGER NOT NULL,
    fingerprint        TEXT NOT NULL,
    saved_at           TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE UNIQUE INDEX booking_by_carrier_reference ON booking (carrier, reference_key);
CREATE INDEX booking_by_reference ON booking (reference_key);
CREATE INDEX booking_in_bin ON booking (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE segment (
    booking_id     TEXT NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    mode           TEXT NOT NULL,
    carrier        TEXT NOT NULL,
    trip_number    TEXT NOT NULL,
    from_code      TEXT NOT NULL,
    from_name      TEXT NOT NULL,
    from_zone      TEXT NOT NULL,
    to_code        TEXT NOT NULL,
    to_name        TEXT NOT NULL,
    to_zone        TEXT NOT NULL,
    departure_utc  TEXT NOT NULL,
    departure_zone TEXT NOT NULL,
    arrival_utc    TEXT NOT NULL,
    arrival_zone   TEXT NOT NULL,
    service_class  TEXT NOT NULL,
    fare           TEXT NOT NULL,
    delay_minutes  INTEGER NOT NULL DEFAULT 0,
    platform       TEXT,
    PRIMARY KEY (booking_id, position)
) WITHOUT ROWID;

CREATE TABLE passenger (
    booking_id      TEXT NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    surname         TEXT NOT NULL,
    given_names     TEXT NOT NULL,
    document_type   TEXT NOT NULL,
    document_number TEXT NOT NULL,
    birth_date      TEXT,
    iin             TEXT,
    category        TEXT NOT NULL,
    PRIMARY KEY (booking_id, position)
) WITHOUT ROWID;

CREATE TABLE ticket (
    id                 INTEGER PRIMARY KEY,
    booking_id         TEXT NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    carrier            TEXT NOT NULL,
    number             TEXT NOT NULL,
    number_key         TEXT NOT NULL,
    passenger_position INTEGER NOT NULL,
    segment_position   INTEGER NOT NULL,
    carriage           TEXT,
    seat               TEXT,
    berth              TEXT,
    price_items        TEXT NOT NULL,
    total_tiyn         INTEGER NOT NULL,
    status             TEXT NOT NULL,
    token              TEXT,
    departs_at         INTEGER NOT NULL,
    arrives_at         INTEGER NOT NULL,
    in_bin             INTEGER NOT NULL DEFAULT 0,
    UNIQUE (booking_id, position),
    FOREIGN KEY (booking_id, passenger_position)
        REFERENCES passenger (booking_id, position) ON DELETE CASCADE,
    FOREIGN KEY (booking_id, segment_position)
        REFERENCES segment (booking_id, position) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ticket_by_carrier_number ON ticket (carrier, number_key);
CREATE INDEX ticket_by_number ON ticket (number_key);
CREATE INDEX ticket_by_departure ON ticket (departs_at, arrives_at) WHERE in_bin = 0;

CREATE VIRTUAL TABLE ticket_search USING fts5 (
    ident,
    name,
    place,
    day,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"#;

const DOWN: &str = r#"
DROP TABLE ticket_search;
DROP TABLE ticket;
DROP TABLE passenger;
DROP TABLE segment;
DROP TABLE booking;
DROP TABLE meta;
"#;

sql_migration!();
