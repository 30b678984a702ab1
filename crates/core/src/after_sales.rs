//! Refunds and exchanges, priced before the person accepts: the carrier's priced offer
//! when it can be reached, else an estimate from its cached fare rules. Windows the
//! rules close (KTZ's online refunds close an hour before departure…) are refused with
//! the rule quoted. Accepted refunds go through the outbox (see `outbox`), so one asked
//! for offline is sent when the carrier can be reached.

use crate::carriers::Purpose;
use crate::convert::{booking_from_view, carrier_error, is_unreachable, purchase_of, revocation};
use crate::search::FoundOffer;
use crate::{CoreError, Sapar};
use chrono::{DateTime, Utc};
use sapar_carrier::{
    AcceptExchangeRequest, CardPayment, ExchangeOffer, ExchangeOfferRequest, IdempotencyKey,
    RefundLine, RefundOfferRequest, RevocationReason,
};
use sapar_domain::{AfterSalesClosed, Booking, FareRules, Money, Ticket, TicketStatus};
use sapar_store::OutboxEntry;
use serde::{Deserialize, Serialize};

/// What refunding some tickets would return, shown before the person accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundPreview {
    /// The carrier.
    pub carrier: String,
    /// The booking.
    pub reference: String,
    /// The tickets to refund.
    pub tickets: Vec<String>,
    /// One line per ticket: refund, fee, withheld, the tier that applied.
    pub lines: Vec<RefundLine>,
    /// Paid back in all.
    pub total_refund: Money,
    /// Whether this is an estimate from cached fare rules (the carrier could not be
    /// asked); the carrier's own price is asked for when the refund is sent.
    pub estimate: bool,
    /// The carrier's refund offer, when priced by the carrier.
    pub offer_id: Option<String>,
    /// Until when the carrier's offer holds.
    pub expires_at: Option<DateTime<Utc>>,
    /// Why the carrier could not be asked, for an estimate.
    pub unreachable: Option<String>,
}

/// What became of an accepted refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RefundOutcome {
    /// Refunded: the money goes back to the card; the wallet shows the tickets refunded.
    Refunded {
        /// Paid back.
        refunded: Money,
        /// The booking afterwards.
        booking: Booking,
    },
    /// The carrier cannot be reached: the refund waits in the outbox and is sent with
    /// the next sync.
    Queued {
        /// The outbox entry.
        entry: OutboxEntry,
        /// Why it could not be sent now.
        reason: String,
    },
    /// The carrier now refunds less than was accepted: it waits for the person to
    /// accept the carrier's price.
    NeedsConfirmation {
        /// The outbox entry, with the carrier's offer.
        entry: OutboxEntry,
    },
}

/// What exchanging tickets for another trip would cost, shown before accepting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangePreview {
    /// The carrier.
    pub carrier: String,
    /// The booking.
    pub reference: String,
    /// The tickets given up.
    pub tickets: Vec<String>,
    /// The carrier's priced exchange (`None` when it could not be asked).
    pub offer: Option<ExchangeOffer>,
    /// The re-issue fees by the cached fare rules, for all the tickets.
    pub rules_fee: Option<Money>,
    /// Why the carrier could not be asked.
    pub unreachable: Option<String>,
}

/// The tickets `key` names in `booking`: one ticket by its number, or every issued
/// ticket when `key` is the booking reference.
pub(crate) fn chosen_tickets<'a>(
    booking: &'a Booking,
    key: &str,
) -> Result<Vec<&'a Ticket>, CoreError> {
    let one: Vec<&Ticket> = booking
        .tickets
        .iter()
        .filter(|t| t.number.eq_ignore_ascii_case(key.trim()))
        .collect();
    let picked = if one.is_empty() {
        booking
            .tickets
            .iter()
            .filter(|t| t.status == TicketStatus::Issued)
            .collect()
    } else {
        one
    };
    if picked.is_empty() {
        return Err(CoreError::Invalid(format!(
            "booking {} has no issued tickets",
            booking.reference
        )));
    }
    if let Some(t) = picked.iter().find(|t| t.status != TicketStatus::Issued) {
        return Err(CoreError::Invalid(format!(
            "ticket {} is {}: only issued tickets can be refunded or exchanged",
            t.number, t.status
        )));
    }
    Ok(picked)
}

/// The rule that closes an after-sales window, in words.
fn closed(
    booking: &Booking,
    ticket: &Ticket,
    rules: &FareRules,
    why: AfterSalesClosed,
    what: &str,
) -> CoreError {
    let code = if what == "refund" {
        "refund_closed"
    } else {
        "exchange_closed"
    };
    let message = match why {
        AfterSalesClosed::WindowClosed {
            minutes_before,
            closed_at,
        } => {
            let zone = booking
                .segments
                .get(ticket.segment)
                .map_or(chrono_tz::Asia::Almaty, |s| s.departure.zone);
            format!(
                "fare {}: online {what}s close {minutes_before} minutes before departure; for \
                 ticket {} that was {} ({}). The carrier's ticket offices may still help",
                rules.fare,
                ticket.number,
                closed_at.with_timezone(&zone).format("%Y-%m-%d %H:%M"),
                zone.name()
            )
        }
        other => format!("fare {}: {other} (ticket {})", rules.fare, ticket.number),
    };
    CoreError::Carrier {
        carrier: booking.carrier.clone(),
        code,
        message,
    }
}

impl Sapar {
    /// The fare rules of each chosen ticket, from the cached profile (or the rules Sapar
    /// knows), `None` when unknown.
    async fn rules_of(
        &self,
        booking: &Booking,
        tickets: &[&Ticket],
    ) -> Result<Vec<Option<FareRules>>, CoreError> {
        let mut out = Vec::with_capacity(tickets.len());
        for t in tickets {
            let cached = self.cached_rules_for(booking, t.segment).await?;
            let known = || {
                booking.segments.get(t.segment).and_then(|s| {
                    crate::tickets::known_fare_rules(&s.carrier, s.mode, &s.fare, None)
                })
            };
            out.push(cached.or_else(known));
        }
        Ok(out)
    }

    /// Prices refunding a ticket (by its number) or a whole booking (by its
    /// reference): the carrier's offer, or an estimate from cached fare rules when it
    /// cannot be reached. A window the rules close is refused with the rule quoted.
    pub async fn refund_quote(&self, key: &str) -> Result<RefundPreview, CoreError> {
        let booking = self.booking(key).await?;
        let tickets = chosen_tickets(&booking, key)?;
        let rules = self.rules_of(&booking, &tickets).await?;
        let now = Utc::now();
        let mut lines = Vec::new();
        for (t, r) in tickets.iter().zip(&rules) {
            let (Some(r), Some(s)) = (r, booking.segments.get(t.segment)) else {
                continue;
            };
            let q = r
                .quote_refund(&t.price, s.departure.utc, now)
                .map_err(|why| closed(&booking, t, r, why, "refund"))?;
            lines.push(RefundLine {
                ticket: t.number.clone(),
                refund: q.refund,
                fee: q.fee,
                withheld: t.price.total() - q.refund - q.fee,
                tier: q.tier,
            });
        }
        let numbers: Vec<String> = tickets.iter().map(|t| t.number.clone()).collect();
        let asked = async {
            let client = self.client(&booking.carrier, Purpose::Sale).await?;
            let request = RefundOfferRequest {
                tickets: numbers.clone(),
            };
            client
                .refund_offer(&booking.reference, &request, &IdempotencyKey::new())
                .await
                .map_err(|e| carrier_error(&booking.carrier, e))
        };
        match asked.await {
            Ok(offer) => Ok(RefundPreview {
                carrier: booking.carrier.clone(),
                reference: booking.reference.clone(),
                tickets: numbers,
                total_refund: offer.total_refund,
                lines: offer.lines,
                estimate: false,
                offer_id: Some(offer.id),
                expires_at: Some(offer.expires_at),
                unreachable: None,
            }),
            Err(e) if is_unreachable(&e) && lines.len() == tickets.len() => Ok(RefundPreview {
                carrier: booking.carrier.clone(),
                reference: booking.reference.clone(),
                tickets: numbers,
                total_refund: lines.iter().map(|l| l.refund).sum(),
                lines,
                estimate: true,
                offer_id: None,
                expires_at: None,
                unreachable: Some(e.to_string()),
            }),
            Err(e) => Err(e),
        }
    }

    /// Accepts a refund as previewed. It is written to the outbox first, then sent: when
    /// the carrier cannot be reached it waits there and goes with the next sync.
    pub async fn refund(&self, preview: &RefundPreview) -> Result<RefundOutcome, CoreError> {
        let open = self.wallet().outbox(false).await?;
        if let Some(e) = open.iter().find(|e| {
            e.carrier == preview.carrier && e.tickets.iter().any(|t| preview.tickets.contains(t))
        }) {
            return Err(CoreError::Invalid(format!(
                "a refund of {} is already waiting to be sent ({})",
                e.tickets.join(", "),
                e.state.as_str()
            )));
        }
        let now = crate::carriers::now_text();
        let entry = OutboxEntry {
            id: uuid::Uuid::now_v7().to_string(),
            kind: "refund".into(),
            carrier: preview.carrier.clone(),
            booking_reference: preview.reference.clone(),
            tickets: preview.tickets.clone(),
            accepted_tiyn: preview.total_refund.as_tiyn(),
            estimate: preview.estimate,
            offer_id: preview
                .offer_id
                .clone()
                .filter(|_| preview.expires_at.is_some_and(|t| t > Utc::now())),
            offer_tiyn: (!preview.estimate).then(|| preview.total_refund.as_tiyn()),
            offer_key: IdempotencyKey::new().to_string(),
            accept_key: IdempotencyKey::new().to_string(),
            state: sapar_store::OutboxState::Queued,
            attempts: 0,
            last_error: None,
            result_tiyn: None,
            created_at: now.clone(),
            updated_at: now,
        };
        self.wallet().save_outbox_entry(&entry).await?;
        self.send_refund(entry).await
    }

    /// Prices exchanging a ticket (or a booking's tickets) for the trip of `to`, an
    /// offer from a search for the same passengers. Without the carrier, only the
    /// re-issue fee of the cached rules is known.
    pub async fn exchange_quote(
        &self,
        key: &str,
        to: &FoundOffer,
    ) -> Result<ExchangePreview, CoreError> {
        let booking = self.booking(key).await?;
        if !to.carrier.eq_ignore_ascii_case(&booking.carrier) {
            return Err(CoreError::Invalid(format!(
                "booking {} is with {}: pick a new trip of {}, not of {}",
                booking.reference, booking.carrier, booking.carrier, to.carrier
            )));
        }
        let tickets = chosen_tickets(&booking, key)?;
        let rules = self.rules_of(&booking, &tickets).await?;
        let now = Utc::now();
        let mut fee = Some(Money::ZERO);
        for (t, r) in tickets.iter().zip(&rules) {
            let (Some(r), Some(s)) = (r, booking.segments.get(t.segment)) else {
                fee = None;
                continue;
            };
            let one = r
                .exchange_fee(s.departure.utc, now)
                .map_err(|why| closed(&booking, t, r, why, "exchange"))?;
            fee = fee.map(|f| f + one);
        }
        let numbers: Vec<String> = tickets.iter().map(|t| t.number.clone()).collect();
        let asked = async {
            let client = self.client(&booking.carrier, Purpose::Sale).await?;
            let request = ExchangeOfferRequest {
                tickets: numbers.clone(),
                new_offer_id: to.offer.id.clone(),
            };
            client
                .exchange_offer(&booking.reference, &request, &IdempotencyKey::new())
                .await
                .map_err(|e| carrier_error(&booking.carrier, e))
        };
        let (offer, unreachable) = match asked.await {
            Ok(offer) => (Some(offer), None),
            Err(e) if is_unreachable(&e) => (None, Some(e.to_string())),
            Err(e) => return Err(e),
        };
        Ok(ExchangePreview {
            carrier: booking.carrier.clone(),
            reference: booking.reference.clone(),
            tickets: numbers,
            offer,
            rules_fee: fee,
            unreachable,
        })
    }

    /// Accepts a priced exchange (with a card when there is something to pay) and
    /// stores the booking with its new tickets; the old ones are revoked.
    pub async fn exchange(
        &self,
        preview: &ExchangePreview,
        card: Option<CardPayment>,
    ) -> Result<Booking, CoreError> {
        let Some(offer) = &preview.offer else {
            return Err(CoreError::Offline {
                carrier: preview.carrier.clone(),
                code: "offline",
                message: "an exchange needs the carrier online, to confirm the new seat and \
                          its price: try again when connected"
                    .into(),
            });
        };
        if offer.to_pay > Money::ZERO && card.is_none() {
            return Err(CoreError::Invalid(format!(
                "the exchange costs {} more: a card is needed",
                offer.to_pay.format(sapar_domain::Lang::En)
            )));
        }
        let client = self.client(&preview.carrier, Purpose::Sale).await?;
        let request = AcceptExchangeRequest {
            payment: card.filter(|_| offer.to_pay > Money::ZERO),
            confirmation_code: None,
        };
        let view = match client
            .accept_exchange(&offer.id, &request, &IdempotencyKey::new())
            .await
        {
            Ok(done) => done.booking,
            Err(e) => {
                let err = carrier_error(&preview.carrier, e);
                if !is_unreachable(&err) && err.code() != "invalid_state" {
                    return Err(err);
                }
                // The answer may be lost: the carrier's booking tells whether it was done.
                let view = client.booking(&preview.reference).await.map_err(|_| err)?;
                let done = preview.tickets.iter().all(|n| {
                    view.tickets
                        .iter()
                        .any(|t| &t.number == n && t.status == TicketStatus::Exchanged)
                });
                if !done {
                    return Err(carrier_error_again(&preview.carrier));
                }
                view
            }
        };
        let existing = self
            .wallet()
            .booking_by_carrier_reference(&preview.carrier, &preview.reference)
            .await?;
        let account = self.account(&preview.carrier).await?;
        let (booking, trips) = booking_from_view(
            &view,
            existing.as_ref().map_or_else(uuid::Uuid::now_v7, |b| b.id),
            purchase_of(existing.as_ref(), account.demo),
            &preview.carrier,
        )?;
        self.wallet().save_carrier_booking(&booking, &trips).await?;
        let now = Utc::now();
        let revoked: Vec<_> = preview
            .tickets
            .iter()
            .map(|n| {
                (
                    preview.carrier.clone(),
                    n.clone(),
                    revocation(RevocationReason::Exchanged, now),
                )
            })
            .collect();
        self.wallet().save_revocations(&revoked).await?;
        Ok(self
            .wallet()
            .booking_by_carrier_reference(&preview.carrier, &preview.reference)
            .await?
            .unwrap_or(booking))
    }
}

fn carrier_error_again(carrier: &str) -> CoreError {
    CoreError::Carrier {
        carrier: carrier.to_string(),
        code: "invalid_state",
        message: "the exchange was not done: ask for a new price and try again".into(),
    }
}
