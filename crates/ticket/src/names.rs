//! Fitting a passenger's name and document number into a ticket code.

use crate::payload::MAX_PASSENGER_NAME_CHARS;

/// A passenger name shortened, if need be, to fit a ticket code.
///
/// Whitespace is collapsed and control characters dropped. A name longer than
/// [`MAX_PASSENGER_NAME_CHARS`] keeps its first word (the surname, as documents
/// print it) and has the following words cut to initials from the last one
/// backwards (`MUKHAMEDZHANOVA GULNAR Z.`); if that is still too long, it is cut
/// to the limit.
pub fn fit_passenger_name(name: &str) -> String {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let length = |words: &[String]| {
        words.iter().map(|w| w.chars().count()).sum::<usize>() + words.len().saturating_sub(1)
    };
    for i in (1..words.len()).rev() {
        if length(&words) <= MAX_PASSENGER_NAME_CHARS {
            break;
        }
        if let Some(initial) = words[i].chars().next() {
            words[i] = format!("{initial}.");
        }
    }
    let fitted: String = words
        .join(" ")
        .chars()
        .take(MAX_PASSENGER_NAME_CHARS)
        .collect();
    fitted.trim_end().to_string()
}

/// The last four Latin letters or digits of a document number, uppercased
/// (`N12345678` → `5678`), for [`crate::TicketClaims::document_tail`].
pub fn document_tail(document_number: &str) -> String {
    let kept: Vec<char> = document_number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    kept[kept.len().saturating_sub(4)..].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_stay_as_written() {
        assert_eq!(
            fit_passenger_name("  ABAI   KUNANBAYULY "),
            "ABAI KUNANBAYULY"
        );
        assert_eq!(
            fit_passenger_name("ЖАҚСЫБЕКОВА ӘЙГЕРІМ"),
            "ЖАҚСЫБЕКОВА ӘЙГЕРІМ"
        );
    }

    #[test]
    fn long_names_keep_the_surname_and_shorten_the_rest() {
        assert_eq!(
            fit_passenger_name("MUKHAMEDZHANOVA GULNAR ZHANABERGENKYZY"),
            "MUKHAMEDZHANOVA GULNAR Z."
        );
        assert_eq!(
            fit_passenger_name("МҰХАМЕДЖАНОВА ГҮЛНАР ЖАНАБЕРГЕНҚЫЗЫ"),
            "МҰХАМЕДЖАНОВА ГҮЛНАР Ж."
        );
        assert_eq!(
            fit_passenger_name("ТӨЛЕГЕНОВА-ҚОЖАХМЕТОВА ӘЙГЕРІМ ЖАНАБЕРГЕНҚЫЗЫ"),
            "ТӨЛЕГЕНОВА-ҚОЖАХМЕТОВА Ә. Ж."
        );
        let one_word = "Қ".repeat(40);
        assert_eq!(fit_passenger_name(&one_word), "Қ".repeat(32));
        let many = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD EFGH IJKL";
        let fitted = fit_passenger_name(many);
        assert_eq!(fitted, "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD E");
        assert!(fitted.chars().count() <= MAX_PASSENGER_NAME_CHARS);
    }

    #[test]
    fn document_tail_is_the_last_four_letters_or_digits() {
        assert_eq!(document_tail("N 1234-5678"), "5678");
        assert_eq!(document_tail("ab12"), "AB12");
        assert_eq!(document_tail("7"), "7");
    }
}
