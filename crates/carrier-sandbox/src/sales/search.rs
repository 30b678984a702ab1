//! Offer search: trips of one carrier between two places on a date or a range
//! of dates, priced per passenger category, from the in-memory network.

use super::offer_id::{self, OfferClaims};
use crate::app::App;
use crate::http::problem::ApiError;
use crate::network::carriers::{class_names, CarrierSetup, FareFamily};
use crate::network::pricing::{bucket, unit_price, PriceInput};
use crate::network::Trip;
use chrono::{DateTime, Duration, Utc};
use sapar_carrier::{CategoryPrice, FieldError, Offer, OfferList, ProblemCode, SearchQuery};
use sapar_domain::place::place_by_code;
use sapar_domain::{Category, Money, PriceBreakdown};

/// The longest date range one search may cover, in days after `date`.
pub const MAX_RANGE_DAYS: i64 = 7;

/// A place code of the query, resolved to the carrier's code for it.
pub fn resolve_place(
    app: &App,
    carrier: &CarrierSetup,
    field: &str,
    code: &str,
) -> Result<String, ApiError> {
    let place = place_by_code(code).ok_or_else(|| {
        ApiError::fields(
            ProblemCode::UnknownPlace,
            format!("{code:?} is not a known place code"),
            vec![FieldError::new(
                field,
                "unknown_place",
                format!("unknown place {code:?}"),
            )],
        )
    })?;
    if !app.network.serves(carrier.code, &place.code) {
        return Err(ApiError::fields(
            ProblemCode::UnknownPlace,
            format!(
                "{} does not serve {} ({})",
                carrier.code, place.code, place.name_en
            ),
            vec![FieldError::new(
                field,
                "not_served",
                format!("{} is not served", place.code),
            )],
        ));
    }
    Ok(place.code.clone())
}

/// Checks passenger counts: at least one with a seat, no more than the carrier sells,
/// no more infants than adults.
pub fn check_counts(
    carrier: &CarrierSetup,
    adults: u32,
    children: u32,
    infants: u32,
) -> Result<(), ApiError> {
    let total = adults.saturating_add(children).saturating_add(infants);
    if total > carrier.max_passengers {
        return Err(ApiError::new(
            ProblemCode::TooManyPassengers,
            format!(
                "{} sells at most {} passengers per booking; asked for {total}",
                carrier.code, carrier.max_passengers
            ),
        ));
    }
    if adults + children == 0 {
        return Err(ApiError::bad_request(
            "at least one adult or child is needed",
        ));
    }
    if infants > adults {
        return Err(ApiError::fields(
            ProblemCode::InvalidPassenger,
            "every infant travels on an adult's lap: no more infants than adults",
            vec![FieldError::new(
                "infants",
                "infant_without_adult",
                "more infants than adults",
            )],
        ));
    }
    Ok(())
}

/// The unit prices of an offer, per category with a count.
pub fn prices_for(trip: &Trip, claims: &OfferClaims) -> Option<Vec<CategoryPrice>> {
    let input = PriceInput {
        carrier: &trip.def.carrier,
        vehicle: trip.def.vehicle,
        class: &claims.class,
        fare: &claims.fare,
        km: trip.km(claims.from_idx, claims.to_idx),
        demand_percent: trip.def.demand_percent,
        level: claims.level,
    };
    let mut out = Vec::new();
    for (category, count) in [
        (Category::Adult, claims.adults),
        (Category::Child, claims.children),
        (Category::Infant, claims.infants),
    ] {
        if count > 0 {
            out.push(CategoryPrice {
                category,
                count,
                unit: unit_price(&input, category)?,
            });
        }
    }
    Some(out)
}

/// Total of category prices.
pub fn total_of(prices: &[CategoryPrice]) -> Money {
    prices
        .iter()
        .map(|p| Money::tiyn(p.unit.total().as_tiyn() * i64::from(p.count)))
        .sum()
}

/// The offer a set of claims describes, if the trip still sells it.
pub fn offer_from_claims(
    app: &App,
    carrier: &CarrierSetup,
    trip: &Trip,
    fare: &FareFamily,
    claims: OfferClaims,
    seats_left: u32,
) -> Option<Offer> {
    let prices = prices_for(trip, &claims)?;
    let summary = trip.summary(claims.from_idx, claims.to_idx)?;
    Some(Offer {
        id: offer_id::encode(&claims, &app.settings.offer_secret),
        expires_at: claims.expires_at(),
        trip: summary,
        service_class: claims.class.clone(),
        service_class_name: class_names(&claims.class),
        fare: fare.id.to_string(),
        fare_name: fare.names.clone(),
        total: total_of(&prices),
        prices,
        seats_left,
        seat_selection: true,
        conditions: fare.conditions.iter().map(|c| c.to_string()).collect(),
    })
    .filter(|_| carrier.code == trip.def.carrier)
}

/// Runs a search.
pub fn search(
    app: &App,
    carrier: &CarrierSetup,
    q: &SearchQuery,
    now: DateTime<Utc>,
) -> Result<OfferList, ApiError> {
    let from = resolve_place(app, carrier, "from", &q.from)?;
    let to = resolve_place(app, carrier, "to", &q.to)?;
    if from == to {
        return Err(ApiError::bad_request("from and to are the same place"));
    }
    check_counts(carrier, q.adults, q.children, q.infants)?;
    let today = app.today(now);
    if q.date < today {
        return Err(ApiError::fields(
            ProblemCode::PastDate,
            format!("{} is in the past (today is {today} in Kazakhstan)", q.date),
            vec![FieldError::new(
                "date",
                "past_date",
                "the date is in the past",
            )],
        ));
    }
    let last = match q.date_to {
        Some(d) if d < q.date => return Err(ApiError::bad_request("date_to is before date")),
        Some(d) if (d - q.date).num_days() > MAX_RANGE_DAYS => {
            return Err(ApiError::bad_request(format!(
                "a search covers at most {MAX_RANGE_DAYS} days after date"
            )))
        }
        Some(d) => d,
        None => q.date,
    };
    let last = last.min(today + Duration::days(i64::from(carrier.sells_days_ahead)));
    if let Some(m) = q.mode {
        if !carrier.modes.contains(&m) {
            return Ok(OfferList { offers: Vec::new() });
        }
    }
    let seated = q.adults + q.children;
    let expires = (now
        + Duration::from_std(app.settings.offer_ttl).unwrap_or(Duration::minutes(20)))
    .timestamp();
    let mut offers = Vec::new();
    let mut day = q.date;
    while day <= last {
        for (trip, i) in app.network.departures(&from, day) {
            if trip.def.carrier != carrier.code || trip.live().cancelled {
                continue;
            }
            let Some(j) = trip.stop_index(&to).filter(|j| *j > i) else {
                continue;
            };
            if trip.departure(i).is_none_or(|d| d.utc <= now) {
                continue;
            }
            let layout = trip.def.vehicle.layout();
            for class in layout.classes() {
                if q.class.as_deref().is_some_and(|c| c != class) {
                    continue;
                }
                let capacity = layout.capacity(class);
                let left = capacity.saturating_sub(app.seats.taken(&trip.def.id, class));
                if left < seated {
                    continue;
                }
                for fare in carrier.fares_for_class(class) {
                    let claims = OfferClaims {
                        carrier: carrier.code.to_string(),
                        trip_id: trip.def.id.clone(),
                        from_idx: i,
                        to_idx: j,
                        class: class.to_string(),
                        fare: fare.id.to_string(),
                        adults: q.adults,
                        children: q.children,
                        infants: q.infants,
                        level: bucket(trip.def.mode, left, capacity),
                        expires,
                    };
                    if let Some(o) = offer_from_claims(app, carrier, &trip, fare, claims, left) {
                        offers.push(o);
                    }
                }
            }
        }
        day += Duration::days(1);
    }
    offers.sort_by(|a, b| {
        a.trip
            .departure
            .utc
            .cmp(&b.trip.departure.utc)
            .then(a.total.cmp(&b.total))
    });
    Ok(OfferList { offers })
}

/// A price breakdown with a seat's price difference applied: a discount lowers
/// the ticket part; a surcharge for a chosen seat is its own line.
pub fn with_seat_difference(
    mut price: PriceBreakdown,
    difference: Money,
    chosen: bool,
) -> PriceBreakdown {
    if difference < Money::ZERO {
        if let Some(fare) = price.items.iter_mut().find(|i| i.kind == "fare") {
            fare.amount = (fare.amount + difference).max(Money::ZERO);
        }
    } else if difference > Money::ZERO && chosen {
        price = price.with("seat_selection", difference);
    }
    price
}
