//! Who the carrier is: its profile, signing keys, places served, and the
//! revocation list that offline ticket checkers download.

use crate::schema::{FareRulesSchema, ModeSchema, SalesOfficeSchema, SupportContactsSchema};
use chrono::{DateTime, Utc};
use sapar_domain::{FareRules, Mode, SalesOffice, SupportContacts};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A public key the carrier signs tickets with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SigningKeyInfo {
    /// The key id carried in ticket tokens (per carrier, 1-65535).
    pub key_id: u16,
    /// Always `ed25519`.
    pub algorithm: String,
    /// The 32-byte Ed25519 public key, standard base64.
    pub public_key: String,
    /// Tickets signed by this key are trusted from this instant…
    pub valid_from: DateTime<Utc>,
    /// …until this instant (none: still in use).
    pub valid_until: Option<DateTime<Utc>>,
}

/// Everything a seller needs to know about a carrier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CarrierProfile {
    /// Carrier code: IATA for airlines (`KC`), `KTZ` for the railway.
    pub code: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Name in English.
    pub name_en: String,
    /// Modes the carrier runs.
    #[schema(value_type = Vec<ModeSchema>)]
    pub modes: Vec<Mode>,
    /// Support contacts.
    #[schema(value_type = SupportContactsSchema)]
    pub support: SupportContacts,
    /// Sales offices.
    #[schema(value_type = Vec<SalesOfficeSchema>)]
    pub offices: Vec<SalesOffice>,
    /// Ticket-signing public keys, current and past.
    pub signing_keys: Vec<SigningKeyInfo>,
    /// After-sales rules of every fare the carrier sells; offers name one by `fare`.
    #[schema(value_type = Vec<FareRulesSchema>)]
    pub fare_rules: Vec<FareRules>,
    /// Most passengers in one hold or booking.
    pub max_passengers: u32,
    /// How many days ahead the carrier sells.
    pub sells_days_ahead: u32,
    /// How long a hold keeps its seats and prices, seconds.
    pub hold_ttl_seconds: u64,
}

impl CarrierProfile {
    /// The fare rules named `fare`, if the carrier has them.
    pub fn fare_rules_for(&self, fare: &str) -> Option<&FareRules> {
        self.fare_rules.iter().find(|r| r.fare == fare)
    }

    /// The signing key with this id, if listed.
    pub fn signing_key(&self, key_id: u16) -> Option<&SigningKeyInfo> {
        self.signing_keys.iter().find(|k| k.key_id == key_id)
    }
}

/// What kind of place it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKindWire {
    /// An airport.
    Airport,
    /// A railway station.
    RailwayStation,
    /// A bus terminal.
    BusTerminal,
}

/// A place the carrier serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[schema(as = Place)]
pub struct PlaceInfo {
    /// Code: IATA for airports, Sapar's station and terminal codes otherwise.
    pub code: String,
    /// Kind of place.
    pub kind: PlaceKindWire,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Name in English.
    pub name_en: String,
    /// City, in English.
    pub city: String,
    /// IANA time zone.
    pub zone: String,
}

/// The places a carrier serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlaceList {
    /// The places, by code.
    pub places: Vec<PlaceInfo>,
}

/// Why a ticket was revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RevocationReason {
    /// The ticket was refunded.
    Refunded,
    /// The ticket was exchanged for another.
    Exchanged,
    /// The carrier revoked it (fraud, error).
    Revoked,
    /// The trip was cancelled.
    TripCancelled,
}

/// A ticket that must no longer be accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Revocation {
    /// The ticket number.
    pub ticket_number: String,
    /// When it was revoked.
    pub revoked_at: DateTime<Utc>,
    /// Why.
    pub reason: RevocationReason,
}

/// One page of the revocation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RevocationPage {
    /// Revocations after the cursor, oldest first.
    pub revocations: Vec<Revocation>,
    /// Pass as `since` to read the next page (or later additions).
    pub next_cursor: String,
    /// Whether more revocations follow right now.
    pub has_more: bool,
}

/// Paging of a feed (`events`, `revocations`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// Return entries after this cursor (omit for the beginning).
    pub since: Option<String>,
    /// Most entries per page (default 100, at most 1000).
    pub limit: Option<u32>,
}
