import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import App from '../App.svelte';
import type { Page, TicketRow } from '../lib/bindings';

const NBSP = '\u00a0';

function row(overrides: Partial<TicketRow> = {}): TicketRow {
  return {
    booking_id: '0190f5a2-7c1e-7a3b-9e21-4b5d6c7e8f90',
    reference: 'KTZ7Q2',
    carrier: 'KTZ',
    ticket_number: '70012345678901',
    status: 'issued',
    passenger: 'ZHUMABAYEV Nurlan',
    mode: 'rail',
    trip_number: '002Ц',
    from_code: 'ALA2',
    from_name: 'Almaty-2',
    to_code: 'NQZ',
    to_name: 'Astana Nurly Zhol',
    departure_utc: '2026-12-01T16:40:00Z',
    departure_zone: 'Asia/Almaty',
    departure_local: '2026-12-01 21:40',
    arrival_utc: '2026-12-02T07:10:00Z',
    arrival_zone: 'Asia/Almaty',
    arrival_local: '2026-12-02 12:10',
    service_class: 'coupe',
    carriage: '5',
    seat: '12',
    berth: 'upper',
    total_tiyn: 1_234_500,
    delay_minutes: 0,
    platform: null,
    ...overrides,
  };
}

interface Call {
  past: boolean;
  offset: number;
  limit: number;
}

/** Answers `list_tickets` like the app would, over `count` upcoming and `pastCount` past tickets. */
function wallet(count: number, pastCount = 0): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, payload) => {
    if (cmd !== 'list_tickets') throw new Error(`unexpected command ${cmd}`);
    const call = payload as unknown as Call;
    calls.push(call);
    const total = call.past ? pastCount : count;
    const items = Array.from(
      { length: Math.max(0, Math.min(call.limit, total - call.offset)) },
      (_, i) =>
        row({
          ticket_number: `7001${call.offset + i}`,
          passenger: `PASSENGER ${call.offset + i + 1}`,
          status: call.past ? 'used' : 'issued',
        }),
    );
    const page: Page<TicketRow> = { items, total, offset: call.offset };
    return page;
  });
  return calls;
}

describe('the wallet screen', () => {
  it('lists upcoming tickets with everything a passenger checks', async () => {
    const calls = wallet(1);
    render(App);
    const card = await screen.findByRole('article');
    const text = card.textContent ?? '';
    expect(within(card).getByRole('heading').textContent).toContain('Almaty-2');
    expect(text).toContain('Astana Nurly Zhol');
    expect(text).toContain('Train');
    expect(text).toContain('Trip 002Ц');
    expect(text).toContain('21:40');
    expect(text).toContain('1 Dec 2026');
    expect(text).toContain('UTC+05:00');
    expect(text).toContain('Asia/Almaty');
    expect(text).toContain('PASSENGER 1');
    expect(text).toContain('Car 5, seat 12');
    expect(text).toContain('upper berth');
    expect(text).toContain('Issued');
    expect(text).toContain(`12,345${NBSP}₸`);
    expect(calls[0]).toEqual({ past: false, offset: 0, limit: 20 });
  });

  it('shows a bus ticket without a seat and a delayed flight with its gate', async () => {
    mockIPC(() => {
      const items = [
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
      ];
      return { items, total: 2, offset: 0 } satisfies Page<TicketRow>;
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
    expect(calls.at(-1)).toEqual({ past: true, offset: 0, limit: 20 });
  });

  it('pages through a long wallet', async () => {
    const calls = wallet(45);
    render(App);
    expect(await screen.findAllByRole('article')).toHaveLength(20);
    expect(screen.getByText('1–20 of 45')).toBeTruthy();
    expect(screen.getByText('45 tickets')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('21–40 of 45')).toBeTruthy();
    expect(calls.at(-1)).toEqual({ past: false, offset: 20, limit: 20 });
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('41–45 of 45')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('button', { name: /Next/ })).toHaveProperty('disabled', true);
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

  it('speaks Russian and Kazakh, with their money format and plurals', async () => {
    wallet(2);
    render(App);
    await screen.findAllByRole('article');
    await fireEvent.click(screen.getByLabelText('Русский'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мои билеты');
    expect(screen.getByText('2 билета')).toBeTruthy();
    // Exact text: the default matcher would turn the no-break spaces into plain ones.
    const exact = { normalizer: (text: string) => text.trim() };
    expect(screen.getAllByText(`12${NBSP}345${NBSP}₸`, exact)).toHaveLength(2);
    expect(screen.getAllByText('Оформлен')).toHaveLength(2);
    expect(document.documentElement.lang).toBe('ru');
    await fireEvent.click(screen.getByLabelText('Қазақша'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Менің билеттерім');
    expect(screen.getAllByText('Пойыз').length).toBeGreaterThan(0);
    expect(localStorage.getItem('sapar.lang')).toBe('kk');
  });
});
