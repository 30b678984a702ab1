//! Fare rules: what a refund or an exchange returns and costs, by time left before departure.
//!
//! A rule is a list of tiers, each applying from some number of minutes before
//! departure (negative = after departure). The carrier sandbox prices after-sales
//! offers with these rules, Sapar previews them offline, and tickets print them.
//! Prices are split into the ticket part (`fare`) and the reserved-seat part
//! (`reserved_seat`, KTZ's плацкарта); other lines (`sale_fee`, taxes) are
//! non-refundable unless a tier says otherwise.

use crate::{Money, PriceBreakdown};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One band of the refund schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundTier {
    /// The tier applies while at least this many minutes are left before departure
    /// (and fewer than the previous tier's); negative means after departure.
    pub from_minutes_before: i64,
    /// Percent of the ticket part (`fare`) returned.
    pub fare_percent: i64,
    /// Percent of the reserved-seat part returned.
    pub reserved_seat_percent: i64,
    /// At most this percent of the fare may be withheld (KTZ's 30 % cap), if any.
    pub withheld_cap_percent: Option<i64>,
}

/// How a fare can be refunded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundRules {
    /// Tiers, from the earliest (most minutes before) to the latest.
    pub tiers: Vec<RefundTier>,
    /// Fixed fee per ticket for a refund.
    pub fee: Money,
    /// Refunds through the carrier's online channel close this many minutes before departure.
    pub online_closes_minutes_before: i64,
}

/// How a fare can be exchanged for another trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangeRules {
    /// Whether the fare can be exchanged at all.
    pub allowed: bool,
    /// Fixed fee per ticket for re-issue.
    pub fee: Money,
    /// Exchanges close this many minutes before departure.
    pub closes_minutes_before: i64,
}

/// The after-sales rules of one fare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FareRules {
    /// The fare or tariff this applies to (e.g. `ktz-long-distance`, `fs-vygodny`).
    pub fare: String,
    /// Refund rules; `None` when the fare is non-refundable.
    pub refund: Option<RefundRules>,
    /// Exchange rules.
    pub exchange: ExchangeRules,
}

/// The price of a refund, shown before the user accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefundQuote {
    /// What the passenger gets back.
    pub refund: Money,
    /// The refund fee.
    pub fee: Money,
    /// What the carrier keeps apart from the fee.
    pub withheld: Money,
    /// The tier that applied.
    pub tier: RefundTier,
}

/// Why a refund or exchange cannot be done now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum AfterSalesClosed {
    /// The fare cannot be refunded.
    #[error("this fare is non-refundable")]
    NonRefundable,
    /// The fare cannot be exchanged.
    #[error("this fare cannot be exchanged")]
    NotExchangeable,
    /// Too close to (or past) departure.
    #[error("closed {minutes_before} minutes before departure (at {closed_at})")]
    WindowClosed {
        /// How many minutes before departure it closes.
        minutes_before: i64,
        /// When it closed.
        closed_at: DateTime<Utc>,
    },
}

fn part(price: &PriceBreakdown, kind: &str) -> Money {
    price
        .items
        .iter()
        .filter(|i| i.kind == kind)
        .map(|i| i.amount)
        .sum()
}

impl FareRules {
    /// KTZ's long-distance rules as of 2025-10-06: full refund ≥ 24 h before departure;
    /// 24 h-6 h: ticket part + 50 % of the reserved-seat part; 6 h before to 1 h after:
    /// ticket part only, withholding at most 30 % of the fare; later nothing. Refund fee
    /// 393 ₸, re-issue fee 786 ₸; online refunds close 1 h before departure.
    pub fn ktz_long_distance() -> Self {
        FareRules {
            fare: "ktz-long-distance".into(),
            refund: Some(RefundRules {
                tiers: vec![
                    RefundTier {
                        from_minutes_before: 24 * 60,
                        fare_percent: 100,
                        reserved_seat_percent: 100,
                        withheld_cap_percent: None,
                    },
                    RefundTier {
                        from_minutes_before: 6 * 60,
                        fare_percent: 100,
                        reserved_seat_percent: 50,
                        withheld_cap_percent: None,
                    },
                    RefundTier {
                        from_minutes_before: -60,
                        fare_percent: 100,
                        reserved_seat_percent: 0,
                        withheld_cap_percent: Some(30),
                    },
                ],
                fee: Money::tenge(393),
                online_closes_minutes_before: 60,
            }),
            exchange: ExchangeRules {
                allowed: true,
                fee: Money::tenge(786),
                closes_minutes_before: 60,
            },
        }
    }

    /// The tier in force with `minutes_before` minutes left before departure.
    pub fn refund_tier(&self, minutes_before: i64) -> Option<&RefundTier> {
        self.refund
            .as_ref()?
            .tiers
            .iter()
            .find(|t| minutes_before >= t.from_minutes_before)
    }

    /// Prices a refund made through an online channel at `now`.
    pub fn quote_refund(
        &self,
        price: &PriceBreakdown,
        departure: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<RefundQuote, AfterSalesClosed> {
        let rules = self
            .refund
            .as_ref()
            .ok_or(AfterSalesClosed::NonRefundable)?;
        let minutes_before = (departure - now).num_minutes();
        if minutes_before < rules.online_closes_minutes_before {
            return Err(AfterSalesClosed::WindowClosed {
                minutes_before: rules.online_closes_minutes_before,
                closed_at: departure
                    - chrono::Duration::minutes(rules.online_closes_minutes_before),
            });
        }
        let tier = self
            .refund_tier(minutes_before)
            .ok_or(AfterSalesClosed::WindowClosed {
                minutes_before: rules.online_closes_minutes_before,
                closed_at: departure
                    - chrono::Duration::minutes(rules.online_closes_minutes_before),
            })?
            .clone();
        let fare = part(price, "fare");
        let reserved = part(price, "reserved_seat");
        let refundable = fare + reserved;
        let mut back =
            fare.percent(tier.fare_percent) + reserved.percent(tier.reserved_seat_percent);
        if let Some(cap) = tier.withheld_cap_percent {
            let min_back = refundable - fare.percent(cap);
            back = back.max(min_back);
        }
        let withheld = refundable - back;
        let refund = (back - rules.fee).max(Money::ZERO);
        let fee = back - refund;
        Ok(RefundQuote {
            refund,
            fee,
            withheld,
            tier,
        })
    }

    /// Checks an exchange is possible at `now` and returns its fee.
    pub fn exchange_fee(
        &self,
        departure: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Money, AfterSalesClosed> {
        if !self.exchange.allowed {
            return Err(AfterSalesClosed::NotExchangeable);
        }
        let minutes_before = (departure - now).num_minutes();
        if minutes_before < self.exchange.closes_minutes_before {
            return Err(AfterSalesClosed::WindowClosed {
                minutes_before: self.exchange.closes_minutes_before,
                closed_at: departure
                    - chrono::Duration::minutes(self.exchange.closes_minutes_before),
            });
        }
        Ok(self.exchange.fee)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn coupe() -> PriceBreakdown {
        // 19 000 ₸ coupe: 12 000 ticket part + 7 000 reserved seat, plus a 236 ₸ sale fee.
        PriceBreakdown::fare(Money::tenge(12_000))
            .with("reserved_seat", Money::tenge(7_000))
            .with("sale_fee", Money::tenge(236))
    }

    fn dep() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 10, 15, 0, 0).unwrap()
    }

    #[test]
    fn ktz_full_refund_a_day_ahead_minus_fee() {
        let q = FareRules::ktz_long_distance()
            .quote_refund(&coupe(), dep(), dep() - Duration::hours(30))
            .unwrap();
        assert_eq!(q.withheld, Money::ZERO);
        assert_eq!(q.fee, Money::tenge(393));
        assert_eq!(q.refund, Money::tenge(19_000 - 393));
    }

    #[test]
    fn ktz_half_reserved_seat_between_24_and_6_hours() {
        let q = FareRules::ktz_long_distance()
            .quote_refund(&coupe(), dep(), dep() - Duration::hours(10))
            .unwrap();
        assert_eq!(q.withheld, Money::tenge(3_500));
        assert_eq!(q.refund, Money::tenge(12_000 + 3_500 - 393));
    }

    #[test]
    fn ktz_late_refund_withholds_at_most_30_percent_of_fare() {
        let q = FareRules::ktz_long_distance()
            .quote_refund(&coupe(), dep(), dep() - Duration::hours(3))
            .unwrap();
        // Reserved part (7 000) is more than 30 % of the 12 000 fare (3 600): cap applies.
        assert_eq!(q.withheld, Money::tenge(3_600));
        assert_eq!(q.refund, Money::tenge(19_000 - 3_600 - 393));
    }

    #[test]
    fn ktz_online_refund_closes_an_hour_before() {
        let err = FareRules::ktz_long_distance()
            .quote_refund(&coupe(), dep(), dep() - Duration::minutes(59))
            .unwrap_err();
        assert_eq!(
            err,
            AfterSalesClosed::WindowClosed {
                minutes_before: 60,
                closed_at: dep() - Duration::hours(1)
            }
        );
        assert!(FareRules::ktz_long_distance()
            .quote_refund(&coupe(), dep(), dep() - Duration::minutes(60))
            .is_ok());
    }

    #[test]
    fn exchange_fee_and_window() {
        let r = FareRules::ktz_long_distance();
        assert_eq!(
            r.exchange_fee(dep(), dep() - Duration::hours(2)),
            Ok(Money::tenge(786))
        );
        assert!(r
            .exchange_fee(dep(), dep() - Duration::minutes(30))
            .is_err());
    }
}
