//! Money: Kazakhstan tenge held as an integer number of tiyn (1 ₸ = 100 tiyn).
//!
//! There are no floats anywhere in prices; arithmetic is checked or saturating.

use crate::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Sub};

/// An amount of tenge, in tiyn.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    /// Zero tenge.
    pub const ZERO: Money = Money(0);

    /// An amount of whole tenge.
    pub const fn tenge(t: i64) -> Money {
        Money(t * 100)
    }

    /// An amount in tiyn.
    pub const fn tiyn(t: i64) -> Money {
        Money(t)
    }

    /// The amount in tiyn.
    pub const fn as_tiyn(self) -> i64 {
        self.0
    }

    /// `percent`% of this amount, rounded half away from zero to the tiyn.
    pub fn percent(self, percent: i64) -> Money {
        let n = self.0 as i128 * percent as i128;
        let q = n / 100;
        let r = n % 100;
        let rounded = if r.abs() * 2 >= 100 {
            q + r.signum()
        } else {
            q
        };
        Money(rounded.clamp(i64::MIN as i128, i64::MAX as i128) as i64)
    }

    /// Checked addition.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Formats for people in the given language: `12 345 ₸` (kk, ru) or `12,345 ₸` (en);
    /// tiyn are shown only when the amount has them (`12 345,50 ₸`, `12,345.50 ₸`).
    pub fn format(self, lang: Lang) -> String {
        let (group, decimal) = match lang {
            Lang::Kk | Lang::Ru => ('\u{a0}', ','),
            Lang::En => (',', '.'),
        };
        let negative = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let whole = abs / 100;
        let tiyn = abs % 100;
        let digits = whole.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 8);
        if negative {
            grouped.push('−');
        }
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(ch);
        }
        if tiyn != 0 {
            grouped.push(decimal);
            grouped.push_str(&format!("{tiyn:02}"));
        }
        grouped.push('\u{a0}');
        grouped.push('₸');
        grouped
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::Ru))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_per_locale() {
        assert_eq!(Money::tenge(12_345).format(Lang::Ru), "12\u{a0}345\u{a0}₸");
        assert_eq!(Money::tenge(12_345).format(Lang::Kk), "12\u{a0}345\u{a0}₸");
        assert_eq!(Money::tenge(12_345).format(Lang::En), "12,345\u{a0}₸");
        assert_eq!(
            Money::tiyn(1_234_550).format(Lang::Ru),
            "12\u{a0}345,50\u{a0}₸"
        );
        assert_eq!(Money::tiyn(1_234_505).format(Lang::En), "12,345.05\u{a0}₸");
        assert_eq!(Money::tenge(236).format(Lang::Ru), "236\u{a0}₸");
        assert_eq!(Money::tenge(1_000_000).format(Lang::En), "1,000,000\u{a0}₸");
        assert_eq!(Money::ZERO.format(Lang::Kk), "0\u{a0}₸");
        assert_eq!(Money::tenge(-393).format(Lang::Ru), "−393\u{a0}₸");
    }

    #[test]
    fn percent_rounds_to_tiyn() {
        assert_eq!(Money::tenge(19_000).percent(50), Money::tenge(9_500));
        assert_eq!(Money::tiyn(101).percent(50), Money::tiyn(51));
        assert_eq!(Money::tiyn(-101).percent(50), Money::tiyn(-51));
        assert_eq!(Money::tenge(26_250).percent(30), Money::tenge(7_875));
    }

    proptest! {
        #[test]
        fn formatted_digits_round_trip(t in 0i64..1_000_000_000_000) {
            let s = Money::tiyn(t).format(Lang::En);
            let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
            let expected = if t % 100 == 0 { (t / 100).to_string() } else { format!("{}{:02}", t / 100, t % 100) };
            prop_assert_eq!(digits, expected);
        }

        #[test]
        fn sum_is_exact(a in -1_000_000_000i64..1_000_000_000, b in -1_000_000_000i64..1_000_000_000) {
            prop_assert_eq!((Money(a) + Money(b)).as_tiyn(), a + b);
            prop_assert_eq!(Money(a).percent(100), Money(a));
        }
    }
}
