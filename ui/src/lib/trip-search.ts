// Finding a trip: the carriers' answers merged as they arrive, the list sorted and
// filtered, and the checks of the form.
import type { Lang } from '../i18n/messages';
import type {
  CarrierSearch,
  FoundOffer,
  PassengerCount,
  SearchEvent,
  SearchResults,
  SortBy,
} from './bindings';

/** At most this many people in one booking. */
export const MAX_PASSENGERS = 9;

/** A place as typed, and the place picked from the suggestions, if any. */
export interface PlaceChoice {
  /** What the field shows. */
  text: string;
  /** The code of the place picked; `null` when the person typed without picking. */
  code: string | null;
}

/** What a carrier did in the search shown. */
export type CarrierState =
  | { state: 'waiting'; carrier: string; demo: boolean }
  | { state: 'answered'; carrier: string; demo: boolean; offers: number }
  | { state: 'no_route'; carrier: string; demo: boolean }
  | { state: 'failed'; carrier: string; demo: boolean; code: string; message: string };

/** The offers and carriers of the search shown. */
export interface Found {
  offers: FoundOffer[];
  carriers: CarrierState[];
  /** Whether every carrier asked has answered. */
  done: boolean;
}

/** Nothing searched yet. */
export function nothingFound(): Found {
  return { offers: [], carriers: [], done: false };
}

/** The carriers' states from the finished search's outcomes. */
export function carriersOf(searched: readonly CarrierSearch[]): CarrierState[] {
  return searched.map(({ carrier, demo, outcome }): CarrierState => {
    switch (outcome.outcome) {
      case 'answered':
        return { state: 'answered', carrier, demo, offers: outcome.offers };
      case 'no_route':
        return { state: 'no_route', carrier, demo };
      case 'failed':
        return { state: 'failed', carrier, demo, code: outcome.code, message: outcome.message };
    }
  });
}

/** Adds one carrier's answer to what is shown: its offers, or why it has none. */
export function mergeEvent(found: Found, event: SearchEvent): Found {
  const others = found.carriers.filter((c) => c.carrier !== event.carrier);
  const demo =
    found.carriers.find((c) => c.carrier === event.carrier)?.demo ??
    (event.event === 'answered' ? (event.offers[0]?.demo ?? false) : false);
  if (event.event === 'answered') {
    return {
      ...found,
      offers: [...found.offers.filter((o) => o.carrier !== event.carrier), ...event.offers],
      carriers: [
        ...others,
        { state: 'answered', carrier: event.carrier, demo, offers: event.offers.length },
      ],
    };
  }
  return {
    ...found,
    carriers: [
      ...others,
      {
        state: 'failed',
        carrier: event.carrier,
        demo,
        code: event.code,
        message: event.message,
      },
    ],
  };
}

/** The finished search replaces what streamed in: every offer, every carrier's outcome. */
export function finish(results: SearchResults): Found {
  return { offers: results.offers, carriers: carriersOf(results.carriers), done: true };
}

/** The instant an offer leaves, in milliseconds. */
function departs(o: FoundOffer): number {
  return Date.parse(o.offer.trip.departure.utc);
}

/** Offers in the order asked for; ties keep the earlier departure first. */
export function sortOffers(offers: readonly FoundOffer[], by: SortBy): FoundOffer[] {
  const key = (o: FoundOffer): number => {
    switch (by) {
      case 'price':
        return o.offer.total;
      case 'duration':
        return o.offer.trip.duration_minutes;
      default:
        return departs(o);
    }
  };
  return [...offers].sort((a, b) => key(a) - key(b) || departs(a) - departs(b));
}

/** The classes among offers (`coupe`, `economy`…), with a name, in the order first seen. */
export function classesOf(
  offers: readonly FoundOffer[],
  lang: Lang,
): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const o of offers) {
    if (!seen.has(o.offer.service_class)) {
      seen.set(o.offer.service_class, o.offer.service_class_name[lang]);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Offers of one class, or all of them when `serviceClass` is empty. */
export function ofClass(offers: readonly FoundOffer[], serviceClass: string): FoundOffer[] {
  return serviceClass ? offers.filter((o) => o.offer.service_class === serviceClass) : [...offers];
}

/** Whether a count of passengers can be searched, and why not. */
export function passengerProblem(p: PassengerCount): string | null {
  if (p.adults + p.children === 0) return 'find-problem-nobody';
  if (p.infants > p.adults) return 'find-problem-infants';
  if (p.adults + p.children + p.infants > MAX_PASSENGERS) return 'find-problem-too-many';
  return null;
}

/** Today's date in Kazakhstan (UTC+5), `YYYY-MM-DD`, `days` ahead. */
export function kazakhstanDate(days = 0, now = Date.now()): string {
  return new Date(now + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
