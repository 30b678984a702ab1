//! Offline verification of ticket codes against the carriers' keys and the revocation
//! list kept in the wallet.

use crate::{CoreError, Sapar};
use chrono::{DateTime, Utc};
use sapar_domain::{place::place_by_code, Lang};
use sapar_ticket::{CarrierKey, Revocation, TripCheck, Verdict};
use serde::Serialize;

/// A verdict with its explanation in the user's language.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// What Sapar concluded, with the ticket's fields when readable.
    pub verdict: Verdict,
    /// Why, in the user's language (times in the departure place's zone).
    pub explanation: String,
}

impl Sapar {
    /// Verifies a ticket code with no network, at `now`, optionally against the trip
    /// the ticket is presented for.
    pub async fn verify_code(
        &self,
        code: &str,
        trip: Option<&TripCheck>,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<Verification, CoreError> {
        let keys = self.wallet().key_ring().await?;
        let revoked = self.wallet().revocations().await?;
        let verdict = sapar_ticket::verify(code.trim(), &keys, &revoked, now, trip);
        let explanation = verdict.explain(lang, |code| place_by_code(code).map(|p| p.zone));
        Ok(Verification {
            verdict,
            explanation,
        })
    }

    /// Adds or replaces carriers' signing keys in the wallet.
    pub async fn trust_keys(&self, keys: &[CarrierKey]) -> Result<usize, CoreError> {
        Ok(self.wallet().save_keys(keys).await?)
    }

    /// Records revoked tickets in the wallet.
    pub async fn record_revocations(
        &self,
        items: &[(String, String, Revocation)],
    ) -> Result<usize, CoreError> {
        Ok(self.wallet().save_revocations(items).await?)
    }
}

/// The ticket codes found in a PNG or JPEG picture (a photo or screenshot of a QR).
pub fn codes_in_picture(path: &std::path::Path) -> Result<Vec<String>, CoreError> {
    let unreadable = |e: &dyn std::fmt::Display| {
        CoreError::Invalid(format!("cannot read {}: {e}", path.display()))
    };
    let size = std::fs::metadata(path).map_err(|e| unreadable(&e))?.len();
    if size > sapar_import::MAX_FILE_BYTES {
        return Err(CoreError::Invalid(format!(
            "{} is {} MB: too large for a picture of a ticket",
            path.display(),
            size / 1024 / 1024
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(&e))?;
    let codes: Vec<String> = sapar_import::scan_picture(&bytes)
        .map_err(|e| {
            CoreError::Invalid(format!(
                "{} is not a picture Sapar can read: {e}",
                path.display()
            ))
        })?
        .into_iter()
        .map(|b| b.text)
        .collect();
    if codes.is_empty() {
        return Err(CoreError::NotFound(format!(
            "no QR code was found in {}",
            path.display()
        )));
    }
    Ok(codes)
}
