//! Seat maps: carriages or cabins, their seats and berths, and what is free.

use crate::offer::Names;
use crate::schema::BerthSchema;
use sapar_domain::{Berth, Money};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// One seat or berth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SeatInfo {
    /// Seat or berth number (`17`, `12A`).
    pub number: String,
    /// Upper or lower berth, on sleeping cars (KTZ: odd lower, even upper).
    #[schema(value_type = Option<BerthSchema>)]
    pub berth: Option<Berth>,
    /// Whether it can be held now.
    pub available: bool,
    /// Added to (or, when negative, taken off) the offer's unit price, tiyn.
    #[schema(value_type = i64)]
    pub price_difference: Money,
    /// Free-text features: `window`, `aisle`, `side`, `exit_row`, `extra_legroom`…
    pub features: Vec<String>,
}

/// A carriage of a train, or a cabin of a plane or bus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Carriage {
    /// Carriage number on trains; cabin name on planes and buses (`main`, `business`).
    pub number: String,
    /// Class or cabin id, as on offers.
    pub service_class: String,
    /// The class's name for people.
    pub service_class_name: Names,
    /// Seats and berths, in order.
    pub seats: Vec<SeatInfo>,
}

/// The seat map of a trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SeatMap {
    /// The trip.
    pub trip_id: String,
    /// Carriages or cabins.
    pub carriages: Vec<Carriage>,
}

impl SeatMap {
    /// Free seats of a class, as (carriage, seat number).
    pub fn available(&self, service_class: &str) -> Vec<(&str, &SeatInfo)> {
        self.carriages
            .iter()
            .filter(|c| c.service_class == service_class)
            .flat_map(|c| {
                c.seats
                    .iter()
                    .filter(|s| s.available)
                    .map(move |s| (c.number.as_str(), s))
            })
            .collect()
    }
}

/// Which part of the seat map to show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[into_params(parameter_in = Query)]
pub struct SeatMapQuery {
    /// Only this class or cabin id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}
