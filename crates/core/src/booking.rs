//! Choosing and holding seats: the seat map of an offer's trip, the passengers checked
//! field by field before anything is sent (IIN, documents, categories, the carrier's
//! limits), and the hold that keeps seats and price until it lapses.

use crate::carriers::Purpose;
use crate::convert::carrier_error;
use crate::search::FoundOffer;
use crate::{CoreError, Sapar};
use chrono::{DateTime, Utc};
use sapar_carrier::{FieldError, Hold, HoldRequest, IdempotencyKey, SeatChoice, SeatMap};
use sapar_domain::{validate_passenger, Category, Passenger};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Seats held for a while at a fixed price, waiting to be paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HeldSeats {
    /// The carrier.
    pub carrier: String,
    /// Whether the carrier is a demo carrier.
    pub demo: bool,
    /// The hold as the carrier keeps it (seats, prices, expiry).
    pub hold: Hold,
}

impl HeldSeats {
    /// When the seats go back on sale if not paid.
    pub fn expires_at(&self) -> DateTime<Utc> {
        self.hold.expires_at
    }

    /// Whole seconds left to pay at `now` (0 once lapsed), for a countdown.
    pub fn seconds_left(&self, now: DateTime<Utc>) -> i64 {
        (self.hold.expires_at - now).num_seconds().max(0)
    }
}

/// A passenger problem's stable names, as the protocol's field errors spell them.
fn tag<T: Serialize>(value: &T, key: Option<&str>) -> String {
    let v = serde_json::to_value(value).unwrap_or_default();
    let v = match key {
        Some(k) => v.get(k).cloned().unwrap_or_default(),
        None => v,
    };
    v.as_str().unwrap_or("invalid").to_string()
}

/// Checks passengers against an offer before anything is sent: each passenger's
/// details (names, document, IIN, birth date, category for the travel date and mode),
/// the counts the offer was priced for, infants on adults' laps, and the carrier's
/// largest booking. Every problem is reported with its field.
pub(crate) fn passenger_problems(
    offer: &FoundOffer,
    passengers: &[Passenger],
    seats: &[SeatChoice],
    max_passengers: Option<u32>,
) -> Vec<FieldError> {
    let trip = &offer.offer.trip;
    let travel_date = trip.departure.local.date();
    let mut errors = Vec::new();
    for (i, p) in passengers.iter().enumerate() {
        if let Err(problems) = validate_passenger(p, travel_date, trip.mode) {
            for problem in problems {
                errors.push(FieldError::new(
                    format!("passengers/{i}/{}", tag(&problem.field(), None)),
                    &tag(&problem, Some("problem")),
                    problem.to_string(),
                ));
            }
        }
    }
    let count = |c: Category| passengers.iter().filter(|p| p.category == c).count() as u32;
    let offered = |c: Category| {
        offer
            .offer
            .prices
            .iter()
            .find(|p| p.category == c)
            .map_or(0, |p| p.count)
    };
    let cats = [Category::Adult, Category::Child, Category::Infant];
    if cats.iter().any(|c| count(*c) != offered(*c)) {
        errors.push(FieldError::new(
            "passengers",
            "counts_differ_from_offer",
            format!(
                "the offer is for {} adult(s), {} child(ren) and {} infant(s); {} adult(s), {} \
                 child(ren) and {} infant(s) were given: search again for these passengers",
                offered(Category::Adult),
                offered(Category::Child),
                offered(Category::Infant),
                count(Category::Adult),
                count(Category::Child),
                count(Category::Infant),
            ),
        ));
    }
    if count(Category::Infant) > count(Category::Adult) {
        errors.push(FieldError::new(
            "passengers",
            "infant_without_adult",
            "every infant travels on an adult's lap: no more infants than adults",
        ));
    }
    if let Some(max) = max_passengers.filter(|m| passengers.len() as u32 > *m) {
        errors.push(FieldError::new(
            "passengers",
            "too_many_passengers",
            format!(
                "{} sells at most {max} passengers in one booking",
                offer.carrier
            ),
        ));
    }
    let mut taken = HashSet::new();
    for (i, s) in seats.iter().enumerate() {
        match passengers.get(s.passenger) {
            None => errors.push(FieldError::new(
                format!("seats/{i}/passenger"),
                "invalid_format",
                format!("there is no passenger {}", s.passenger + 1),
            )),
            Some(p) if p.category == Category::Infant => errors.push(FieldError::new(
                format!("seats/{i}/passenger"),
                "infant_without_seat",
                "an infant travels on an adult's lap, without a seat",
            )),
            Some(_) => {}
        }
        if !taken.insert((s.carriage.clone(), s.seat.clone())) {
            errors.push(FieldError::new(
                format!("seats/{i}/seat"),
                "seat_chosen_twice",
                format!("seat {} is chosen for two passengers", s.seat),
            ));
        }
    }
    errors
}

impl Sapar {
    /// The seat map of an offer's trip, for its class.
    pub async fn seat_map(&self, offer: &FoundOffer) -> Result<SeatMap, CoreError> {
        let client = self.client(&offer.carrier, Purpose::Search).await?;
        client
            .seat_map(&offer.offer.trip.id, Some(&offer.offer.service_class))
            .await
            .map_err(|e| carrier_error(&offer.carrier, e))
    }

    /// Checks passengers and chosen seats for an offer without sending anything.
    pub async fn check_passengers(
        &self,
        offer: &FoundOffer,
        passengers: &[Passenger],
        seats: &[SeatChoice],
    ) -> Result<(), CoreError> {
        let max = self
            .carrier_profile(&offer.carrier)
            .await?
            .map(|p| p.max_passengers);
        let problems = passenger_problems(offer, passengers, seats, max);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(CoreError::InvalidPassengers(problems))
        }
    }

    /// Holds seats for an offer: chosen ones from the seat map, the others assigned by
    /// the carrier. Passengers are checked first; nothing is sent when one is wrong.
    pub async fn hold_seats(
        &self,
        offer: &FoundOffer,
        passengers: Vec<Passenger>,
        seats: Vec<SeatChoice>,
        contact_email: Option<String>,
    ) -> Result<HeldSeats, CoreError> {
        if offer.offer.expires_at <= Utc::now() {
            return Err(CoreError::Carrier {
                carrier: offer.carrier.clone(),
                code: "offer_expired",
                message: "the offer's price guarantee ran out: search again".into(),
            });
        }
        self.check_passengers(offer, &passengers, &seats).await?;
        let account = self.account(&offer.carrier).await?;
        let client = self.client(&offer.carrier, Purpose::Sale).await?;
        let request = HoldRequest {
            offer_id: offer.offer.id.clone(),
            passengers,
            seats,
            contact_email: contact_email.filter(|e| !e.trim().is_empty()),
        };
        let hold = client
            .hold(&request, &IdempotencyKey::new())
            .await
            .map_err(|e| carrier_error(&offer.carrier, e))?;
        Ok(HeldSeats {
            carrier: offer.carrier.clone(),
            demo: account.demo,
            hold,
        })
    }

    /// Gives held seats back without paying.
    pub async fn release_hold(&self, held: &HeldSeats) -> Result<(), CoreError> {
        let client = self.client(&held.carrier, Purpose::Sale).await?;
        client
            .release_hold(&held.hold.id, &IdempotencyKey::new())
            .await
            .map_err(|e| carrier_error(&held.carrier, e))?;
        Ok(())
    }
}
