//! Commands of buying: search every carrier (answers streamed as they come), the seat
//! map of an offer, passengers checked as they are typed, the hold, and the payment.
//! Offers and holds travel to the UI and back whole; carriers check them again.

use crate::error::IpcError;
use crate::state::AppState;
use sapar_core::{
    CardPayment, CoreError, FieldError, FoundOffer, HeldSeats, Purchase, SearchEvent,
    SearchOptions, SearchResults, SeatChoice, SeatMap, SortBy, TripQuery,
};
use sapar_domain::passenger::category_on;
use sapar_domain::{iin, Category, IinError, Passenger};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

/// Searches every enabled carrier (Sapar's demo carriers when none is set up). Each
/// carrier's answer goes to `updates` as it arrives; the finished search, sorted and
/// numbered, is the result.
#[tauri::command]
#[specta::specta]
pub async fn search_trips(
    state: State<'_, AppState>,
    query: TripQuery,
    sort: SortBy,
    updates: Channel<SearchEvent>,
) -> Result<SearchResults, IpcError> {
    let sapar = state.sapar()?;
    sapar.use_demo_carriers_if_none().await?;
    let mut send = |event: &SearchEvent| {
        // A window closed mid-search drops the channel; the search still finishes.
        let _ = updates.send(event.clone());
    };
    Ok(sapar
        .search(&query, &SearchOptions::default(), sort, &mut send)
        .await?)
}

/// The seats and berths of an offer's trip in its class, taken ones marked.
#[tauri::command]
#[specta::specta]
pub async fn seat_map(state: State<'_, AppState>, offer: FoundOffer) -> Result<SeatMap, IpcError> {
    Ok(state.sapar()?.seat_map(&offer).await?)
}

/// What the passenger form shows while it is filled in.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PassengerReview {
    /// Every problem, with its field (`passengers/0/iin`…); empty when all is right.
    pub problems: Vec<FieldError>,
    /// Each passenger's fare category on the travel date, from the birth date (or the
    /// one the IIN holds); `None` while neither is known.
    pub categories: Vec<Option<Category>>,
    /// Each passenger's birth date as the IIN gives it, `YYYY-MM-DD`, when it is valid.
    pub iin_birth_dates: Vec<Option<String>>,
    /// Why each passenger's IIN is wrong (checked against the birth date when one is
    /// given), with what the explanation needs; `None` when it is right or not given.
    pub iin_errors: Vec<Option<IinError>>,
}

/// Checks passengers and chosen seats against an offer without sending anything.
#[tauri::command]
#[specta::specta]
pub async fn review_passengers(
    state: State<'_, AppState>,
    offer: FoundOffer,
    passengers: Vec<Passenger>,
    seats: Vec<SeatChoice>,
) -> Result<PassengerReview, IpcError> {
    let problems = match state
        .sapar()?
        .check_passengers(&offer, &passengers, &seats)
        .await
    {
        Ok(()) => Vec::new(),
        Err(CoreError::InvalidPassengers(problems)) => problems,
        Err(e) => return Err(e.into()),
    };
    let trip = &offer.offer.trip;
    let travel_date = trip.departure.local.date();
    // Every place of Sapar's dataset is in Kazakhstan: a trip to one outside it crosses
    // a border, where airlines count children by other ages.
    let international = [&trip.from.code, &trip.to.code]
        .iter()
        .any(|c| sapar_domain::place::place_by_code(c).is_none());
    let iin_dates: Vec<_> = passengers
        .iter()
        .map(|p| {
            p.iin
                .as_deref()
                .and_then(|i| iin::validate(i).ok())
                .map(|info| info.birth_date)
        })
        .collect();
    let categories = passengers
        .iter()
        .zip(&iin_dates)
        .map(|(p, from_iin)| {
            p.birth_date
                .or(*from_iin)
                .map(|b| category_on(b, travel_date, trip.mode, international))
        })
        .collect();
    let iin_errors = passengers
        .iter()
        .map(|p| {
            let given = p.iin.as_deref().map(str::trim).filter(|i| !i.is_empty())?;
            match p.birth_date {
                Some(born) => iin::check_against_birth_date(given, born).err(),
                None => iin::validate(given).err(),
            }
        })
        .collect();
    Ok(PassengerReview {
        problems,
        categories,
        iin_errors,
        iin_birth_dates: iin_dates
            .into_iter()
            .map(|d| d.map(|d| d.format("%Y-%m-%d").to_string()))
            .collect(),
    })
}

/// Holds seats for the passengers (chosen seats, the others assigned by the carrier)
/// at the offer's price until the hold lapses.
#[tauri::command]
#[specta::specta]
pub async fn hold_seats(
    state: State<'_, AppState>,
    offer: FoundOffer,
    passengers: Vec<Passenger>,
    seats: Vec<SeatChoice>,
    contact_email: Option<String>,
) -> Result<HeldSeats, IpcError> {
    Ok(state
        .sapar()?
        .hold_seats(&offer, passengers, seats, contact_email)
        .await?)
}

/// Gives held seats back without paying.
#[tauri::command]
#[specta::specta]
pub async fn release_hold(state: State<'_, AppState>, held: HeldSeats) -> Result<(), IpcError> {
    Ok(state.sapar()?.release_hold(&held).await?)
}

/// Pays for held seats; the tickets are in the wallet when this answers. A payment
/// whose answer is lost ends in `purchase_pending` and is finished by the next sync.
#[tauri::command]
#[specta::specta]
pub async fn pay(
    state: State<'_, AppState>,
    held: HeldSeats,
    card: CardPayment,
    confirmation_code: Option<String>,
) -> Result<Purchase, IpcError> {
    Ok(state
        .sapar()?
        .pay(
            &held,
            card,
            confirmation_code.filter(|c| !c.trim().is_empty()),
        )
        .await?)
}
