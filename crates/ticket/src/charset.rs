//! The one-byte character set of text fields in a ticket code.
//!
//! Names and trip numbers are Latin or Cyrillic. In UTF-8 a Cyrillic letter takes
//! two bytes; here every allowed character takes one, which keeps a Kazakh name
//! as short as a Latin one and the whole ticket within a version-10 QR code.
//! Bytes 0x20-0x7E are printable ASCII; bytes from 0x80 are the letters of
//! [`EXTRA`], in order. The mapping is one-to-one, so encoding stays canonical.

/// Letters beyond printable ASCII, in byte order from 0x80.
const EXTRA: &[char] = &[
    // Russian capitals А-Я, then Ё.
    'А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'Й', 'К', 'Л', 'М', 'Н', 'О', 'П', 'Р', 'С', 'Т',
    'У', 'Ф', 'Х', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'Ь', 'Э', 'Ю', 'Я', 'Ё',
    // Russian small а-я, then ё.
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
    'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я', 'ё',
    // The nine Kazakh letters, capital and small.
    'Ә', 'ә', 'Ғ', 'ғ', 'Қ', 'қ', 'Ң', 'ң', 'Ө', 'ө', 'Ұ', 'ұ', 'Ү', 'ү', 'Һ', 'һ', 'І', 'і',
    // Ukrainian and Belarusian letters.
    'Є', 'є', 'Ї', 'ї', 'Ґ', 'ґ', 'Ў', 'ў',
    // Latin letters with diacritics common in names of visitors (German, Turkish, French).
    'Ä', 'ä', 'Ö', 'ö', 'Ü', 'ü', 'ß', 'É', 'é', 'Ç', 'ç', 'Ş', 'ş', 'Ğ', 'ğ', 'İ', 'ı',
    // The numero sign, as in seat and carriage labels.
    '№',
];

/// What the set holds, in words (for error messages).
pub(crate) const DESCRIPTION: &str =
    "printable ASCII, Cyrillic letters (Kazakh, Russian, Ukrainian, Belarusian), a few Latin letters with diacritics, and №";

/// The byte of a character, if the set has it.
pub(crate) fn byte_of(c: char) -> Option<u8> {
    if (' '..='~').contains(&c) {
        return Some(c as u8);
    }
    EXTRA
        .iter()
        .position(|&e| e == c)
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// The character of a byte, if the byte is in use.
pub(crate) fn char_of(byte: u8) -> Option<char> {
    match byte {
        0x20..=0x7E => Some(char::from(byte)),
        0x80..=0xFF => EXTRA.get(usize::from(byte - 0x80)).copied(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_has_one_byte_and_back() {
        assert!(EXTRA.len() <= 128);
        let mut seen = std::collections::HashSet::new();
        for byte in 0..=255u8 {
            if let Some(c) = char_of(byte) {
                assert_eq!(byte_of(c), Some(byte), "{c}");
                assert!(seen.insert(c), "{c} twice");
            }
        }
        assert_eq!(seen.len(), 95 + EXTRA.len());
    }

    #[test]
    fn kazakh_and_russian_letters_are_in_the_set() {
        for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІіЁёЖжЩщ".chars() {
            assert!(byte_of(c).is_some(), "{c}");
        }
        for c in ['\n', '\u{7f}', '中', '€', 'ł'] {
            assert_eq!(byte_of(c), None, "{c:?}");
        }
        assert_eq!(char_of(0x00), None);
        assert_eq!(char_of(0x7F), None);
    }
}
