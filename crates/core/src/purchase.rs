//! Paying for held seats, exactly once.
//!
//! Before a payment is sent it is recorded in the wallet (`pending_purchase`) with its
//! idempotency key. Every later copy of the payment carries the same key, so the
//! carrier acts once and replays its first answer. When the answer is lost (a timeout,
//! a dropped connection, Sapar closed in between), [`Sapar::resume_pending`] sends the
//! same payment again, or reads what became of the hold, and the wallet ends with
//! exactly the booking the carrier has: never two, never a paid booking missing. The
//! booking and the settlement of the payment are written in one transaction.

use crate::booking::HeldSeats;
use crate::carriers::Purpose;
use crate::convert::{booking_from_view, carrier_error, is_unreachable};
use crate::search::FoundOffer;
use crate::secrets::{self, Kept, PAYMENTS};
use crate::{CoreError, Sapar};
use chrono::Utc;
use sapar_carrier::{
    BookingView, CardPayment, ConfirmRequest, HoldStatus, IdempotencyKey, SeatChoice,
};
use sapar_domain::{Booking, Passenger, PurchaseChannel, PurchasePlace};
use sapar_store::{PendingPurchase, PurchaseState, SaveOutcome};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A booking bought and stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Purchase {
    /// The payment's id (also the booking's id, unless the wallet already held it).
    pub purchase_id: Uuid,
    /// The booking as stored in the wallet.
    pub booking: Booking,
    /// Whether it was new to the wallet.
    pub outcome: SaveOutcome,
}

/// What became of a payment whose outcome was not known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ResumeOutcome {
    /// The carrier has the booking; the wallet now has it too.
    Completed {
        /// The booking reference.
        reference: String,
    },
    /// Nothing was bought (the hold lapsed, the card was declined…).
    Failed {
        /// The stable code.
        code: String,
        /// What happened.
        message: String,
    },
    /// The carrier still cannot be reached: tried again later.
    StillPending {
        /// The stable code.
        code: String,
        /// What happened.
        message: String,
    },
}

/// One payment looked at by [`Sapar::resume_pending`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ResumeReport {
    /// The payment's id.
    pub purchase_id: Uuid,
    /// The carrier.
    pub carrier: String,
    /// The hold it paid for.
    pub hold_id: String,
    /// What became of it.
    pub outcome: ResumeOutcome,
}

fn pending_message(p: &PendingPurchase, e: &CoreError) -> CoreError {
    CoreError::PurchasePending(format!(
        "the payment for hold {} of {} may have gone through, but the carrier's answer did \
         not arrive ({e}). Sapar asks again at the next sync (`sapar sync`) and then shows \
         the booking, or that nothing was bought",
        p.hold_id, p.carrier
    ))
}

impl Sapar {
    /// Pays for held seats with a card and stores the issued tickets. The payment is
    /// recorded before it is sent (see the module's notes). A lapsed hold is refused
    /// with `hold_expired` and nothing is stored; a payment whose answer is lost ends in
    /// `purchase_pending` and is finished by [`Sapar::resume_pending`].
    pub async fn pay(
        &self,
        held: &HeldSeats,
        card: CardPayment,
        confirmation_code: Option<String>,
    ) -> Result<Purchase, CoreError> {
        if held.hold.status == HoldStatus::Expired || held.hold.expires_at <= Utc::now() {
            return Err(CoreError::Carrier {
                carrier: held.carrier.clone(),
                code: "hold_expired",
                message: "the hold lapsed and its seats went back on sale: nothing was paid".into(),
            });
        }
        let request = ConfirmRequest {
            payment: card,
            confirmation_code,
        };
        let body = serde_json::to_string(&request).map_err(|e| CoreError::Io(e.to_string()))?;
        let (stored, request_ref) = match secrets::keep(PAYMENTS, &body) {
            Kept::Keyring(name) => (None, Some(name)),
            // No keyring: the request waits in the wallet until the purchase settles.
            Kept::InWallet => (Some(body), None),
        };
        let now = crate::carriers::now_text();
        let pending = PendingPurchase {
            id: Uuid::now_v7(),
            carrier: held.carrier.clone(),
            hold_id: held.hold.id.clone(),
            idempotency_key: IdempotencyKey::new().to_string(),
            request: stored,
            request_ref,
            purchase_label: crate::convert::purchase_label(held.demo),
            state: PurchaseState::Sending,
            total_tiyn: held.hold.total.as_tiyn(),
            hold_expires_at: held
                .hold
                .expires_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            booking_reference: None,
            attempts: 0,
            last_error: None,
            created_at: now.clone(),
            updated_at: now,
        };
        self.wallet().insert_pending_purchase(&pending).await?;
        self.send_purchase(&pending, &request).await
    }

    /// Searches nothing, holds and pays in one go: an offer, its passengers, chosen
    /// seats (others assigned) and a card. Returns the stored booking.
    pub async fn book(
        &self,
        offer: &FoundOffer,
        passengers: Vec<Passenger>,
        seats: Vec<SeatChoice>,
        contact_email: Option<String>,
        card: CardPayment,
    ) -> Result<Purchase, CoreError> {
        let held = self
            .hold_seats(offer, passengers, seats, contact_email)
            .await?;
        self.pay(&held, card, None).await
    }

    /// Payments recorded and not settled yet, oldest first.
    pub async fn pending_purchases(&self) -> Result<Vec<PendingPurchase>, CoreError> {
        Ok(self.wallet().pending_purchases().await?)
    }

    /// Finishes every payment whose outcome is not known: sends it again with the same
    /// idempotency key (the carrier replays its answer if it already took it), or, when
    /// the request is gone, reads what became of the hold. Run it after opening Sapar
    /// and before a sync.
    pub async fn resume_pending(&self) -> Result<Vec<ResumeReport>, CoreError> {
        let mut reports = Vec::new();
        for p in self.wallet().pending_purchases().await? {
            let request = p
                .request
                .clone()
                .or_else(|| {
                    p.request_ref
                        .as_deref()
                        .and_then(|name| secrets::read(PAYMENTS, name))
                })
                .and_then(|b| serde_json::from_str::<ConfirmRequest>(&b).ok());
            let outcome = match request {
                Some(req) => self.send_purchase(&p, &req).await.map(Some),
                None => self.read_outcome(&p).await,
            };
            let outcome = match outcome {
                Ok(Some(done)) => ResumeOutcome::Completed {
                    reference: done.booking.reference,
                },
                Ok(None) => {
                    let message = format!(
                        "the payment for hold {} was not received by {} and its details are \
                         gone: nothing was bought",
                        p.hold_id, p.carrier
                    );
                    self.settle_failed(&p, "payment_lost", &message).await?;
                    ResumeOutcome::Failed {
                        code: "payment_lost".into(),
                        message,
                    }
                }
                Err(e @ CoreError::PurchasePending(_)) => ResumeOutcome::StillPending {
                    code: e.code().into(),
                    message: e.to_string(),
                },
                Err(e) if is_unreachable(&e) => ResumeOutcome::StillPending {
                    code: e.code().into(),
                    message: e.to_string(),
                },
                Err(e) => ResumeOutcome::Failed {
                    code: e.code().into(),
                    message: e.to_string(),
                },
            };
            reports.push(ResumeReport {
                purchase_id: p.id,
                carrier: p.carrier.clone(),
                hold_id: p.hold_id.clone(),
                outcome,
            });
        }
        Ok(reports)
    }

    /// Sends a recorded payment and settles it by the carrier's answer.
    async fn send_purchase(
        &self,
        p: &PendingPurchase,
        request: &ConfirmRequest,
    ) -> Result<Purchase, CoreError> {
        let client = self.client(&p.carrier, Purpose::Sale).await?;
        let key = IdempotencyKey::from_string(p.idempotency_key.clone())
            .map_err(|e| carrier_error(&p.carrier, e))?;
        match client.confirm(&p.hold_id, request, &key).await {
            Ok(view) => self.settle(p, &view).await,
            Err(e) => {
                let err = carrier_error(&p.carrier, e);
                let note = format!("{}: {err}", err.code());
                self.wallet()
                    .note_purchase_attempt(p.id, Some(&note))
                    .await?;
                if is_unreachable(&err) || err.code() == "invalid_state" {
                    // The answer is lost, or the hold is not payable as it stands: ask the
                    // carrier what became of it before saying anything.
                    return match self.read_outcome(p).await {
                        Ok(Some(done)) => Ok(done),
                        Ok(None) if !is_unreachable(&err) => {
                            self.settle_failed(p, err.code(), &err.to_string()).await?;
                            Err(err)
                        }
                        _ => Err(pending_message(p, &err)),
                    };
                }
                self.settle_failed(p, err.code(), &err.to_string()).await?;
                Err(err)
            }
        }
    }

    /// What became of a hold: the stored purchase when the carrier confirmed it, `None`
    /// when it was not paid.
    async fn read_outcome(&self, p: &PendingPurchase) -> Result<Option<Purchase>, CoreError> {
        let client = self.client(&p.carrier, Purpose::Sale).await?;
        let hold = client
            .get_hold(&p.hold_id)
            .await
            .map_err(|e| carrier_error(&p.carrier, e))?;
        match (hold.status, hold.booking_reference) {
            (HoldStatus::Confirmed, Some(reference)) => {
                let view = client
                    .booking(&reference)
                    .await
                    .map_err(|e| carrier_error(&p.carrier, e))?;
                self.settle(p, &view).await.map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Stores the bought booking and settles the payment in one transaction.
    async fn settle(&self, p: &PendingPurchase, view: &BookingView) -> Result<Purchase, CoreError> {
        let purchase = PurchasePlace {
            channel: PurchaseChannel::Sapar,
            label: p.purchase_label.clone(),
        };
        let (booking, trips) = booking_from_view(view, p.id, purchase, &p.carrier)?;
        let outcome = self
            .wallet()
            .complete_purchase(p.id, &booking, &trips)
            .await?;
        if let Some(name) = &p.request_ref {
            secrets::forget(PAYMENTS, name);
        }
        let stored = self
            .wallet()
            .booking_by_carrier_reference(&booking.carrier, &booking.reference)
            .await?
            .unwrap_or(booking);
        Ok(Purchase {
            purchase_id: p.id,
            booking: stored,
            outcome,
        })
    }

    async fn settle_failed(
        &self,
        p: &PendingPurchase,
        code: &str,
        message: &str,
    ) -> Result<(), CoreError> {
        self.wallet()
            .fail_purchase(p.id, &format!("{code}: {message}"))
            .await?;
        if let Some(name) = &p.request_ref {
            secrets::forget(PAYMENTS, name);
        }
        Ok(())
    }
}
