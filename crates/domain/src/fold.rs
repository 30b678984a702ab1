//! Text folding for search: turns Kazakh, Russian and Latin spellings of one name into one key.
//!
//! `Қарағанды`, `Караганды`, `Karagandy` and `Qaraghandy` all fold to `karagandi`; `Ақтөбе`,
//! `Актобе`, `Aktobe` and `Aqtobe` to `aktobe`; `Жамбыл` and `Zhambyl` to `zhambil`,
//! `Джамбул` and `Dzhambul` to `dzhambul`. The fold is lossy on purpose: it keeps what people hear, not how a
//! name is spelled. It is applied alike to the dataset's names and to what the user types.

/// One word of folded text: ASCII `a`-`z` and `0`-`9` only.
pub(crate) type Word = String;

/// Folds text into words of lowercase ASCII letters and digits; anything that is neither
/// a letter nor a digit separates words.
pub(crate) fn fold_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().flat_map(char::to_lowercase).peekable();
    while let Some(ch) = chars.next() {
        // A soft or hard sign before a vowel sounds as `y` (Гурьев, Guryev).
        let folded = if matches!(ch, 'ь' | 'ъ') && chars.peek().is_some_and(|&c| is_vowel(c)) {
            Some("i")
        } else {
            fold_char(ch)
        };
        match folded {
            Some(ascii) => current.push_str(ascii),
            None => {
                if !current.is_empty() {
                    words.push(fold_latin(&current));
                    current.clear();
                }
            }
        }
    }
    if !current.is_empty() {
        words.push(fold_latin(&current));
    }
    words
}

fn is_vowel(ch: char) -> bool {
    "аеёиоуыэюяәөұүі".contains(ch)
}

/// Folds text into one key with the word breaks removed (`Alma-Ata` → `almaata`).
pub(crate) fn fold_compact(text: &str) -> String {
    fold_words(text).concat()
}

/// Spellings of one sound in the usual Latin transliterations, folded to one. Folding goes
/// towards the longer spelling (`j` → `zh`, `h` → `kh`) so that a query cut in the middle of
/// a pair of letters (`Z` of `Zhezkazgan`) is still the start of the folded name.
fn fold_latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 2);
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let pair = rest.get(..2).unwrap_or(rest);
        let (folded, used) = match pair {
            b"sh" | b"ch" | b"zh" | b"kh" => (pair, 2),
            b"gh" => (&b"g"[..], 2),
            _ => {
                let one: &[u8] = match rest[0] {
                    b'h' => b"kh",
                    b'j' => b"zh",
                    b'y' => b"i",
                    b'q' => b"k",
                    b'w' => b"v",
                    b'x' => b"ks",
                    _ => &rest[..1],
                };
                (one, 1)
            }
        };
        out.extend(folded.iter().map(|&c| char::from(c)));
        i += used;
    }
    out
}

/// The ASCII spelling of one lowercase character, `None` for a separator.
/// Kazakh letters fold to their Russian neighbours (ә→а, қ→к, ө→о, ұ/ү→у, і→и, ғ→г, ң→н, һ→х).
fn fold_char(ch: char) -> Option<&'static str> {
    let s = match ch {
        'a'..='z' | '0'..='9' => return ascii_str(ch),
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' | 'ы' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' | 'ў' => "u",
        'ф' => "f",
        'х' | 'һ' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        // Latin letters with marks, as in Kazakh Latin spellings (Öskemen, Qaraǵandy, Türkistan).
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'ç' | 'č' => "ch",
        'è' | 'é' | 'ê' | 'ë' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'ý' | 'ÿ' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ǵ' | 'ğ' => "g",
        'ş' | 'š' => "sh",
        'ž' => "zh",
        _ => return None,
    };
    Some(s)
}

/// A static one-character string for an ASCII letter or digit.
fn ascii_str(ch: char) -> Option<&'static str> {
    const TABLE: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    let i = TABLE.find(ch)?;
    TABLE.get(i..i + 1)
}

/// What the same keys give on the other keyboard layout: text typed with the Latin layout
/// on while meaning Russian Cyrillic (`Fkvfns` → `Алматы`), or the other way round
/// (`ФДФ` → `ALA`). Characters with no counterpart are kept.
pub(crate) fn switch_layout(text: &str) -> String {
    const LATIN: &str = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    const CYRILLIC: &str = "йцукенгшщзхъфывапролджэячсмитьбюё";
    text.chars()
        .map(|ch| {
            let lower = ch.to_lowercase().next().unwrap_or(ch);
            if let Some(i) = LATIN.chars().position(|c| c == lower) {
                CYRILLIC.chars().nth(i).unwrap_or(ch)
            } else if let Some(i) = CYRILLIC.chars().position(|c| c == lower) {
                LATIN.chars().nth(i).unwrap_or(ch)
            } else {
                ch
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_russian_and_latin_spellings_meet() {
        for spelling in [
            "Қарағанды",
            "Караганды",
            "Karagandy",
            "Qaraghandy",
            "Qaraǵandy",
        ] {
            assert_eq!(fold_compact(spelling), "karagandi", "{spelling}");
        }
        for spelling in ["Ақтөбе", "Актобе", "Aktobe", "Aqtobe"] {
            assert_eq!(fold_compact(spelling), "aktobe", "{spelling}");
        }
        for spelling in ["Өскемен", "Оскемен", "Oskemen", "Öskemen"] {
            assert_eq!(fold_compact(spelling), "oskemen", "{spelling}");
        }
        for spelling in ["Жамбыл", "Zhambyl", "Jambyl"] {
            assert_eq!(fold_compact(spelling), "zhambil", "{spelling}");
        }
        assert_eq!(fold_compact("Гурьев"), "guriev");
        assert_eq!(fold_compact("Джамбул"), fold_compact("Dzhambul"));
        assert_eq!(fold_compact("Нұрлы жол"), fold_compact("Nurly Zhol"));
        assert_eq!(fold_compact("Гурьев"), fold_compact("Guryev"));
        assert_eq!(fold_compact("Балхаш"), fold_compact("Balkhash"));
        assert_eq!(fold_compact("Hazret"), fold_compact("Хазрет"));
        assert_eq!(
            fold_compact("Усть-Каменогорск"),
            fold_compact("Ust-Kamenogorsk")
        );
    }

    #[test]
    fn separators_split_words_and_vanish_in_the_compact_key() {
        assert_eq!(fold_words("Alma-Ata 2"), vec!["alma", "ata", "2"]);
        assert_eq!(fold_compact("Alma-Ata"), fold_compact("Alma Ata"));
        assert_eq!(fold_compact("Автовокзал «Сайран»"), "avtovokzalsairan");
        assert!(fold_words("!!! ??? 😀").is_empty());
    }

    #[test]
    fn a_start_cut_inside_a_pair_of_letters_is_still_a_start() {
        assert!(fold_compact("Zhezkazgan").starts_with(&fold_compact("Z")));
        assert!(fold_compact("Джезказган").starts_with(&fold_compact("Dz")));
        assert!(fold_compact("Балхаш").starts_with(&fold_compact("Balk")));
    }

    #[test]
    fn layout_switch_recovers_what_was_meant() {
        assert_eq!(switch_layout("Fkvfns"), "алматы");
        assert_eq!(switch_layout("ФДФ"), "ala");
    }
}
