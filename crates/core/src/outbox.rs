//! Sending the outbox: each waiting refund is priced by the carrier (under its stored
//! idempotency key), checked against what the person accepted, accepted (under its
//! stored key) and applied to the wallet with the tickets' revocations, in one
//! transaction. A carrier that cannot be reached leaves the entry queued for later.

use crate::after_sales::RefundOutcome;
use crate::carriers::Purpose;
use crate::convert::{booking_from_view, carrier_error, is_unreachable, purchase_of, revocation};
use crate::{CoreError, Sapar};
use chrono::Utc;
use sapar_carrier::{IdempotencyKey, RefundOfferRequest, RevocationReason};
use sapar_domain::{Money, TicketStatus};
use sapar_store::{OutboxEntry, OutboxState};
use serde::{Deserialize, Serialize};

/// What sending one outbox entry did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OutboxReport {
    /// The entry as it now stands.
    pub entry: OutboxEntry,
    /// Why it failed or still waits, if it did.
    pub error: Option<String>,
}

fn key(text: &str, carrier: &str) -> Result<IdempotencyKey, CoreError> {
    IdempotencyKey::from_string(text.to_string()).map_err(|e| carrier_error(carrier, e))
}

impl Sapar {
    /// The refunds waiting to be sent or decided on.
    pub async fn outbox(&self) -> Result<Vec<OutboxEntry>, CoreError> {
        Ok(self.wallet().outbox(false).await?)
    }

    /// Sends every queued refund; returns what became of each.
    pub async fn flush_outbox(&self) -> Result<Vec<OutboxReport>, CoreError> {
        let mut reports = Vec::new();
        for entry in self.wallet().outbox(false).await? {
            if entry.state != OutboxState::Queued {
                continue;
            }
            let report = match self.send_refund(entry.clone()).await {
                Ok(RefundOutcome::Refunded { .. }) => OutboxReport {
                    entry: self.entry_now(&entry).await?,
                    error: None,
                },
                Ok(RefundOutcome::Queued { entry, reason }) => OutboxReport {
                    entry,
                    error: Some(reason),
                },
                Ok(RefundOutcome::NeedsConfirmation { entry }) => {
                    OutboxReport { entry, error: None }
                }
                Err(e) => OutboxReport {
                    entry: self.entry_now(&entry).await?,
                    error: Some(e.to_string()),
                },
            };
            reports.push(report);
        }
        Ok(reports)
    }

    /// Accepts the carrier's price of a refund that waits for confirmation, and sends it.
    pub async fn accept_outbox_price(&self, id: &str) -> Result<RefundOutcome, CoreError> {
        let mut entry = self.entry_by_id(id).await?;
        let (OutboxState::NeedsConfirmation, Some(price)) = (entry.state, entry.offer_tiyn) else {
            return Err(CoreError::Invalid(format!(
                "refund {id} does not wait for a price to be accepted"
            )));
        };
        entry.accepted_tiyn = price;
        entry.estimate = false;
        entry.state = OutboxState::Queued;
        self.wallet().save_outbox_entry(&entry).await?;
        self.send_refund(entry).await
    }

    /// Withdraws a refund that has not reached the carrier yet (or waits for a decision).
    pub async fn cancel_outbox_entry(&self, id: &str) -> Result<(), CoreError> {
        let mut entry = self.entry_by_id(id).await?;
        if !matches!(
            entry.state,
            OutboxState::Queued | OutboxState::NeedsConfirmation
        ) {
            return Err(CoreError::Invalid(format!(
                "refund {id} is {} and cannot be withdrawn",
                entry.state.as_str()
            )));
        }
        entry.state = OutboxState::Failed;
        entry.last_error = Some("withdrawn: the person changed their mind".into());
        Ok(self.wallet().save_outbox_entry(&entry).await?)
    }

    async fn entry_by_id(&self, id: &str) -> Result<OutboxEntry, CoreError> {
        self.wallet()
            .outbox_entry(id.trim())
            .await?
            .ok_or_else(|| CoreError::NotFound(format!("no refund {id:?} in the outbox")))
    }

    async fn entry_now(&self, entry: &OutboxEntry) -> Result<OutboxEntry, CoreError> {
        Ok(self
            .wallet()
            .outbox_entry(&entry.id)
            .await?
            .unwrap_or_else(|| entry.clone()))
    }

    /// Sends one refund: prices it if needed, accepts it, applies the result.
    pub(crate) async fn send_refund(
        &self,
        mut entry: OutboxEntry,
    ) -> Result<RefundOutcome, CoreError> {
        let carrier = entry.carrier.clone();
        // An offer that lapses while waiting is priced again once.
        for _ in 0..2 {
            let client = match self.client(&carrier, Purpose::Sale).await {
                Ok(c) => c,
                Err(e) => return self.keep_queued(entry, e).await,
            };
            if entry.offer_id.is_none() {
                let request = RefundOfferRequest {
                    tickets: entry.tickets.clone(),
                };
                let priced = client
                    .refund_offer(
                        &entry.booking_reference,
                        &request,
                        &key(&entry.offer_key, &carrier)?,
                    )
                    .await
                    .map_err(|e| carrier_error(&carrier, e));
                let offer = match priced {
                    Ok(o) => o,
                    Err(e) if is_unreachable(&e) => return self.keep_queued(entry, e).await,
                    Err(e) => return self.give_up(entry, e).await,
                };
                entry.offer_id = Some(offer.id.clone());
                entry.offer_tiyn = Some(offer.total_refund.as_tiyn());
                if offer.total_refund.as_tiyn() < entry.accepted_tiyn {
                    entry.state = OutboxState::NeedsConfirmation;
                    entry.last_error = Some(format!(
                        "the carrier now refunds {}, less than the {} accepted",
                        offer.total_refund.format(sapar_domain::Lang::En),
                        Money::tiyn(entry.accepted_tiyn).format(sapar_domain::Lang::En)
                    ));
                    self.wallet().save_outbox_entry(&entry).await?;
                    return Ok(RefundOutcome::NeedsConfirmation { entry });
                }
                self.wallet().save_outbox_entry(&entry).await?;
            }
            let offer_id = entry.offer_id.clone().unwrap_or_default();
            let accepted = client
                .accept_refund(&offer_id, &key(&entry.accept_key, &carrier)?)
                .await
                .map_err(|e| carrier_error(&carrier, e));
            match accepted {
                Ok(done) => return self.apply_refund(entry, &done.booking, done.refunded).await,
                Err(e) if e.code() == "offer_expired" => {
                    entry.offer_id = None;
                    entry.offer_key = IdempotencyKey::new().to_string();
                    entry.accept_key = IdempotencyKey::new().to_string();
                    self.wallet().save_outbox_entry(&entry).await?;
                }
                Err(e) if is_unreachable(&e) => return self.keep_queued(entry, e).await,
                Err(e) if e.code() == "invalid_state" => {
                    // Refunded already through another channel? The booking tells.
                    let view = client.booking(&entry.booking_reference).await;
                    match view {
                        Ok(v)
                            if entry.tickets.iter().all(|n| {
                                v.tickets
                                    .iter()
                                    .any(|t| &t.number == n && t.status == TicketStatus::Refunded)
                            }) =>
                        {
                            return self.apply_refund(entry, &v, Money::ZERO).await
                        }
                        _ => return self.give_up(entry, e).await,
                    }
                }
                Err(e) => return self.give_up(entry, e).await,
            }
        }
        let e = CoreError::Carrier {
            carrier: carrier.clone(),
            code: "offer_expired",
            message: "the carrier's refund price kept lapsing: try again".into(),
        };
        self.keep_queued(entry, e).await
    }

    async fn keep_queued(
        &self,
        mut entry: OutboxEntry,
        e: CoreError,
    ) -> Result<RefundOutcome, CoreError> {
        entry.attempts += 1;
        entry.last_error = Some(format!("{}: {e}", e.code()));
        entry.state = OutboxState::Queued;
        self.wallet().save_outbox_entry(&entry).await?;
        Ok(RefundOutcome::Queued {
            reason: e.to_string(),
            entry,
        })
    }

    async fn give_up(
        &self,
        mut entry: OutboxEntry,
        e: CoreError,
    ) -> Result<RefundOutcome, CoreError> {
        entry.attempts += 1;
        entry.last_error = Some(format!("{}: {e}", e.code()));
        entry.state = OutboxState::Failed;
        self.wallet().save_outbox_entry(&entry).await?;
        Err(e)
    }

    async fn apply_refund(
        &self,
        mut entry: OutboxEntry,
        view: &sapar_carrier::BookingView,
        refunded: Money,
    ) -> Result<RefundOutcome, CoreError> {
        let existing = self
            .wallet()
            .booking_by_carrier_reference(&entry.carrier, &entry.booking_reference)
            .await?;
        let demo = self.account(&entry.carrier).await.is_ok_and(|a| a.demo);
        let (booking, _) = booking_from_view(
            view,
            existing.as_ref().map_or_else(uuid::Uuid::now_v7, |b| b.id),
            purchase_of(existing.as_ref(), demo),
            &entry.carrier,
        )?;
        let now = Utc::now();
        let revoked: Vec<_> = entry
            .tickets
            .iter()
            .map(|n| {
                (
                    entry.carrier.clone(),
                    n.clone(),
                    revocation(RevocationReason::Refunded, now),
                )
            })
            .collect();
        entry.attempts += 1;
        entry.state = OutboxState::Done;
        entry.last_error = None;
        entry.result_tiyn = Some(refunded.as_tiyn());
        self.wallet()
            .complete_outbox_entry(&entry, &booking, &revoked)
            .await?;
        let stored = self
            .wallet()
            .booking_by_carrier_reference(&entry.carrier, &entry.booking_reference)
            .await?
            .unwrap_or(booking);
        Ok(RefundOutcome::Refunded {
            refunded,
            booking: stored,
        })
    }
}
