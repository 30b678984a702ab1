//! Offer ids: what an offer is (trip, stops, class, fare, passengers, price
//! bucket, expiry) in a short MAC-protected string, so a search stores nothing
//! and a hold can trust the price it names.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What an offer id says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferClaims {
    /// Carrier code.
    pub carrier: String,
    /// Trip id.
    pub trip_id: String,
    /// Departure stop index.
    pub from_idx: usize,
    /// Arrival stop index.
    pub to_idx: usize,
    /// Class.
    pub class: String,
    /// Fare family.
    pub fare: String,
    /// Adults.
    pub adults: u32,
    /// Children.
    pub children: u32,
    /// Infants.
    pub infants: u32,
    /// Price bucket when offered.
    pub level: u8,
    /// Expiry, Unix seconds.
    pub expires: i64,
}

impl OfferClaims {
    /// When the price guarantee ends.
    pub fn expires_at(&self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.expires, 0).unwrap_or_default()
    }
}

fn mac(secret: &[u8; 32], body: &str) -> Vec<u8> {
    // HMAC accepts keys of any length.
    match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mut m) => {
            m.update(body.as_bytes());
            m.finalize().into_bytes()[..16].to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// The id of an offer.
pub fn encode(claims: &OfferClaims, secret: &[u8; 32]) -> String {
    let body = format!(
        "1|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        claims.carrier,
        claims.trip_id,
        claims.from_idx,
        claims.to_idx,
        claims.class,
        claims.fare,
        claims.adults,
        claims.children,
        claims.infants,
        claims.level,
        claims.expires
    );
    format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(body.as_bytes()),
        URL_SAFE_NO_PAD.encode(mac(secret, &body))
    )
}

/// Reads an offer id; `None` if it was not made by this sandbox (or was altered).
pub fn decode(id: &str, secret: &[u8; 32]) -> Option<OfferClaims> {
    let (body_b64, mac_b64) = id.split_once('.')?;
    let body = String::from_utf8(URL_SAFE_NO_PAD.decode(body_b64).ok()?).ok()?;
    let given = URL_SAFE_NO_PAD.decode(mac_b64).ok()?;
    let expected = mac(secret, &body);
    if expected.is_empty() || given.len() != expected.len() {
        return None;
    }
    // Constant-time comparison.
    let diff = given
        .iter()
        .zip(&expected)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if diff != 0 {
        return None;
    }
    let f: Vec<&str> = body.split('|').collect();
    if f.len() != 12 || f[0] != "1" {
        return None;
    }
    Some(OfferClaims {
        carrier: f[1].to_string(),
        trip_id: f[2].to_string(),
        from_idx: f[3].parse().ok()?,
        to_idx: f[4].parse().ok()?,
        class: f[5].to_string(),
        fare: f[6].to_string(),
        adults: f[7].parse().ok()?,
        children: f[8].parse().ok()?,
        infants: f[9].parse().ok()?,
        level: f[10].parse().ok()?,
        expires: f[11].parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn claims() -> OfferClaims {
        OfferClaims {
            carrier: "KTZ".into(),
            trip_id: "KTZ-10-20261201".into(),
            from_idx: 0,
            to_idx: 2,
            class: "coupe".into(),
            fare: "ktz-long-distance".into(),
            adults: 2,
            children: 1,
            infants: 1,
            level: 0,
            expires: 1_780_000_000,
        }
    }

    #[test]
    fn round_trips_and_refuses_tampering() {
        let secret = [7u8; 32];
        let id = encode(&claims(), &secret);
        assert_eq!(decode(&id, &secret), Some(claims()));
        assert_eq!(decode(&id, &[8u8; 32]), None);
        let mut c = claims();
        c.level = 2;
        let forged_body = encode(&c, &[9u8; 32]);
        let (body, _) = forged_body.split_once('.').unwrap();
        let (_, good_mac) = id.split_once('.').unwrap();
        assert_eq!(decode(&format!("{body}.{good_mac}"), &secret), None);
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = decode(&s, &[1u8; 32]);
        }
    }
}
