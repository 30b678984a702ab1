-- The sandbox carrier's database. Every statement is idempotent: it runs on each start.
-- Instants used for comparisons are integer Unix milliseconds (`*_ms`); others RFC 3339 text.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Sellers and their API keys (SHA-256 of the key, never the key itself).
CREATE TABLE IF NOT EXISTS clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- One run of a route; `def` is the generated timetable entry (JSON).
CREATE TABLE IF NOT EXISTS trips (
    id TEXT PRIMARY KEY,
    carrier TEXT NOT NULL,
    service_date TEXT NOT NULL,
    def TEXT NOT NULL,
    delay_minutes INTEGER NOT NULL DEFAULT 0,
    platform TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS trips_by_date ON trips(service_date);

CREATE TABLE IF NOT EXISTS signing_keys (
    carrier TEXT NOT NULL,
    key_id INTEGER NOT NULL,
    public_key TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    PRIMARY KEY (carrier, key_id)
);

CREATE TABLE IF NOT EXISTS holds (
    id TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    carrier TEXT NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips(id),
    from_idx INTEGER NOT NULL,
    to_idx INTEGER NOT NULL,
    service_class TEXT NOT NULL,
    fare TEXT NOT NULL,
    passengers TEXT NOT NULL,
    items TEXT NOT NULL,
    total INTEGER NOT NULL,
    contact_email TEXT,
    status TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    booking_reference TEXT
);
CREATE INDEX IF NOT EXISTS holds_lapsing ON holds(status, expires_ms);

-- A seat held or sold. The primary key is what makes a seat impossible to sell twice.
-- A held seat has `hold_id` and `expires_ms`; a sold one has `ticket_number`.
CREATE TABLE IF NOT EXISTS seat_claims (
    trip_id TEXT NOT NULL REFERENCES trips(id),
    carriage TEXT NOT NULL,
    seat TEXT NOT NULL,
    service_class TEXT NOT NULL,
    hold_id TEXT,
    ticket_number TEXT,
    expires_ms INTEGER,
    PRIMARY KEY (trip_id, carriage, seat)
);
CREATE INDEX IF NOT EXISTS seat_claims_by_hold ON seat_claims(hold_id);
CREATE INDEX IF NOT EXISTS seat_claims_by_ticket ON seat_claims(ticket_number);

CREATE TABLE IF NOT EXISTS bookings (
    reference TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    carrier TEXT NOT NULL,
    passengers TEXT NOT NULL,
    contact_email TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS booking_segments (
    reference TEXT NOT NULL REFERENCES bookings(reference),
    idx INTEGER NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips(id),
    from_idx INTEGER NOT NULL,
    to_idx INTEGER NOT NULL,
    service_class TEXT NOT NULL,
    fare TEXT NOT NULL,
    PRIMARY KEY (reference, idx)
);

CREATE TABLE IF NOT EXISTS tickets (
    number TEXT PRIMARY KEY,
    carrier TEXT NOT NULL,
    reference TEXT NOT NULL REFERENCES bookings(reference),
    passenger INTEGER NOT NULL,
    segment INTEGER NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips(id),
    carriage TEXT,
    seat TEXT,
    berth TEXT,
    price TEXT NOT NULL,
    status TEXT NOT NULL,
    token TEXT,
    key_id INTEGER,
    issued_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tickets_by_booking ON tickets(reference);
CREATE INDEX IF NOT EXISTS tickets_by_trip ON tickets(trip_id);

CREATE TABLE IF NOT EXISTS ticket_serials (
    carrier TEXT PRIMARY KEY,
    next INTEGER NOT NULL
);

-- Priced refunds and exchanges waiting to be accepted.
CREATE TABLE IF NOT EXISTS after_sales_offers (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    reference TEXT NOT NULL REFERENCES bookings(reference),
    body TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0
);

-- The events feed; `client_id` NULL means every client sees it.
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    carrier TEXT NOT NULL,
    client_id INTEGER,
    at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_carrier ON events(carrier, seq);

CREATE TABLE IF NOT EXISTS revocations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    carrier TEXT NOT NULL,
    ticket_number TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS revocations_by_carrier ON revocations(carrier, seq);

-- First answers to state-changing requests, replayed for a repeated Idempotency-Key.
CREATE TABLE IF NOT EXISTS idempotency (
    client_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    body BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (client_id, key)
);
