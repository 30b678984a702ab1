//! Base45 (RFC 9285): bytes as text in the QR code's alphanumeric character set.
//!
//! Two bytes become three characters, a last odd byte two characters, so a QR code
//! in alphanumeric mode carries the bytes at about 97 % of byte-mode density while
//! every scanner returns plain uppercase text. The decoder is strict: a group whose
//! value is out of range is refused rather than truncated, so every accepted text
//! has exactly one byte string behind it.

/// The 45 characters, in value order (RFC 9285, table 1).
const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// The text is not base45; `position` is the first offending character (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InvalidBase45 {
    pub(crate) position: usize,
}

/// Characters needed for `len` bytes.
pub(crate) fn encoded_len(len: usize) -> usize {
    len / 2 * 3 + (len % 2) * 2
}

/// Appends the base45 text of `bytes` to `out`.
pub(crate) fn encode_into(bytes: &[u8], out: &mut String) {
    out.reserve(encoded_len(bytes.len()));
    let mut pairs = bytes.chunks_exact(2);
    for pair in &mut pairs {
        let n = u32::from(pair[0]) * 256 + u32::from(pair[1]);
        push_digits(out, n, 3);
    }
    if let [last] = pairs.remainder() {
        push_digits(out, u32::from(*last), 2);
    }
}

/// Pushes `count` base-45 digits of `n`, least significant first.
fn push_digits(out: &mut String, mut n: u32, count: usize) {
    for _ in 0..count {
        out.push(char::from(ALPHABET[(n % 45) as usize]));
        n /= 45;
    }
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|v| v as u32)
}

/// Decodes base45 text.
pub(crate) fn decode(text: &[u8]) -> Result<Vec<u8>, InvalidBase45> {
    if text.len() % 3 == 1 {
        return Err(InvalidBase45 {
            position: text.len() - 1,
        });
    }
    let mut out = Vec::with_capacity(text.len() / 3 * 2 + 1);
    for (group, chars) in text.chunks(3).enumerate() {
        let start = group * 3;
        let mut n = 0u32;
        let mut weight = 1u32;
        for (i, &c) in chars.iter().enumerate() {
            let v = value(c).ok_or(InvalidBase45 {
                position: start + i,
            })?;
            n += v * weight;
            weight *= 45;
        }
        if chars.len() == 3 {
            let pair = u16::try_from(n).map_err(|_| InvalidBase45 { position: start })?;
            out.extend_from_slice(&pair.to_be_bytes());
        } else {
            let byte = u8::try_from(n).map_err(|_| InvalidBase45 { position: start })?;
            out.push(byte);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(bytes: &[u8]) -> String {
        let mut s = String::new();
        encode_into(bytes, &mut s);
        s
    }

    #[test]
    fn matches_the_rfc_9285_examples() {
        assert_eq!(enc(b"AB"), "BB8");
        assert_eq!(enc(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(enc(b"base-45"), "UJCLQE7W581");
        assert_eq!(decode(b"QED8WEX0").unwrap(), b"ietf!");
        assert_eq!(decode(b"%69 VD92EX0").unwrap(), b"Hello!!");
    }

    #[test]
    fn refuses_out_of_range_groups() {
        // 16 + 16·45 + 32·45² = 65536: one more than two bytes can hold (RFC 9285 §4.2).
        assert_eq!(decode(b"GGW"), Err(InvalidBase45 { position: 0 }));
        assert_eq!(decode(b":::"), Err(InvalidBase45 { position: 0 }));
        // A final pair above 255 would otherwise alias another byte.
        assert_eq!(decode(b"BB8::"), Err(InvalidBase45 { position: 3 }));
        assert_eq!(decode(b"FGW").unwrap(), vec![0xFF, 0xFF]);
        assert_eq!(decode(b"U5").unwrap(), vec![0xFF]);
    }

    #[test]
    fn refuses_foreign_characters_and_impossible_lengths() {
        assert_eq!(decode(b"BBa"), Err(InvalidBase45 { position: 2 }));
        assert_eq!(decode(b"BB8B"), Err(InvalidBase45 { position: 3 }));
        assert_eq!(decode(b"").unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn encoded_length_is_predicted() {
        for n in 0..10 {
            assert_eq!(enc(&vec![0xAB; n]).len(), encoded_len(n));
        }
    }
}
