//! Any change to a genuine ticket code, at any place, is caught.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::{almaty, ktz_key, ring, talgo};
use sapar_ticket::{decode, sign, verify, RevocationList, Verdict, TOKEN_PREFIX};

const BASE45: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

fn judge(text: &str) -> Verdict {
    verify(
        text,
        &ring(),
        &RevocationList::new(),
        almaty(2026, 12, 1, 21, 0),
        None,
    )
}

/// Bytes of the payload that name the signer: version 1, then the carrier code
/// (length byte + `KTZ`), then the two key-id bytes.
fn signer_bytes() -> std::ops::Range<usize> {
    1..1 + 1 + "KTZ".len() + 2
}

fn assert_caught(verdict: &Verdict, names_signer: bool, what: &str) {
    let allowed: &[&str] = if names_signer {
        // A changed carrier or key id names a signer this device may not know:
        // it cannot be checked, which is never "valid".
        &["forged", "malformed", "unknown_carrier", "unknown_key"]
    } else {
        &["forged", "malformed"]
    };
    assert!(
        allowed.contains(&verdict.code()),
        "{what}: got {}",
        verdict.code()
    );
}

#[test]
fn flipping_any_bit_or_byte_of_a_genuine_ticket_is_caught() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    assert!(judge(&token).is_valid());
    let bytes = base45::decode(&token[TOKEN_PREFIX.len()..]).unwrap();
    let payload_len = decode(&token).unwrap().signed_bytes.len();
    assert_eq!(bytes.len(), payload_len + 64);
    let mut tried = 0;
    for position in 0..bytes.len() {
        let masks = (0..8).map(|bit| 1u8 << bit).chain([0xFF, 0x5A]);
        for mask in masks {
            let mut changed = bytes.clone();
            changed[position] ^= mask;
            let text = format!("{TOKEN_PREFIX}{}", base45::encode(&changed));
            let verdict = judge(&text);
            assert_caught(
                &verdict,
                signer_bytes().contains(&position),
                &format!("byte {position} ^ {mask:#04x}"),
            );
            tried += 1;
        }
    }
    assert_eq!(tried, bytes.len() * 10);
}

#[test]
fn replacing_any_character_of_a_genuine_code_is_caught() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    // Character i belongs to the byte pair i / 3 (bytes 2·(i/3) and 2·(i/3)+1).
    let names_signer = |i: usize| {
        let first = i / 3 * 2;
        signer_bytes().contains(&first) || signer_bytes().contains(&(first + 1))
    };
    let mut outcomes = std::collections::BTreeMap::new();
    let mut tried = 0;
    for position in 0..token.len() {
        // Every position, with a quarter of the alphabet each (a different quarter
        // from one position to the next, so every character is used throughout).
        let replacements = (0..BASE45.len())
            .filter(|k| (k + position) % 4 == 0)
            .map(|k| BASE45[k]);
        for replacement in replacements {
            if replacement == token.as_bytes()[position] {
                continue;
            }
            tried += 1;
            let mut changed = token.clone().into_bytes();
            changed[position] = replacement;
            let text = String::from_utf8(changed).unwrap();
            let verdict = judge(&text);
            let in_body = position.checked_sub(TOKEN_PREFIX.len());
            assert_caught(
                &verdict,
                in_body.is_some_and(names_signer),
                &format!("character {position} → {:?}", char::from(replacement)),
            );
            *outcomes.entry(verdict.code()).or_insert(0) += 1;
        }
    }
    let total: usize = outcomes.values().sum();
    assert_eq!(total, tried);
    assert!(tried > token.len() * 10, "{tried}");
    eprintln!("{total} replacements: {outcomes:?}");
}

#[test]
fn cutting_or_extending_a_genuine_code_is_caught() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    for end in 0..token.len() {
        assert_caught(&judge(&token[..end]), false, &format!("cut at {end}"));
    }
    for extra in ["0", "00", "000", "A8", " "] {
        assert_caught(&judge(&format!("{token}{extra}")), false, extra);
    }
}
