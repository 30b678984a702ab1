//! Ticket rows for lists and search: one flat row per ticket, read with hand-written SQL
//! over the indexes made for them (`ticket_by_departure`, the `ticket_search` FTS5 table).

use crate::rows::{parse_berth, parse_mode, parse_status};
use crate::search_query::fts_query;
use crate::{StoreError, Wallet};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sapar_domain::{Berth, Mode, TicketStatus};
use sea_orm::{ConnectionTrait, FromQueryResult, Statement, Value};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One ticket as lists and the UI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TicketRow {
    /// The booking's id.
    pub booking_id: Uuid,
    /// The booking reference.
    pub reference: String,
    /// The selling carrier's code.
    pub carrier: String,
    /// The ticket number.
    pub ticket_number: String,
    /// Where the ticket is in its life.
    pub status: TicketStatus,
    /// `SURNAME Given names`.
    pub passenger: String,
    /// Mode of transport.
    pub mode: Mode,
    /// Train, flight or route number.
    pub trip_number: String,
    /// Departure place code.
    pub from_code: String,
    /// Departure place name.
    pub from_name: String,
    /// Arrival place code.
    pub to_code: String,
    /// Arrival place name.
    pub to_name: String,
    /// Departure, RFC 3339 UTC (`2026-12-01T16:40:00Z`).
    pub departure_utc: String,
    /// IANA zone of the departure.
    pub departure_zone: String,
    /// Local departure time, `YYYY-MM-DD HH:MM`.
    pub departure_local: String,
    /// Arrival, RFC 3339 UTC.
    pub arrival_utc: String,
    /// IANA zone of the arrival.
    pub arrival_zone: String,
    /// Local arrival time, `YYYY-MM-DD HH:MM`.
    pub arrival_local: String,
    /// Class or cabin.
    pub service_class: String,
    /// Carriage, when assigned.
    pub carriage: Option<String>,
    /// Seat or berth number, when assigned.
    pub seat: Option<String>,
    /// Upper or lower berth.
    pub berth: Option<Berth>,
    /// What the ticket cost, in tiyn.
    pub total_tiyn: i64,
    /// Announced delay in minutes (0 when on time).
    pub delay_minutes: i32,
    /// Platform or gate, when announced.
    pub platform: Option<String>,
}

/// Which tickets to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// Trips not over yet (arrival at or after `now`, including trips under way), soonest
    /// departure first.
    Upcoming,
    /// Trips over (arrival before `now`), latest departure first.
    Past,
    /// Every ticket, earliest departure first.
    All,
}

/// A page request for [`Wallet::list`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListQuery {
    /// Which tickets.
    pub when: When,
    /// The instant that splits upcoming from past.
    pub now: DateTime<Utc>,
    /// Rows to skip.
    pub offset: u32,
    /// Rows to return at most.
    pub limit: u32,
}

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Page<T> {
    /// The rows of this page.
    pub items: Vec<T>,
    /// How many rows the whole list has.
    pub total: u32,
    /// The index of the first row of this page in the whole list.
    pub offset: u32,
}

/// At most this many rows come back from one search.
pub const MAX_SEARCH_RESULTS: u32 = 1000;

const ROW_COLUMNS: &str = "b.id AS booking_id, b.reference, b.carrier, t.number, t.status, \
    p.surname, p.given_names, s.mode, s.trip_number, s.from_code, s.from_name, s.to_code, \
    s.to_name, s.departure_utc, s.departure_zone, s.arrival_utc, s.arrival_zone, \
    s.service_class, t.carriage, t.seat, t.berth, t.total_tiyn, s.delay_minutes, s.platform";

const ROW_JOINS: &str = "JOIN booking b ON b.id = t.booking_id \
    JOIN passenger p ON p.booking_id = t.booking_id AND p.position = t.passenger_position \
    JOIN segment s ON s.booking_id = t.booking_id AND s.position = t.segment_position";

/// How a ticket row comes out of SQL, before its values are parsed.
#[derive(Debug, FromQueryResult)]
struct TicketRecord {
    booking_id: String,
    reference: String,
    carrier: String,
    number: String,
    status: String,
    surname: String,
    given_names: String,
    mode: String,
    trip_number: String,
    from_code: String,
    from_name: String,
    to_code: String,
    to_name: String,
    departure_utc: String,
    departure_zone: String,
    arrival_utc: String,
    arrival_zone: String,
    service_class: String,
    carriage: Option<String>,
    seat: Option<String>,
    berth: Option<String>,
    total_tiyn: i64,
    delay_minutes: i32,
    platform: Option<String>,
    /// The length of the whole list (list pages only).
    total: Option<i64>,
}

/// The filter of a list over tickets aliased `alias`; `?1` is `now` in Unix seconds.
fn list_filter(when: When, alias: &str) -> String {
    match when {
        // A trip under way departed before `now`, but not longer ago than the longest trip
        // in the wallet: that bounds the range of the index to scan.
        When::Upcoming => format!(
            "{alias}.in_bin = 0 AND {alias}.arrives_at >= ?1 AND {alias}.departs_at >= ?1 - \
             (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'longest_trip_seconds')"
        ),
        When::Past => {
            format!("{alias}.in_bin = 0 AND {alias}.departs_at < ?1 AND {alias}.arrives_at < ?1")
        }
        // Every ticket: `now` plays no part (`?1` is only bound).
        When::All => format!("{alias}.in_bin = 0 AND ?1 IS NOT NULL"),
    }
}

/// Counts the tickets of a list. A count steps through every index entry in range, so
/// it reads as few columns as it can: trips departing after `now` (whose arrival follows)
/// are counted on `departs_at` alone, and trips under way, a short range, on both times.
fn count_sql(when: When) -> String {
    let under_way = "SELECT count(*) FROM ticket c WHERE c.in_bin = 0 AND c.arrives_at >= ?1 \
         AND c.departs_at < ?1 AND c.departs_at >= ?1 - \
         (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'longest_trip_seconds')";
    match when {
        When::Upcoming => format!(
            "SELECT (SELECT count(*) FROM ticket c WHERE c.in_bin = 0 AND c.departs_at >= ?1) \
             + ({under_way})"
        ),
        When::Past => format!(
            "SELECT (SELECT count(*) FROM ticket c WHERE c.in_bin = 0 AND c.departs_at < ?1) \
             - ({under_way})"
        ),
        When::All => "SELECT count(*) FROM ticket c WHERE c.in_bin = 0 AND ?1 IS NOT NULL".into(),
    }
}

/// The SQL counting a list, and the SQL of one page of it with the count in a `total`
/// column (so a page costs one round trip). Parameters: `?1` now, `?2` limit, `?3` offset.
fn list_sql(when: When) -> (String, String) {
    let order = match when {
        When::Upcoming | When::All => "t.departs_at, t.arrives_at, t.id",
        When::Past => "t.departs_at DESC, t.arrives_at DESC, t.id DESC",
    };
    let count = count_sql(when);
    let page = format!(
        "SELECT {ROW_COLUMNS}, ({count}) AS total FROM ticket t {ROW_JOINS} \
         WHERE {} ORDER BY {order} LIMIT ?2 OFFSET ?3",
        list_filter(when, "t")
    );
    (count, page)
}

/// The SQL of a search. Parameters: `?1` the FTS5 query, `?2` now, `?3` the limit.
///
/// The best matches are picked first from the search index and the ticket table alone
/// (codes weigh most, then names, then places, then the date; then trips not over yet,
/// soonest first); only those few rows are then joined with their booking, passenger
/// and segment.
fn search_sql() -> String {
    format!(
        "SELECT {ROW_COLUMNS}, NULL AS total FROM \
           (SELECT t.id AS ticket_id, m.score, t.arrives_at < ?2 AS over, \
                   abs(t.departs_at - ?2) AS distance \
            FROM (SELECT rowid AS ticket_id, bm25(ticket_search, 10.0, 5.0, 2.0, 1.0) AS score \
                  FROM ticket_search WHERE ticket_search MATCH ?1) AS m \
            JOIN ticket t ON t.id = m.ticket_id \
            WHERE t.in_bin = 0 \
            ORDER BY m.score, over, distance, t.id \
            LIMIT ?3) AS top \
         JOIN ticket t ON t.id = top.ticket_id {ROW_JOINS} \
         ORDER BY top.score, top.over, top.distance, top.ticket_id"
    )
}

/// `YYYY-MM-DD HH:MM` in `zone` for an RFC 3339 instant.
fn local_text(utc: &str, zone: &str) -> Result<String, String> {
    let t = DateTime::parse_from_rfc3339(utc).map_err(|e| format!("bad instant {utc:?}: {e}"))?;
    let tz: Tz = zone
        .parse()
        .map_err(|_| format!("unknown time zone {zone:?}"))?;
    Ok(t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string())
}

impl TicketRecord {
    fn into_row(self) -> Result<TicketRow, String> {
        let passenger = if self.given_names.is_empty() {
            self.surname
        } else {
            format!("{} {}", self.surname, self.given_names)
        };
        Ok(TicketRow {
            booking_id: Uuid::parse_str(&self.booking_id).map_err(|e| e.to_string())?,
            reference: self.reference,
            carrier: self.carrier,
            ticket_number: self.number,
            status: parse_status(&self.status)?,
            passenger,
            mode: parse_mode(&self.mode)?,
            trip_number: self.trip_number,
            from_code: self.from_code,
            from_name: self.from_name,
            to_code: self.to_code,
            to_name: self.to_name,
            departure_local: local_text(&self.departure_utc, &self.departure_zone)?,
            departure_utc: self.departure_utc,
            departure_zone: self.departure_zone,
            arrival_local: local_text(&self.arrival_utc, &self.arrival_zone)?,
            arrival_utc: self.arrival_utc,
            arrival_zone: self.arrival_zone,
            service_class: self.service_class,
            carriage: self.carriage,
            seat: self.seat,
            berth: self.berth.as_deref().and_then(parse_berth),
            total_tiyn: self.total_tiyn,
            delay_minutes: self.delay_minutes,
            platform: self.platform,
        })
    }
}

impl Wallet {
    /// One page of tickets (bookings in the bin left out), one row per ticket.
    pub async fn list(&self, query: &ListQuery) -> Result<Page<TicketRow>, StoreError> {
        let now: Value = query.now.timestamp().into();
        let (count_sql, page_sql) = list_sql(query.when);
        let backend = self.db.get_database_backend();
        let records = self
            .ticket_records(Statement::from_sql_and_values(
                backend,
                page_sql,
                [
                    now.clone(),
                    i64::from(query.limit).into(),
                    i64::from(query.offset).into(),
                ],
            ))
            .await?;
        let total = match records.first().and_then(|r| r.total) {
            Some(total) => total,
            // An empty page carries no count: ask for it.
            None => self
                .db
                .query_one_raw(Statement::from_sql_and_values(backend, count_sql, [now]))
                .await
                .map_err(|e| self.err(e))?
                .and_then(|r| r.try_get_by_index::<i64>(0).ok())
                .unwrap_or(0),
        };
        Ok(Page {
            items: self.rows(records)?,
            total: u32::try_from(total).unwrap_or(u32::MAX),
            offset: query.offset,
        })
    }

    /// Tickets matching what a person typed: a passenger's surname or given name (or the
    /// start of one), an IIN, a document number, a booking reference, a ticket number, a
    /// place code or name, a trip number, or a local departure date (`2026-12-01` or
    /// `01.12.2026`). Every word must match. Best matches first (codes before names before
    /// places), then trips not over yet, soonest first. Bookings in the bin are left out.
    pub async fn search(&self, text: &str, limit: u32) -> Result<Vec<TicketRow>, StoreError> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let limit = limit.min(MAX_SEARCH_RESULTS);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let records = self
            .ticket_records(Statement::from_sql_and_values(
                self.db.get_database_backend(),
                search_sql(),
                [
                    query.into(),
                    Utc::now().timestamp().into(),
                    i64::from(limit).into(),
                ],
            ))
            .await?;
        self.rows(records)
    }

    async fn ticket_records(&self, statement: Statement) -> Result<Vec<TicketRecord>, StoreError> {
        TicketRecord::find_by_statement(statement)
            .all(&self.db)
            .await
            .map_err(|e| self.err(e))
    }

    fn rows(&self, records: Vec<TicketRecord>) -> Result<Vec<TicketRow>, StoreError> {
        records
            .into_iter()
            .map(|r| {
                r.into_row().map_err(|detail| StoreError::Corrupt {
                    path: self.path.clone(),
                    detail,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::ConnectionTrait;

    async fn plan(w: &Wallet, sql: &str, params: Vec<Value>) -> String {
        let rows =
            w.db.query_all_raw(Statement::from_sql_and_values(
                w.db.get_database_backend(),
                format!("EXPLAIN QUERY PLAN {sql}"),
                params,
            ))
            .await
            .expect("explain");
        rows.iter()
            .filter_map(|r| r.try_get::<String>("", "detail").ok())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[tokio::test]
    async fn lists_and_search_use_their_indexes() {
        let w = Wallet::open_in_memory().await.expect("wallet");
        for when in [When::Upcoming, When::Past, When::All] {
            let (count, page) = list_sql(when);
            let count_plan = plan(&w, &count, vec![0i64.into()]).await;
            assert!(
                count_plan.contains("SEARCH c USING COVERING INDEX ticket_by_departure")
                    || (when == When::All
                        && count_plan.contains("SCAN c USING COVERING INDEX ticket_by_departure")),
                "{when:?} count:\n{count_plan}"
            );
            let page_plan = plan(&w, &page, vec![0i64.into(), 50i64.into(), 0i64.into()]).await;
            assert!(
                page_plan.contains("t USING INDEX ticket_by_departure"),
                "{when:?} page:\n{page_plan}"
            );
            assert!(
                page_plan.contains("c USING COVERING INDEX ticket_by_departure"),
                "{when:?} page total:\n{page_plan}"
            );
            assert!(
                !page_plan.contains("TEMP B-TREE"),
                "{when:?} sorts:\n{page_plan}"
            );
            for table in [
                "b USING INDEX",
                "p USING PRIMARY KEY",
                "s USING PRIMARY KEY",
            ] {
                assert!(
                    page_plan.contains(&format!("SEARCH {table}")),
                    "{table}:\n{page_plan}"
                );
            }
        }
        let search_plan = plan(
            &w,
            &search_sql(),
            vec!["zhu*".into(), 0i64.into(), 20i64.into()],
        )
        .await;
        assert!(search_plan.contains("VIRTUAL TABLE INDEX"), "{search_plan}");
        assert!(
            search_plan.contains("SEARCH t USING INTEGER PRIMARY KEY"),
            "{search_plan}"
        );
        // Only the few best matches are joined with their booking, passenger and segment.
        let after_top = search_plan.split("SCAN top").nth(1).unwrap_or_default();
        for table in [
            "b USING INDEX",
            "p USING PRIMARY KEY",
            "s USING PRIMARY KEY",
        ] {
            assert!(
                after_top.contains(&format!("SEARCH {table}")),
                "{table}:\n{search_plan}"
            );
        }
        // Matches come from the FTS5 index, tickets by their row id: no table is scanned
        // (only the few rows picked, `top`).
        assert!(
            search_plan.lines().all(|l| !l.starts_with("SCAN")
                || l.contains("VIRTUAL TABLE INDEX")
                || l == "SCAN top"),
            "{search_plan}"
        );
    }
}
