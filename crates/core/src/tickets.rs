//! Ticket output use cases: the printable documents of a booking, its PDF, and sending
//! it by e-mail (queued for a later try when the mail server cannot be reached).

use crate::{CoreError, FareRuleBook, Sapar};
use sapar_domain::{carrier::carrier_by_code, Booking, FareRules, Lang, Mode};
use sapar_render::{render_pdf, Layout, TicketDocument};

/// The fare rules of a segment: its carrier's cached profile's rules for its fare when
/// present; else KTZ's published long-distance schedule for trains; nothing for others.
pub(crate) fn known_fare_rules(
    carrier: &str,
    mode: Mode,
    fare: &str,
    cached: Option<&FareRuleBook>,
) -> Option<FareRules> {
    if let Some(rules) = cached.and_then(|book| book.get(carrier, fare)) {
        return Some(rules.clone());
    }
    (carrier.eq_ignore_ascii_case("KTZ") && mode == Mode::Rail).then(FareRules::ktz_long_distance)
}

/// The printable form of each ticket of `booking` (or only of `ticket`, a ticket number).
pub fn documents(
    booking: &Booking,
    ticket: Option<&str>,
    lang: Lang,
) -> Result<Vec<TicketDocument>, CoreError> {
    documents_with_rules(booking, ticket, lang, None)
}

/// Like [`documents`], with the fare rules of cached carrier profiles.
pub fn documents_with_rules(
    booking: &Booking,
    ticket: Option<&str>,
    lang: Lang,
    cached: Option<&FareRuleBook>,
) -> Result<Vec<TicketDocument>, CoreError> {
    let mut docs = Vec::new();
    for (i, t) in booking.tickets.iter().enumerate() {
        if ticket.is_some_and(|n| !n.eq_ignore_ascii_case(&t.number)) {
            continue;
        }
        let segment = booking.segments.get(t.segment);
        let carrier_code = segment.map_or(booking.carrier.as_str(), |s| s.carrier.as_str());
        let carrier = carrier_by_code(carrier_code);
        let rules = segment.and_then(|s| known_fare_rules(carrier_code, s.mode, &s.fare, cached));
        docs.push(
            TicketDocument::from_booking(booking, i, carrier, rules.as_ref(), lang)
                .map_err(|e| CoreError::Invalid(e.to_string()))?,
        );
    }
    if docs.is_empty() {
        return Err(CoreError::NotFound(match ticket {
            Some(n) => format!("booking {} has no ticket {n}", booking.reference),
            None => format!("booking {} has no tickets", booking.reference),
        }));
    }
    Ok(docs)
}

impl Sapar {
    /// The PDF of a booking's tickets (one page per passenger and segment), or of one
    /// ticket when `key` is a ticket number.
    pub async fn ticket_pdf(
        &self,
        key: &str,
        lang: Lang,
        layout: Layout,
    ) -> Result<(Booking, Vec<u8>), CoreError> {
        let booking = self.booking(key).await?;
        let only = booking
            .tickets
            .iter()
            .find(|t| t.number.eq_ignore_ascii_case(key.trim()))
            .map(|t| t.number.clone());
        let rules = self.fare_rule_book().await?;
        let docs = documents_with_rules(&booking, only.as_deref(), lang, Some(&rules))?;
        let pdf = render_pdf(&docs, layout).map_err(|e| CoreError::Invalid(e.to_string()))?;
        Ok((booking, pdf))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ktz_trains_carry_the_published_rules() {
        assert!(known_fare_rules("KTZ", Mode::Rail, "any", None).is_some());
        assert!(known_fare_rules("KC", Mode::Air, "kc-economy", None).is_none());
        let b = sapar_render::fixtures::talgo_booking();
        let docs = documents(&b, None, Lang::Ru).unwrap();
        assert_eq!(docs.len(), b.tickets.len());
        let one = documents(&b, Some(&b.tickets[0].number), Lang::Ru).unwrap();
        assert_eq!(one.len(), 1);
        assert!(matches!(
            documents(&b, Some("NOPE"), Lang::Ru),
            Err(CoreError::NotFound(_))
        ));
    }
}
