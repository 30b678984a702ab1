import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { Booking, ExchangeOffer, ExchangePreview, FoundOffer } from '../lib/bindings';
import { nav, type ExchangeTarget } from '../lib/nav.svelte';
import { detail, row } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const NBSP = '\u00a0';

const TARGET: ExchangeTarget = {
  key: '70012345678901',
  carrier: 'KTZ',
  from: 'RALM2',
  to: 'RASTNZ',
  date: '2026-12-01',
  bookingId: row().booking_id,
  ticketNumber: '70012345678901',
};

/** Train 010Ц two days later, coupe: the trip picked to exchange for. */
const NEW_TRIP: FoundOffer['offer']['trip'] = {
  id: 'ktz-010-20261203',
  number: '010Ц',
  mode: 'rail',
  carrier: 'KTZ',
  vehicle: 'Talgo',
  from: { code: 'RALM2', name: 'Almaty-2' },
  to: { code: 'RASTNZ', name: 'Astana Nurly Zhol' },
  departure: { utc: '2026-12-03T13:05:00Z', local: '2026-12-03T18:05:00', zone: 'Asia/Almaty' },
  arrival: { utc: '2026-12-04T02:55:00Z', local: '2026-12-04T07:55:00', zone: 'Asia/Almaty' },
  duration_minutes: 830,
  stops: [],
  status: 'scheduled',
  delay_minutes: 0,
  platform: null,
};

const OFFER: FoundOffer = {
  number: 3,
  carrier: 'KTZ',
  carrier_names: [
    'Қазақстан темір жолы',
    'Казахстанские железные дороги',
    'Kazakhstan Temir Zholy',
  ],
  demo: true,
  offer: {
    id: 'of-010-coupe',
    expires_at: '2026-11-24T10:30:00Z',
    trip: NEW_TRIP,
    service_class: 'coupe',
    service_class_name: { kk: 'Купе', ru: 'Купе', en: 'Coupe' },
    fare: 'standard',
    fare_name: { kk: 'Стандарт', ru: 'Стандарт', en: 'Standard' },
    prices: [],
    total: 1_456_000,
    seats_left: 12,
    seat_selection: true,
    conditions: [],
  },
};

function priced(overrides: Partial<ExchangeOffer> = {}): ExchangeOffer {
  return {
    id: 'xo-1',
    booking_reference: 'KTZ7Q2',
    tickets: ['70012345678901'],
    new_trip: NEW_TRIP,
    service_class: 'coupe',
    fare: 'standard',
    old_value: 1_210_900,
    new_price: 1_456_000,
    fee: 50_000,
    to_pay: 295_100,
    to_refund: 0,
    expires_at: '2026-11-24T10:30:00Z',
    ...overrides,
  };
}

function preview(offer: ExchangeOffer | null = priced()): ExchangePreview {
  return {
    carrier: 'KTZ',
    reference: 'KTZ7Q2',
    tickets: ['70012345678901'],
    offer,
    rules_fee: 50_000,
    unreachable: offer ? null : 'KTZ cannot be reached now: connection refused',
  };
}

/** The booking after the exchange: the old ticket exchanged, a new one on 010Ц. */
const EXCHANGED: Booking = {
  id: row().booking_id,
  reference: 'KTZ7Q2',
  carrier: 'KTZ',
  segments: [
    {
      mode: 'rail',
      carrier: 'KTZ',
      trip_number: '002Ц',
      from: { code: 'RALM2', name: 'Almaty-2', zone: 'Asia/Almaty' },
      to: { code: 'RASTNZ', name: 'Astana Nurly Zhol', zone: 'Asia/Almaty' },
      departure: { utc: '2026-12-01T16:40:00Z', zone: 'Asia/Almaty' },
      arrival: { utc: '2026-12-02T07:10:00Z', zone: 'Asia/Almaty' },
      service_class: 'coupe',
      fare: 'standard',
      delay_minutes: 0,
      platform: null,
    },
    {
      mode: 'rail',
      carrier: 'KTZ',
      trip_number: '010Ц',
      from: { code: 'RALM2', name: 'Almaty-2', zone: 'Asia/Almaty' },
      to: { code: 'RASTNZ', name: 'Astana Nurly Zhol', zone: 'Asia/Almaty' },
      departure: { utc: '2026-12-03T13:05:00Z', zone: 'Asia/Almaty' },
      arrival: { utc: '2026-12-04T02:55:00Z', zone: 'Asia/Almaty' },
      service_class: 'coupe',
      fare: 'standard',
      delay_minutes: 0,
      platform: null,
    },
  ],
  passengers: [],
  tickets: [
    {
      number: '70012345678901',
      passenger: 0,
      segment: 0,
      seat: null,
      price: { items: [] },
      status: 'exchanged',
      token: null,
    },
    {
      number: '70012345679999',
      passenger: 0,
      segment: 1,
      seat: { carriage: '7', seat: '21', berth: 'lower' },
      price: { items: [{ kind: 'fare', amount: 1_456_000 }] },
      status: 'issued',
      token: null,
    },
  ],
  purchase: { channel: 'sapar', label: 'Sapar (demo carrier, not a real ticket)' },
  created_at: '2026-11-20T09:12:00Z',
  contact_email: null,
};

async function openExchange(handlers: Record<string, Handler>) {
  const calls = fakeSapar({
    ticket_detail: () => detail(),
    mail_server: () => null,
    exchange: () => EXCHANGED,
    ...handlers,
  });
  nav.go({ name: 'exchange', target: TARGET, offer: OFFER });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Exchange of ticket 70012345678901' });
  return calls;
}

/** The amount the quote shows under `label`. */
function sum(label: string): string | null | undefined {
  return within(quotePanel()).getByText(label).nextElementSibling?.textContent;
}

function quotePanel(): HTMLElement {
  const found = document.querySelector<HTMLElement>('[data-test="exchange-quote"]');
  if (!found) throw new Error('no quote shown');
  return found;
}

/** Types a card, the expiry without its slash (the field puts it in). */
async function typeCard(number: string): Promise<void> {
  await fireEvent.input(await screen.findByLabelText('Card number'), {
    target: { value: number },
  });
  await fireEvent.input(screen.getByLabelText('Expiry (MM/YY)'), { target: { value: '1239' } });
  await fireEvent.input(screen.getByLabelText('Security code'), { target: { value: '123' } });
  await fireEvent.input(screen.getByLabelText('Name on the card'), {
    target: { value: 'NURLAN ZHUMABAYEV' },
  });
}

/** The problems shown under the card fields, by field. */
function fieldErrors(): Record<string, string> {
  const shown = document.querySelectorAll<HTMLElement>('[data-test="field-error"]');
  return Object.fromEntries(
    [...shown].map((e) => [e.dataset.field ?? '', e.textContent?.trim() ?? '']),
  );
}

describe('the exchange screen', () => {
  it('shows both trips and what the exchange costs before anything is done', async () => {
    const calls = await openExchange({ exchange_quote: () => preview() });
    await waitFor(quotePanel);
    expect(callsOf(calls, 'exchange_quote')).toEqual([{ key: '70012345678901', to: OFFER }]);
    const old = screen.getByRole('article', { name: 'Your trip now' });
    expect(old.textContent).toContain('Train 002Ц');
    expect(old.textContent).toContain('21:40');
    expect(old.textContent).toContain('1 Dec 2026');
    const fresh = screen.getByRole('article', { name: /New trip/ });
    expect(fresh.textContent).toContain('Train 010Ц');
    expect(fresh.textContent).toContain('18:05');
    expect(fresh.textContent).toContain('3 Dec 2026');
    expect(fresh.textContent).toContain('UTC+05:00');
    expect(fresh.textContent).toContain('Demo');
    expect(sum('Your ticket counts for')).toBe(`12,109${NBSP}₸`);
    expect(sum('The new trip costs')).toBe(`14,560${NBSP}₸`);
    expect(sum('Re-issue fee')).toBe(`500${NBSP}₸`);
    expect(sum('To pay')).toBe(`2,951${NBSP}₸`);
    expect(within(quotePanel()).queryByText('Back to your card')).toBeNull();
    expect(quotePanel().textContent).toContain('The carrier holds this price until');
    expect(callsOf(calls, 'exchange')).toEqual([]);
  });

  it('asks for a card when the new trip costs more, then opens the new ticket', async () => {
    const calls = await openExchange({ exchange_quote: () => preview() });
    const demo = await screen.findByRole('complementary', { name: 'Demo carrier: test cards' });
    expect(demo.textContent).toContain('4242 4242 4242 4242 — approved');
    expect(demo.textContent).toContain('4000 0000 0000 0002 — declined');
    expect(demo.textContent).not.toContain('confirmation code');
    const confirm = screen.getByRole('button', { name: `Pay 2,951${NBSP}₸ and exchange` });
    expect(confirm.getAttribute('data-test')).toBe('exchange-confirm');
    await fireEvent.click(confirm);
    const number = screen.getByLabelText('Card number');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(number);
    expect(fieldErrors()).toEqual({
      'card/number': 'Write the card number.',
      'card/expiry': 'Write the month and year as on the card, e.g. 09/28.',
      'card/cvc': 'The security code has 3 or 4 digits.',
      'card/holder': 'Write the name as on the card.',
    });
    expect(callsOf(calls, 'exchange')).toEqual([]);

    await typeCard('4242424242424242');
    expect(number).toHaveProperty('value', '4242 4242 4242 4242');
    expect(screen.getByLabelText('Expiry (MM/YY)')).toHaveProperty('value', '12/39');
    await fireEvent.click(confirm);
    await waitFor(() => expect(nav.route.name).toBe('ticket'));
    expect(nav.route).toEqual({
      name: 'ticket',
      bookingId: row().booking_id,
      ticketNumber: '70012345679999',
    });
    expect(callsOf(calls, 'exchange')).toEqual([
      {
        preview: preview(),
        card: {
          number: '4242424242424242',
          expiry_month: 12,
          expiry_year: 2039,
          cvc: '123',
          holder: 'NURLAN ZHUMABAYEV',
        },
      },
    ]);
  });

  it('catches a mistyped card number before asking the carrier', async () => {
    const calls = await openExchange({ exchange_quote: () => preview() });
    await typeCard('4242 4242 4242 4241');
    const confirm = screen.getByRole('button', { name: `Pay 2,951${NBSP}₸ and exchange` });
    await fireEvent.click(confirm);
    const number = screen.getByLabelText('Card number');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(number);
    expect(fieldErrors()).toEqual({
      'card/number': 'This card number has a typo: check it against the card.',
    });
    expect(callsOf(calls, 'exchange')).toEqual([]);

    await fireEvent.input(number, { target: { value: '4242 4242 4242 4242' } });
    await fireEvent.click(confirm);
    await waitFor(() => expect(nav.route.name).toBe('ticket'));
    expect(callsOf(calls, 'exchange')[0]?.card).toMatchObject({ number: '4242424242424242' });
  });

  it('gives the card fields the same handles as the payment step', async () => {
    await openExchange({ exchange_quote: () => preview() });
    await screen.findByLabelText('Card number');
    const handles = (label: string) => screen.getByLabelText(label).getAttribute('data-test');
    expect(handles('Card number')).toBe('card-number');
    expect(handles('Expiry (MM/YY)')).toBe('card-expiry');
    expect(handles('Security code')).toBe('card-cvc');
    expect(handles('Name on the card')).toBe('card-holder');
  });

  it('exchanges for a cheaper trip without a card, and says what comes back', async () => {
    const cheaper = priced({ new_price: 1_000_000, to_pay: 0, to_refund: 160_900 });
    const calls = await openExchange({ exchange_quote: () => preview(cheaper) });
    await waitFor(quotePanel);
    expect(sum('Back to your card')).toBe(`1,609${NBSP}₸`);
    expect(within(quotePanel()).queryByText('To pay')).toBeNull();
    expect(screen.queryByLabelText('Card number')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm exchange' }));
    await waitFor(() => expect(nav.route.name).toBe('ticket'));
    expect(callsOf(calls, 'exchange')).toEqual([{ preview: preview(cheaper), card: null }]);
  });

  it('explains that an exchange needs the carrier online, and asks again', async () => {
    let online = false;
    const calls = await openExchange({
      exchange_quote: () => (online ? preview() : preview(null)),
    });
    await waitFor(quotePanel);
    expect(quotePanel().textContent).toContain('An exchange needs the carrier online');
    expect(quotePanel().textContent).toContain(`the re-issue fee is 500${NBSP}₸`);
    expect(document.querySelector('[data-test="exchange-confirm"]')).toBeNull();
    online = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Ask again' }));
    expect(await screen.findByRole('button', { name: /and exchange$/ })).toBeTruthy();
    expect(callsOf(calls, 'exchange_quote')).toHaveLength(2);
  });

  it('quotes the rule that closes exchanges', async () => {
    await openExchange({
      exchange_quote: () => {
        throw {
          code: 'exchange_closed',
          message: 'fare standard: online exchanges close 60 minutes before departure',
        };
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('can no longer be exchanged online');
    expect(alert.textContent).toContain('online exchanges close 60 minutes before departure');
    expect(document.querySelector('[data-test="exchange-confirm"]')).toBeNull();
  });

  it('stays on the quote when the carrier drops out at the last step', async () => {
    await openExchange({
      exchange_quote: () => preview(priced({ to_pay: 0, to_refund: 0 })),
      exchange: () => {
        throw { code: 'offline', message: 'KTZ cannot be reached now' };
      },
    });
    await fireEvent.click(await screen.findByRole('button', { name: 'Confirm exchange' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The carrier cannot be reached now.');
    expect(nav.route.name).toBe('exchange');
    expect(screen.getByText('Nothing to pay and nothing back.')).toBeTruthy();
  });
});
