//! Search and offers: what can be bought, at what price, until when.

use crate::schema::{CategorySchema, ModeSchema, PriceBreakdownSchema};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use sapar_domain::{Category, Mode, Money, PriceBreakdown, ZonedInstant};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A name in Sapar's three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Names {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

impl Names {
    /// Three names.
    pub fn new(kk: &str, ru: &str, en: &str) -> Self {
        Self {
            kk: kk.into(),
            ru: ru.into(),
            en: en.into(),
        }
    }
}

/// An instant as people at a place see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripTime {
    /// The instant, UTC.
    pub utc: DateTime<Utc>,
    /// Local wall-clock time at the place (no offset).
    #[schema(value_type = String, example = "2026-12-01T21:40:00")]
    pub local: NaiveDateTime,
    /// The place's IANA zone.
    #[schema(example = "Asia/Almaty")]
    pub zone: String,
}

impl TripTime {
    /// The wire form of a zoned instant.
    pub fn from_zoned(t: &ZonedInstant) -> Self {
        Self {
            utc: t.utc,
            local: t.local().naive_local(),
            zone: t.zone.name().to_string(),
        }
    }

    /// The domain form; `None` when the zone is not a known IANA zone.
    pub fn to_zoned(&self) -> Option<ZonedInstant> {
        let zone = self.zone.parse().ok()?;
        Some(ZonedInstant::new(self.utc, zone))
    }
}

/// A place at either end of a trip, or a stop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripPlace {
    /// Place code.
    pub code: String,
    /// Name in English (localised names come from `/places`).
    pub name: String,
}

/// An intermediate stop between the searched places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Stop {
    /// The place.
    pub place: TripPlace,
    /// Scheduled arrival.
    pub arrival: TripTime,
    /// Scheduled departure.
    pub departure: TripTime,
}

/// How the trip stands operationally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum TripStatus {
    /// Runs as scheduled (or delayed: see `delay_minutes`).
    Scheduled,
    /// Cancelled by the carrier.
    Cancelled,
}

/// A trip, from the searched departure place to the searched arrival place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripSummary {
    /// The carrier's id of the whole trip (one train run, one flight on a date).
    pub id: String,
    /// Train, flight or route number (`10Ц`, `KC852`).
    pub number: String,
    /// Mode.
    #[schema(value_type = ModeSchema)]
    pub mode: Mode,
    /// Operating carrier code.
    pub carrier: String,
    /// Vehicle (`Talgo`, `Airbus A321neo`, `Yutong coach`).
    pub vehicle: String,
    /// Departure place.
    pub from: TripPlace,
    /// Arrival place.
    pub to: TripPlace,
    /// Scheduled departure from `from`, local time of `from`.
    pub departure: TripTime,
    /// Scheduled arrival at `to`, local time of `to`.
    pub arrival: TripTime,
    /// Scheduled duration, minutes.
    pub duration_minutes: i64,
    /// Stops between `from` and `to`.
    pub stops: Vec<Stop>,
    /// Operational status.
    pub status: TripStatus,
    /// Announced delay, minutes (0 on time).
    pub delay_minutes: i32,
    /// Platform or gate, once announced.
    pub platform: Option<String>,
}

/// The price of one passenger category on an offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CategoryPrice {
    /// The category.
    #[schema(value_type = CategorySchema)]
    pub category: Category,
    /// Passengers of this category searched for.
    pub count: u32,
    /// Price of one passenger, line by line (`fare`, `reserved_seat`, fees).
    #[schema(value_type = PriceBreakdownSchema)]
    pub unit: PriceBreakdown,
}

/// Something that can be held: a trip, a class and a fare, priced for the searched passengers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Offer {
    /// Opaque id; pass to `POST /holds` before `expires_at`.
    pub id: String,
    /// The price is guaranteed until then.
    pub expires_at: DateTime<Utc>,
    /// The trip.
    pub trip: TripSummary,
    /// Class or cabin id: `seated`, `platzkart`, `coupe`, `sv`, `lux`, `economy`, `business`, `standard`.
    pub service_class: String,
    /// The class's name for people.
    pub service_class_name: Names,
    /// Fare family id; also the id of its rules in the profile's `fare_rules`.
    pub fare: String,
    /// The fare's name for people (e.g. «Выгодный»).
    pub fare_name: Names,
    /// Prices per passenger category.
    pub prices: Vec<CategoryPrice>,
    /// Total for all searched passengers, tiyn.
    #[schema(value_type = i64)]
    pub total: Money,
    /// Seats left in this class (indicative).
    pub seats_left: u32,
    /// Whether seats can be chosen on the seat map.
    pub seat_selection: bool,
    /// Baggage and other conditions, for people (English).
    pub conditions: Vec<String>,
}

impl Offer {
    /// The unit price of one category, if offered.
    pub fn unit_price(&self, category: Category) -> Option<&PriceBreakdown> {
        self.prices
            .iter()
            .find(|p| p.category == category)
            .map(|p| &p.unit)
    }
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OfferList {
    /// Offers, by departure then price.
    pub offers: Vec<Offer>,
}

/// A search for offers (query string of `GET /v1/offers`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Departure place code.
    pub from: String,
    /// Arrival place code.
    pub to: String,
    /// Local departure date at `from`.
    #[param(value_type = String, format = Date)]
    pub date: NaiveDate,
    /// Last departure date of a range (at most 7 days after `date`).
    #[param(value_type = Option<String>, format = Date)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_to: Option<NaiveDate>,
    /// Adults (default 1).
    #[serde(default = "one")]
    pub adults: u32,
    /// Children.
    #[serde(default)]
    pub children: u32,
    /// Infants (without a seat).
    #[serde(default)]
    pub infants: u32,
    /// Only this mode.
    #[param(value_type = Option<String>)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// Only this class or cabin id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

fn one() -> u32 {
    1
}

impl SearchQuery {
    /// A search for adults on one date.
    pub fn new(from: &str, to: &str, date: NaiveDate, adults: u32) -> Self {
        Self {
            from: from.into(),
            to: to.into(),
            date,
            date_to: None,
            adults,
            children: 0,
            infants: 0,
            mode: None,
            class: None,
        }
    }

    /// Every passenger searched for.
    pub fn passenger_count(&self) -> u32 {
        self.adults
            .saturating_add(self.children)
            .saturating_add(self.infants)
    }
}
