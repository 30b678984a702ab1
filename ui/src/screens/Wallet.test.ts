import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import App from '../App.svelte';
import type { Page, TicketRow } from '../lib/bindings';
import { detail, row } from '../testing/fixtures';
import { callsOf, fakeSapar } from '../testing/ipc';

const NBSP = '\u00a0';

interface ListArgs {
  past: boolean;
  offset: number;
  limit: number;
}

/** The i-th ticket of a wallet: one passenger on a train leaving a day after the last. */
function nth(i: number, past: boolean): TicketRow {
  const day = String((i % 28) + 1).padStart(2, '0');
  return row({
    ticket_number: `7001${i}`,
    passenger: `PASSENGER ${i + 1}`,
    status: past ? 'used' : 'issued',
    trip_number: `${(i % 90) + 1}Т`,
    departure_utc: `2026-12-${day}T16:40:00Z`,
    departure_local: `2026-12-${day} 21:40`,
  });
}

/** A wallet of `count` upcoming and `pastCount` past tickets, each on its own trip. */
function wallet(count: number, pastCount = 0, extra: Record<string, (a: never) => unknown> = {}) {
  return fakeSapar({
    list_tickets: (args) => {
      const { past, offset, limit } = args as unknown as ListArgs;
      const total = past ? pastCount : count;
      const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
        nth(offset + i, past),
      );
      return { items, total, offset } satisfies Page<TicketRow>;
    },
    ...(extra as Record<string, (a: Record<string, unknown>) => unknown>),
  });
}

describe('the wallet screen', () => {
  it('shows a trip with everything a passenger checks', async () => {
    const calls = wallet(1);
    render(App);
    const card = await screen.findByRole('article');
    const text = card.textContent ?? '';
    expect(within(card).getByRole('heading').textContent).toContain('Almaty-2');
    expect(text).toContain('Astana Nurly Zhol');
    expect(text).toContain('Train');
    expect(text).toContain('Trip 1Т');
    expect(text).toContain('21:40');
    expect(text).toContain('1 Dec 2026');
    expect(text).toContain('UTC+05:00');
    expect(text).toContain('Asia/Almaty');
    expect(text).toContain('12:10');
    expect(text).toContain('PASSENGER 1');
    expect(text).toContain('Car 5, seat 12');
    expect(text).toContain('upper berth');
    expect(text).toContain('Issued');
    expect(text).toContain(`12,345${NBSP}₸`);
    expect(callsOf(calls, 'list_tickets')[0]).toEqual({ past: false, offset: 0, limit: 20 });
  });

  it('groups the tickets of one trip into one card with a line per passenger', async () => {
    fakeSapar({
      list_tickets: () => ({
        items: [
          row({ passenger: 'ZHUMABAYEVA AIGERIM', ticket_number: '1', seat: '17' }),
          row({ passenger: 'ZHUMABAYEV ALIKHAN', ticket_number: '2', seat: '18' }),
          row({ passenger: 'OTHER TRAVELLER', ticket_number: '3', trip_number: '10Ц' }),
        ],
        total: 3,
        offset: 0,
      }),
    });
    render(App);
    const [family, other] = await screen.findAllByRole('article');
    expect(family?.textContent).toContain('2 passengers');
    expect(within(family!).getAllByRole('listitem')).toHaveLength(2);
    expect(family?.textContent).toContain('AIGERIM');
    expect(family?.textContent).toContain('ALIKHAN');
    expect(other?.textContent).toContain('1 passenger');
    expect(other?.textContent).toContain('Trip 10Ц');
  });

  it('shows a bus ticket without a seat and a delayed flight with its gate', async () => {
    fakeSapar({
      list_tickets: () => ({
        items: [
          row({ mode: 'bus', status: 'held', carriage: null, seat: null, berth: null }),
          row({
            ticket_number: '4652412345678',
            mode: 'air',
            trip_number: 'KC852',
            carriage: null,
            seat: '12A',
            berth: null,
            delay_minutes: 25,
            platform: '7',
          }),
        ],
        total: 2,
        offset: 0,
      }),
    });
    render(App);
    const [bus, flight] = await screen.findAllByRole('article');
    expect(bus?.textContent).toContain('Bus');
    expect(bus?.textContent).toContain('Any free seat');
    expect(bus?.textContent).toContain('Held');
    expect(flight?.textContent).toContain('Flight');
    expect(flight?.textContent).toContain('12A');
    expect(flight?.textContent).toContain('Delayed by 25 min');
    expect(flight?.textContent).toContain('Gate 7');
  });

  it('says so when the wallet is empty', async () => {
    wallet(0);
    render(App);
    expect(await screen.findByText(/Your wallet is empty/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('switches to past trips', async () => {
    const calls = wallet(0, 2);
    render(App);
    await screen.findByText(/Your wallet is empty/);
    await fireEvent.click(screen.getByLabelText('Past'));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByText('Used')).toHaveLength(2);
    expect(callsOf(calls, 'list_tickets').at(-1)).toEqual({ past: true, offset: 0, limit: 20 });
  });

  it('pages through a long wallet', async () => {
    const calls = wallet(45);
    render(App);
    expect(await screen.findAllByRole('article')).toHaveLength(20);
    expect(screen.getByText('1–20 of 45')).toBeTruthy();
    expect(screen.getByText('45 tickets')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('21–40 of 45')).toBeTruthy();
    expect(callsOf(calls, 'list_tickets').at(-1)).toEqual({ past: false, offset: 20, limit: 20 });
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('41–45 of 45')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('button', { name: /Next/ })).toHaveProperty('disabled', true);
  });

  it('searches every ticket, past and upcoming, and goes back to the list when cleared', async () => {
    const calls = wallet(3, 0, {
      search_tickets: (args: { text: string }) =>
        args.text === 'ZHUMABAYEV' ? [row({ passenger: 'ZHUMABAYEV Nurlan' }), nth(7, true)] : [],
    });
    render(App);
    await screen.findAllByRole('article');
    const box = screen.getByRole('searchbox', { name: 'Search all tickets' });
    await fireEvent.input(box, { target: { value: 'ZHUMABAYEV' } });
    expect(await screen.findByText('2 tickets found')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(callsOf(calls, 'search_tickets').at(-1)).toEqual({ text: 'ZHUMABAYEV', limit: 200 });
    await fireEvent.input(box, { target: { value: 'nobody' } });
    expect(await screen.findByText('No ticket matches “nobody”.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(await screen.findByText('3 tickets')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('moves a booking to the bin and brings it back with Undo', async () => {
    let binned = false;
    const calls = fakeSapar({
      list_tickets: () => ({ items: binned ? [] : [row()], total: binned ? 0 : 1, offset: 0 }),
      remove_booking: () => {
        binned = true;
        return null;
      },
      restore_booking: () => {
        binned = false;
        return null;
      },
    });
    render(App);
    await screen.findByRole('article');
    await fireEvent.click(screen.getByRole('button', { name: 'Move booking KTZ7Q2 to the bin' }));
    const note = await screen.findByText('Booking KTZ7Q2 moved to the bin.');
    expect(await screen.findByText(/Your wallet is empty/)).toBeTruthy();
    expect(callsOf(calls, 'remove_booking')).toEqual([{ key: row().booking_id }]);
    await fireEvent.click(within(note.parentElement!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Booking KTZ7Q2 is back in the wallet.')).toBeTruthy();
    expect(await screen.findByRole('article')).toBeTruthy();
    expect(callsOf(calls, 'restore_booking')).toEqual([{ key: row().booking_id }]);
  });

  it('opens a ticket and comes back to the same page', async () => {
    const calls = wallet(45, 0, {
      ticket_detail: () => detail({ row: nth(21, false) }),
      mail_server: () => null,
    });
    render(App);
    await screen.findAllByRole('article');
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByText('21–40 of 45');
    await fireEvent.click(screen.getByRole('button', { name: /PASSENGER 22/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Almaty-2/ })).toBeTruthy();
    expect(screen.getByText('Ticket 700121')).toBeTruthy();
    // Read once, before the screen changed: no "loading" step, no second read.
    expect(callsOf(calls, 'ticket_detail')).toEqual([
      { bookingId: row().booking_id, ticketNumber: '700121' },
    ]);
    await fireEvent.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(await screen.findByText('21–40 of 45')).toBeTruthy();
  });

  it('still opens the ticket screen, with the error explained, when reading fails', async () => {
    const calls = wallet(1, 0, {
      ticket_detail: () => {
        throw { code: 'not_found', message: 'gone' };
      },
    });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: /PASSENGER 1/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was found.');
    expect(screen.getByRole('button', { name: /Back to tickets/ })).toBeTruthy();
    expect(callsOf(calls, 'ticket_detail')).toHaveLength(2);
  });

  it('explains an error by its code and can try again', async () => {
    let fail = true;
    mockIPC(() => {
      if (fail) {
        throw { code: 'newer_wallet', message: 'wallet schema 9 is newer than this Sapar (7)' };
      }
      return { items: [row()], total: 1, offset: 0 } satisfies Page<TicketRow>;
    });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('saved by a newer version of Sapar');
    expect(alert.textContent).toContain('newer_wallet');
    fail = false;
    await fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('falls back to a general message for an error it does not know', async () => {
    mockIPC(() => {
      throw 'command list_tickets not allowed';
    });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sapar could not do this');
  });

  it('speaks Russian and Kazakh, with their money format, plurals and place names', async () => {
    fakeSapar({
      place_names: () => [
        { code: 'RALM2', names: { kk: 'Алматы-2', ru: 'Алматы-2', en: 'Almaty-2' } },
        {
          code: 'RASTNZ',
          names: { kk: 'Астана Нұрлы жол', ru: 'Астана Нурлы Жол', en: 'Astana Nurly Zhol' },
        },
      ],
      list_tickets: () => ({
        items: [row({ ticket_number: '1' }), row({ ticket_number: '2' })],
        total: 2,
        offset: 0,
      }),
    });
    render(App);
    await screen.findAllByRole('article');
    await fireEvent.click(screen.getByLabelText('Русский'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мои билеты');
    expect(screen.getByText('2 билета')).toBeTruthy();
    expect(screen.getByText('2 пассажира')).toBeTruthy();
    // Exact text: the default matcher would turn the no-break spaces into plain ones.
    const exact = { normalizer: (text: string) => text.trim() };
    expect(screen.getAllByText(`12${NBSP}345${NBSP}₸`, exact)).toHaveLength(2);
    expect(screen.getAllByText('Оформлен')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Проверка' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    await fireEvent.click(screen.getByLabelText('Қазақша'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Менің билеттерім');
    expect(screen.getAllByText('Пойыз').length).toBeGreaterThan(0);
    expect(screen.getByRole('article').textContent).toContain('Астана Нұрлы жол');
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toContain('ЖСН');
    await waitFor(() => expect(localStorage.getItem('sapar.lang')).toBe('kk'));
  });
});
