import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { PlaceSuggestion, SearchEvent, SearchResults } from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { tripSearch } from '../lib/trip-search.svelte';
import { offer } from '../testing/offers';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const PLACES: Record<string, PlaceSuggestion> = {
  RASTNZ: {
    code: 'RASTNZ',
    names: { kk: 'Нұрлы Жол', ru: 'Нурлы Жол', en: 'Astana Nurly Zhol' },
    city: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    kind: 'railway_station',
    matched_by: 'alias',
    matched: 'Tselinograd',
  },
  RALM2: {
    code: 'RALM2',
    names: { kk: 'Алматы-2', ru: 'Алматы-2', en: 'Almaty-2' },
    city: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    kind: 'railway_station',
    matched_by: 'name_prefix',
    matched: 'Almaty-2',
  },
};

/** Sends streamed search events to the UI the way Rust does through a channel. */
function stream(channel: unknown, events: SearchEvent[]): void {
  const { id } = channel as { id: number };
  const internals = (
    window as unknown as {
      __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void };
    }
  ).__TAURI_INTERNALS__;
  events.forEach((message, index) => internals.runCallback(id, { index, message }));
}

async function openSearch(handlers: Record<string, Handler>) {
  const calls = fakeSapar({
    list_tickets: () => ({ items: [], total: 0, offset: 0 }),
    carriers: () => [],
    suggest_places: (args) =>
      String(args.text).toLowerCase().startsWith('tsel') ? [PLACES.RASTNZ] : [PLACES.RALM2],
    ...handlers,
  });
  nav.go({ name: 'search' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Find a trip' });
  return calls;
}

async function pick(field: 'From' | 'To', text: string, code: string) {
  await fireEvent.input(screen.getByRole('combobox', { name: field }), { target: { value: text } });
  const option = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(
      `[data-test="place-option"][data-code="${code}"]`,
    );
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  await fireEvent.click(option);
}

describe('finding a trip', () => {
  beforeEach(() => tripSearch.reset());

  it('suggests places by old names and searches with the picked codes', async () => {
    let results: SearchResults | null = null;
    const calls = await openSearch({
      search_trips: (args) => {
        results = {
          from: ['RASTNZ'],
          to: ['RALM2'],
          offers: [{ ...offer(), number: 1 }],
          carriers: [
            {
              carrier: 'KTZ',
              demo: true,
              outcome: { outcome: 'answered', offers: 1, elapsed_ms: 5 },
            },
          ],
        };
        stream(args.updates, [
          { event: 'answered', carrier: 'KTZ', offers: [offer()], elapsed_ms: 5 },
        ]);
        return results;
      },
    });
    await fireEvent.input(screen.getByRole('combobox', { name: 'From' }), {
      target: { value: 'Tselinograd' },
    });
    const list = await screen.findByRole('listbox', { name: 'From' });
    const option = within(list).getByRole('option');
    expect(option.textContent).toContain('Astana Nurly Zhol');
    expect(option.textContent).toContain('Railway station');
    expect(option.textContent).toContain('found by “Tselinograd”');
    await fireEvent.click(option);
    expect((screen.getByRole('combobox', { name: 'From' }) as HTMLInputElement).value).toBe(
      'Astana Nurly Zhol',
    );
    await pick('To', 'Alm', 'RALM2');
    await fireEvent.click(document.querySelector('[data-test="adults-more"]') as HTMLElement);
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const card = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-test="offer"][data-trip="10"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    const query = callsOf(calls, 'search_trips')[0]?.query as Record<string, unknown>;
    expect(query.from).toBe('RASTNZ');
    expect(query.to).toBe('RALM2');
    expect(query.passengers).toEqual({ adults: 2, children: 0, infants: 0 });
    const text = card.textContent ?? '';
    expect(text).toContain('KTZ Passenger Transportation');
    expect(text).toContain('Demo');
    expect(text).toContain('19:40');
    expect(text).toContain('08:05');
    expect(text).toContain('+1');
    expect(text).toContain('Coupe');
    expect(text).toContain('42,672');
    expect(within(card).getByRole('button', { name: 'Choose' })).toBeTruthy();
  });

  it('shows offers as carriers answer, and a carrier that failed politely', async () => {
    await openSearch({
      search_trips: (args) => {
        stream(args.updates, [
          {
            event: 'answered',
            carrier: 'KTZ',
            offers: [
              offer(),
              offer({ number: '4', departure: '07:30', total: 3_000_000, duration: 770 }),
            ],
            elapsed_ms: 5,
          },
          {
            event: 'failed',
            carrier: 'FS',
            code: 'timeout',
            message: 'too slow',
            elapsed_ms: 10_000,
          },
        ]);
        return {
          from: ['RASTNZ'],
          to: ['RALM2'],
          offers: [
            offer(),
            offer({ number: '4', departure: '07:30', total: 3_000_000, duration: 770 }),
          ],
          carriers: [
            {
              carrier: 'KTZ',
              demo: true,
              outcome: { outcome: 'answered', offers: 2, elapsed_ms: 5 },
            },
            {
              carrier: 'FS',
              demo: true,
              outcome: {
                outcome: 'failed',
                code: 'timeout',
                message: 'too slow',
                elapsed_ms: 10_000,
              },
            },
            { carrier: 'KC', demo: true, outcome: { outcome: 'no_route' } },
          ],
        } satisfies SearchResults;
      },
    });
    await pick('From', 'Tselinograd', 'RASTNZ');
    await pick('To', 'Alm', 'RALM2');
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('2 offers');
    const statuses = [...document.querySelectorAll('[data-test="carrier-status"]')].map((s) =>
      s.textContent?.trim(),
    );
    expect(statuses.some((s) => s?.startsWith('KTZ: 2 trips'))).toBe(true);
    expect(statuses.some((s) => s?.startsWith('FS did not answer in time'))).toBe(true);
    expect(statuses.some((s) => s?.includes('KC'))).toBe(false);
    const trips = () =>
      [...document.querySelectorAll('[data-test="offer"]')].map((o) => o.getAttribute('data-trip'));
    expect(trips()).toEqual(['4', '10']);
    await fireEvent.change(
      document.querySelector('[data-test="search-sort"]') as HTMLSelectElement,
      { target: { value: 'duration' } },
    );
    expect(trips()).toEqual(['10', '4']);
  });

  it('says when nothing runs, and refuses a search without places', async () => {
    await openSearch({
      search_trips: () =>
        ({
          from: ['RASTNZ'],
          to: ['RALM2'],
          offers: [],
          carriers: [
            {
              carrier: 'KTZ',
              demo: true,
              outcome: { outcome: 'answered', offers: 0, elapsed_ms: 5 },
            },
          ],
        }) satisfies SearchResults,
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert').textContent).toBe('Say where from and where to.');
    await pick('From', 'Tselinograd', 'RASTNZ');
    await pick('To', 'Alm', 'RALM2');
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('No trips on this date. Try another date or nearby stations.');
  });

  it('goes to the booking with the offer chosen', async () => {
    await openSearch({
      search_trips: () =>
        ({
          from: ['RASTNZ'],
          to: ['RALM2'],
          offers: [offer()],
          carriers: [
            {
              carrier: 'KTZ',
              demo: true,
              outcome: { outcome: 'answered', offers: 1, elapsed_ms: 5 },
            },
          ],
        }) satisfies SearchResults,
      seat_map: () => ({ trip_id: 'x', carriages: [] }),
    });
    await pick('From', 'Tselinograd', 'RASTNZ');
    await pick('To', 'Alm', 'RALM2');
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const choose = await screen.findByRole('button', { name: 'Choose' });
    await fireEvent.click(choose);
    await waitFor(() => expect(nav.route.name).toBe('book'));
  });
});
