//! Turns what a person types into the search box into a safe FTS5 query.
//!
//! Every word must match (AND). A word shaped like a date (`2026-12-01` or `01.12.2026`)
//! matches tickets departing that local day. Any other word is reduced to its letters and
//! digits and matches, as a prefix, either a whole code (booking reference, ticket number,
//! IIN, document number: `465-24123` finds `4652412345678`) or the words of a passenger's
//! name, a place or a trip number. Only letters and digits ever reach FTS5, each inside a
//! quoted string, so no input can be read as query syntax.

use chrono::NaiveDate;

/// The FTS5 query for `text`, or `None` when it holds nothing to search for.
pub fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text.split_whitespace().filter_map(term).collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" AND "))
    }
}

fn term(word: &str) -> Option<String> {
    if let Some(day) = date_of(word) {
        return Some(format!("day : \"{}\"", day.format("%Y%m%d")));
    }
    let parts: Vec<String> = word
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    if parts.is_empty() {
        return None;
    }
    let joined = quoted(&parts.concat());
    let words = quoted(&parts.join(" "));
    Some(format!("(ident : {joined}* OR {{name place}} : {words}*)"))
}

/// A string literal of FTS5 (a `"` inside is doubled; there is none after filtering).
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A date written `YYYY-MM-DD` or `DD.MM.YYYY`.
pub(crate) fn date_of(word: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(word, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(word, "%d.%m.%Y"))
        .ok()
        .filter(|_| word.len() == 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_become_prefix_terms() {
        assert_eq!(
            fts_query("Zhumab").as_deref(),
            Some("(ident : \"zhumab\"* OR {name place} : \"zhumab\"*)")
        );
        assert_eq!(
            fts_query("465-2412").as_deref(),
            Some("(ident : \"4652412\"* OR {name place} : \"465 2412\"*)")
        );
    }

    #[test]
    fn dates_match_the_departure_day() {
        assert_eq!(
            fts_query("2026-12-01").as_deref(),
            Some("day : \"20261201\"")
        );
        assert_eq!(
            fts_query("01.12.2026").as_deref(),
            Some("day : \"20261201\"")
        );
        // Not a real date: searched as text.
        assert!(fts_query("2026-02-30").is_some_and(|q| q.starts_with("(ident")));
    }

    #[test]
    fn nothing_to_search_for() {
        for text in ["", "   ", "\"", "*", "-- ; ' ( ) ^ : {}", "\u{200b}"] {
            assert_eq!(fts_query(text), None, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn only_letters_and_digits_reach_the_quoted_strings(text in "\\PC{0,40}") {
            if let Some(q) = fts_query(&text) {
                // Every quoted string holds only letters, digits and spaces.
                for (i, chunk) in q.split('"').enumerate() {
                    if i % 2 == 1 {
                        prop_assert!(chunk.chars().all(|c| c.is_alphanumeric() || c == ' '), "{q}");
                        prop_assert!(!chunk.trim().is_empty(), "{q}");
                    }
                }
            }
        }
    }
}
