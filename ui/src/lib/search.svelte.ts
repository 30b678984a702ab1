// Looking for a trip: the form as the person fills it, the carriers' answers merged as
// they arrive, and the offers sorted and filtered. The form and its last results live
// here, outside the screen, so going to a booking and back shows them again.
import { Channel } from '@tauri-apps/api/core';
import { nameIn, type Lang } from '../i18n/messages';
import {
  commands,
  type CarrierInfo,
  type FoundOffer,
  type IpcError,
  type Mode,
  type PassengerCount,
  type PlaceSuggestion,
  type SearchEvent,
  type SearchResults,
  type SortBy,
  type TripQuery,
} from './bindings';
import { call } from './ipc';
import type { ExchangeTarget } from './nav.svelte';

/** At most this many people travel on one search (infants included). */
export const MAX_PASSENGERS = 9;
/** Seats left at or below this are worth a warning. */
export const FEW_SEATS = 5;
/** Places suggested at most while a person types. */
export const SUGGESTIONS = 8;
/** Typing pauses this long before places are suggested. */
export const SUGGEST_PAUSE_MS = 120;

/** What a place field holds: the words shown and, once a place is picked, its code. */
export interface PlaceValue {
  text: string;
  /** The picked place's code; `null` while the person types without picking. */
  code: string | null;
}

/** A place field with nothing in it. */
export function noPlace(): PlaceValue {
  return { text: '', code: null };
}

/** What is searched for a place: the picked place's code, else the words as typed. */
export function placeQuery(value: PlaceValue): string {
  return value.code ?? value.text.trim();
}

/** Why a suggestion came up, when its name alone does not show it: an old name, a code, a typo. */
export function matchNote(suggestion: PlaceSuggestion, lang: Lang): string | null {
  if (suggestion.matched_by === 'name') return null;
  const matched = suggestion.matched.trim();
  const same = (other: string) => other.trim().toLocaleLowerCase() === matched.toLocaleLowerCase();
  if (!matched || same(suggestion.names[lang]) || same(suggestion.city[lang])) return null;
  return matched;
}

/** The mode of the vehicles that use a kind of place. */
export function modeOfKind(kind: PlaceSuggestion['kind']): Mode {
  switch (kind) {
    case 'airport':
      return 'air';
    case 'railway_station':
      return 'rail';
    case 'bus_terminal':
      return 'bus';
  }
}

/** A category of passengers, as `PassengerCount` names it. */
export type Who = keyof PassengerCount;

/** Why a count of passengers cannot be searched (a message id), or `null`. */
export function passengerProblem(count: PassengerCount): string | null {
  if (count.adults + count.children < 1) return 'search-problem-nobody';
  if (count.infants > count.adults) return 'search-problem-infants';
  if (count.adults + count.children + count.infants > MAX_PASSENGERS) {
    return 'search-problem-too-many';
  }
  return null;
}

/** One more or one fewer of `who`; `null` when that count could not be searched. */
export function stepPassengers(
  count: PassengerCount,
  who: Who,
  step: 1 | -1,
): PassengerCount | null {
  const next = { ...count, [who]: count[who] + step };
  if (next[who] < 0 || passengerProblem(next) !== null) return null;
  return next;
}

/** The parts of "2 adults, 1 child": a message id and its count, for each category there is. */
export function passengerSummary(count: PassengerCount): { id: string; count: number }[] {
  const parts: { id: string; count: number }[] = [];
  if (count.adults > 0) parts.push({ id: 'search-summary-adults', count: count.adults });
  if (count.children > 0) parts.push({ id: 'search-summary-children', count: count.children });
  if (count.infants > 0) parts.push({ id: 'search-summary-infants', count: count.infants });
  return parts;
}

/** How many people a count is. */
export function headcount(count: PassengerCount): number {
  return count.adults + count.children + count.infants;
}

/** Kazakhstan's offset: the whole country is on UTC+5 since 1 March 2024. */
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The date in Almaty (`YYYY-MM-DD`) `days` after the instant `now`. Computed from the
 * fixed offset, not the web view's zone data, which may predate the 2024 change.
 */
export function almatyDate(now: number, days = 0): string {
  return isoDay(now + KAZAKHSTAN_OFFSET_MS + days * DAY_MS);
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : isoDay(time + DAY_MS);
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** How many calendar days after a local time another one falls (`2026-12-01 21:40` → …). */
export function daysLater(fromLocal: string, toLocal: string): number {
  const day = (local: string) => Date.parse(`${local.slice(0, 10)}T00:00:00Z`);
  const days = Math.round((day(toLocal) - day(fromLocal)) / DAY_MS);
  return Number.isNaN(days) ? 0 : days;
}

/** A field of the form and what is wrong with it. */
export interface FormProblem {
  field: 'from' | 'to' | 'date' | 'passengers';
  /** The message id saying so. */
  id: string;
}

/** What keeps the form from being searched, field by field, in the form's order. */
export function formProblems(
  form: { from: PlaceValue; to: PlaceValue; date: string; passengers: PassengerCount },
  today: string,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const from = placeQuery(form.from);
  const to = placeQuery(form.to);
  if (!from) problems.push({ field: 'from', id: 'search-problem-from' });
  if (!to) problems.push({ field: 'to', id: 'search-problem-to' });
  else if (from && from.toLocaleLowerCase() === to.toLocaleLowerCase()) {
    problems.push({ field: 'to', id: 'search-problem-same' });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date) || form.date < today) {
    problems.push({ field: 'date', id: 'search-problem-date' });
  }
  const passengers = passengerProblem(form.passengers);
  if (passengers) problems.push({ field: 'passengers', id: passengers });
  return problems;
}

/** What became of one carrier in the search shown. */
export type CarrierStatus =
  | { state: 'answered'; carrier: string; demo: boolean; trips: number }
  | { state: 'failed'; carrier: string; demo: boolean; code: string; message: string }
  | { state: 'no_route'; carrier: string; demo: boolean };

/** The offers and carriers of the search shown. */
export interface Found {
  offers: FoundOffer[];
  carriers: CarrierStatus[];
  /** Whether the search is over (every carrier asked has answered or failed). */
  done: boolean;
}

/** A search just started: nothing has answered yet. */
export function nothingYet(): Found {
  return { offers: [], carriers: [], done: false };
}

/** How many different trips a carrier's offers are for (classes and fares of a train are one trip). */
function tripsOf(offers: readonly FoundOffer[], carrier: string): number {
  return new Set(offers.filter((o) => o.carrier === carrier).map((o) => o.offer.trip.id)).size;
}

/** Adds one carrier's answer as it arrives: its offers, or why there are none. */
export function withEvent(found: Found, event: SearchEvent): Found {
  const before = found.carriers.find((c) => c.carrier === event.carrier);
  const carriers = found.carriers.filter((c) => c.carrier !== event.carrier);
  const offers = found.offers.filter((o) => o.carrier !== event.carrier);
  if (event.event === 'answered') {
    const demo = before?.demo ?? event.offers.some((o) => o.demo);
    offers.push(...event.offers);
    carriers.push({
      state: 'answered',
      carrier: event.carrier,
      demo,
      trips: tripsOf(event.offers, event.carrier),
    });
  } else {
    carriers.push({
      state: 'failed',
      carrier: event.carrier,
      demo: before?.demo ?? false,
      code: event.code,
      message: event.message,
    });
  }
  return { offers, carriers, done: found.done };
}

/** The finished search, which replaces what streamed in. */
export function fromResults(results: SearchResults): Found {
  const carriers = results.carriers.map(({ carrier, demo, outcome }): CarrierStatus => {
    switch (outcome.outcome) {
      case 'answered':
        return { state: 'answered', carrier, demo, trips: tripsOf(results.offers, carrier) };
      case 'failed':
        return { state: 'failed', carrier, demo, code: outcome.code, message: outcome.message };
      case 'no_route':
        return { state: 'no_route', carrier, demo };
    }
  });
  return { offers: [...results.offers], carriers, done: true };
}

const departs = (o: FoundOffer) => Date.parse(o.offer.trip.departure.utc);

/**
 * Offers in the order asked for, as Sapar's core orders them: earliest departure (the
 * cheaper first when two leave together), shortest trip, or cheapest (the earlier first);
 * then by carrier and offer, so the order never depends on how the offers arrived.
 */
export function sortOffers(offers: readonly FoundOffer[], by: SortBy): FoundOffer[] {
  const keys = (o: FoundOffer): [number, number] => {
    switch (by) {
      case 'departure':
        return [departs(o), o.offer.total];
      case 'duration':
        return [o.offer.trip.duration_minutes, departs(o)];
      case 'price':
        return [o.offer.total, departs(o)];
    }
  };
  return [...offers].sort((a, b) => {
    const [a1, a2] = keys(a);
    const [b1, b2] = keys(b);
    return (
      a1 - b1 ||
      a2 - b2 ||
      a.carrier.localeCompare(b.carrier) ||
      a.offer.id.localeCompare(b.offer.id)
    );
  });
}

/** The classes among offers (`coupe`, `economy`…), each with its name, in the order first seen. */
export function classesOf(
  offers: readonly FoundOffer[],
  lang: Lang,
): { id: string; name: string }[] {
  const classes: { id: string; name: string }[] = [];
  for (const { offer } of offers) {
    if (!classes.some((c) => c.id === offer.service_class)) {
      classes.push({
        id: offer.service_class,
        name: offer.service_class_name[lang] || offer.service_class,
      });
    }
  }
  return classes;
}

/** Which offers are shown. */
export interface OfferFilter {
  sort: SortBy;
  /** Only this class; empty for every class. */
  serviceClass: string;
  /** Only this carrier's offers (an exchange stays with the booking's carrier). */
  carrier?: string;
}

/** The offers shown: of the carrier and class asked for, in the order asked for. */
export function shownOffers(offers: readonly FoundOffer[], filter: OfferFilter): FoundOffer[] {
  return sortOffers(
    offers.filter(
      (o) =>
        (!filter.carrier || o.carrier === filter.carrier) &&
        (!filter.serviceClass || o.offer.service_class === filter.serviceClass),
    ),
    filter.sort,
  );
}

/**
 * The carriers worth a line: every one that answered or failed; those that do not serve
 * the route only when nothing was found. In an exchange, the booking's carrier only.
 */
export function shownStatuses(found: Found, carrier?: string): CarrierStatus[] {
  const mine = found.carriers.filter((c) => !carrier || c.carrier === carrier);
  const anything = mine.some((c) => c.state === 'answered' && c.trips > 0);
  return mine.filter((c) => c.state !== 'no_route' || (found.done && !anything));
}

/** The name of a carrier in `lang`, from its set-up, else its offers, else its code. */
export function carrierName(
  carrier: string,
  lang: Lang,
  known: Readonly<Record<string, CarrierInfo>>,
  offers: readonly FoundOffer[] = [],
): string {
  const names = known[carrier]?.names ?? offers.find((o) => o.carrier === carrier)?.carrier_names;
  return (names && nameIn(names, lang)) || carrier;
}

/** The search form, the search under way and its results. */
export class TripSearch {
  from = $state<PlaceValue>(noPlace());
  to = $state<PlaceValue>(noPlace());
  date = $state('');
  passengers = $state<PassengerCount>({ adults: 1, children: 0, infants: 0 });
  mode = $state<Mode | null>(null);
  sort = $state<SortBy>('departure');
  /** Only offers of this class are shown; empty for every class. */
  serviceClass = $state('');
  /** The query of the results shown. */
  searched = $state.raw<TripQuery | null>(null);
  found = $state.raw<Found | null>(null);
  error = $state.raw<IpcError | null>(null);
  searching = $state(false);
  /** The carriers set up, by code: their names and modes for the status lines. */
  carriers = $state.raw<Readonly<Record<string, CarrierInfo>>>({});
  #run = 0;

  constructor(now = Date.now()) {
    this.date = almatyDate(now);
  }

  /** What is searched. */
  query(): TripQuery {
    return {
      from: placeQuery(this.from),
      to: placeQuery(this.to),
      date: this.date,
      passengers: { ...this.passengers },
      mode: this.mode,
      class: null,
    };
  }

  /** From becomes to, and to from. */
  swap(): void {
    [this.from, this.to] = [this.to, this.from];
  }

  /**
   * Asks every carrier. Their answers show as they come; the finished search then
   * replaces them. A search started later wins over this one.
   */
  async search(): Promise<void> {
    const run = ++this.#run;
    const query = this.query();
    this.searched = query;
    this.found = nothingYet();
    this.error = null;
    this.serviceClass = '';
    this.searching = true;
    const updates = new Channel<SearchEvent>();
    updates.onmessage = (event) => {
      if (run === this.#run && this.found) this.found = withEvent(this.found, event);
    };
    const names = this.#readCarriers();
    const answer = await call(commands.searchTrips(query, this.sort, updates));
    await names;
    if (run !== this.#run) return;
    if (answer.status === 'ok') {
      this.found = fromResults(answer.data);
    } else {
      this.found = null;
      this.error = answer.error;
    }
    this.searching = false;
    // Read again: the search sets Sapar's demo carriers up on first use.
    if (this.found?.carriers.some((c) => !(c.carrier in this.carriers))) {
      await this.#readCarriers();
    }
  }

  /** Back to an empty form with no results; a search under way is forgotten. */
  reset(now = Date.now()): void {
    this.#run++;
    this.from = noPlace();
    this.to = noPlace();
    this.date = almatyDate(now);
    this.passengers = { adults: 1, children: 0, infants: 0 };
    this.mode = null;
    this.sort = 'departure';
    this.serviceClass = '';
    this.searched = null;
    this.found = null;
    this.error = null;
    this.searching = false;
    this.carriers = {};
  }

  async #readCarriers(): Promise<void> {
    const answer = await call(commands.carriers());
    if (answer.status === 'ok' && Array.isArray(answer.data)) {
      this.carriers = Object.fromEntries(answer.data.map((c) => [c.code, c]));
    }
  }
}

/** The search of the "Buy" section. */
export const tripSearch = new TripSearch();

let exchangeSearch: { key: string; search: TripSearch } | null = null;

/**
 * The search for an exchange's new trip: from, to and the date of the old trip (not
 * before today), one adult. Kept while the same ticket is being exchanged.
 */
export function searchForExchange(target: ExchangeTarget, now = Date.now()): TripSearch {
  if (exchangeSearch?.key !== target.key) {
    const search = new TripSearch(now);
    search.from = { text: target.from, code: target.from };
    search.to = { text: target.to, code: target.to };
    const today = almatyDate(now);
    search.date = target.date > today ? target.date : today;
    exchangeSearch = { key: target.key, search };
  }
  return exchangeSearch.search;
}

/** Forgets every kept form and result (for tests). */
export function forgetSearches(): void {
  tripSearch.reset();
  exchangeSearch = null;
}
