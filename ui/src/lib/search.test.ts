import { beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@tauri-apps/api/core';
import type {
  CarrierInfo,
  FoundOffer,
  PlaceSuggestion,
  SearchEvent,
  SearchResults,
} from './bindings';
import {
  almatyDate,
  carrierName,
  classesOf,
  daysLater,
  forgetSearches,
  formProblems,
  fromResults,
  nextDay,
  nothingYet,
  passengerSummary,
  placeQuery,
  matchNote,
  searchForExchange,
  shownOffers,
  shownStatuses,
  sortOffers,
  stepPassengers,
  TripSearch,
  withEvent,
  type Found,
} from './search.svelte';
import { callsOf, fakeSapar } from '../testing/ipc';

const KTZ_NAMES: [string, string, string] = [
  'Қазақстан темір жолы',
  'Казахстанские железные дороги',
  'Kazakhstan Temir Zholy',
];
const KC_NAMES: [string, string, string] = ['Эйр Астана', 'Эйр Астана', 'Air Astana'];

interface OfferSpec {
  carrier?: string;
  trip?: string;
  cls?: string;
  total?: number;
  /** Departure, UTC. */
  departs?: string;
  minutes?: number;
}

/** An offer of a search: KTZ's Talgo 10Ц Astana → Almaty-2 in coupe unless told otherwise. */
function offer(spec: OfferSpec = {}): FoundOffer {
  const carrier = spec.carrier ?? 'KTZ';
  const trip = spec.trip ?? '10Ц';
  const cls = spec.cls ?? 'coupe';
  const departs = spec.departs ?? '2026-12-01T14:40:00Z';
  const minutes = spec.minutes ?? 745;
  const arrives = new Date(Date.parse(departs) + minutes * 60_000).toISOString();
  return {
    number: null,
    carrier,
    carrier_names: carrier === 'KTZ' ? KTZ_NAMES : KC_NAMES,
    demo: true,
    offer: {
      id: `${carrier}-${trip}-${cls}`,
      expires_at: '2026-12-01T10:00:00Z',
      trip: {
        id: `${carrier}-${trip}-2026-12-01`,
        number: trip,
        mode: carrier === 'KTZ' ? 'rail' : 'air',
        carrier,
        vehicle: carrier === 'KTZ' ? 'Talgo' : 'Airbus A321neo',
        from: { code: 'RASTNZ', name: 'Astana Nurly Zhol' },
        to: { code: 'RALM2', name: 'Almaty-2' },
        departure: { utc: departs, local: departs.slice(0, 16), zone: 'Asia/Almaty' },
        arrival: { utc: arrives, local: arrives.slice(0, 16), zone: 'Asia/Almaty' },
        duration_minutes: minutes,
        stops: [],
        status: 'scheduled',
        delay_minutes: 0,
        platform: null,
      },
      service_class: cls,
      service_class_name: { kk: cls.toUpperCase(), ru: cls.toUpperCase(), en: cls.toUpperCase() },
      fare: 'standard',
      fare_name: { kk: 'Стандарт', ru: 'Стандартный', en: 'Standard' },
      prices: [],
      total: spec.total ?? 2_000_000,
      seats_left: 20,
      seat_selection: true,
      conditions: [],
    },
  };
}

const ids = (offers: readonly FoundOffer[]) => offers.map((o) => o.offer.id);

function suggestion(overrides: Partial<PlaceSuggestion> = {}): PlaceSuggestion {
  return {
    code: 'RASTNZ',
    names: { kk: 'Астана Нұрлы жол', ru: 'Астана Нурлы Жол', en: 'Astana Nurly Zhol' },
    city: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    kind: 'railway_station',
    matched_by: 'name',
    matched: 'Astana Nurly Zhol',
    ...overrides,
  };
}

describe('places', () => {
  it('searches a picked place by its code and a typed one by the words typed', () => {
    expect(placeQuery({ text: 'Astana Nurly Zhol', code: 'RASTNZ' })).toBe('RASTNZ');
    expect(placeQuery({ text: '  Almaty ', code: null })).toBe('Almaty');
  });

  it('says what matched when it is not the name shown: an old name, a code, a typo', () => {
    expect(matchNote(suggestion({ matched_by: 'alias', matched: 'Tselinograd' }), 'en')).toBe(
      'Tselinograd',
    );
    expect(matchNote(suggestion({ matched_by: 'code', matched: 'TSE' }), 'en')).toBe('TSE');
    expect(matchNote(suggestion({ matched_by: 'typo', matched: 'Astana' }), 'en')).toBeNull();
    expect(matchNote(suggestion(), 'en')).toBeNull();
    // A name matched in another language than the UI's is worth showing.
    expect(
      matchNote(suggestion({ matched_by: 'name_prefix', matched: 'Астана Нұрлы жол' }), 'en'),
    ).toBe('Астана Нұрлы жол');
  });
});

describe('passengers', () => {
  const one = { adults: 1, children: 0, infants: 0 };

  it('keeps at least one adult or child, no more infants than adults, at most 9', () => {
    expect(stepPassengers(one, 'adults', -1)).toBeNull();
    expect(stepPassengers({ ...one, children: 1 }, 'adults', -1)).toEqual({
      adults: 0,
      children: 1,
      infants: 0,
    });
    expect(stepPassengers(one, 'infants', 1)).toEqual({ adults: 1, children: 0, infants: 1 });
    expect(stepPassengers({ ...one, infants: 1 }, 'infants', 1)).toBeNull();
    expect(stepPassengers({ ...one, infants: 1 }, 'adults', -1)).toBeNull();
    expect(stepPassengers({ adults: 4, children: 4, infants: 1 }, 'children', 1)).toBeNull();
    expect(stepPassengers({ adults: 4, children: 4, infants: 0 }, 'children', 1)).toEqual({
      adults: 4,
      children: 5,
      infants: 0,
    });
    expect(stepPassengers(one, 'children', -1)).toBeNull();
  });

  it('sums up only the categories that travel', () => {
    expect(passengerSummary({ adults: 2, children: 1, infants: 0 })).toEqual([
      { id: 'search-summary-adults', count: 2 },
      { id: 'search-summary-children', count: 1 },
    ]);
    expect(passengerSummary({ adults: 0, children: 2, infants: 0 })).toEqual([
      { id: 'search-summary-children', count: 2 },
    ]);
  });
});

describe('dates', () => {
  it('counts days in Almaty (UTC+5), not in UTC', () => {
    // 19:30 UTC on 30 November is half past midnight on 1 December in Almaty.
    expect(almatyDate(Date.parse('2026-11-30T19:30:00Z'))).toBe('2026-12-01');
    expect(almatyDate(Date.parse('2026-11-30T18:59:00Z'))).toBe('2026-11-30');
    expect(almatyDate(Date.parse('2026-12-31T12:00:00Z'), 1)).toBe('2027-01-01');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });

  it('tells an arrival on a later day', () => {
    expect(daysLater('2026-12-01T19:40:00', '2026-12-02T08:05:00')).toBe(1);
    expect(daysLater('2026-12-01 06:00', '2026-12-01 09:40')).toBe(0);
  });

  it('names what keeps the form from being searched', () => {
    const form = {
      from: { text: '', code: null },
      to: { text: 'Almaty', code: null },
      date: '2026-11-30',
      passengers: { adults: 1, children: 0, infants: 0 },
    };
    expect(formProblems(form, '2026-12-01')).toEqual([
      { field: 'from', id: 'search-problem-from' },
      { field: 'date', id: 'search-problem-date' },
    ]);
    const same = { ...form, from: { text: 'almaty', code: null }, date: '2026-12-01' };
    expect(formProblems(same, '2026-12-01')).toEqual([{ field: 'to', id: 'search-problem-same' }]);
    const fine = { ...same, to: { text: 'Astana Nurly Zhol', code: 'RASTNZ' } };
    expect(formProblems(fine, '2026-12-01')).toEqual([]);
  });
});

describe('merging the carriers’ answers', () => {
  const ktz: SearchEvent = {
    event: 'answered',
    carrier: 'KTZ',
    offers: [offer({ cls: 'coupe' }), offer({ cls: 'sv' }), offer({ trip: '9Ц' })],
    elapsed_ms: 180,
  };
  const late: SearchEvent = {
    event: 'failed',
    carrier: 'FS',
    code: 'timeout',
    message: 'no answer in 8 s',
    elapsed_ms: 8000,
  };

  it('adds each carrier’s offers as they arrive and keeps a failed one with its message', () => {
    const kc: SearchEvent = {
      event: 'answered',
      carrier: 'KC',
      offers: [offer({ carrier: 'KC', trip: 'KC852', cls: 'economy' })],
      elapsed_ms: 240,
    };
    const found = [ktz, late, kc].reduce(withEvent, nothingYet());
    expect(ids(found.offers)).toEqual([
      'KTZ-10Ц-coupe',
      'KTZ-10Ц-sv',
      'KTZ-9Ц-coupe',
      'KC-KC852-economy',
    ]);
    expect(found.carriers).toEqual([
      { state: 'answered', carrier: 'KTZ', demo: true, trips: 2 },
      {
        state: 'failed',
        carrier: 'FS',
        demo: false,
        code: 'timeout',
        message: 'no answer in 8 s',
      },
      { state: 'answered', carrier: 'KC', demo: true, trips: 1 },
    ]);
    expect(found.done).toBe(false);
  });

  it('never doubles a carrier that answers twice', () => {
    const again = withEvent(withEvent(nothingYet(), ktz), { ...ktz, offers: [offer()] });
    expect(ids(again.offers)).toEqual(['KTZ-10Ц-coupe']);
    expect(again.carriers).toHaveLength(1);
  });

  it('lets the finished search replace what streamed in', () => {
    const streamed = [ktz, late].reduce(withEvent, nothingYet());
    const results: SearchResults = {
      from: ['RASTNZ', 'NQZ'],
      to: ['RALM2', 'ALA'],
      offers: [offer({ cls: 'sv' }), offer({ trip: '9Ц' })],
      carriers: [
        {
          carrier: 'KTZ',
          demo: true,
          outcome: { outcome: 'answered', offers: 2, elapsed_ms: 180 },
        },
        {
          carrier: 'FS',
          demo: true,
          outcome: { outcome: 'failed', code: 'timeout', message: 'no answer', elapsed_ms: 8000 },
        },
        { carrier: 'DALA', demo: true, outcome: { outcome: 'no_route' } },
      ],
    };
    const final = fromResults(results);
    expect(streamed.offers).toHaveLength(3);
    expect(ids(final.offers)).toEqual(['KTZ-10Ц-sv', 'KTZ-9Ц-coupe']);
    expect(final.done).toBe(true);
    expect(final.carriers.map((c) => [c.carrier, c.state])).toEqual([
      ['KTZ', 'answered'],
      ['FS', 'failed'],
      ['DALA', 'no_route'],
    ]);
  });

  it('mentions carriers without the route only when nothing was found', () => {
    const none: Found = {
      offers: [],
      done: true,
      carriers: [
        { state: 'answered', carrier: 'KTZ', demo: true, trips: 0 },
        { state: 'no_route', carrier: 'KC', demo: true },
      ],
    };
    expect(shownStatuses(none).map((c) => c.carrier)).toEqual(['KTZ', 'KC']);
    const some: Found = {
      ...none,
      carriers: [{ state: 'answered', carrier: 'KTZ', demo: true, trips: 2 }, none.carriers[1]!],
    };
    expect(shownStatuses(some).map((c) => c.carrier)).toEqual(['KTZ']);
    expect(shownStatuses(none, 'KC').map((c) => c.carrier)).toEqual(['KC']);
  });
});

describe('sorting and filtering offers', () => {
  const early = offer({
    trip: '9Ц',
    departs: '2026-12-01T03:00:00Z',
    minutes: 900,
    total: 1_500_000,
  });
  const fast = offer({
    trip: '10Ц',
    departs: '2026-12-01T14:40:00Z',
    minutes: 745,
    total: 2_400_000,
  });
  const cheap = offer({
    carrier: 'KC',
    trip: 'KC852',
    cls: 'economy',
    departs: '2026-12-01T10:00:00Z',
    minutes: 100,
    total: 900_000,
  });
  const sameTimeDearer = offer({
    trip: '9Ц',
    cls: 'sv',
    departs: early.offer.trip.departure.utc,
    minutes: 900,
    total: 4_000_000,
  });

  it('sorts by departure, travel time or price, whatever order they came in', () => {
    for (const order of [
      [early, fast, cheap, sameTimeDearer],
      [sameTimeDearer, cheap, fast, early],
    ]) {
      expect(ids(sortOffers(order, 'departure'))).toEqual([
        'KTZ-9Ц-coupe',
        'KTZ-9Ц-sv',
        'KC-KC852-economy',
        'KTZ-10Ц-coupe',
      ]);
      expect(ids(sortOffers(order, 'duration'))).toEqual([
        'KC-KC852-economy',
        'KTZ-10Ц-coupe',
        'KTZ-9Ц-coupe',
        'KTZ-9Ц-sv',
      ]);
      expect(ids(sortOffers(order, 'price'))).toEqual([
        'KC-KC852-economy',
        'KTZ-9Ц-coupe',
        'KTZ-10Ц-coupe',
        'KTZ-9Ц-sv',
      ]);
    }
  });

  it('offers the classes found and shows one class or one carrier only', () => {
    const all = [early, fast, cheap, sameTimeDearer];
    expect(classesOf(all, 'en')).toEqual([
      { id: 'coupe', name: 'COUPE' },
      { id: 'economy', name: 'ECONOMY' },
      { id: 'sv', name: 'SV' },
    ]);
    expect(ids(shownOffers(all, { sort: 'price', serviceClass: 'coupe' }))).toEqual([
      'KTZ-9Ц-coupe',
      'KTZ-10Ц-coupe',
    ]);
    expect(ids(shownOffers(all, { sort: 'price', serviceClass: '', carrier: 'KC' }))).toEqual([
      'KC-KC852-economy',
    ]);
  });

  it('names a carrier in the UI’s language', () => {
    const known: Record<string, CarrierInfo> = {
      FS: {
        code: 'FS',
        names: ['ФлайАристан', 'ФлайАристан', 'FlyArystan'],
        modes: ['air'],
        base_url: 'sapar-demo://FS',
        enabled: true,
        demo: true,
        key_in_keyring: false,
        profile_fetched_at: null,
        last_sync_at: null,
        last_sync_error: null,
      },
    };
    expect(carrierName('FS', 'en', known)).toBe('FlyArystan');
    expect(carrierName('KTZ', 'ru', known, [fast])).toBe('Казахстанские железные дороги');
    expect(carrierName('DALA', 'kk', known, [fast])).toBe('DALA');
  });
});

/** Sends carriers' answers down a search's channel, numbered as Rust numbers them. */
function stream(channel: Channel<SearchEvent>, events: SearchEvent[], first = 0): void {
  const internals = (
    window as unknown as {
      __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void };
    }
  ).__TAURI_INTERNALS__;
  events.forEach((message, i) => internals.runCallback(channel.id, { index: first + i, message }));
}

describe('a search under way', () => {
  beforeEach(() => forgetSearches());

  it('shows answers as they stream in, then the finished search', async () => {
    let finish: (results: SearchResults) => void = () => {};
    let updates: Channel<SearchEvent> | undefined;
    const calls = fakeSapar({
      search_trips: (args) => {
        updates = args.updates as Channel<SearchEvent>;
        return new Promise<SearchResults>((resolve) => (finish = resolve));
      },
      carriers: () => [],
    });
    const search = new TripSearch(Date.parse('2026-11-30T06:00:00Z'));
    search.from = { text: 'Astana Nurly Zhol', code: 'RASTNZ' };
    search.to = { text: 'Almaty', code: null };
    const done = search.search();
    await Promise.resolve();
    expect(search.searching).toBe(true);
    expect(callsOf(calls, 'search_trips')[0]?.query).toEqual({
      from: 'RASTNZ',
      to: 'Almaty',
      date: '2026-11-30',
      passengers: { adults: 1, children: 0, infants: 0 },
      mode: null,
      class: null,
    });
    stream(updates!, [{ event: 'answered', carrier: 'KTZ', offers: [offer()], elapsed_ms: 90 }]);
    expect(ids(search.found?.offers ?? [])).toEqual(['KTZ-10Ц-coupe']);
    finish({
      from: ['RASTNZ'],
      to: ['RALM2'],
      offers: [offer(), offer({ cls: 'sv' })],
      carriers: [
        { carrier: 'KTZ', demo: true, outcome: { outcome: 'answered', offers: 2, elapsed_ms: 90 } },
      ],
    });
    await done;
    expect(search.searching).toBe(false);
    expect(search.found?.done).toBe(true);
    expect(ids(search.found?.offers ?? [])).toEqual(['KTZ-10Ц-coupe', 'KTZ-10Ц-sv']);
  });

  it('keeps the error of a search that failed as a whole', async () => {
    fakeSapar({
      search_trips: () => {
        throw { code: 'unknown_place', message: 'no place matches "Atlantis"' };
      },
      carriers: () => [],
    });
    const search = new TripSearch();
    search.from = { text: 'Atlantis', code: null };
    search.to = { text: 'ALA', code: 'ALA' };
    await search.search();
    expect(search.found).toBeNull();
    expect(search.error?.code).toBe('unknown_place');
  });

  it('starts an exchange’s search on the old trip, never before today', () => {
    const target = {
      key: '70012345678901',
      carrier: 'KTZ',
      from: 'RALM2',
      to: 'RASTNZ',
      date: '2026-11-02',
      bookingId: 'b1',
      ticketNumber: '70012345678901',
    };
    const search = searchForExchange(target, Date.parse('2026-11-28T08:00:00Z'));
    expect(search.query()).toEqual({
      from: 'RALM2',
      to: 'RASTNZ',
      date: '2026-11-28',
      passengers: { adults: 1, children: 0, infants: 0 },
      mode: null,
      class: null,
    });
    expect(searchForExchange(target)).toBe(search);
    expect(searchForExchange({ ...target, key: 'KTZ7Q2' })).not.toBe(search);
  });
});
