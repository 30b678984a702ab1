//! Tickets their carriers have withdrawn: refunded, exchanged or cancelled.
//!
//! A signed ticket stays genuine forever, so a refunded ticket's code would still
//! verify; the revocation list, downloaded from carriers and kept in the wallet,
//! tells a verifier which tickets no longer hold. Plain serde data, keyed by
//! carrier code and ticket number.

use chrono::{DateTime, Utc};
use sapar_domain::TicketStatus;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why a ticket was withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RevocationReason {
    /// The passenger returned the ticket.
    Refunded,
    /// The ticket was exchanged for another.
    Exchanged,
    /// The carrier cancelled the ticket or the trip.
    Cancelled,
    /// Any other reason the carrier gives.
    Other,
}

impl RevocationReason {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            RevocationReason::Refunded => "refunded",
            RevocationReason::Exchanged => "exchanged",
            RevocationReason::Cancelled => "cancelled",
            RevocationReason::Other => "other",
        }
    }

    /// The reason matching a ticket status that ends a ticket's validity
    /// (refunded, exchanged, cancelled by carrier); `None` for the others.
    pub fn for_status(status: TicketStatus) -> Option<Self> {
        match status {
            TicketStatus::Refunded => Some(RevocationReason::Refunded),
            TicketStatus::Exchanged => Some(RevocationReason::Exchanged),
            TicketStatus::CancelledByCarrier => Some(RevocationReason::Cancelled),
            TicketStatus::Held | TicketStatus::Issued | TicketStatus::Used => None,
        }
    }
}

/// Why and when a ticket was withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// Why.
    pub reason: RevocationReason,
    /// When.
    pub at: DateTime<Utc>,
}

/// Withdrawn tickets: carrier code → ticket number → revocation.
///
/// In JSON: `{"KTZ": {"27011234567890": {"reason": "refunded", "at": "…"}}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RevocationList {
    by_carrier: BTreeMap<String, BTreeMap<String, Revocation>>,
}

impl RevocationList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a withdrawn ticket, replacing what was recorded for it.
    pub fn insert(&mut self, carrier: &str, ticket_number: &str, revocation: Revocation) {
        self.by_carrier
            .entry(carrier.to_string())
            .or_default()
            .insert(ticket_number.to_string(), revocation);
    }

    /// Why and when the ticket was withdrawn, if it was.
    pub fn get(&self, carrier: &str, ticket_number: &str) -> Option<&Revocation> {
        self.by_carrier.get(carrier)?.get(ticket_number)
    }

    /// Every entry as `(carrier, ticket number, revocation)`, ordered by carrier then number.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, &Revocation)> {
        self.by_carrier.iter().flat_map(|(carrier, tickets)| {
            tickets
                .iter()
                .map(move |(number, r)| (carrier.as_str(), number.as_str(), r))
        })
    }

    /// How many tickets are listed.
    pub fn len(&self) -> usize {
        self.by_carrier.values().map(BTreeMap::len).sum()
    }

    /// Whether no ticket is listed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_tickets_are_found_by_carrier_and_number() {
        let at = DateTime::UNIX_EPOCH;
        let mut list = RevocationList::new();
        list.insert(
            "KTZ",
            "1",
            Revocation {
                reason: RevocationReason::Refunded,
                at,
            },
        );
        list.insert(
            "KC",
            "1",
            Revocation {
                reason: RevocationReason::Exchanged,
                at,
            },
        );
        assert_eq!(
            list.get("KTZ", "1").unwrap().reason,
            RevocationReason::Refunded
        );
        assert_eq!(
            list.get("KC", "1").unwrap().reason,
            RevocationReason::Exchanged
        );
        assert!(list.get("KTZ", "2").is_none());
        assert_eq!(list.len(), 2);
        let json = serde_json::to_string(&list).unwrap();
        assert!(
            json.contains(r#""KTZ":{"1":{"reason":"refunded""#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<RevocationList>(&json).unwrap(), list);
        let entries: Vec<_> = list.iter().map(|(c, n, _)| (c, n)).collect();
        assert_eq!(entries, vec![("KC", "1"), ("KTZ", "1")]);
    }

    #[test]
    fn statuses_that_end_a_ticket_map_to_reasons() {
        assert_eq!(
            RevocationReason::for_status(TicketStatus::CancelledByCarrier),
            Some(RevocationReason::Cancelled)
        );
        assert_eq!(RevocationReason::for_status(TicketStatus::Issued), None);
    }
}
