//! Words and numbers as a ticket prints them: dates, local times with their UTC
//! offset, durations, and the fare rules put in plain words.

use chrono::{Datelike, NaiveDate};
use sapar_domain::{FareRules, Lang, PriceBreakdown, RefundTier, ZonedInstant};
use sapar_i18n::{messages, Arg};

/// The message `id` in `lang` with arguments.
pub(crate) fn t(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    messages(lang).format(id, args)
}

/// The message `id` if the language has it (or English does), else `None`.
pub(crate) fn t_opt(lang: Lang, id: &str) -> Option<String> {
    let m = messages(lang);
    (m.has(id) || messages(Lang::En).has(id)).then(|| m.get(id))
}

/// A date as people write it: `1 December 2026`, `1 декабря 2026 г.`, `2026 жылғы 1 желтоқсан`.
pub(crate) fn date(lang: Lang, d: NaiveDate) -> String {
    let year = d.year().to_string();
    let month = t(lang, &format!("ticket-month-{}", d.month()), &[]);
    t(
        lang,
        "ticket-date",
        &[
            ("day", Arg::Num(i64::from(d.day()))),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&year)),
        ],
    )
}

/// The local time of a place with its offset: `21:40 (+05:00)`.
pub(crate) fn time_with_offset(at: &ZonedInstant) -> String {
    at.local().format("%H:%M (%:z)").to_string()
}

/// A local date and time: `20 November 2026, 14:12 (+05:00)`.
pub(crate) fn date_time(lang: Lang, at: &ZonedInstant) -> String {
    let d = date(lang, at.local().date_naive());
    let time = time_with_offset(at);
    t(
        lang,
        "ticket-date-time",
        &[("date", Arg::Str(&d)), ("time", Arg::Str(&time))],
    )
}

/// A duration: `12 h 35 min`, `12 ч 35 мин`, `12 сағ 35 мин`.
pub(crate) fn duration(lang: Lang, minutes: i64) -> String {
    let minutes = minutes.abs();
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => t(lang, "ticket-duration-m", &[("m", Arg::Num(m))]),
        (h, 0) => t(lang, "ticket-duration-h", &[("h", Arg::Num(h))]),
        (h, m) => t(
            lang,
            "ticket-duration-hm",
            &[("h", Arg::Num(h)), ("m", Arg::Num(m))],
        ),
    }
}

/// `text` with its first letter in upper case.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The fare rules in plain words, one sentence a line: the refund tiers, the fees,
/// when online refunds close, and whether and until when an exchange is possible.
pub(crate) fn fare_rules(
    lang: Lang,
    rules: Option<&FareRules>,
    price: &PriceBreakdown,
) -> Vec<String> {
    let Some(rules) = rules else {
        return vec![t(lang, "ticket-rules-unknown", &[])];
    };
    let has_reserved_part = price.items.iter().any(|i| i.kind == "reserved_seat");
    let mut lines = Vec::new();
    match &rules.refund {
        None => lines.push(t(lang, "ticket-rule-non-refundable", &[])),
        Some(refund) => {
            let mut upper: Option<i64> = None;
            for tier in &refund.tiers {
                let when = tier_window(lang, upper, tier.from_minutes_before);
                let what = tier_outcome(lang, tier, has_reserved_part);
                lines.push(capitalised(&t(
                    lang,
                    "ticket-rule-tier",
                    &[("when", Arg::Str(&when)), ("what", Arg::Str(&what))],
                )));
                upper = Some(tier.from_minutes_before);
            }
            if !refund.tiers.is_empty() {
                lines.push(t(lang, "ticket-rule-later", &[]));
            }
            if refund.fee.as_tiyn() > 0 {
                let fee = refund.fee.format(lang);
                lines.push(t(
                    lang,
                    "ticket-rule-refund-fee",
                    &[("fee", Arg::Str(&fee))],
                ));
            }
            if refund.online_closes_minutes_before > 0 {
                let time = duration(lang, refund.online_closes_minutes_before);
                lines.push(t(
                    lang,
                    "ticket-rule-online-closes",
                    &[("time", Arg::Str(&time))],
                ));
            }
        }
    }
    let exchange = &rules.exchange;
    if !exchange.allowed {
        lines.push(t(lang, "ticket-rule-no-exchange", &[]));
    } else {
        let time = duration(lang, exchange.closes_minutes_before);
        if exchange.fee.as_tiyn() > 0 {
            let fee = exchange.fee.format(lang);
            lines.push(t(
                lang,
                "ticket-rule-exchange",
                &[("time", Arg::Str(&time)), ("fee", Arg::Str(&fee))],
            ));
        } else {
            lines.push(t(
                lang,
                "ticket-rule-exchange-free",
                &[("time", Arg::Str(&time))],
            ));
        }
    }
    lines
}

/// When a tier applies, from the previous tier's bound (`upper`, minutes before
/// departure) down to this tier's bound (`lower`); negative minutes are after departure.
fn tier_window(lang: Lang, upper: Option<i64>, lower: i64) -> String {
    let lower_text = duration(lang, lower);
    let lo = ("lower", Arg::Str(&lower_text));
    match upper {
        None if lower > 0 => t(lang, "ticket-rule-when-first-before", &[lo]),
        None if lower == 0 => t(lang, "ticket-rule-when-any-before", &[]),
        None => t(lang, "ticket-rule-when-first-after", &[lo]),
        Some(upper) => {
            let upper_text = duration(lang, upper);
            let up = ("upper", Arg::Str(&upper_text));
            if upper > 0 && lower > 0 {
                t(lang, "ticket-rule-when-before", &[lo, up])
            } else if upper > 0 && lower == 0 {
                t(lang, "ticket-rule-when-until-departure", &[up])
            } else if upper > 0 {
                t(lang, "ticket-rule-when-around", &[lo, up])
            } else if upper == 0 {
                t(lang, "ticket-rule-when-first-after", &[lo])
            } else {
                t(lang, "ticket-rule-when-after", &[lo, up])
            }
        }
    }
}

/// What a tier returns.
fn tier_outcome(lang: Lang, tier: &RefundTier, has_reserved_part: bool) -> String {
    let (fare, reserved) = (tier.fare_percent, tier.reserved_seat_percent);
    let what = if !has_reserved_part {
        match fare {
            100 => t(lang, "ticket-rule-full", &[]),
            0 => t(lang, "ticket-rule-none", &[]),
            p => t(lang, "ticket-rule-fare-percent", &[("fare", Arg::Num(p))]),
        }
    } else {
        match (fare, reserved) {
            (100, 100) => t(lang, "ticket-rule-full", &[]),
            (0, 0) => t(lang, "ticket-rule-none", &[]),
            (100, 0) => t(lang, "ticket-rule-fare-only", &[]),
            (100, r) => t(
                lang,
                "ticket-rule-fare-and-reserved",
                &[("reserved", Arg::Num(r))],
            ),
            (f, r) => t(
                lang,
                "ticket-rule-parts",
                &[("fare", Arg::Num(f)), ("reserved", Arg::Num(r))],
            ),
        }
    };
    match tier.withheld_cap_percent {
        Some(cap) if has_reserved_part || fare < 100 => t(
            lang,
            "ticket-rule-with-cap",
            &[("what", Arg::Str(&what)), ("cap", Arg::Num(cap))],
        ),
        _ => what,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sapar_domain::Money;

    fn coupe_price() -> PriceBreakdown {
        PriceBreakdown::fare(Money::tenge(12_000))
            .with("reserved_seat", Money::tenge(7_000))
            .with("sale_fee", Money::tenge(236))
    }

    #[test]
    fn ktz_rules_in_plain_english() {
        let lines = fare_rules(
            Lang::En,
            Some(&FareRules::ktz_long_distance()),
            &coupe_price(),
        );
        assert_eq!(
            lines,
            vec![
                "24\u{a0}h or more before departure: full refund",
                "6\u{a0}h to 24\u{a0}h before departure: ticket part and 50\u{a0}% of the reserved-seat part",
                "Less than 6\u{a0}h before and up to 1\u{a0}h after departure: ticket part only, at most 30\u{a0}% of the fare withheld",
                "Later: no refund",
                "Refund fee: 393\u{a0}₸",
                "Online refunds close 1\u{a0}h before departure",
                "Exchange until 1\u{a0}h before departure, fee 786\u{a0}₸",
            ]
        );
    }

    #[test]
    fn ktz_rules_in_russian_and_kazakh() {
        let ru = fare_rules(
            Lang::Ru,
            Some(&FareRules::ktz_long_distance()),
            &coupe_price(),
        );
        assert_eq!(ru[0], "За 24\u{a0}ч и более до отправления: полный возврат");
        assert_eq!(ru[4], "Сбор за возврат: 393\u{a0}₸");
        assert_eq!(
            ru[5],
            "Онлайн-возврат закрывается за 1\u{a0}ч до отправления"
        );
        let kk = fare_rules(
            Lang::Kk,
            Some(&FareRules::ktz_long_distance()),
            &coupe_price(),
        );
        assert_eq!(
            kk[0],
            "Жөнелтуге 24\u{a0}сағ немесе одан көп уақыт қалғанда: толық қайтарылады"
        );
        assert_eq!(
            kk[2],
            "Жөнелтуге дейінгі соңғы 6\u{a0}сағ ішінде және жөнелтуден кейін 1\u{a0}сағ өткенге дейін: \
             тек билет құны қайтарылады, тариф құнының 30\u{a0}пайызынан артық ұсталмайды"
        );
    }

    #[test]
    fn a_fare_without_a_reserved_seat_part_speaks_of_the_fare() {
        let mut rules = FareRules::ktz_long_distance();
        rules.exchange.allowed = false;
        let price = PriceBreakdown::fare(Money::tenge(24_500));
        let lines = fare_rules(Lang::En, Some(&rules), &price);
        assert_eq!(lines[0], "24\u{a0}h or more before departure: full refund");
        assert_eq!(
            lines[1],
            "6\u{a0}h to 24\u{a0}h before departure: full refund"
        );
        assert_eq!(lines.last().map(String::as_str), Some("No exchange"));
    }

    #[test]
    fn non_refundable_and_unknown_rules() {
        let mut rules = FareRules::ktz_long_distance();
        rules.refund = None;
        rules.exchange.fee = Money::ZERO;
        let lines = fare_rules(Lang::En, Some(&rules), &coupe_price());
        assert_eq!(
            lines,
            vec![
                "Non-refundable fare",
                "Exchange until 1\u{a0}h before departure, free of charge"
            ]
        );
        assert_eq!(
            fare_rules(Lang::Ru, None, &coupe_price()),
            vec!["Действуют условия перевозки перевозчика"]
        );
    }

    #[test]
    fn dates_and_durations_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(date(Lang::En, d), "1 December 2026");
        assert_eq!(date(Lang::Ru, d), "1 декабря 2026 г.");
        assert_eq!(date(Lang::Kk, d), "2026 жылғы 1 желтоқсан");
        assert_eq!(duration(Lang::En, 755), "12\u{a0}h 35\u{a0}min");
        assert_eq!(duration(Lang::Ru, 60), "1\u{a0}ч");
        assert_eq!(duration(Lang::Kk, 45), "45\u{a0}мин");
        assert_eq!(capitalised("өскемен"), "Өскемен");
    }
}
