//! Sapar's signed ticket codes, made by carriers and verified offline.
//!
//! A carrier signs a ticket's [`TicketClaims`] with its Ed25519 key ([`sign`]):
//! a compact, versioned binary payload (about 85-130 bytes for a typical ticket,
//! never more than [`MAX_PAYLOAD_BYTES`]) and a 64-byte signature, written in
//! base45 after the prefix [`TOKEN_PREFIX`] so that a QR code holds it in
//! alphanumeric mode: every ticket code fits a version-10 QR code at error
//! correction M.
//!
//! A verifier with the carriers' public keys ([`KeyRing`]) and the list of
//! withdrawn tickets ([`RevocationList`]) judges a scanned code with [`verify`],
//! without a network, and [`Verdict::explain`] says why in Kazakh, Russian or
//! English. Nothing here touches a database, the network or the UI.
#![deny(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod base45;
mod charset;
mod error;
mod explain;
pub mod fixtures;
mod keyring;
mod names;
mod payload;
mod revocation;
mod token;
mod verify;

pub use ed25519_dalek::SigningKey;
pub use error::TokenError;
pub use keyring::{CarrierKey, KeyRing, PublicKey};
pub use names::{document_tail, fit_passenger_name};
pub use payload::{TicketClaims, MAX_PASSENGER_NAME_CHARS, MAX_PAYLOAD_BYTES, PAYLOAD_VERSION};
pub use revocation::{Revocation, RevocationList, RevocationReason};
pub use token::{decode, fuzz_decode, generate_signing_key, sign, SignedToken, TOKEN_PREFIX};
pub use verify::{verify, ForgeryReason, KeyProblem, Malformation, TripCheck, Verdict};
