//! Carriers the wallet sells through: the configured carrier accounts (base URL, where
//! the API key is kept, enabled and demo flags), each carrier's profile cached for
//! offline use (names, contacts, fare rules, places served), and the cursors of the
//! carriers' feeds (events, revocations) so that a sync resumes where it stopped.

use sea_orm_migration::prelude::*;

/// Creates the carrier account, profile cache and feed cursor tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &str = r#"
CREATE TABLE carrier_account (
    code            TEXT NOT NULL PRIMARY KEY,
    base_url        TEXT NOT NULL,
    -- The name of the OS keyring entry holding the API key, when the keyring took it.
    secret_ref      TEXT,
    -- The API key itself, only where no OS keyring works (servers, CI) or for the
    -- public test keys of the built-in demo carriers.
    api_key         TEXT,
    enabled         INTEGER NOT NULL DEFAULT 1,
    demo            INTEGER NOT NULL DEFAULT 0,
    added_at        TEXT NOT NULL,
    last_sync_at    TEXT,
    last_sync_error TEXT
) WITHOUT ROWID;

CREATE TABLE carrier_profile (
    carrier    TEXT NOT NULL PRIMARY KEY,
    profile    TEXT NOT NULL,
    places     TEXT,
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE feed_cursor (
    carrier    TEXT NOT NULL,
    feed       TEXT NOT NULL,
    cursor     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (carrier, feed)
) WITHOUT ROWID;

UPDATE meta SET value = '3' WHERE key = 'schema_version';
"#;

const DOWN: &str = r#"
DROP TABLE feed_cursor;
DROP TABLE carrier_profile;
DROP TABLE carrier_account;
UPDATE meta SET value = '2' WHERE key = 'schema_version';
"#;

sql_migration!();
