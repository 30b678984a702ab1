import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type {
  Booking,
  FoundOffer,
  HeldSeats,
  Passenger,
  PassengerReview,
  PriceBreakdown,
  Purchase,
  SeatInfo,
  SeatMap,
} from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { detail, row } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const NBSP = '\u00a0';
const MINUTE = 60_000;

/** Valid IINs (from the domain's IIN tests) and the birth dates they hold. */
const IINS: Record<string, string> = {
  '900101301233': '1990-01-01',
  '850715402452': '1985-07-15',
};

const UNIT: PriceBreakdown = {
  items: [
    { kind: 'fare', amount: 1_250_000 },
    { kind: 'reserved_seat', amount: 860_000 },
    { kind: 'sale_fee', amount: 23_600 },
  ],
};

/** KTZ's Talgo 10, Astana → Almaty-2 overnight, coupe, for two adults. */
function talgoOffer(): FoundOffer {
  return {
    number: 1,
    carrier: 'KTZ',
    carrier_names: [
      'Қазақстан темір жолы',
      'Казахстанские железные дороги',
      'Kazakhstan Temir Zholy',
    ],
    demo: true,
    offer: {
      id: 'KTZ-10-20261201-coupe-std',
      expires_at: new Date(Date.now() + 30 * MINUTE).toISOString(),
      trip: {
        id: 'KTZ-10-2026-12-01',
        number: '10',
        mode: 'rail',
        carrier: 'KTZ',
        vehicle: 'Talgo',
        from: { code: 'RASTNZ', name: 'Astana Nurly Zhol' },
        to: { code: 'RALM2', name: 'Almaty-2' },
        departure: {
          utc: '2026-12-01T14:40:00Z',
          local: '2026-12-01T19:40:00',
          zone: 'Asia/Almaty',
        },
        arrival: { utc: '2026-12-02T03:05:00Z', local: '2026-12-02T08:05:00', zone: 'Asia/Almaty' },
        duration_minutes: 745,
        stops: [],
        status: 'scheduled',
        delay_minutes: 0,
        platform: null,
      },
      service_class: 'coupe',
      service_class_name: { kk: 'Купе', ru: 'Купе', en: 'Coupe' },
      fare: 'ktz-standard',
      fare_name: { kk: 'Стандарт', ru: 'Стандартный', en: 'Standard' },
      prices: [{ category: 'adult', count: 2, unit: UNIT }],
      total: 4_267_200,
      seats_left: 61,
      seat_selection: true,
      conditions: [],
    },
  };
}

/** Coupe berths 1-36 (odd lower, even upper), the `taken` ones held or sold. */
function coupe(number: string, taken: number[]): SeatMap['carriages'][number] {
  const seats: SeatInfo[] = Array.from({ length: 36 }, (_, i) => ({
    number: String(i + 1),
    berth: i % 2 === 0 ? 'lower' : 'upper',
    available: !taken.includes(i + 1),
    price_difference: 0,
    features: [],
  }));
  return {
    number,
    service_class: 'coupe',
    service_class_name: { kk: 'Купе', ru: 'Купе', en: 'Coupe' },
    seats,
  };
}

function seatMap(takenInFive: number[] = [1, 2, 5, 6, 9]): SeatMap {
  const lux = { ...coupe('1', []), service_class: 'lux' };
  return {
    trip_id: 'KTZ-10-2026-12-01',
    carriages: [lux, coupe('4', [1, 2, 3, 4]), coupe('5', takenInFive)],
  };
}

/** A fake of Sapar's passenger check: the few rules these tests need. */
function reviewOf(args: Record<string, unknown>): PassengerReview {
  const passengers = args.passengers as Passenger[];
  const problems = passengers.flatMap((p, i) => {
    const at = (field: string, reason: string, message: string) => ({
      field: `passengers/${i}/${field}`,
      reason,
      message,
    });
    const found = [];
    if (!p.surname) found.push(at('surname', 'surname_missing', 'the surname is missing'));
    if (!p.document_number) {
      found.push(
        at('document_number', 'document_number_missing', 'the document number is missing'),
      );
    }
    if (!p.iin) found.push(at('iin', 'iin_missing', 'the IIN is required'));
    else if (!IINS[p.iin]) {
      found.push(at('iin', 'iin_invalid', "the IIN's check digit should be 3, not 4"));
    }
    return found;
  });
  const born = passengers.map((p) => IINS[p.iin ?? ''] ?? null);
  return {
    problems,
    categories: passengers.map((p, i) => (p.birth_date || born[i] ? 'adult' : null)),
    iin_birth_dates: born,
    // The one mistyped IIN these tests use: its last digit should be 3.
    iin_errors: passengers.map((p) =>
      p.iin && !IINS[p.iin] ? { reason: 'wrong_check_digit', expected: 3, found: 4 } : null,
    ),
  };
}

function heldFor(args: Record<string, unknown>): HeldSeats {
  const passengers = args.passengers as Passenger[];
  const seats = args.seats as { passenger: number; carriage: string; seat: string }[];
  return {
    carrier: 'KTZ',
    demo: true,
    hold: {
      id: 'hold-7f3a',
      status: 'held',
      expires_at: new Date(Date.now() + 15 * MINUTE).toISOString(),
      trip: talgoOffer().offer.trip,
      service_class: 'coupe',
      fare: 'ktz-standard',
      passengers,
      items: passengers.map((_, i) => {
        const chosen = seats.find((s) => s.passenger === i);
        const number = chosen?.seat ?? String(21 + 2 * i);
        return {
          passenger: i,
          seat: { carriage: chosen?.carriage ?? '5', seat: number, berth: 'lower' as const },
          price: UNIT,
        };
      }),
      total: 4_267_200,
      booking_reference: null,
    },
  };
}

function purchaseOf(held: HeldSeats): Purchase {
  const trip = held.hold.trip;
  const booking: Booking = {
    id: '0190f5a2-7c1e-7a3b-9e21-4b5d6c7e8f90',
    reference: 'KTZ7Q2',
    carrier: 'KTZ',
    segments: [
      {
        mode: 'rail',
        carrier: 'KTZ',
        trip_number: '10',
        from: { code: 'RASTNZ', name: 'Astana Nurly Zhol', zone: 'Asia/Almaty' },
        to: { code: 'RALM2', name: 'Almaty-2', zone: 'Asia/Almaty' },
        departure: { utc: trip.departure.utc, zone: 'Asia/Almaty' },
        arrival: { utc: trip.arrival.utc, zone: 'Asia/Almaty' },
        service_class: 'coupe',
        fare: 'ktz-standard',
        delay_minutes: 0,
        platform: null,
      },
    ],
    passengers: held.hold.passengers,
    tickets: held.hold.items.map((item, i) => ({
      number: `7001234567890${i + 1}`,
      passenger: item.passenger,
      segment: 0,
      seat: item.seat,
      price: item.price,
      status: 'issued',
      token: null,
    })),
    purchase: { channel: 'sapar', label: 'Sapar (demo carrier, not a real ticket)' },
    created_at: '2026-11-28T07:00:00Z',
    contact_email: 'nurlan@example.kz',
  };
  return { purchase_id: booking.id, booking, outcome: 'added' };
}

/** Opens the booking screen of the Talgo offer with a fake Sapar behind it. */
async function openBook(handlers: Record<string, Handler> = {}) {
  const calls = fakeSapar({
    seat_map: () => seatMap(),
    review_passengers: reviewOf,
    hold_seats: heldFor,
    release_hold: () => null,
    pay: (args) => purchaseOf(args.held as HeldSeats),
    ticket_detail: (args) =>
      detail({ row: row({ ticket_number: String(args.ticketNumber), reference: 'KTZ7Q2' }) }),
    mail_server: () => null,
    ...handlers,
  });
  nav.go({ name: 'book', offer: talgoOffer() });
  render(App);
  await screen.findByRole('heading', { name: 'Choose seats' });
  return calls;
}

function step(): string | null {
  return document.querySelector('[data-test="book-step"]')?.getAttribute('data-step') ?? null;
}

function seatButton(carriage: string, number: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(
    `[data-test="seat"][data-carriage="${carriage}"][data-number="${number}"]`,
  );
  if (!found) throw new Error(`no seat ${number} in carriage ${carriage}`);
  return found;
}

function button(test: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(`[data-test="${test}"]`);
  if (!found) throw new Error(`no ${test}`);
  return found;
}

/** Carriage 5, berths 3 and 7 (both lower), then on to the passengers. */
async function pickTwoLowerBerths(): Promise<void> {
  await fireEvent.click(await screen.findByRole('tab', { name: /Carriage 5/ }));
  await fireEvent.click(seatButton('5', '3'));
  await fireEvent.click(seatButton('5', '7'));
  await fireEvent.click(button('seats-continue'));
  await screen.findByRole('heading', { name: 'Passengers' });
}

async function type(input: HTMLElement, value: string): Promise<void> {
  await fireEvent.input(input, { target: { value } });
  await fireEvent.blur(input);
}

/** Fills a passenger's form the way a person does, field by field. */
async function fillPassenger(
  index: number,
  p: { surname: string; given: string; document: string; iin: string },
): Promise<HTMLElement> {
  const form = document.querySelector<HTMLElement>(
    `[data-test="passenger"][data-index="${index}"]`,
  );
  if (!form) throw new Error(`no passenger ${index}`);
  const field = within(form);
  await type(field.getByLabelText('Surname'), p.surname);
  await type(field.getByLabelText('Given names'), p.given);
  await type(field.getByLabelText('Document number'), p.document);
  await type(field.getByLabelText('IIN'), p.iin);
  return form;
}

async function fillBoth(): Promise<void> {
  await fillPassenger(0, {
    surname: 'Zhumabayev',
    given: 'Nurlan',
    document: '043512378',
    iin: '900101301233',
  });
  await fillPassenger(1, {
    surname: 'Zhumabayeva',
    given: 'Aigerim',
    document: 'N12004871',
    iin: '850715402452',
  });
}

/** Seats, passengers, hold: the screen shows the payment step. */
async function reachPayment(): Promise<void> {
  await pickTwoLowerBerths();
  await fillBoth();
  await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
  await fireEvent.click(button('passengers-continue'));
  await screen.findByRole('heading', { name: 'Payment' });
}

async function typeCard(number: string): Promise<void> {
  await fireEvent.input(screen.getByLabelText('Card number'), { target: { value: number } });
  await fireEvent.input(screen.getByLabelText('Expiry (MM/YY)'), { target: { value: '0929' } });
  await fireEvent.input(screen.getByLabelText('Security code'), { target: { value: '123' } });
}

describe('the booking screen', () => {
  it('shows the trip at the side, marked as a demo', async () => {
    await openBook();
    const summary = screen.getByRole('complementary', { name: 'Your trip' });
    const text = summary.textContent ?? '';
    for (const expected of [
      'Kazakhstan Temir Zholy',
      'Demo',
      'Train',
      '10',
      'Talgo',
      '19:40',
      '08:05',
      'UTC+05:00',
      'Coupe',
      'Standard',
      '2 adults',
      `42,672${NBSP}₸`,
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('draws coupe compartments: taken berths cannot be pressed, two lower ones lead on', async () => {
    const calls = await openBook();
    expect(step()).toBe('seats');
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('data-number'))).toEqual(['4', '5']);
    await fireEvent.click(screen.getByRole('tab', { name: /Carriage 5/ }));
    expect(screen.getByRole('tab', { name: /Carriage 5/ }).getAttribute('aria-selected')).toBe(
      'true',
    );

    expect(seatButton('5', '1').disabled).toBe(true);
    expect(seatButton('5', '2').getAttribute('data-berth')).toBe('upper');
    const three = seatButton('5', '3');
    expect(three.disabled).toBe(false);
    expect(three.getAttribute('aria-label')).toBe(`Carriage 5, seat 3, lower berth, +0${NBSP}₸`);
    const compartment = screen.getByRole('group', { name: 'Compartment 1' });
    expect(
      within(compartment)
        .getAllByRole('button')
        .map((b) => b.dataset.number),
    ).toEqual(['1', '2', '3', '4']);

    await fireEvent.click(seatButton('5', '1'));
    expect(seatButton('5', '1').getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(three);
    expect(three.getAttribute('aria-pressed')).toBe('true');
    expect(button('seats-continue').disabled).toBe(true);
    await fireEvent.click(seatButton('5', '7'));
    expect(screen.getByText('Chosen: 2 of 2.', { exact: false })).toBeTruthy();

    await fireEvent.click(button('seats-continue'));
    await screen.findByRole('heading', { name: 'Passengers' });
    expect(step()).toBe('passengers');
    expect(document.querySelectorAll('[data-test="passenger"]')).toHaveLength(2);
    expect((callsOf(calls, 'seat_map')[0]?.offer as FoundOffer).offer.id).toBe(
      'KTZ-10-20261201-coupe-std',
    );
  });

  it('moves between free berths with the arrow keys', async () => {
    await openBook();
    await fireEvent.click(await screen.findByRole('tab', { name: /Carriage 5/ }));
    // Berths 1, 2, 5 and 6 are taken: Tab lands on 3, the first free one.
    const three = seatButton('5', '3');
    expect(three.tabIndex).toBe(0);
    expect(seatButton('5', '4').tabIndex).toBe(-1);
    three.focus();
    await fireEvent.keyDown(three, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(seatButton('5', '4'));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(seatButton('5', '7'));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(three);
    await fireEvent.keyDown(three, { key: 'Enter' });
    await fireEvent.click(three);
    expect(three.getAttribute('aria-pressed')).toBe('true');
  });

  it('lets the carrier choose the seats', async () => {
    const calls = await openBook();
    await fireEvent.click(button('seats-auto'));
    await screen.findByRole('heading', { name: 'Passengers' });
    await fillBoth();
    await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
    expect(callsOf(calls, 'review_passengers').at(-1)?.seats).toEqual([]);
  });

  it('explains a mistyped IIN under the IIN field and keeps Continue disabled', async () => {
    await openBook();
    await pickTwoLowerBerths();
    const form = await fillPassenger(0, {
      surname: 'Zhumabayev',
      given: 'Nurlan',
      document: '043512378',
      iin: '900101301234',
    });
    const error = await waitFor(() => {
      const found = form.querySelector('[data-test="field-error"][data-field="passengers/0/iin"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(error.textContent?.trim()).toBe('The last digit should be 3, not 4: check for a typo.');
    const iin = within(form).getByLabelText('IIN');
    expect(iin.getAttribute('aria-invalid')).toBe('true');
    expect(iin.getAttribute('aria-describedby')).toContain(error.id);
    expect(button('passengers-continue').disabled).toBe(true);
    // Fields of the second passenger, not visited yet, stay quiet until asked.
    expect(document.querySelectorAll('[data-field^="passengers/1/"]')).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what is missing' }));
    expect(document.querySelectorAll('[data-field^="passengers/1/"]').length).toBeGreaterThan(0);
  });

  it('fills a passenger in from someone booked before', async () => {
    await openBook({
      travellers: () => [
        {
          surname: 'ZHUMABAYEV',
          given_names: 'Nurlan',
          document_type: 'kz_id_card',
          document_number: '043512378',
          birth_date: '1990-01-01',
          iin: '900101301233',
        },
      ],
    });
    await pickTwoLowerBerths();
    const first = document.querySelector<HTMLElement>('[data-test="passenger"][data-index="0"]');
    const saved = within(first as HTMLElement).getByLabelText(
      'Fill in from someone booked before',
    ) as HTMLSelectElement;
    expect(saved.options[1]?.textContent).toContain('ZHUMABAYEV Nurlan');
    await fireEvent.change(saved, { target: { value: '0' } });
    const field = (label: string) =>
      (within(first as HTMLElement).getByLabelText(label) as HTMLInputElement).value;
    expect(field('Surname')).toBe('ZHUMABAYEV');
    expect(field('IIN')).toBe('900101301233');
    expect(field('Date of birth')).toBe('1990-01-01');
  });

  it('shows what the carrier refused next to its field', async () => {
    await openBook({
      hold_seats: () => {
        throw {
          code: 'invalid_passenger',
          message: 'the carrier refused a passenger',
          fields: [
            {
              field: 'passengers/1/document_number',
              reason: 'document_number_format',
              message: 'KTZ: the document number has 9 digits',
            },
          ],
        };
      },
    });
    await pickTwoLowerBerths();
    await fillBoth();
    await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
    await fireEvent.click(button('passengers-continue'));
    const refused = await waitFor(() => {
      const found = document.querySelector(
        '[data-test="field-error"][data-field="passengers/1/document_number"]',
      );
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(refused.textContent).toContain('KTZ: the document number has 9 digits');
    expect(step()).toBe('passengers');
  });

  it('holds valid passengers and shows the payment with the countdown', async () => {
    const calls = await openBook();
    await pickTwoLowerBerths();
    await fillBoth();
    const first = document.querySelector<HTMLElement>('[data-test="passenger"][data-index="0"]');
    const birth = within(first as HTMLElement).getByLabelText('Date of birth') as HTMLInputElement;
    await waitFor(() => expect(birth.value).toBe('1990-01-01'));
    expect(within(first as HTMLElement).getByText('Filled in from the IIN.')).toBeTruthy();
    expect(first?.querySelector('[data-test="category"]')?.textContent).toBe('Adult');
    await fireEvent.input(button('contact-email'), { target: { value: 'nurlan@example.kz' } });

    await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
    await fireEvent.click(button('passengers-continue'));
    await screen.findByRole('heading', { name: 'Payment' });

    const hold = callsOf(calls, 'hold_seats');
    expect(hold).toHaveLength(1);
    expect(hold[0]?.seats).toEqual([
      { passenger: 0, carriage: '5', seat: '3' },
      { passenger: 1, carriage: '5', seat: '7' },
    ]);
    expect(hold[0]?.contactEmail).toBe('nurlan@example.kz');
    expect((hold[0]?.passengers as Passenger[])[0]).toEqual({
      surname: 'ZHUMABAYEV',
      given_names: 'Nurlan',
      document_type: 'kz_id_card',
      document_number: '043512378',
      birth_date: '1990-01-01',
      iin: '900101301233',
      category: 'adult',
    });

    const countdown = button('hold-countdown');
    expect(within(countdown).getByRole('timer').textContent).toMatch(/^1[45]:\d\d$/);
    const seats = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(seats.some((r) => r.includes('ZHUMABAYEV Nurlan') && r.includes('seat 3'))).toBe(true);
    expect(screen.getByLabelText('Name on the card')).toHaveProperty('value', 'NURLAN ZHUMABAYEV');
    expect(screen.getByText('4242 4242 4242 4242')).toBeTruthy();
    expect(button('pay').textContent).toContain(`Pay 42,672${NBSP}₸`);
  });

  it('keeps what was typed when going back and forth', async () => {
    await openBook();
    await pickTwoLowerBerths();
    await fillBoth();
    await fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(seatButton('5', '7').getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(button('seats-continue'));
    await screen.findByRole('heading', { name: 'Passengers' });
    expect(screen.getAllByLabelText('Surname').map((i) => (i as HTMLInputElement).value)).toEqual([
      'Zhumabayev',
      'Zhumabayeva',
    ]);
  });

  it('checks the card number before paying, and says when the card is declined', async () => {
    const calls = await openBook({
      pay: () => {
        throw { code: 'payment_declined', message: 'the card was declined' };
      },
    });
    await reachPayment();
    await typeCard('4242 4242 4242 4241');
    await fireEvent.click(button('pay'));
    expect(
      screen.getByText('This card number has a typo: check it against the card.'),
    ).toBeTruthy();
    expect(callsOf(calls, 'pay')).toHaveLength(0);

    await typeCard('4000000000000002');
    expect((screen.getByLabelText('Card number') as HTMLInputElement).value).toBe(
      '4000 0000 0000 0002',
    );
    await fireEvent.click(button('pay'));
    const error = await waitFor(() => button('book-error'));
    expect(error.textContent).toContain(
      'The card was declined. Nothing was paid: try another card.',
    );
    expect(step()).toBe('payment');
    expect(screen.getByLabelText('Card number')).toHaveProperty('value', '4000 0000 0000 0002');
    expect(callsOf(calls, 'pay')[0]?.card).toEqual({
      number: '4000000000000002',
      expiry_month: 9,
      expiry_year: 2029,
      cvc: '123',
      holder: 'NURLAN ZHUMABAYEV',
    });
  });

  it('asks for the bank’s confirmation code and pays with it', async () => {
    let payments = 0;
    const calls = await openBook({
      pay: (args) => {
        payments += 1;
        if (args.confirmationCode !== '000000') {
          throw { code: 'payment_requires_confirmation', message: 'a code is needed' };
        }
        return purchaseOf(args.held as HeldSeats);
      },
    });
    await reachPayment();
    await typeCard('4000 0000 0000 3220');
    await fireEvent.click(button('pay'));
    const code = await screen.findByLabelText('Confirmation code');
    expect(code.getAttribute('data-test')).toBe('confirmation-code');
    expect(screen.getByText('Demo carrier: the code is 000000.')).toBeTruthy();
    await fireEvent.input(code, { target: { value: '000000' } });
    await fireEvent.click(button('pay'));
    await screen.findByRole('heading', { name: 'Your tickets are in the wallet' });
    expect(payments).toBe(2);
    expect(callsOf(calls, 'pay').map((c) => c.confirmationCode)).toEqual([null, '000000']);
  });

  it('pays once however fast Pay is pressed, then shows the tickets', async () => {
    const calls = await openBook();
    await reachPayment();
    await typeCard('4242424242424242');
    const pay = button('pay');
    const form = pay.form as HTMLFormElement;
    await Promise.all([fireEvent.click(pay), fireEvent.click(pay), fireEvent.submit(form)]);
    await screen.findByRole('heading', { name: 'Your tickets are in the wallet' });
    expect(callsOf(calls, 'pay')).toHaveLength(1);
    expect(step()).toBe('tickets');
    expect(button('booking-reference').textContent).toBe('KTZ7Q2');
    expect(screen.getByText('Demo ticket — nothing real was bought.')).toBeTruthy();
    const tickets = [...document.querySelectorAll<HTMLElement>('[data-test="bought-ticket"]')];
    expect(tickets.map((t) => t.dataset.ticket)).toEqual(['70012345678901', '70012345678902']);
    expect(tickets[0]?.textContent).toContain('ZHUMABAYEV Nurlan');
    expect(tickets[0]?.textContent).toContain('Carriage 5, seat 3, lower berth');
    expect(tickets[1]?.textContent).toContain('ZHUMABAYEVA Aigerim');
    // The first ticket's actions are open: save, print, send.
    await within(tickets[0] as HTMLElement).findByRole('button', { name: 'Save PDF…' });

    await fireEvent.click(
      within(tickets[1] as HTMLElement).getByRole('button', { name: 'Open in wallet' }),
    );
    expect(nav.route).toMatchObject({
      name: 'ticket',
      bookingId: '0190f5a2-7c1e-7a3b-9e21-4b5d6c7e8f90',
      ticketNumber: '70012345678902',
    });
  });

  it('sends back to the seats when one was taken meanwhile, and says which', async () => {
    let maps = 0;
    const calls = await openBook({
      seat_map: () => (maps++ === 0 ? seatMap() : seatMap([1, 2, 5, 6, 7, 9])),
      hold_seats: () => {
        throw { code: 'seat_taken', message: 'seat 7 of 5 is held or sold' };
      },
    });
    await pickTwoLowerBerths();
    await fillBoth();
    await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
    await fireEvent.click(button('passengers-continue'));
    await screen.findByRole('heading', { name: 'Choose seats' });
    const error = await waitFor(() => {
      expect(button('book-error').textContent).toContain('seat 7');
      return button('book-error');
    });
    expect(error.textContent?.trim()).toBe(
      'Someone else has just taken this seat: Carriage 5, seat 7, lower berth. Choose another one.',
    );
    expect(callsOf(calls, 'seat_map')).toHaveLength(2);
    expect(seatButton('5', '7').disabled).toBe(true);
    expect(seatButton('5', '3').getAttribute('aria-pressed')).toBe('true');
    expect(button('seats-continue').disabled).toBe(true);
  });

  it('offers to search again when the offer ran out', async () => {
    await openBook({
      hold_seats: () => {
        throw { code: 'offer_expired', message: 'the price guarantee ran out' };
      },
    });
    await pickTwoLowerBerths();
    await fillBoth();
    await waitFor(() => expect(button('passengers-continue').disabled).toBe(false));
    await fireEvent.click(button('passengers-continue'));
    const error = await waitFor(() => button('book-error'));
    expect(error.textContent).toContain('The price of this offer is no longer guaranteed.');
    await fireEvent.click(within(error).getByRole('button', { name: 'Search again' }));
    expect(nav.route.name).toBe('search');
  });

  it('explains a payment whose answer was lost, and does not let it be paid again', async () => {
    await openBook({
      pay: () => {
        throw { code: 'purchase_pending', message: 'the carrier did not answer' };
      },
    });
    await reachPayment();
    await typeCard('4242424242424242');
    await fireEvent.click(button('pay'));
    const error = await waitFor(() => button('book-error'));
    expect(error.textContent).toContain('Do not pay again');
    expect(document.querySelector('[data-test="pay"]')).toBeNull();
    await fireEvent.click(within(error).getByRole('button', { name: 'Open Sync' }));
    expect(nav.route.name).toBe('sync');
  });

  it('gives the seats back when the purchase is cancelled', async () => {
    const calls = await openBook();
    await reachPayment();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel and give the seats back' }));
    await waitFor(() => expect(nav.route.name).toBe('search'));
    expect(callsOf(calls, 'release_hold')).toHaveLength(1);
    expect(callsOf(calls, 'pay')).toHaveLength(0);
  });
});
