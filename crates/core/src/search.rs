//! Searching every enabled carrier at once: place names resolve through the domain's
//! place search, each carrier is asked for the pairs of its places that match, with its
//! own time limit, and answers stream in as they come. A slow or failing carrier is
//! reported on its own line and never fails the search.

use crate::carriers::Purpose;
use crate::search_fanout::{pairs_for, CarrierTask};
use crate::{CoreError, Sapar};
use chrono::{NaiveDate, Utc};
use sapar_carrier::{CarrierProfile, Offer, SearchQuery};
use sapar_domain::search::{search_places, search_places_by_mode, MatchKind};
use sapar_domain::{Mode, Place};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::time::Duration;
use tokio::sync::mpsc;

/// How many passengers of each category a search is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PassengerCount {
    /// Adults.
    pub adults: u32,
    /// Children (with a seat).
    pub children: u32,
    /// Infants (on an adult's lap).
    pub infants: u32,
}

impl Default for PassengerCount {
    fn default() -> Self {
        Self {
            adults: 1,
            children: 0,
            infants: 0,
        }
    }
}

/// What a person looks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripQuery {
    /// Where from: a city, a station or airport name, or a code (`Astana`, `ALA`).
    pub from: String,
    /// Where to.
    pub to: String,
    /// Local departure date.
    pub date: NaiveDate,
    /// Who travels.
    pub passengers: PassengerCount,
    /// Only this mode.
    pub mode: Option<Mode>,
    /// Only this class or cabin (`coupe`, `economy`…).
    pub class: Option<String>,
}

/// How to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// How long each carrier may take before it is reported as too slow.
    pub carrier_timeout: Duration,
    /// Only these carriers (default: every enabled one).
    pub carriers: Option<Vec<String>>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self {
            carrier_timeout: Duration::from_secs(10),
            carriers: None,
        }
    }
}

/// An offer and the carrier that made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FoundOffer {
    /// Its number in the latest search (to pick it later), once numbered.
    pub number: Option<u32>,
    /// The carrier's code.
    pub carrier: String,
    /// The carrier's name in Kazakh, Russian and English.
    pub carrier_names: [String; 3],
    /// Whether the carrier is a demo carrier (nothing real is sold).
    pub demo: bool,
    /// The offer.
    pub offer: Offer,
}

/// How offers are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    /// Earliest departure first.
    #[default]
    Departure,
    /// Shortest trip first.
    Duration,
    /// Cheapest first.
    Price,
}

/// One carrier's answer, as it arrives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum SearchEvent {
    /// The carrier answered.
    Answered {
        /// The carrier.
        carrier: String,
        /// Its offers.
        offers: Vec<FoundOffer>,
        /// How long it took, milliseconds.
        elapsed_ms: u64,
    },
    /// The carrier failed or was too slow.
    Failed {
        /// The carrier.
        carrier: String,
        /// `timeout`, `offline`, or the carrier's problem code.
        code: String,
        /// What happened.
        message: String,
        /// How long it took, milliseconds.
        elapsed_ms: u64,
    },
}

/// What became of one carrier in a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum CarrierOutcome {
    /// It answered with this many offers.
    Answered {
        /// Offers.
        offers: usize,
        /// Milliseconds.
        elapsed_ms: u64,
    },
    /// It serves none of the places searched: not asked.
    NoRoute,
    /// It failed or was too slow.
    Failed {
        /// `timeout`, `offline`, or the carrier's problem code.
        code: String,
        /// What happened.
        message: String,
        /// Milliseconds.
        elapsed_ms: u64,
    },
}

/// A carrier of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CarrierSearch {
    /// The carrier.
    pub carrier: String,
    /// Whether it is a demo carrier.
    pub demo: bool,
    /// What became of it.
    pub outcome: CarrierOutcome,
}

/// A finished search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchResults {
    /// The place codes searched from.
    pub from: Vec<String>,
    /// The place codes searched to.
    pub to: Vec<String>,
    /// Every offer, sorted and numbered.
    pub offers: Vec<FoundOffer>,
    /// Each carrier's outcome.
    pub carriers: Vec<CarrierSearch>,
}

/// A search under way: carriers' answers arrive with [`SearchStream::next`].
pub struct SearchStream {
    /// The place codes searched from.
    pub from: Vec<String>,
    /// The place codes searched to.
    pub to: Vec<String>,
    /// Carriers asked (their answers will come), and carriers not asked.
    pub carriers: Vec<CarrierSearch>,
    events: mpsc::Receiver<SearchEvent>,
}

impl SearchStream {
    /// The next carrier's answer, or `None` when every carrier asked has answered.
    pub async fn next(&mut self) -> Option<SearchEvent> {
        self.events.recv().await
    }
}

/// The places a person means by `text`: the one place named by its code or its own
/// name, or every place of the city named (its airport, stations and bus terminals).
pub fn resolve_places(text: &str, mode: Option<Mode>) -> Result<Vec<&'static Place>, CoreError> {
    let found = match mode {
        Some(m) => search_places_by_mode(text, m, 40),
        None => search_places(text, 40),
    };
    let Some(best) = found.first() else {
        return Err(CoreError::NotFound(format!("no place matches {text:?}")));
    };
    if best.kind == MatchKind::Code {
        return Ok(vec![best.place]);
    }
    let top = best.score;
    Ok(found
        .iter()
        .filter(|m| m.score == top)
        .map(|m| m.place)
        .collect())
}

/// Orders offers; equal ones keep a stable order (carrier, then offer id).
pub fn sort_offers(offers: &mut [FoundOffer], by: SortBy) {
    offers.sort_by(|a, b| {
        let (x, y) = (&a.offer, &b.offer);
        let key = match by {
            SortBy::Departure => {
                (x.trip.departure.utc, x.total).cmp(&(y.trip.departure.utc, y.total))
            }
            SortBy::Duration => (x.trip.duration_minutes, x.trip.departure.utc)
                .cmp(&(y.trip.duration_minutes, y.trip.departure.utc)),
            SortBy::Price => (x.total, x.trip.departure.utc).cmp(&(y.total, y.trip.departure.utc)),
        };
        key.then_with(|| a.carrier.cmp(&b.carrier))
            .then_with(|| x.id.cmp(&y.id))
    });
}

fn check_query(q: &TripQuery) -> Result<(), CoreError> {
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Almaty)
        .date_naive();
    if q.date < today {
        return Err(CoreError::Invalid(format!(
            "{} is in the past: search from {today} on",
            q.date
        )));
    }
    let p = q.passengers;
    if p.adults + p.children == 0 {
        return Err(CoreError::Invalid(
            "at least one adult or child travels".into(),
        ));
    }
    if p.infants > p.adults {
        return Err(CoreError::Invalid(
            "every infant travels on an adult's lap: no more infants than adults".into(),
        ));
    }
    Ok(())
}

impl Sapar {
    /// Starts a search of every enabled carrier (or those of `options`); answers arrive
    /// on the returned stream as each carrier gives them.
    pub async fn search_stream(
        &self,
        query: &TripQuery,
        options: &SearchOptions,
    ) -> Result<SearchStream, CoreError> {
        check_query(query)?;
        let from = resolve_places(&query.from, query.mode)?;
        let to = resolve_places(&query.to, query.mode)?;
        let accounts = self.wallet().carrier_accounts().await?;
        let wanted = |code: &str| {
            options
                .carriers
                .as_ref()
                .is_none_or(|list| list.iter().any(|c| c.eq_ignore_ascii_case(code)))
        };
        let mut carriers = Vec::new();
        let mut tasks = Vec::new();
        for a in accounts
            .into_iter()
            .filter(|a| a.enabled && wanted(&a.code))
        {
            let profile: Option<CarrierProfile> = self.carrier_profile(&a.code).await?;
            let places = self.carrier_places(&a.code).await?;
            let modes = profile
                .as_ref()
                .map(|p| p.modes.clone())
                .unwrap_or_default();
            let pairs = pairs_for(&from, &to, places.as_ref(), &modes);
            if pairs.is_empty() {
                carriers.push(CarrierSearch {
                    carrier: a.code,
                    demo: a.demo,
                    outcome: CarrierOutcome::NoRoute,
                });
                continue;
            }
            let client = match self.client(&a.code, Purpose::Search).await {
                Ok(c) => c,
                Err(e) => {
                    carriers.push(CarrierSearch {
                        carrier: a.code,
                        demo: a.demo,
                        outcome: CarrierOutcome::Failed {
                            code: e.code().into(),
                            message: e.to_string(),
                            elapsed_ms: 0,
                        },
                    });
                    continue;
                }
            };
            let queries = pairs
                .into_iter()
                .map(|(f, t)| SearchQuery {
                    from: f,
                    to: t,
                    date: query.date,
                    date_to: None,
                    adults: query.passengers.adults,
                    children: query.passengers.children,
                    infants: query.passengers.infants,
                    mode: query.mode,
                    class: query.class.clone(),
                })
                .collect();
            let names = profile.map_or_else(
                || [a.code.clone(), a.code.clone(), a.code.clone()],
                |p| [p.name_kk, p.name_ru, p.name_en],
            );
            tasks.push(CarrierTask {
                code: a.code.clone(),
                names,
                demo: a.demo,
                client,
                queries,
            });
        }
        let (tx, events) = mpsc::channel(tasks.len().max(1));
        for task in tasks {
            let tx = tx.clone();
            let timeout = options.carrier_timeout;
            let (mode, class) = (query.mode, query.class.clone());
            carriers.push(CarrierSearch {
                carrier: task.code.clone(),
                demo: task.demo,
                outcome: CarrierOutcome::Answered {
                    offers: 0,
                    elapsed_ms: 0,
                },
            });
            tokio::spawn(async move {
                let event = task.run(timeout, mode, class).await;
                let _ = tx.send(event).await;
            });
        }
        let codes = |places: &[&Place]| places.iter().map(|p| p.code.clone()).collect();
        Ok(SearchStream {
            from: codes(&from),
            to: codes(&to),
            carriers,
            events,
        })
    }

    /// Searches every enabled carrier, calling `on_event` as each answers; then sorts
    /// the offers, numbers them from 1 and keeps them so they can be picked by number
    /// ([`Sapar::offer`]).
    pub async fn search(
        &self,
        query: &TripQuery,
        options: &SearchOptions,
        sort: SortBy,
        on_event: &mut (dyn FnMut(&SearchEvent) + Send),
    ) -> Result<SearchResults, CoreError> {
        let mut stream = self.search_stream(query, options).await?;
        let mut offers = Vec::new();
        let mut answered: BTreeSet<String> = BTreeSet::new();
        while let Some(event) = stream.next().await {
            on_event(&event);
            let (carrier, outcome) = match event {
                SearchEvent::Answered {
                    carrier,
                    offers: found,
                    elapsed_ms,
                } => {
                    let outcome = CarrierOutcome::Answered {
                        offers: found.len(),
                        elapsed_ms,
                    };
                    offers.extend(found);
                    (carrier, outcome)
                }
                SearchEvent::Failed {
                    carrier,
                    code,
                    message,
                    elapsed_ms,
                } => (
                    carrier,
                    CarrierOutcome::Failed {
                        code,
                        message,
                        elapsed_ms,
                    },
                ),
            };
            answered.insert(carrier.clone());
            if let Some(c) = stream.carriers.iter_mut().find(|c| c.carrier == carrier) {
                c.outcome = outcome;
            }
        }
        sort_offers(&mut offers, sort);
        let mut kept = Vec::with_capacity(offers.len());
        for (i, o) in offers.iter_mut().enumerate() {
            o.number = Some(u32::try_from(i + 1).unwrap_or(u32::MAX));
            let json = serde_json::to_string(&o.offer).map_err(|e| CoreError::Io(e.to_string()))?;
            kept.push((
                o.carrier.clone(),
                o.offer.id.clone(),
                json,
                o.offer.expires_at,
            ));
        }
        self.wallet().replace_search_offers(&kept).await?;
        Ok(SearchResults {
            from: stream.from,
            to: stream.to,
            offers,
            carriers: stream.carriers,
        })
    }

    /// An offer of the latest search, by its number or its offer id.
    pub async fn offer(&self, key: &str) -> Result<FoundOffer, CoreError> {
        let stored = self.wallet().search_offer(key).await?.ok_or_else(|| {
            CoreError::NotFound(format!(
                "no offer {key:?} in the latest search: search again"
            ))
        })?;
        let offer: Offer = serde_json::from_str(&stored.offer)
            .map_err(|e| CoreError::Invalid(format!("the kept offer {key} cannot be read: {e}")))?;
        let account = self.account(&stored.carrier).await?;
        let names = self.carrier_profile(&stored.carrier).await?.map_or_else(
            || {
                [
                    stored.carrier.clone(),
                    stored.carrier.clone(),
                    stored.carrier.clone(),
                ]
            },
            |p| [p.name_kk, p.name_ru, p.name_en],
        );
        Ok(FoundOffer {
            number: Some(stored.number),
            carrier: stored.carrier,
            carrier_names: names,
            demo: account.demo,
            offer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_means_all_its_places_and_a_code_one_place() {
        let astana = resolve_places("Astana", None).unwrap();
        let codes: Vec<&str> = astana.iter().map(|p| p.code.as_str()).collect();
        assert!(
            codes.contains(&"NQZ") && codes.contains(&"RASTNZ"),
            "{codes:?}"
        );
        let ala = resolve_places("ALA", None).unwrap();
        assert_eq!(ala.len(), 1);
        assert_eq!(ala[0].code, "ALA");
        let rail = resolve_places("Almaty", Some(Mode::Rail)).unwrap();
        assert!(rail.iter().all(|p| p.kind.mode() == Mode::Rail), "{rail:?}");
        assert!(resolve_places("Qwertyzxcv", None).is_err());
    }
}
