//! The admin API's requests and answers (not part of the carrier protocol):
//! operational changes that produce events, and test knobs.
//!
//! | call | effect |
//! |---|---|
//! | `POST /admin/carriers/{c}/trips/{id}/delay` `{"minutes": 40}` | `trip_delayed` |
//! | `POST /admin/carriers/{c}/trips/{id}/cancel` | `trip_cancelled`; tickets cancelled and revoked |
//! | `POST /admin/carriers/{c}/trips/{id}/platform` `{"platform": "3"}` | `platform_changed` |
//! | `POST /admin/carriers/{c}/tickets/{number}/revoke` | `ticket_revoked`, on the revocation list |
//! | `POST /admin/carriers/{c}/keys/rotate` | `key_rotated`; new tickets use the new key |
//! | `GET/PUT/DELETE /admin/faults` | fault injection rules |
//! | `POST /admin/clients` `{"name": "…"}` | a new seller's API key |
//! | `POST /admin/sweep` | expire lapsed holds now |

pub use crate::http::faults::{FaultList, FaultRule};
use serde::{Deserialize, Serialize};

/// Announce a delay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DelayRequest {
    /// Delay in minutes (0 = on time again).
    pub minutes: i32,
}

/// Announce a platform or gate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformRequest {
    /// The platform or gate.
    pub platform: String,
}

/// Revoke a ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevokeRequest {
    /// Why, for the log.
    #[serde(default)]
    pub reason: Option<String>,
}

/// A trip after an admin change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TripState {
    /// Trip id.
    pub trip_id: String,
    /// Delay, minutes.
    pub delay_minutes: i32,
    /// Platform or gate.
    pub platform: Option<String>,
    /// Cancelled.
    pub cancelled: bool,
    /// Tickets cancelled by this change.
    pub tickets_cancelled: u32,
}

/// A key rotation's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotatedKey {
    /// The new key id.
    pub key_id: u16,
    /// The retired key id.
    pub previous_key_id: Option<u16>,
}

/// A ticket revocation's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevokedTicket {
    /// The ticket.
    pub ticket_number: String,
    /// Its booking.
    pub booking_reference: String,
}

/// Ask for a new seller key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClientRequest {
    /// The seller's name.
    pub name: String,
}

/// A sweep's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SweepResult {
    /// Holds that lapsed.
    pub lapsed: u64,
}
