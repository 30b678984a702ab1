//! Checks the passengers of a hold against the offer and Sapar's domain rules,
//! reporting every problem with the field it belongs to.

use super::offer_id::OfferClaims;
use crate::http::problem::ApiError;
use crate::network::carriers::CarrierSetup;
use chrono::NaiveDate;
use sapar_carrier::{FieldError, ProblemCode};
use sapar_domain::passenger::validate_passenger;
use sapar_domain::{Category, Mode, Passenger};

fn field_name(f: sapar_domain::passenger::PassengerField) -> String {
    serde_json::to_value(f)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "passenger".into())
}

fn reason_of(p: &sapar_domain::passenger::PassengerProblem) -> String {
    serde_json::to_value(p)
        .ok()
        .and_then(|v| {
            v.get("problem")
                .and_then(|x| x.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| "invalid".into())
}

/// Checks the passengers; `travel_date` is the local departure date.
pub fn check_passengers(
    carrier: &CarrierSetup,
    claims: &OfferClaims,
    passengers: &[Passenger],
    travel_date: NaiveDate,
    mode: Mode,
) -> Result<(), ApiError> {
    if passengers.len() as u32 > carrier.max_passengers {
        return Err(ApiError::new(
            ProblemCode::TooManyPassengers,
            format!(
                "{} sells at most {} passengers per booking; got {}",
                carrier.code,
                carrier.max_passengers,
                passengers.len()
            ),
        ));
    }
    let count = |c: Category| passengers.iter().filter(|p| p.category == c).count() as u32;
    let (adults, children, infants) = (
        count(Category::Adult),
        count(Category::Child),
        count(Category::Infant),
    );
    let mut errors = Vec::new();
    if infants > adults {
        errors.push(FieldError::new(
            "passengers",
            "infant_without_adult",
            "every infant travels on an adult's lap: no more infants than adults",
        ));
    }
    if (adults, children, infants) != (claims.adults, claims.children, claims.infants) {
        errors.push(FieldError::new(
            "passengers",
            "counts_differ_from_offer",
            format!(
                "the offer is for {} adult(s), {} child(ren), {} infant(s); got {adults}, {children}, {infants}",
                claims.adults, claims.children, claims.infants
            ),
        ));
    }
    for (i, p) in passengers.iter().enumerate() {
        if let Err(problems) = validate_passenger(p, travel_date, mode) {
            for problem in problems {
                errors.push(FieldError::new(
                    format!("passengers/{i}/{}", field_name(problem.field())),
                    &reason_of(&problem),
                    problem.to_string(),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::fields(
            ProblemCode::InvalidPassenger,
            "some passenger details are not acceptable",
            errors,
        ))
    }
}
