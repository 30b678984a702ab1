//! Place search: finds a place whatever the user types.
//!
//! A query may be a code (`ALA`, `tse`, `UAAA`, `RASTNZ`), a name in Kazakh, Russian or
//! English, with Kazakh letters typed as Russian ones (`Актобе` for `Ақтөбе`) or spelled in
//! Latin letters (`Karagandy`, `Qaraghandy`), an old name (`Alma-Ata`, `Akmola`,
//! `Nur-Sultan`), the start of any of these, or such a start with a typo (`Almtay`,
//! `Astaan`). Text typed with the wrong keyboard layout (`Fkvfns`) is tried as a last resort.
//!
//! Results are ranked: exact code, exact name or city, a name's start, an old name,
//! a later word of a name, a code's start, then typo matches. Among equals the main place of
//! a city (its airport, its main station) comes first, then airports, stations and terminals.
//! All keys are folded once, on first use (see `fold`); a search scans a few hundred
//! short byte strings.

use crate::fold::{fold_compact, fold_words, switch_layout};
use crate::place::{Place, PlaceKind, PLACE_CODE_MAX_LEN};
use crate::place_data::{dataset, is_code_alias};
use crate::Mode;
use serde::Serialize;
use std::cmp::Reverse;
use std::sync::OnceLock;

/// How a query matched a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The place's code, ICAO code or former code, exactly.
    Code,
    /// One of the place's names, exactly.
    Name,
    /// The name (or the start of the name) of the place's city.
    City,
    /// The start of one of the place's names.
    NamePrefix,
    /// An old or other name of the place or its city, or its start.
    Alias,
    /// A later word of a name or an old name, or its start (`Sayran`).
    Word,
    /// The start of the place's code.
    CodePrefix,
    /// The start of a name or an old name, with a typo or two.
    Typo,
}

/// A place found by [`search_places`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMatch {
    /// The place.
    pub place: &'static Place,
    /// Rank: higher is better. Only the order means something.
    pub score: u32,
    /// How the query matched.
    pub kind: MatchKind,
    /// The code, name, city name or old name that matched, as written in the dataset.
    pub matched: String,
}

/// Finds up to `limit` places for what the user typed, best first. Never fails: text that
/// matches nothing gives an empty list.
pub fn search_places(query: &str, limit: usize) -> Vec<PlaceMatch> {
    search(query, None, limit)
}

/// Like [`search_places`], keeping only places served by one mode (airports for air…).
pub fn search_places_by_mode(query: &str, mode: Mode, limit: usize) -> Vec<PlaceMatch> {
    search(query, Some(mode), limit)
}

const CODE: u32 = 1000;
const NAME: u32 = 900;
/// The place's city, exactly: as good as its own name, so that a city's places come
/// together, main ones first.
const CITY: u32 = NAME;
const NAME_PREFIX: u32 = 800;
const ALIAS: u32 = 750;
const ALIAS_PREFIX: u32 = 700;
const WORD: u32 = 650;
const WORD_PREFIX: u32 = 600;
const CODE_PREFIX: u32 = 500;
const TYPO: u32 = 400;
/// Taken off every score of a query retried on the other keyboard layout.
const LAYOUT_PENALTY: u32 = 100;
/// Shortest folded query that may match with a typo.
const TYPO_MIN_LEN: usize = 4;
/// Shortest folded query that may match with two typos.
const TWO_TYPOS_MIN_LEN: usize = 8;
/// Longest folded query worth comparing with typos (longer than any name).
const TYPO_MAX_LEN: usize = 64;

/// What a search key was folded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Name,
    City,
    Alias,
}

/// One folded key of a place.
struct Key {
    text: Box<[u8]>,
    place: usize,
    source: Source,
    /// The key starts at a later word of its text.
    later_word: bool,
    /// The texts of the place that fold to this key (`Алматы` and `Almaty`).
    originals: Vec<&'static str>,
}

/// All keys of all places, folded once.
struct Index {
    keys: Vec<Key>,
    /// Place codes, ICAO and former codes: (uppercase code, place).
    codes: Vec<(&'static str, usize)>,
    /// Rank among equal scores: main places first, then by kind.
    order: Vec<(Reverse<bool>, u8)>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build_index)
}

fn build_index() -> Index {
    let data = dataset();
    let mut keys = Vec::new();
    let mut codes = Vec::new();
    for (i, place) in data.places.iter().enumerate() {
        let city = &data.cities[data.city_index[i]];
        codes.push((place.code.as_str(), i));
        codes.extend(place.icao.as_deref().map(|c| (c, i)));
        for name in [&place.name_kk, &place.name_ru, &place.name_en] {
            push_keys(&mut keys, i, Source::Name, name);
        }
        for name in [&city.name_kk, &city.name_ru, &city.name_en] {
            push_keys(&mut keys, i, Source::City, name);
        }
        for alias in place.aliases.iter().chain(&city.aliases) {
            if is_code_alias(alias) {
                codes.push((alias.as_str(), i));
            } else {
                push_keys(&mut keys, i, Source::Alias, alias);
            }
        }
    }
    let order = data
        .places
        .iter()
        .zip(&data.main)
        .map(|(p, &main)| (Reverse(main), kind_rank(p.kind)))
        .collect();
    Index { keys, codes, order }
}

fn kind_rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Airport => 0,
        PlaceKind::RailwayStation => 1,
        PlaceKind::BusTerminal => 2,
    }
}

/// Adds the whole folded text and each of its later words to the end as keys.
fn push_keys(keys: &mut Vec<Key>, place: usize, source: Source, original: &'static str) {
    let words = fold_words(original);
    for start in 0..words.len() {
        let text = words[start..].concat();
        let later_word = start > 0;
        // A lone number ("1" of "Almaty-1") is no way to look for a place.
        if later_word && words[start].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if text.is_empty() {
            continue;
        }
        let same = keys
            .iter_mut()
            .rev()
            .take_while(|k| k.place == place)
            .find(|k| *k.text == *text.as_bytes() && k.later_word == later_word);
        match same {
            Some(key) if key.source == source => key.originals.push(original),
            Some(_) => {}
            None => keys.push(Key {
                text: text.into_bytes().into_boxed_slice(),
                place,
                source,
                later_word,
                originals: vec![original],
            }),
        }
    }
}

/// The best match found so far for each place.
struct Best<'q> {
    found: Vec<Option<(u32, MatchKind, &'static str)>>,
    /// The query as typed, to tell which of equally good texts to show.
    query: &'q str,
}

impl Best<'_> {
    /// Keeps the match if it scores better than the place's best so far, or as well with
    /// a text closer to the query.
    fn offer(&mut self, place: usize, score: u32, kind: MatchKind, texts: &[&'static str]) {
        let query = self.query;
        let slot = &mut self.found[place];
        let current = match *slot {
            Some((s, _, _)) if s > score => return,
            Some((s, _, text)) if s == score => Some(text),
            _ => None,
        };
        let pick = match (texts, current) {
            ([only], None) => Some(*only),
            _ => texts
                .iter()
                .copied()
                .chain(current)
                .max_by_key(|t| closeness(t, query)),
        };
        if let Some(text) = pick {
            if current != Some(text) {
                *slot = Some((score, kind, text));
            }
        }
    }

    fn count(&self) -> usize {
        self.found.iter().filter(|b| b.is_some()).count()
    }
}

/// How much a text looks like the query as typed: the same text, its start, the same
/// script, or none of these. Shows `Almaty` rather than `Алматы` to someone typing Latin.
fn closeness(text: &str, query: &str) -> u8 {
    let mut t = text.trim().chars().flat_map(char::to_lowercase);
    let mut q = query.trim().chars().flat_map(char::to_lowercase);
    loop {
        match (q.next(), t.next()) {
            (None, None) => return 3,
            (None, Some(_)) => return 2,
            (Some(a), Some(b)) if a == b => {}
            _ => break,
        }
    }
    let latin = |s: &str| s.chars().find(|c| c.is_alphabetic()).map(|c| c.is_ascii());
    u8::from(latin(text) == latin(query))
}

fn search(query: &str, mode: Option<Mode>, limit: usize) -> Vec<PlaceMatch> {
    if limit == 0 {
        return Vec::new();
    }
    let found = search_text(query, mode, limit, 0);
    if !found.is_empty() {
        return found;
    }
    let switched = switch_layout(query);
    if switched == query {
        return found;
    }
    search_text(&switched, mode, limit, LAYOUT_PENALTY)
}

fn search_text(query: &str, mode: Option<Mode>, limit: usize, penalty: u32) -> Vec<PlaceMatch> {
    let data = dataset();
    let index = index();
    let wanted = |place: usize| mode.is_none_or(|m| data.places[place].kind.mode() == m);
    let mut best = Best {
        found: vec![None; data.places.len()],
        query,
    };

    let code: String = query.trim().to_ascii_uppercase();
    if !code.is_empty() && code.len() <= PLACE_CODE_MAX_LEN {
        for &(c, place) in index.codes.iter().filter(|(_, p)| wanted(*p)) {
            if c == code {
                best.offer(place, CODE, MatchKind::Code, &[c]);
            } else if code.len() >= 2 && c.starts_with(code.as_str()) {
                best.offer(place, CODE_PREFIX, MatchKind::CodePrefix, &[c]);
            }
        }
    }

    let q = fold_compact(query);
    if q.is_empty() && best.count() == 0 {
        return Vec::new();
    }
    let q = q.as_bytes();
    if !q.is_empty() {
        for key in index.keys.iter().filter(|k| wanted(k.place)) {
            if let Some((score, kind)) = exact_or_prefix(key, q) {
                best.offer(key.place, score, kind, &key.originals);
            }
        }
    }

    // Typos are looked for only when nothing matched exactly and places are missing.
    let exact = best
        .found
        .iter()
        .flatten()
        .any(|(score, _, _)| *score >= ALIAS);
    if !exact && best.count() < limit && (TYPO_MIN_LEN..=TYPO_MAX_LEN).contains(&q.len()) {
        let max_typos = if q.len() >= TWO_TYPOS_MIN_LEN { 2 } else { 1 };
        let matched: Vec<bool> = best.found.iter().map(Option::is_some).collect();
        for key in index.keys.iter().filter(|k| wanted(k.place)) {
            if matched[key.place] || key.later_word {
                continue;
            }
            if let Some(typos) = prefix_distance(q, &key.text, max_typos) {
                let score = TYPO - 10 * typos - if key.source == Source::Alias { 50 } else { 0 };
                best.offer(key.place, score, MatchKind::Typo, &key.originals);
            }
        }
    }

    let mut found: Vec<(usize, u32, MatchKind, &'static str)> = best
        .found
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.map(|(s, k, o)| (i, s, k, o)))
        .collect();
    found.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(index.order[a.0].cmp(&index.order[b.0]))
            .then(data.places[a.0].name_en.cmp(&data.places[b.0].name_en))
    });
    found.truncate(limit);
    found
        .into_iter()
        .map(|(i, score, kind, original)| PlaceMatch {
            place: &data.places[i],
            score: score.saturating_sub(penalty),
            kind,
            matched: original.to_string(),
        })
        .collect()
}

/// Score of a key that equals the query or starts with it.
fn exact_or_prefix(key: &Key, q: &[u8]) -> Option<(u32, MatchKind)> {
    let exact = *key.text == *q;
    if !exact && !key.text.starts_with(q) {
        return None;
    }
    Some(match (key.later_word, key.source, exact) {
        (true, _, true) => (WORD, MatchKind::Word),
        (true, _, false) => (WORD_PREFIX, MatchKind::Word),
        (false, Source::Name, true) => (NAME, MatchKind::Name),
        (false, Source::Name, false) => (NAME_PREFIX, MatchKind::NamePrefix),
        (false, Source::City, true) => (CITY, MatchKind::City),
        (false, Source::City, false) => (NAME_PREFIX, MatchKind::City),
        (false, Source::Alias, true) => (ALIAS, MatchKind::Alias),
        (false, Source::Alias, false) => (ALIAS_PREFIX, MatchKind::Alias),
    })
}

/// The fewest edits (insertions, deletions, substitutions, swaps of neighbours) that turn
/// the query into some start of the key, if at most `max`. The query is at most
/// [`TYPO_MAX_LEN`] long, so three rows of the table fit on the stack.
fn prefix_distance(q: &[u8], key: &[u8], max: u32) -> Option<u32> {
    const W: usize = TYPO_MAX_LEN + 3;
    if q.len() > TYPO_MAX_LEN || max > 2 {
        return None;
    }
    // Only starts of the key within `max` of the query's length can be close enough.
    let cols = key.len().min(q.len() + max as usize);
    let mut prev2 = [0u32; W];
    let mut prev = [0u32; W];
    let mut row = [0u32; W];
    for (j, cell) in prev.iter_mut().enumerate().take(cols + 1) {
        *cell = j as u32;
    }
    for i in 1..=q.len() {
        row[0] = i as u32;
        let mut row_min = row[0];
        for j in 1..=cols {
            let cost = u32::from(q[i - 1] != key[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && q[i - 1] == key[j - 2] && q[i - 2] == key[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            row[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2[..=cols].copy_from_slice(&prev[..=cols]);
        prev[..=cols].copy_from_slice(&row[..=cols]);
    }
    // `prev` now holds the last row: the distance from the whole query to each start.
    let best = prev[1..=cols].iter().copied().min()?;
    (best <= max).then_some(best)
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
