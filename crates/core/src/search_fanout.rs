//! The fan-out of a search: which of a carrier's places are asked for, and the task
//! that asks one carrier for all its pairs at once, within its own time limit, and
//! turns the answers (or the failure) into one [`SearchEvent`].

use crate::convert::carrier_error;
use crate::search::{FoundOffer, SearchEvent};
use crate::CoreError;
use sapar_carrier::{Client, PlaceList, SearchQuery};
use sapar_domain::{Mode, Place};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

/// The (from, to) place code pairs a carrier is asked for.
pub(crate) fn pairs_for(
    from: &[&Place],
    to: &[&Place],
    served: Option<&PlaceList>,
    modes: &[Mode],
) -> Vec<(String, String)> {
    let serves = |p: &Place| match served {
        Some(list) => list.places.iter().any(|s| s.code == p.code),
        None => modes.is_empty() || modes.contains(&p.kind.mode()),
    };
    let mut pairs = Vec::new();
    for f in from.iter().filter(|p| serves(p)) {
        for t in to.iter().filter(|p| serves(p)) {
            if f.code != t.code && f.kind.mode() == t.kind.mode() {
                pairs.push((f.code.clone(), t.code.clone()));
            }
        }
    }
    pairs
}

/// What the task asking one carrier needs.
pub(crate) struct CarrierTask {
    pub(crate) code: String,
    pub(crate) names: [String; 3],
    pub(crate) demo: bool,
    pub(crate) client: Client,
    pub(crate) queries: Vec<SearchQuery>,
}

impl CarrierTask {
    pub(crate) async fn run(
        self,
        timeout: Duration,
        mode: Option<Mode>,
        class: Option<String>,
    ) -> SearchEvent {
        let started = Instant::now();
        let code = self.code.clone();
        let asked = async {
            let mut set = JoinSet::new();
            for q in self.queries {
                let client = self.client.clone();
                set.spawn(async move { client.search(&q).await });
            }
            let mut offers = Vec::new();
            let mut answered = false;
            let mut failure = None;
            while let Some(joined) = set.join_next().await {
                match joined {
                    Ok(Ok(list)) => {
                        answered = true;
                        offers.extend(list.offers);
                    }
                    // A place the carrier turns out not to serve: no offers there.
                    Ok(Err(e)) if e.code() == "unknown_place" => answered = true,
                    Ok(Err(e)) => {
                        failure.get_or_insert(carrier_error(&code, e));
                    }
                    Err(e) => {
                        failure.get_or_insert(CoreError::Io(e.to_string()));
                    }
                }
            }
            match failure {
                Some(e) if !answered => Err(e),
                _ => Ok(offers),
            }
        };
        let outcome = tokio::time::timeout(timeout, asked).await;
        let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match outcome {
            Ok(Ok(offers)) => SearchEvent::Answered {
                offers: offers
                    .into_iter()
                    .filter(|o| mode.is_none_or(|m| o.trip.mode == m))
                    .filter(|o| class.as_ref().is_none_or(|c| &o.service_class == c))
                    .map(|offer| FoundOffer {
                        number: None,
                        carrier: self.code.clone(),
                        carrier_names: self.names.clone(),
                        demo: self.demo,
                        offer,
                    })
                    .collect(),
                carrier: self.code,
                elapsed_ms,
            },
            Ok(Err(e)) => SearchEvent::Failed {
                carrier: self.code,
                code: e.code().to_string(),
                message: e.to_string(),
                elapsed_ms,
            },
            Err(_) => SearchEvent::Failed {
                carrier: self.code,
                code: "timeout".into(),
                message: format!("no answer within {} ms", timeout.as_millis()),
                elapsed_ms,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::resolve_places;

    #[test]
    fn pairs_keep_one_mode_and_the_places_served() {
        let from = resolve_places("Astana", None).unwrap();
        let to = resolve_places("Almaty", None).unwrap();
        let air = pairs_for(&from, &to, None, &[Mode::Air]);
        assert_eq!(air, vec![("NQZ".to_string(), "ALA".to_string())]);
        let rail = pairs_for(&from, &to, None, &[Mode::Rail]);
        assert!(rail
            .iter()
            .all(|(f, t)| f.starts_with('R') && t.starts_with('R')));
        assert!(!rail.is_empty());
    }
}
