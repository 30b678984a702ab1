//! Ticket codes: a signed payload as QR-friendly text, and back.
//!
//! A ticket code is [`TOKEN_PREFIX`] followed by the base45 text of the payload
//! bytes and then the carrier's 64-byte Ed25519 signature over exactly those
//! payload bytes. Every character is in the QR alphanumeric set, so a QR code
//! holds it in alphanumeric mode.

use crate::keyring::PublicKey;
use crate::payload::{self, TicketClaims, PAYLOAD_VERSION};
use crate::{base45, TokenError};
use ed25519_dalek::{Signature, Signer, SigningKey};
use rand_core::{OsRng, RngCore};

/// The text every ticket code starts with (QR alphanumeric characters only).
pub const TOKEN_PREFIX: &str = "SPR:";

/// Length of an Ed25519 signature in bytes.
const SIGNATURE_LEN: usize = 64;

/// A ticket code taken apart. Its signature has not been checked: use
/// [`crate::verify`] for that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedToken {
    /// What the ticket states (its carrier is `claims.carrier`).
    pub claims: TicketClaims,
    /// Which of the carrier's keys signed it.
    pub key_id: u16,
    /// The Ed25519 signature.
    pub signature: [u8; SIGNATURE_LEN],
    /// The payload bytes the signature is over.
    pub signed_bytes: Vec<u8>,
}

impl SignedToken {
    /// The carrier that signed the ticket, as the ticket names it.
    pub fn carrier(&self) -> &str {
        &self.claims.carrier
    }

    /// Whether `key` made the signature over the payload (strict Ed25519: no
    /// malleable signatures, no weak keys).
    pub fn signature_is_by(&self, key: &PublicKey) -> bool {
        key.verifying_key()
            .verify_strict(&self.signed_bytes, &Signature::from_bytes(&self.signature))
            .is_ok()
    }
}

/// Signs a ticket with a carrier's key and returns its ticket code.
///
/// `key_id` names the key among the carrier's keys so a verifier can pick the
/// public key. Fails, naming the field, when a field is empty, too long or has
/// characters it may not have (see [`TicketClaims`]); shorten names first with
/// [`crate::fit_passenger_name`].
pub fn sign(claims: &TicketClaims, key: &SigningKey, key_id: u16) -> Result<String, TokenError> {
    let mut bytes = payload::encode(claims, key_id)?;
    let signature = key.sign(&bytes);
    bytes.extend_from_slice(&signature.to_bytes());
    let mut text = String::with_capacity(TOKEN_PREFIX.len() + base45::encoded_len(bytes.len()));
    text.push_str(TOKEN_PREFIX);
    base45::encode_into(&bytes, &mut text);
    Ok(text)
}

/// Reads a ticket code without checking its signature.
///
/// Surrounding line breaks and tabs (as scanners append) are ignored; spaces are
/// not, since a space is a base45 character. Never panics, whatever the input.
pub fn decode(text: &str) -> Result<SignedToken, TokenError> {
    let text = text
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() && c != ' ');
    let body = text
        .strip_prefix(TOKEN_PREFIX)
        .ok_or(TokenError::NotTicketCode {
            prefix: TOKEN_PREFIX,
        })?;
    let bytes = base45::decode(body.as_bytes()).map_err(|e| TokenError::NotBase45 {
        position: TOKEN_PREFIX.len() + e.position,
    })?;
    decode_bytes(&bytes)
}

/// Reads the binary form (payload then signature).
fn decode_bytes(bytes: &[u8]) -> Result<SignedToken, TokenError> {
    match bytes.first() {
        None => return Err(TokenError::TooShort { len: 0 }),
        Some(&version) if version != PAYLOAD_VERSION => {
            return Err(TokenError::UnsupportedVersion {
                version,
                supported: PAYLOAD_VERSION,
            })
        }
        Some(_) => {}
    }
    let Some(payload_len) = bytes.len().checked_sub(SIGNATURE_LEN).filter(|&n| n > 0) else {
        return Err(TokenError::TooShort { len: bytes.len() });
    };
    let (signed, signature) = bytes.split_at(payload_len);
    let signature: [u8; SIGNATURE_LEN] = signature
        .try_into()
        .map_err(|_| TokenError::TooShort { len: bytes.len() })?;
    let (claims, key_id) = payload::decode(signed)?;
    Ok(SignedToken {
        claims,
        key_id,
        signature,
        signed_bytes: signed.to_vec(),
    })
}

/// A new random carrier signing key from the operating system's random source.
///
/// Keep it secret; publish [`PublicKey::from`]`(&key)` in the carriers' key ring.
/// Use the key for Sapar tickets only.
pub fn generate_signing_key() -> Result<SigningKey, TokenError> {
    let mut seed = [0u8; 32];
    OsRng
        .try_fill_bytes(&mut seed)
        .map_err(|_| TokenError::RandomSource)?;
    Ok(SigningKey::from_bytes(&seed))
}

/// A fuzzing entry point: feeds arbitrary bytes to the decoder, both as text and
/// as the binary form, and checks that whatever decodes re-encodes to the very
/// same bytes (one ticket, one byte string).
///
/// # Panics
///
/// Only if the decoder breaks that invariant, which is a bug in this crate; bad
/// input itself never panics.
pub fn fuzz_decode(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for decoded in [decode(&text), decode_bytes(data)].into_iter().flatten() {
        let again = payload::encode(&decoded.claims, decoded.key_id);
        assert_eq!(
            again.as_deref(),
            Ok(decoded.signed_bytes.as_slice()),
            "a decoded ticket must re-encode to the bytes it came from"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_short_inputs_are_named() {
        assert_eq!(
            decode("hello"),
            Err(TokenError::NotTicketCode {
                prefix: TOKEN_PREFIX
            })
        );
        assert_eq!(decode("SPR:"), Err(TokenError::TooShort { len: 0 }));
        // One character cannot be base45; "10" is the single byte 1 (version 1).
        assert!(matches!(
            decode("SPR:1"),
            Err(TokenError::NotBase45 { position: 4 })
        ));
        assert_eq!(decode("SPR:10"), Err(TokenError::TooShort { len: 1 }));
        assert_eq!(
            decode("SPR:20"),
            Err(TokenError::UnsupportedVersion {
                version: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn generated_keys_differ() {
        let a = generate_signing_key().unwrap();
        let b = generate_signing_key().unwrap();
        assert_ne!(a.to_bytes(), b.to_bytes());
    }
}
