//! Carriers: who runs the trips, and how to reach them.

use crate::Mode;
use serde::{Deserialize, Serialize};

/// How to reach a carrier's support.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SupportContacts {
    /// Phone numbers, international format.
    pub phones: Vec<String>,
    /// Support e-mail.
    pub email: Option<String>,
    /// Web site.
    pub web: Option<String>,
    /// Opening hours, as text (e.g. `24/7`).
    pub hours: Option<String>,
}

/// A sales office or ticket desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesOffice {
    /// City, in English.
    pub city: String,
    /// Street address.
    pub address: String,
    /// Opening hours.
    pub hours: String,
    /// Latitude, micro-degrees (integer so offices compare exactly).
    pub lat_e6: i64,
    /// Longitude, micro-degrees.
    pub lon_e6: i64,
}

/// A carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carrier {
    /// Code: IATA for airlines (`KC`), `KTZ` for the railway, short codes for bus companies.
    pub code: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Name in English.
    pub name_en: String,
    /// Modes it runs.
    pub modes: Vec<Mode>,
    /// Support contacts.
    pub support: SupportContacts,
    /// Sales offices.
    pub offices: Vec<SalesOffice>,
}
