//! Keeping the wallet in step with carriers: each carrier's events (delays,
//! cancellations, platforms, refunds, exchanges, revocations, key rotations) and its
//! revocation list are read from the cursors kept in the wallet and applied batch by
//! batch, each batch with its cursor in one transaction, so nothing is applied twice
//! and a restart resumes where it stopped. What changed comes back as [`Change`]s.
//!
//! [`Sapar::sync_now`] syncs once; [`Sapar::run_background_sync`] keeps syncing on an
//! interval, backing off exponentially (with jitter) from a carrier that fails.

use crate::carriers::Purpose;
use crate::convert::{booking_from_view, carrier_error, purchase_of, revocation, status_of};
use crate::outbox::OutboxReport;
use crate::purchase::ResumeReport;
use crate::{CoreError, Sapar};
use sapar_carrier::{Client, Event, EventKind};
use sapar_store::{Change, FeedEffect};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::time::Duration;
use tokio::time::Instant;

/// Events asked for per page.
const EVENTS_PAGE: u32 = 500;
/// Revocations asked for per page.
const REVOCATIONS_PAGE: u32 = 1000;

/// How one carrier's sync went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CarrierSync {
    /// The carrier.
    pub carrier: String,
    /// Events read.
    pub events: usize,
    /// Revocations read.
    pub revocations: usize,
    /// Changes to the wallet.
    pub changes: usize,
    /// The failure's code, if it failed.
    pub error_code: Option<String>,
    /// The failure, if it failed.
    pub error: Option<String>,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncReport {
    /// Payments finished first.
    pub purchases: Vec<ResumeReport>,
    /// Refunds sent first.
    pub outbox: Vec<OutboxReport>,
    /// Each carrier.
    pub carriers: Vec<CarrierSync>,
    /// What changed in the wallet, for the person to see.
    pub changes: Vec<Change>,
}

/// How the background sync paces itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackgroundSync {
    /// Time between syncs of a carrier that answers.
    pub every: Duration,
    /// The first wait after a carrier fails; doubled on each further failure.
    pub first_backoff: Duration,
    /// The longest wait after failures.
    pub max_backoff: Duration,
}

impl Default for BackgroundSync {
    fn default() -> Self {
        Self {
            every: Duration::from_secs(5 * 60),
            first_backoff: Duration::from_secs(30),
            max_backoff: Duration::from_secs(30 * 60),
        }
    }
}

/// The wait after `failures` failures in a row: `first · 2^(failures−1)`, at most
/// `max`, then jittered to between half and all of it (`jitter` in 0..=1) so that
/// many clients do not retry together.
pub fn backoff_delay(failures: u32, first: Duration, max: Duration, jitter: f64) -> Duration {
    if failures == 0 {
        return Duration::ZERO;
    }
    let doubled = first.saturating_mul(1u32 << (failures - 1).min(20));
    let capped = doubled.min(max);
    capped.mul_f64(0.5 + jitter.clamp(0.0, 1.0) / 2.0)
}

/// A random number in 0..1 for jitter.
fn jitter() -> f64 {
    (uuid::Uuid::new_v4().as_u128() % 10_000) as f64 / 10_000.0
}

/// The wallet's terms for a page of events; also the bookings to read again and
/// whether the carrier's keys changed.
fn effects_of(events: &[Event]) -> (Vec<FeedEffect>, BTreeSet<String>, bool) {
    let mut effects = Vec::with_capacity(events.len());
    let mut refresh = BTreeSet::new();
    let mut keys = false;
    for e in events {
        match &e.kind {
            EventKind::TripDelayed {
                trip_id,
                delay_minutes,
                ..
            } => effects.push(FeedEffect::TripDelayed {
                trip_id: trip_id.clone(),
                delay_minutes: *delay_minutes,
            }),
            EventKind::TripCancelled { trip_id, .. } => effects.push(FeedEffect::TripCancelled {
                trip_id: trip_id.clone(),
            }),
            EventKind::PlatformChanged {
                trip_id, platform, ..
            } => effects.push(FeedEffect::PlatformChanged {
                trip_id: trip_id.clone(),
                platform: platform.clone(),
            }),
            EventKind::TicketRefunded { ticket_number, .. } => {
                let reason = sapar_carrier::RevocationReason::Refunded;
                effects.push(FeedEffect::TicketStatus {
                    ticket_number: ticket_number.clone(),
                    status: status_of(reason),
                });
                effects.push(FeedEffect::Revoked {
                    ticket_number: ticket_number.clone(),
                    revocation: revocation(reason, e.at),
                });
            }
            EventKind::TicketExchanged {
                booking_reference,
                ticket_number,
                ..
            } => {
                let reason = sapar_carrier::RevocationReason::Exchanged;
                effects.push(FeedEffect::TicketStatus {
                    ticket_number: ticket_number.clone(),
                    status: status_of(reason),
                });
                effects.push(FeedEffect::Revoked {
                    ticket_number: ticket_number.clone(),
                    revocation: revocation(reason, e.at),
                });
                refresh.insert(booking_reference.clone());
            }
            EventKind::TicketRevoked {
                ticket_number,
                reason,
                ..
            } => {
                effects.push(FeedEffect::TicketStatus {
                    ticket_number: ticket_number.clone(),
                    status: status_of(*reason),
                });
                effects.push(FeedEffect::Revoked {
                    ticket_number: ticket_number.clone(),
                    revocation: revocation(*reason, e.at),
                });
            }
            EventKind::KeyRotated { .. } => keys = true,
        }
    }
    (effects, refresh, keys)
}

impl Sapar {
    /// Applies carrier events to the wallet and moves the carrier's events cursor to
    /// `cursor`, in one transaction; returns what changed. Applying the same events
    /// again changes nothing. Key rotations are not fetched here (see
    /// [`Sapar::sync_now`]).
    pub async fn apply_carrier_events(
        &self,
        carrier: &str,
        events: &[Event],
        cursor: &str,
    ) -> Result<Vec<Change>, CoreError> {
        let (effects, _, _) = effects_of(events);
        Ok(self
            .wallet()
            .apply_feed(carrier, "events", &effects, cursor)
            .await?)
    }

    /// Where the wallet stands in a carrier's feed (`events` or `revocations`).
    pub async fn feed_cursor(
        &self,
        carrier: &str,
        feed: &str,
    ) -> Result<Option<String>, CoreError> {
        Ok(self.wallet().feed_cursor(carrier, feed).await?)
    }

    /// Syncs once: finishes pending payments, sends the outbox, then reads every enabled
    /// carrier's events and revocations. A carrier that fails is reported and the others
    /// go on.
    pub async fn sync_now(&self) -> Result<SyncReport, CoreError> {
        let mut report = SyncReport {
            purchases: self.resume_pending().await?,
            outbox: self.flush_outbox().await?,
            ..SyncReport::default()
        };
        for account in self.wallet().carrier_accounts().await? {
            if !account.enabled {
                continue;
            }
            let (one, changes) = self.sync_one(&account.code).await?;
            report.changes.extend(changes);
            report.carriers.push(one);
        }
        Ok(report)
    }

    /// Syncs one carrier, recording the outcome on its account.
    async fn sync_one(&self, code: &str) -> Result<(CarrierSync, Vec<Change>), CoreError> {
        let mut one = CarrierSync {
            carrier: code.to_string(),
            events: 0,
            revocations: 0,
            changes: 0,
            error_code: None,
            error: None,
        };
        let mut changes = Vec::new();
        match self.sync_carrier(code, &mut one, &mut changes).await {
            Ok(()) => self.wallet().record_sync(code, None).await?,
            Err(e) => {
                let text = e.to_string();
                self.wallet().record_sync(code, Some(&text)).await?;
                one.error_code = Some(e.code().to_string());
                one.error = Some(text);
            }
        }
        one.changes = changes.len();
        Ok((one, changes))
    }

    async fn sync_carrier(
        &self,
        code: &str,
        one: &mut CarrierSync,
        changes: &mut Vec<Change>,
    ) -> Result<(), CoreError> {
        let client = self.client(code, Purpose::Search).await?;
        let keys_before = self.key_count(code).await?;
        self.refresh_with(code, &client).await?;
        let mut refresh = BTreeSet::new();
        loop {
            let cursor = self.wallet().feed_cursor(code, "events").await?;
            let page = client
                .events(cursor.as_deref(), Some(EVENTS_PAGE))
                .await
                .map_err(|e| carrier_error(code, e))?;
            one.events += page.events.len();
            let (effects, again, _) = effects_of(&page.events);
            refresh.extend(again);
            changes.extend(
                self.wallet()
                    .apply_feed(code, "events", &effects, &page.next_cursor)
                    .await?,
            );
            if !page.has_more || page.events.is_empty() {
                break;
            }
        }
        for reference in refresh {
            if let Some(change) = self.reread_booking(code, &client, &reference).await? {
                changes.push(change);
            }
        }
        loop {
            let cursor = self.wallet().feed_cursor(code, "revocations").await?;
            let page = client
                .revocations(cursor.as_deref(), Some(REVOCATIONS_PAGE))
                .await
                .map_err(|e| carrier_error(code, e))?;
            one.revocations += page.revocations.len();
            let effects: Vec<FeedEffect> = page
                .revocations
                .iter()
                .flat_map(|r| {
                    [
                        FeedEffect::TicketStatus {
                            ticket_number: r.ticket_number.clone(),
                            status: status_of(r.reason),
                        },
                        FeedEffect::Revoked {
                            ticket_number: r.ticket_number.clone(),
                            revocation: revocation(r.reason, r.revoked_at),
                        },
                    ]
                })
                .collect();
            changes.extend(
                self.wallet()
                    .apply_feed(code, "revocations", &effects, &page.next_cursor)
                    .await?,
            );
            if !page.has_more || page.revocations.is_empty() {
                break;
            }
        }
        let keys_after = self.key_count(code).await?;
        if keys_after != keys_before {
            changes.push(Change::Keys {
                carrier: code.to_string(),
                keys: u32::try_from(keys_after).unwrap_or(u32::MAX),
            });
        }
        Ok(())
    }

    async fn key_count(&self, code: &str) -> Result<usize, CoreError> {
        Ok(self
            .wallet()
            .key_ring()
            .await?
            .iter()
            .filter(|k| k.carrier == code)
            .count())
    }

    /// Reads a booking of the wallet again from its carrier (after an exchange).
    async fn reread_booking(
        &self,
        code: &str,
        client: &Client,
        reference: &str,
    ) -> Result<Option<Change>, CoreError> {
        let Some(existing) = self
            .wallet()
            .booking_by_carrier_reference(code, reference)
            .await?
        else {
            return Ok(None);
        };
        let view = client
            .booking(reference)
            .await
            .map_err(|e| carrier_error(code, e))?;
        let demo = self.account(code).await.is_ok_and(|a| a.demo);
        let (booking, trips) =
            booking_from_view(&view, existing.id, purchase_of(Some(&existing), demo), code)?;
        let outcome = self.wallet().save_carrier_booking(&booking, &trips).await?;
        Ok(
            (outcome != sapar_store::SaveOutcome::Unchanged).then(|| Change::Booking {
                carrier: code.to_string(),
                reference: reference.to_string(),
            }),
        )
    }

    /// Syncs until `stop` turns true: every carrier each `config.every`, a failing one
    /// after a growing, jittered wait. Pending payments and the outbox go first in
    /// each round. `on_report` gets each round's report. Spawn it on the app's runtime.
    pub async fn run_background_sync(
        &self,
        config: BackgroundSync,
        mut stop: tokio::sync::watch::Receiver<bool>,
        on_report: &mut (dyn FnMut(SyncReport) + Send),
    ) {
        let mut failures: HashMap<String, u32> = HashMap::new();
        let mut due: HashMap<String, Instant> = HashMap::new();
        loop {
            if *stop.borrow() {
                return;
            }
            let now = Instant::now();
            let mut report = SyncReport::default();
            if let Ok(p) = self.resume_pending().await {
                report.purchases = p;
            }
            if let Ok(o) = self.flush_outbox().await {
                report.outbox = o;
            }
            let accounts = self.wallet().carrier_accounts().await.unwrap_or_default();
            for a in accounts.iter().filter(|a| a.enabled) {
                if due.get(&a.code).is_some_and(|t| *t > now) {
                    continue;
                }
                let Ok((one, changes)) = self.sync_one(&a.code).await else {
                    continue;
                };
                let n = failures.entry(a.code.clone()).or_insert(0);
                let wait = if one.error.is_some() {
                    *n += 1;
                    backoff_delay(*n, config.first_backoff, config.max_backoff, jitter())
                } else {
                    *n = 0;
                    config.every
                };
                due.insert(a.code.clone(), Instant::now() + wait);
                report.changes.extend(changes);
                report.carriers.push(one);
            }
            on_report(report);
            let next = due
                .values()
                .min()
                .copied()
                .unwrap_or_else(|| Instant::now() + config.every)
                .max(Instant::now() + Duration::from_millis(50));
            tokio::select! {
                _ = tokio::time::sleep_until(next) => {}
                changed = stop.changed() => {
                    if changed.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitters_down_to_half() {
        let first = Duration::from_secs(30);
        let max = Duration::from_secs(600);
        assert_eq!(backoff_delay(0, first, max, 1.0), Duration::ZERO);
        assert_eq!(backoff_delay(1, first, max, 1.0), first);
        assert_eq!(backoff_delay(3, first, max, 1.0), Duration::from_secs(120));
        assert_eq!(backoff_delay(30, first, max, 1.0), max);
        assert_eq!(backoff_delay(3, first, max, 0.0), Duration::from_secs(60));
        for j in [0.0, 0.3, 0.9] {
            let d = backoff_delay(5, first, max, j);
            assert!(
                d >= Duration::from_secs(240) && d <= Duration::from_secs(480),
                "{d:?}"
            );
        }
    }
}
