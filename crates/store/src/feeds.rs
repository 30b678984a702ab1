//! Carriers' feeds applied to the wallet: delays, platforms, cancelled trips, ticket
//! status changes and revocations, each batch in one transaction with the feed's cursor,
//! so that a batch is applied wholly or not at all and applying it twice changes
//! nothing. What changed comes back as [`Change`]s for the person to see.

use crate::changes::{Change, FeedEffect};
use crate::read::load_bookings;
use crate::rows::{fingerprint, lookup_key, parse_status, utc_text};
use crate::sql::marks;
use crate::write::CHUNK;
use crate::{StoreError, Wallet};
use chrono::Utc;
use sapar_domain::TicketStatus;
use sapar_ticket::Revocation;
use sea_orm::{DatabaseTransaction, Value};
use std::collections::{BTreeSet, HashMap};

/// What a batch does to one trip.
#[derive(Default)]
struct TripFold {
    delay: Option<i32>,
    platform: Option<String>,
    cancelled: bool,
}

/// A ticket of the wallet a batch touches.
struct TicketHit {
    id: i64,
    booking_id: String,
    number: String,
    status: TicketStatus,
    reference: String,
    passenger: String,
}

impl Wallet {
    /// Where the wallet stands in a carrier's feed (`events`, `revocations`).
    pub async fn feed_cursor(
        &self,
        carrier: &str,
        feed: &str,
    ) -> Result<Option<String>, StoreError> {
        let rows = self
            .rows_on(
                &self.db,
                "SELECT cursor FROM feed_cursor WHERE carrier = ? AND feed = ?",
                vec![carrier.into(), feed.into()],
            )
            .await?;
        rows.first()
            .map(|r| self.column::<String>(r, 0, "feed_cursor"))
            .transpose()
    }

    /// Applies a batch of a carrier's feed and moves the feed's cursor to `cursor`, in
    /// one transaction. Statuses move only along the ticket lifecycle; values already
    /// in the wallet are left alone, so a batch applied twice changes nothing the
    /// second time. Returns what changed.
    pub async fn apply_feed(
        &self,
        carrier: &str,
        feed: &str,
        effects: &[FeedEffect],
        cursor: &str,
    ) -> Result<Vec<Change>, StoreError> {
        let txn = self.begin_write().await?;
        let result = self.apply_in(&txn, carrier, feed, effects, cursor).await;
        self.finish(txn, result).await
    }

    async fn apply_in(
        &self,
        txn: &DatabaseTransaction,
        carrier: &str,
        feed: &str,
        effects: &[FeedEffect],
        cursor: &str,
    ) -> Result<Vec<Change>, StoreError> {
        let mut trips: HashMap<&str, TripFold> = HashMap::new();
        let mut statuses: Vec<(String, TicketStatus)> = Vec::new();
        let mut revoked: HashMap<&str, Revocation> = HashMap::new();
        for e in effects {
            match e {
                FeedEffect::TripDelayed {
                    trip_id,
                    delay_minutes,
                } => trips.entry(trip_id).or_default().delay = Some(*delay_minutes),
                FeedEffect::PlatformChanged { trip_id, platform } => {
                    trips.entry(trip_id).or_default().platform = Some(platform.clone())
                }
                FeedEffect::TripCancelled { trip_id } => {
                    trips.entry(trip_id).or_default().cancelled = true
                }
                FeedEffect::TicketStatus {
                    ticket_number,
                    status,
                } => statuses.push((lookup_key(ticket_number), *status)),
                FeedEffect::Revoked {
                    ticket_number,
                    revocation,
                } => {
                    revoked.insert(ticket_number, *revocation);
                }
            }
        }
        let mut changes = Vec::new();
        let mut touched: BTreeSet<String> = BTreeSet::new();
        let cancelled = self
            .apply_trips(txn, carrier, &trips, &mut changes, &mut touched)
            .await?;
        self.apply_statuses(
            txn,
            carrier,
            &cancelled,
            &statuses,
            &mut changes,
            &mut touched,
        )
        .await?;
        let revoked: Vec<(String, String, Revocation)> = revoked
            .into_iter()
            .map(|(n, r)| (carrier.to_string(), n.to_string(), r))
            .collect();
        insert_revocations(self, txn, &revoked).await?;
        self.refresh_fingerprints(txn, &touched).await?;
        self.exec_on(
            txn,
            "INSERT INTO feed_cursor (carrier, feed, cursor, updated_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (carrier, feed) DO UPDATE SET cursor = excluded.cursor, \
             updated_at = excluded.updated_at",
            vec![
                carrier.into(),
                feed.into(),
                cursor.into(),
                utc_text(Utc::now()).into(),
            ],
        )
        .await?;
        Ok(changes)
    }

    /// Delays and platforms of the booked segments of these trips; returns the
    /// segments of cancelled trips as (booking id, position).
    async fn apply_trips(
        &self,
        txn: &DatabaseTransaction,
        carrier: &str,
        trips: &HashMap<&str, TripFold>,
        changes: &mut Vec<Change>,
        touched: &mut BTreeSet<String>,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let ids: Vec<&str> = trips.keys().copied().collect();
        let mut cancelled = Vec::new();
        let mut updates: Vec<Vec<Value>> = Vec::new();
        let t = "segment";
        for chunk in ids.chunks(CHUNK) {
            let mut values: Vec<Value> = vec![carrier.into()];
            values.extend(chunk.iter().map(|id| Value::from(*id)));
            let rows = self
                .rows_on(
                    txn,
                    &format!(
                        "SELECT st.trip_id, s.booking_id, s.position, s.delay_minutes, s.platform, \
                         s.trip_number, s.from_code, s.to_code, s.departure_utc, b.reference \
                         FROM segment_trip st \
                         JOIN segment s ON s.booking_id = st.booking_id AND s.position = st.position \
                         JOIN booking b ON b.id = st.booking_id \
                         WHERE st.carrier = ? AND st.trip_id IN ({})",
                        marks(chunk.len())
                    ),
                    values,
                )
                .await?;
            for row in rows {
                let trip_id: String = self.column(&row, 0, t)?;
                let Some(fold) = trips.get(trip_id.as_str()) else {
                    continue;
                };
                let booking_id: String = self.column(&row, 1, t)?;
                let position: i64 = self.column(&row, 2, t)?;
                let delay: i32 = self.column(&row, 3, t)?;
                let platform: Option<String> = self.column(&row, 4, t)?;
                let trip_number: String = self.column(&row, 5, t)?;
                let from_code: String = self.column(&row, 6, t)?;
                let reference: String = self.column(&row, 9, t)?;
                let new_delay = fold.delay.filter(|d| *d != delay);
                let new_platform = fold
                    .platform
                    .as_ref()
                    .filter(|p| platform.as_ref() != Some(*p));
                if new_delay.is_some() || new_platform.is_some() {
                    updates.push(vec![
                        booking_id.clone().into(),
                        position.into(),
                        new_delay.unwrap_or(delay).into(),
                        new_platform.cloned().or(platform.clone()).into(),
                    ]);
                    touched.insert(booking_id.clone());
                }
                if let Some(d) = new_delay {
                    changes.push(Change::Delay {
                        carrier: carrier.to_string(),
                        reference: reference.clone(),
                        trip_number: trip_number.clone(),
                        from_code: from_code.clone(),
                        to_code: self.column(&row, 7, t)?,
                        departure_utc: self.column(&row, 8, t)?,
                        delay_minutes: d,
                        previous_minutes: delay,
                    });
                }
                if let Some(p) = new_platform {
                    changes.push(Change::Platform {
                        carrier: carrier.to_string(),
                        reference,
                        trip_number,
                        from_code,
                        platform: p.clone(),
                        previous: platform,
                    });
                }
                if fold.cancelled {
                    cancelled.push((booking_id, position));
                }
            }
        }
        self.update_from(
            txn,
            "segment SET delay_minutes = v.column3, platform = v.column4",
            "segment.booking_id = v.column1 AND segment.position = v.column2",
            updates,
        )
        .await?;
        Ok(cancelled)
    }

    /// Moves tickets along the lifecycle: those of cancelled segments to cancelled by
    /// carrier, then the statuses the feed names, in order.
    async fn apply_statuses(
        &self,
        txn: &DatabaseTransaction,
        carrier: &str,
        cancelled: &[(String, i64)],
        statuses: &[(String, TicketStatus)],
        changes: &mut Vec<Change>,
        touched: &mut BTreeSet<String>,
    ) -> Result<(), StoreError> {
        let mut steps: Vec<(i64, TicketStatus)> = Vec::new();
        let mut hits: HashMap<i64, TicketHit> = HashMap::new();
        let columns = "t.id, t.booking_id, t.number, t.status, t.segment_position, t.number_key, \
             b.reference, p.surname, p.given_names FROM ticket t \
             JOIN booking b ON b.id = t.booking_id \
             JOIN passenger p ON p.booking_id = t.booking_id AND p.position = t.passenger_position";
        // Tickets of cancelled segments.
        let by_booking: HashMap<&str, Vec<i64>> =
            cancelled.iter().fold(HashMap::new(), |mut m, (b, p)| {
                m.entry(b.as_str()).or_default().push(*p);
                m
            });
        let bookings: Vec<&str> = by_booking.keys().copied().collect();
        for chunk in bookings.chunks(CHUNK) {
            let values: Vec<Value> = chunk.iter().map(|b| Value::from(*b)).collect();
            let sql = format!(
                "SELECT {columns} WHERE t.booking_id IN ({})",
                marks(chunk.len())
            );
            for row in self.rows_on(txn, &sql, values).await? {
                let hit = self.ticket_hit(&row)?;
                let position: i64 = self.column(&row, 4, "ticket")?;
                if by_booking
                    .get(hit.booking_id.as_str())
                    .is_some_and(|ps| ps.contains(&position))
                {
                    steps.push((hit.id, TicketStatus::CancelledByCarrier));
                    hits.insert(hit.id, hit);
                }
            }
        }
        // Tickets the feed names.
        let keys: Vec<&str> = statuses
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut by_key: HashMap<String, i64> = HashMap::new();
        for chunk in keys.chunks(CHUNK) {
            let mut values: Vec<Value> = vec![carrier.into()];
            values.extend(chunk.iter().map(|k| Value::from(*k)));
            let sql = format!(
                "SELECT {columns} WHERE t.carrier = ? AND t.number_key IN ({})",
                marks(chunk.len())
            );
            for row in self.rows_on(txn, &sql, values).await? {
                let hit = self.ticket_hit(&row)?;
                by_key.insert(self.column(&row, 5, "ticket")?, hit.id);
                hits.insert(hit.id, hit);
            }
        }
        steps.extend(
            statuses
                .iter()
                .filter_map(|(k, s)| by_key.get(k).map(|id| (*id, *s))),
        );
        // Walk each ticket through its steps.
        let mut now: HashMap<i64, TicketStatus> = HashMap::new();
        for (id, to) in steps {
            let Some(hit) = hits.get(&id) else { continue };
            let current = now.entry(id).or_insert(hit.status);
            if current.can_become(to) {
                *current = to;
            }
        }
        let mut ids: Vec<i64> = now.keys().copied().collect();
        ids.sort_unstable();
        let mut updates: Vec<Vec<Value>> = Vec::new();
        for id in ids {
            let (Some(hit), Some(&to)) = (hits.get(&id), now.get(&id)) else {
                continue;
            };
            if to == hit.status {
                continue;
            }
            updates.push(vec![id.into(), to.as_str().into()]);
            touched.insert(hit.booking_id.clone());
            changes.push(Change::TicketStatus {
                carrier: carrier.to_string(),
                reference: hit.reference.clone(),
                ticket_number: hit.number.clone(),
                passenger: hit.passenger.clone(),
                from: hit.status,
                to,
            });
        }
        self.update_from(
            txn,
            "ticket SET status = v.column2",
            "ticket.id = v.column1",
            updates,
        )
        .await
    }

    fn ticket_hit(&self, row: &sea_orm::QueryResult) -> Result<TicketHit, StoreError> {
        let t = "ticket";
        let status: String = self.column(row, 3, t)?;
        let surname: String = self.column(row, 7, t)?;
        let given: String = self.column(row, 8, t)?;
        Ok(TicketHit {
            id: self.column(row, 0, t)?,
            booking_id: self.column(row, 1, t)?,
            number: self.column(row, 2, t)?,
            status: parse_status(&status).map_err(|detail| StoreError::Corrupt {
                path: self.path.clone(),
                detail,
            })?,
            reference: self.column(row, 6, t)?,
            passenger: if given.is_empty() {
                surname
            } else {
                format!("{surname} {given}")
            },
        })
    }

    /// Keeps the fingerprints of changed bookings true to their content.
    async fn refresh_fingerprints(
        &self,
        txn: &DatabaseTransaction,
        ids: &BTreeSet<String>,
    ) -> Result<(), StoreError> {
        let ids: Vec<String> = ids.iter().cloned().collect();
        let saved_at = utc_text(Utc::now());
        for chunk in ids.chunks(CHUNK) {
            let rows = load_bookings(txn, &self.path, chunk)
                .await?
                .iter()
                .map(|b| {
                    vec![
                        b.id.to_string().into(),
                        fingerprint(b).into(),
                        saved_at.clone().into(),
                    ]
                })
                .collect();
            self.update_from(
                txn,
                "booking SET fingerprint = v.column2, saved_at = v.column3",
                "booking.id = v.column1",
                rows,
            )
            .await?;
        }
        Ok(())
    }

    /// `UPDATE {target} FROM (VALUES …) AS v WHERE {matches}`: many rows, each with its
    /// own values (`v.column1`, `v.column2`…), a few hundred per statement.
    async fn update_from(
        &self,
        txn: &DatabaseTransaction,
        target: &str,
        matches: &str,
        rows: Vec<Vec<Value>>,
    ) -> Result<(), StoreError> {
        let Some(width) = rows.first().map(Vec::len) else {
            return Ok(());
        };
        let row = format!("({})", marks(width));
        for chunk in rows.chunks(CHUNK) {
            let values: Vec<Value> = chunk.iter().flatten().cloned().collect();
            let list = vec![row.as_str(); chunk.len()].join(", ");
            self.exec_on(
                txn,
                &format!("UPDATE {target} FROM (VALUES {list}) AS v WHERE {matches}"),
                values,
            )
            .await?;
        }
        Ok(())
    }
}

/// Records revoked tickets inside `txn` (the latest word on a ticket wins).
pub(crate) async fn insert_revocations(
    wallet: &Wallet,
    txn: &DatabaseTransaction,
    items: &[(String, String, Revocation)],
) -> Result<(), StoreError> {
    for chunk in items.chunks(CHUNK) {
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 4);
        for (carrier, number, r) in chunk {
            values.extend([
                carrier.clone().into(),
                number.clone().into(),
                r.reason.as_str().into(),
                r.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                    .into(),
            ]);
        }
        let rows = vec!["(?, ?, ?, ?)"; chunk.len()].join(", ");
        wallet
            .exec_on(
                txn,
                &format!(
                    "INSERT INTO revocation (carrier, ticket_number, reason, revoked_at) \
                     VALUES {rows} ON CONFLICT (carrier, ticket_number) DO UPDATE SET \
                     reason = excluded.reason, revoked_at = excluded.revoked_at"
                ),
                values,
            )
            .await?;
    }
    Ok(())
}
