import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Channel } from '@tauri-apps/api/core';
import Search from './Search.svelte';
import type {
  CarrierInfo,
  FoundOffer,
  NamedPlace,
  PlaceSuggestion,
  SearchEvent,
  SearchResults,
} from '../lib/bindings';
import { locale } from '../i18n/locale.svelte';
import { nav, type ExchangeTarget } from '../lib/nav.svelte';
import { placeNames } from '../lib/places.svelte';
import { almatyDate, forgetSearches, nextDay } from '../lib/search.svelte';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

/** Text as a person reads it: no-break spaces made plain. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const place = (code: string, kk: string, ru: string, en: string): NamedPlace => ({
  code,
  names: { kk, ru, en },
});
const PLACES = [
  place('RASTNZ', 'Астана Нұрлы жол', 'Астана Нурлы Жол', 'Astana Nurly Zhol'),
  place('RALM2', 'Алматы-2', 'Алматы-2', 'Almaty-2'),
  place('NQZ', 'Астана әуежайы', 'Аэропорт Астаны', 'Nursultan Nazarbayev Airport'),
  place('ALA', 'Алматы әуежайы', 'Аэропорт Алматы', 'Almaty International Airport'),
];

/** One of Sapar's demo carriers, as the carriers command lists it. */
const carrier = (
  code: string,
  names: CarrierInfo['names'],
  modes: CarrierInfo['modes'],
): CarrierInfo => ({
  code,
  names,
  modes,
  base_url: `sapar-demo://${code}`,
  enabled: true,
  demo: true,
  key_in_keyring: false,
  profile_fetched_at: null,
  last_sync_at: null,
  last_sync_error: null,
});
const CARRIERS: CarrierInfo[] = [
  carrier(
    'KTZ',
    ['Қазақстан темір жолы', 'Казахстанские железные дороги', 'Kazakhstan Temir Zholy'],
    ['rail'],
  ),
  carrier('KC', ['Эйр Астана', 'Эйр Астана', 'Air Astana'], ['air']),
  carrier('FS', ['ФлайАристан', 'ФлайАристан', 'FlyArystan'], ['air']),
  carrier('DALA', ['Дала Бус', 'Дала Бус', 'Dala Bus'], ['bus']),
];

/** The line saying what became of a carrier, as read. */
const status = (code: string) =>
  plain(
    document.querySelector(`[data-test="carrier-status"][data-carrier="${code}"]`)?.textContent,
  );

interface Trip {
  carrier: string;
  number: string;
  from: [string, string];
  to: [string, string];
  /** Local departure and arrival, Almaty time (UTC+5). */
  departs: string;
  arrives: string;
  minutes: number;
}

const TALGO: Trip = {
  carrier: 'KTZ',
  number: '10Ц',
  from: ['RASTNZ', 'Astana Nurly Zhol'],
  to: ['RALM2', 'Almaty-2'],
  departs: '2026-12-01T19:40:00',
  arrives: '2026-12-02T08:05:00',
  minutes: 745,
};
const FLIGHT: Trip = {
  carrier: 'KC',
  number: 'KC852',
  from: ['NQZ', 'Nursultan Nazarbayev Airport'],
  to: ['ALA', 'Almaty International Airport'],
  departs: '2026-12-01T07:00:00',
  arrives: '2026-12-01T08:35:00',
  minutes: 95,
};

/** The UTC instant of an Almaty local time. */
const utc = (local: string) => new Date(Date.parse(`${local}+05:00`)).toISOString();

function found(
  trip: Trip,
  cls: [string, string, string, string],
  total: number,
  more: Partial<FoundOffer['offer']> = {},
): FoundOffer {
  const names = CARRIERS.find((c) => c.code === trip.carrier)?.names ?? ['', '', ''];
  const [id, kk, ru, en] = cls;
  return {
    number: null,
    carrier: trip.carrier,
    carrier_names: names,
    demo: true,
    offer: {
      id: `${trip.number}-${id}`,
      expires_at: '2026-12-01T00:00:00Z',
      trip: {
        id: `${trip.carrier}-${trip.number}-2026-12-01`,
        number: trip.number,
        mode: trip.carrier === 'KTZ' ? 'rail' : 'air',
        carrier: trip.carrier,
        vehicle: trip.carrier === 'KTZ' ? 'Talgo' : 'Airbus A321neo',
        from: { code: trip.from[0], name: trip.from[1] },
        to: { code: trip.to[0], name: trip.to[1] },
        departure: { utc: utc(trip.departs), local: trip.departs, zone: 'Asia/Almaty' },
        arrival: { utc: utc(trip.arrives), local: trip.arrives, zone: 'Asia/Almaty' },
        duration_minutes: trip.minutes,
        stops: [],
        status: 'scheduled',
        delay_minutes: 0,
        platform: null,
      },
      service_class: id,
      service_class_name: { kk, ru, en },
      fare: 'standard',
      fare_name: { kk: 'Стандарт', ru: 'Стандартный', en: 'Standard' },
      prices: [],
      total,
      seats_left: 40,
      seat_selection: true,
      conditions: [],
      ...more,
    },
  };
}

const COUPE = found(TALGO, ['coupe', 'Купе', 'Купе', 'Coupe'], 2_133_600);
const SV = found(TALGO, ['sv', 'СВ', 'СВ', 'Sleeper (SV)'], 6_890_000, { seats_left: 3 });
const ECONOMY = found(FLIGHT, ['economy', 'Эконом', 'Эконом', 'Economy'], 3_890_000);

/** Sends carriers' answers down the search's channel, numbered as Rust numbers them. */
function stream(channel: Channel<SearchEvent>, events: SearchEvent[], first = 0): void {
  const internals = (
    window as unknown as {
      __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void };
    }
  ).__TAURI_INTERNALS__;
  events.forEach((message, i) => internals.runCallback(channel.id, { index: first + i, message }));
}

/** A finished search of KTZ (coupe and SV), Air Astana, FlyArystan (too slow) and Dala Bus. */
function results(offers = [COUPE, SV, ECONOMY]): SearchResults {
  const answered = (code: string) => ({
    carrier: code,
    demo: true,
    outcome: {
      outcome: 'answered' as const,
      offers: offers.filter((o) => o.carrier === code).length,
      elapsed_ms: 120,
    },
  });
  return {
    from: ['RASTNZ', 'NQZ'],
    to: ['RALM2', 'ALA'],
    offers,
    carriers: [
      answered('KTZ'),
      answered('KC'),
      {
        carrier: 'FS',
        demo: true,
        outcome: { outcome: 'failed', code: 'timeout', message: 'no answer', elapsed_ms: 8000 },
      },
      { carrier: 'DALA', demo: true, outcome: { outcome: 'no_route' } },
    ],
  };
}

const TSELINOGRAD: PlaceSuggestion = {
  code: 'RASTNZ',
  names: PLACES[0]!.names,
  city: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  kind: 'railway_station',
  matched_by: 'alias',
  matched: 'Tselinograd',
};
const NQZ: PlaceSuggestion = {
  code: 'NQZ',
  names: PLACES[2]!.names,
  city: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  kind: 'airport',
  matched_by: 'alias',
  matched: 'Tselinograd',
};

async function openSearch(handlers: Record<string, Handler>, exchange?: ExchangeTarget) {
  const calls = fakeSapar({
    place_names: () => PLACES,
    carriers: () => CARRIERS,
    suggest_places: () => [TSELINOGRAD, NQZ],
    ...handlers,
  });
  await placeNames.load();
  nav.go({ name: 'search', exchange });
  render(Search, { props: { exchange } });
  await screen.findByRole('heading', { level: 1 });
  return calls;
}

const from = () => screen.getByRole('combobox', { name: 'From' });
const to = () => screen.getByRole('combobox', { name: 'To' });
const offers = () => screen.queryAllByRole('article');
const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Search' }));

beforeEach(() => forgetSearches());

describe('the search form', () => {
  it('suggests places as the person types and picks one with the keyboard', async () => {
    const calls = await openSearch({ search_trips: () => results() });
    type(from(), 'Tselin');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.getAttribute('data-code'))).toEqual(['RASTNZ', 'NQZ']);
    expect(plain(options[0]?.textContent)).toContain('Astana Nurly Zhol');
    expect(plain(options[0]?.textContent)).toContain('Astana · Railway station');
    expect(plain(options[0]?.textContent)).toContain('Tselinograd → Astana Nurly Zhol');
    expect(plain(options[1]?.textContent)).toContain('Airport');
    expect(callsOf(calls, 'suggest_places')).toEqual([{ text: 'Tselin', mode: null, limit: 8 }]);

    await fireEvent.keyDown(from(), { key: 'ArrowDown' });
    await fireEvent.keyDown(from(), { key: 'ArrowDown' });
    expect(from().getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await fireEvent.keyDown(from(), { key: 'ArrowUp' });
    await fireEvent.keyDown(from(), { key: 'Enter' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((from() as HTMLInputElement).value).toBe('Astana Nurly Zhol');

    // A city typed and not picked is searched by its name; the core finds its places.
    type(to(), 'Almaty');
    await screen.findAllByRole('option');
    await fireEvent.keyDown(to(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    await submit();
    await waitFor(() => expect(callsOf(calls, 'search_trips')).toHaveLength(1));
    const query = callsOf(calls, 'search_trips')[0]?.query as Record<string, unknown>;
    expect(query.from).toBe('RASTNZ');
    expect(query.to).toBe('Almaty');
    expect(query.date).toBe(almatyDate(Date.now()));
  });

  it('swaps from and to, and suggests only places of the transport chosen', async () => {
    const calls = await openSearch({});
    type(from(), 'Tselin');
    await fireEvent.click(await screen.findByText('Tselinograd → Astana Nurly Zhol'));
    type(to(), 'Almaty');
    await fireEvent.click(screen.getByRole('button', { name: 'Swap from and to' }));
    expect((from() as HTMLInputElement).value).toBe('Almaty');
    expect((to() as HTMLInputElement).value).toBe('Astana Nurly Zhol');
    await fireEvent.click(screen.getByRole('radio', { name: 'Plane' }));
    type(from(), 'Alm');
    await waitFor(() => expect(callsOf(calls, 'suggest_places')).toHaveLength(3));
    expect(callsOf(calls, 'suggest_places')[2]).toEqual({ text: 'Alm', mode: 'air', limit: 8 });
  });

  it('counts passengers by category within the rules', async () => {
    const calls = await openSearch({ search_trips: () => results() });
    const summary = () => screen.getByText(/adult|child|infant/, { selector: '.summary' });
    const more = (who: string) => screen.getByRole('button', { name: `One more ${who}` });
    const less = (who: string) => screen.getByRole('button', { name: `One ${who} fewer` });
    expect(summary().textContent).toBe('1 adult');
    expect(less('adult').getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(more('infant'));
    expect(more('infant').getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(more('infant'));
    await fireEvent.click(more('adult'));
    await fireEvent.click(more('child'));
    expect(summary().textContent).toBe('2 adults, 1 child, 1 infant');
    for (let i = 0; i < 10; i++) await fireEvent.click(more('child'));
    expect(summary().textContent).toBe('2 adults, 6 children, 1 infant');
    expect(more('adult').getAttribute('aria-disabled')).toBe('true');

    type(from(), 'RASTNZ');
    type(to(), 'RALM2');
    await submit();
    await waitFor(() => expect(callsOf(calls, 'search_trips')).toHaveLength(1));
    const query = callsOf(calls, 'search_trips')[0]?.query as Record<string, unknown>;
    expect(query.passengers).toEqual({ adults: 2, children: 6, infants: 1 });
  });

  it('says what is missing instead of searching', async () => {
    const calls = await openSearch({});
    await submit();
    expect(screen.getByText('Say where you travel from.')).toBeTruthy();
    expect(screen.getByText('Say where you travel to.')).toBeTruthy();
    expect(from().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(from());
    type(from(), 'Almaty');
    type(to(), 'almaty');
    expect(await screen.findByText('From and to are the same place.')).toBeTruthy();
    expect(screen.queryByText('Say where you travel from.')).toBeNull();
    expect(callsOf(calls, 'search_trips')).toEqual([]);
  });

  it('picks today or tomorrow in one click, never a past day', async () => {
    await openSearch({});
    const date = screen.getByLabelText('Date') as HTMLInputElement;
    const today = almatyDate(Date.now());
    expect(date.min).toBe(today);
    await fireEvent.click(screen.getByRole('button', { name: 'Tomorrow' }));
    expect(date.value).toBe(nextDay(today));
    expect(screen.getByRole('button', { name: 'Tomorrow' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(date.value).toBe(today);
  });
});

describe('the results', () => {
  async function searchFor(handlers: Record<string, Handler>) {
    const calls = await openSearch(handlers);
    type(from(), 'Astana');
    type(to(), 'Almaty');
    await submit();
    return calls;
  }

  it('fill in as each carrier answers, then show the finished search', async () => {
    let finish: (r: SearchResults) => void = () => {};
    let updates: Channel<SearchEvent> | undefined;
    await searchFor({
      search_trips: (args) => {
        updates = args.updates as Channel<SearchEvent>;
        return new Promise<SearchResults>((resolve) => (finish = resolve));
      },
    });
    await waitFor(() => expect(updates).toBeDefined());
    expect(screen.getByRole('button', { name: 'Searching…' })).toBeTruthy();
    expect(screen.getByText('Asking the carriers…')).toBeTruthy();

    stream(updates!, [{ event: 'answered', carrier: 'KC', offers: [ECONOMY], elapsed_ms: 80 }]);
    await waitFor(() => expect(offers()).toHaveLength(1));
    stream(
      updates!,
      [
        { event: 'answered', carrier: 'KTZ', offers: [COUPE, SV], elapsed_ms: 150 },
        { event: 'failed', carrier: 'FS', code: 'timeout', message: 'no answer', elapsed_ms: 8000 },
      ],
      1,
    );
    await waitFor(() => expect(offers()).toHaveLength(3));
    expect(status('KTZ')).toContain('Kazakhstan Temir Zholy: one trip');
    expect(status('FS')).toContain('FlyArystan didn’t answer in time — try again');

    finish(results([COUPE, ECONOMY]));
    await waitFor(() => expect(offers()).toHaveLength(2));
    expect(screen.getByText('2 offers')).toBeTruthy();
    expect(status('FS')).toContain('FlyArystan didn’t answer in time — try again');
    expect(status('KC')).toContain('Air Astana: one trip');
    // Dala Bus has no route here: not worth a line while trips were found.
    expect(status('DALA')).toBe('');
    expect(screen.getByRole('button', { name: 'Search' })).toBeTruthy();
  });

  it('shows each offer with what a traveller needs to choose', async () => {
    await searchFor({ search_trips: () => results() });
    await waitFor(() => expect(offers()).toHaveLength(3));
    const talgo = offers().find((o) => o.getAttribute('data-class') === 'sv')!;
    expect(talgo.getAttribute('data-carrier')).toBe('KTZ');
    expect(talgo.getAttribute('data-trip')).toBe('10Ц');
    const text = plain(talgo.textContent);
    expect(within(talgo).getByRole('heading').textContent).toContain(
      'Kazakhstan Temir Zholy · Train 10Ц',
    );
    expect(text).toContain('Demo');
    expect(text).toContain('19:40');
    expect(text).toContain('08:05');
    expect(text).toContain('+1');
    expect(text).toContain('arrives the next day');
    expect(text).toContain('2 Dec 2026');
    expect(text).toContain('UTC+05:00');
    expect(text).toContain('Astana Nurly Zhol');
    expect(text).toContain('Almaty-2');
    expect(text).toContain('12 h 25 min');
    expect(text).toContain('Sleeper (SV)');
    expect(text).toContain('Standard fare');
    expect(text).toContain('68,900 ₸');
    expect(text).toContain('for one passenger');
    expect(within(talgo).getByText('3 seats left').className).toContain('few');

    const flight = offers().find((o) => o.getAttribute('data-carrier') === 'KC')!;
    expect(plain(flight.textContent)).not.toContain('+1');
    expect(plain(flight.textContent)).toContain('Flight KC852');
  });

  it('marks delayed and cancelled trips; a cancelled one cannot be chosen', async () => {
    const late = found(FLIGHT, ['economy', 'Эконом', 'Эконом', 'Economy'], 3_890_000);
    late.offer.trip.delay_minutes = 40;
    const cancelled = found(TALGO, ['coupe', 'Купе', 'Купе', 'Coupe'], 2_133_600);
    cancelled.offer.trip.status = 'cancelled';
    await searchFor({ search_trips: () => results([late, cancelled]) });
    await waitFor(() => expect(offers()).toHaveLength(2));
    const [first, second] = offers();
    expect(first?.textContent).toContain('Delayed by 40 min');
    expect(second?.textContent).toContain('Cancelled');
    expect(within(second!).getByRole('button').hasAttribute('disabled')).toBe(true);
  });

  it('sorts by departure, travel time or price, and filters by class', async () => {
    const calls = await searchFor({ search_trips: () => results() });
    await waitFor(() => expect(offers()).toHaveLength(3));
    expect(callsOf(calls, 'search_trips')[0]?.sort).toBe('departure');
    const order = () => offers().map((o) => o.getAttribute('data-class'));
    expect(order()).toEqual(['economy', 'coupe', 'sv']);
    const sort = screen.getByLabelText('Sort by');
    await fireEvent.change(sort, { target: { value: 'price' } });
    expect(order()).toEqual(['coupe', 'economy', 'sv']);
    await fireEvent.change(sort, { target: { value: 'duration' } });
    expect(order()).toEqual(['economy', 'coupe', 'sv']);

    const classes = screen.getByLabelText('Class') as HTMLSelectElement;
    expect([...classes.options].map((o) => o.text)).toEqual([
      'All classes',
      'Coupe',
      'Sleeper (SV)',
      'Economy',
    ]);
    await fireEvent.change(classes, { target: { value: 'sv' } });
    expect(order()).toEqual(['sv']);
    expect(screen.getByText('One offer')).toBeTruthy();
  });

  it('is polite when nothing is found, and tries the next day in one click', async () => {
    const calls = await searchFor({ search_trips: () => results([]) });
    expect(await screen.findByText(/No trips from Astana to Almaty on/)).toBeTruthy();
    expect(status('DALA')).toContain('Dala Bus doesn’t run buses on this route');
    expect(status('KTZ')).toContain('no trips on this date');
    await fireEvent.click(screen.getByRole('button', { name: 'Search the next day' }));
    await waitFor(() => expect(callsOf(calls, 'search_trips')).toHaveLength(2));
    const dates = callsOf(calls, 'search_trips').map(
      (a) => (a.query as Record<string, unknown>).date,
    );
    expect(dates).toEqual([almatyDate(Date.now()), nextDay(almatyDate(Date.now()))]);
  });

  it('explains a search that failed as a whole, and tries again', async () => {
    let error = { code: 'unknown_place', message: 'no place matches "Atlantis"' };
    const calls = await searchFor({
      search_trips: () => {
        throw error;
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sapar does not know one of the places');
    expect(alert.textContent).toContain('unknown_place');
    error = { code: 'offline', message: 'network is unreachable' };
    await fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(callsOf(calls, 'search_trips')).toHaveLength(2));
    expect((await screen.findByRole('alert')).textContent).toContain('No connection');
    error = { code: 'carrier_exploded', message: 'The carrier is on fire.' };
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The carrier is on fire.'),
    );
  });

  it('goes on to buying the offer chosen, and shows the same search on coming back', async () => {
    await searchFor({ search_trips: () => results() });
    await waitFor(() => expect(offers()).toHaveLength(3));
    const coupe = offers().find((o) => o.getAttribute('data-class') === 'coupe')!;
    await fireEvent.click(within(coupe).getByRole('button', { name: /^Choose/ }));
    expect(nav.route).toEqual({ name: 'book', offer: COUPE });

    document.body.innerHTML = '';
    render(Search, { props: {} });
    expect(offers()).toHaveLength(3);
    expect((from() as HTMLInputElement).value).toBe('Astana');
    expect((to() as HTMLInputElement).value).toBe('Almaty');
  });

  it('speaks Kazakh and Russian', async () => {
    await searchFor({ search_trips: () => results() });
    await waitFor(() => expect(offers()).toHaveLength(3));
    locale.set('kk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Сапар іздеу' })).toBeTruthy();
    const kk = plain(offers().find((o) => o.getAttribute('data-class') === 'coupe')?.textContent);
    expect(kk).toContain('Қазақстан темір жолы · 10Ц пойызы');
    expect(kk).toContain('Астана Нұрлы жол');
    locale.set('ru');
    await screen.findByRole('heading', { level: 1, name: 'Найти поездку' });
    expect(status('FS')).toContain('ФлайАристан не ответил вовремя');
    expect(screen.getByText('3 предложения')).toBeTruthy();
  });
});

describe('choosing the new trip of an exchange', () => {
  const TARGET: ExchangeTarget = {
    key: '70012345678901',
    carrier: 'KTZ',
    from: 'RASTNZ',
    to: 'RALM2',
    date: '2020-01-01',
    bookingId: '0190f5a2-7c1e-7a3b-9e21-4b5d6c7e8f90',
    ticketNumber: '70012345678901',
  };

  it('searches the old route at once and offers only the same carrier’s trips', async () => {
    const calls = await openSearch({ search_trips: () => results() }, TARGET);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Choose the new trip');
    expect((from() as HTMLInputElement).value).toBe('Astana Nurly Zhol');
    expect((to() as HTMLInputElement).value).toBe('Almaty-2');
    await waitFor(() => expect(offers()).toHaveLength(2));
    expect(offers().every((o) => o.getAttribute('data-carrier') === 'KTZ')).toBe(true);
    expect(status('FS')).toBe('');
    expect(callsOf(calls, 'search_trips')[0]?.query).toEqual({
      from: 'RASTNZ',
      to: 'RALM2',
      date: almatyDate(Date.now()),
      passengers: { adults: 1, children: 0, infants: 0 },
      mode: null,
      class: null,
    });
    expect(screen.queryByRole('group', { name: 'Passengers' })).toBeNull();

    await fireEvent.click(within(offers()[0]!).getByRole('button', { name: /^Choose/ }));
    expect(nav.route).toEqual({ name: 'exchange', target: TARGET, offer: COUPE });
  });

  it('goes back to the ticket', async () => {
    await openSearch({ search_trips: () => results() }, TARGET);
    await fireEvent.click(screen.getByRole('button', { name: /Back to the ticket/ }));
    expect(nav.route).toEqual({
      name: 'ticket',
      bookingId: TARGET.bookingId,
      ticketNumber: TARGET.ticketNumber,
    });
  });
});
